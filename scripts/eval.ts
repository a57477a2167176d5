/**
 * Scores wirecopy on the development gold set in ../shared/gold/ with exactly
 * the definitions of its README. The gold texts are read at run time and
 * never copied into the repository.
 *
 *   npm run eval                      every *.jsonl in ../shared/gold/
 *   npm run eval -- path/to/x.jsonl   only these files
 *   npm run eval -- --errors 5        also print up to 5 misses per error class
 *   npm run eval -- --json out.json   also write the metrics as JSON
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { englishWithNames, parseArticle, toString, type Article, type Attribution, type ParseOptions, type Quotation, type WirecopyNode } from '../src/index.js';
import { validateTree } from '../tests/helpers/validate.js';

interface Span {
  start: number;
  end: number;
  text: string;
}

interface GoldQuote extends Span {
  speaker: string | null;
  cue: string | null;
  direct: boolean;
  has_quote_marks?: boolean;
  speaker_spans?: Span[];
  cue_spans?: Span[];
  speaker_tokens?: string[];
  cue_tokens?: string[];
}

interface GoldItem {
  id: string;
  source: string;
  text: string;
  gold: {
    quotes?: GoldQuote[];
    speaker_tokens?: string[];
    dateline?: Span & { location: string; date: string | null };
    boilerplate?: Array<Span & { kind: string }>;
  };
}

/** A predicted top-level quotation, by its content span (between the marks). */
interface Predicted {
  quotation: Quotation;
  start: number;
  end: number;
  attribution: Attribution | undefined;
}

interface Counter {
  hit: number;
  total: number;
}

interface FileMetrics {
  file: string;
  items: number;
  robust: Counter;
  quoteRecall: Counter;
  /** Recall over all top-level quotations, attributed or not: the ceiling quote detection leaves for attribution. */
  markRecall: Counter;
  quotePrecision: Counter;
  speaker: Counter;
  cue: Counter;
  dateline: Counter;
  signoff: Counter;
  expectations: Counter;
  /** All attributions (PolNeAR): every gold relation, direct and indirect, against every predicted content. */
  all: AllMetrics;
  /** Why a gold direct quote's speaker was not found, over the gold quotes matched by a top-level quotation. */
  speakerErrors: Record<SpeakerErrorCause, number>;
}

/** A predicted content: a top-level attributed quotation's words, or a `reportedSpeech` node. */
interface PredictedContent {
  kind: 'direct' | 'indirect';
  start: number;
  end: number;
  attribution: Attribution | undefined;
}

/** Recall, precision, speaker and cue accuracy, split by kind (direct = gold with quote marks). */
interface AllMetrics {
  recall: Record<'direct' | 'indirect' | 'all', Counter>;
  precision: Record<'direct' | 'indirect' | 'all', Counter>;
  speaker: Record<'direct' | 'indirect' | 'all', Counter>;
  cue: Record<'direct' | 'indirect' | 'all', Counter>;
}

const SPEAKER_ERROR_CAUSES = ['no attribution', 'no speaker', 'unresolved pronoun', 'wrong antecedent', 'wrong mention'] as const;
type SpeakerErrorCause = (typeof SPEAKER_ERROR_CAUSES)[number];

const split = (): Record<'direct' | 'indirect' | 'all', Counter> => ({ direct: counter(), indirect: counter(), all: counter() });

const counter = (): Counter => ({ hit: 0, total: 0 });
const ratio = (c: Counter): number | undefined => (c.total === 0 ? undefined : c.hit / c.total);

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** p matches g when at least half of p's characters lie inside g's span. */
function matches(p: { start: number; end: number }, g: { start: number; end: number }): boolean {
  const length = p.end - p.start;
  return length > 0 && overlap(p, g) * 2 >= length;
}

/**
 * All-attribution match: a predicted content p and a gold content g match when p overlaps at least half of g's
 * span, or at least half of p's own span lies inside g (docs/attribution.md).
 */
function contentMatches(p: { start: number; end: number }, g: { start: number; end: number }): boolean {
  const shared = overlap(p, g);
  return shared > 0 && (shared * 2 >= g.end - g.start || shared * 2 >= p.end - p.start);
}

function walk(node: WirecopyNode, visit: (node: WirecopyNode, insideQuotation: boolean) => void, insideQuotation = false): void {
  visit(node, insideQuotation);
  const children = (node as { children?: WirecopyNode[] }).children;
  if (!children) return;
  const inside = insideQuotation || node.type === 'quotation';
  for (const child of children) walk(child, visit, inside);
}

function predictions(tree: Article): { quotes: Predicted[]; attributions: Map<string, Attribution>; reported: PredictedContent[] } {
  const attributions = new Map<string, Attribution>();
  const quotations: Quotation[] = [];
  const reportedNodes: Array<WirecopyNode & { attribution?: string }> = [];
  walk(tree, (node, insideQuotation) => {
    if (node.type === 'attribution') attributions.set((node as Attribution).id, node as Attribution);
    if (node.type === 'quotation' && !insideQuotation) quotations.push(node as Quotation);
    // `reportedSpeech` (issue 12) is read by its type, so this scorer runs before and after the node exists.
    if ((node.type as string) === 'reportedSpeech') reportedNodes.push(node as WirecopyNode & { attribution?: string });
  });
  const reported: PredictedContent[] = reportedNodes.map((node) => ({
    kind: 'indirect',
    start: node.position.start.offset,
    end: node.position.end.offset,
    attribution: node.attribution ? attributions.get(node.attribution) : undefined,
  }));
  const quotes = quotations.map((quotation) => {
    const first = quotation.children[0]!;
    const last = quotation.children.at(-1)!;
    const start = first.position.end.offset;
    const end = quotation.closed ? last.position.start.offset : quotation.position.end.offset;
    return { quotation, start, end, attribution: quotation.attribution ? attributions.get(quotation.attribution) : undefined };
  });
  return { quotes, attributions, reported };
}

function childOf(attribution: Attribution | undefined, type: 'speaker' | 'cue'): WirecopyNode | undefined {
  return attribution?.children.find((child) => child.type === type);
}

const capitalisedWords = (text: string): string[] => text.match(/\p{Lu}[\p{L}'’-]*/gu) ?? [];

function speakerCorrect(p: { attribution: Attribution | undefined }, g: GoldQuote): boolean {
  const speaker = childOf(p.attribution, 'speaker') as (WirecopyNode & { name: string; resolved?: string }) | undefined;
  if (!speaker) return false;
  const span = { start: speaker.position.start.offset, end: speaker.position.end.offset };
  if ((g.speaker_spans ?? []).some((gold) => overlap(span, gold) > 0)) return true;
  const goldWords = new Set(capitalisedWords(g.speaker ?? ''));
  return capitalisedWords(speaker.resolved ?? speaker.name).some((word) => goldWords.has(word));
}

function cueCorrect(p: { attribution: Attribution | undefined }, g: GoldQuote): boolean {
  const cue = childOf(p.attribution, 'cue');
  if (!cue) return false;
  const span = { start: cue.position.start.offset, end: cue.position.end.offset };
  return (g.cue_spans ?? []).some((gold) => overlap(span, gold) > 0);
}

/** textacy/sayswho expectations: speaker and cue as written (token lists) for each gold quote. */
function expectationHolds(item: GoldItem, quotes: Predicted[]): boolean {
  const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  const attributed = quotes.filter((p) => p.attribution);
  if (item.gold.quotes) {
    if (item.gold.quotes.length === 0) return attributed.length === 0;
    return item.gold.quotes.every((g) => {
      const p = attributed.find((candidate) => matches(candidate, g));
      if (!p) return false;
      const speaker = childOf(p.attribution, 'speaker');
      const cue = childOf(p.attribution, 'cue');
      const speakerWords = speaker ? words(toString(speaker)) : [];
      const cueWords = cue ? words(toString(cue)) : [];
      const speakerOk = (g.speaker_tokens ?? words(g.speaker ?? '')).every((token) => speakerWords.includes(token.toLowerCase()));
      const cueOk = (g.cue_tokens ?? words(g.cue ?? '')).every((token) => cueWords.includes(token.toLowerCase()));
      return speakerOk && cueOk;
    });
  }
  const expected = item.gold.speaker_tokens ?? [];
  const found = new Set(
    attributed.flatMap((p) => {
      const speaker = childOf(p.attribution, 'speaker') as (WirecopyNode & { resolved?: string }) | undefined;
      return speaker ? [...words(toString(speaker)), ...words(speaker.resolved ?? '')] : [];
    }),
  );
  return expected.length > 0 && expected.every((token) => found.has(token.toLowerCase()));
}

/** Why a matched quotation's speaker is wrong (issue 13): the next gap to work on. */
function speakerErrorCause(p: Predicted): SpeakerErrorCause {
  const speaker = childOf(p.attribution, 'speaker') as (WirecopyNode & { pronoun: boolean; resolved?: string }) | undefined;
  if (!p.attribution) return 'no attribution';
  if (!speaker) return 'no speaker';
  if (speaker.pronoun) return speaker.resolved ? 'wrong antecedent' : 'unresolved pronoun';
  return 'wrong mention';
}

/**
 * Scores every gold relation of one item against every predicted content (definitions in docs/attribution.md):
 * recall over gold contents, precision over predicted ones, speaker and cue accuracy over matched pairs, each
 * split by the gold's kind (direct: it has quote marks) or the prediction's (a quotation or a reportedSpeech).
 */
function scoreAllAttributions(all: AllMetrics, gold: readonly GoldQuote[], attributed: readonly Predicted[], reported: readonly PredictedContent[]): void {
  const predicted: PredictedContent[] = [...attributed.map((p) => ({ kind: 'direct' as const, start: p.start, end: p.end, attribution: p.attribution })), ...reported];
  const kindOf = (g: GoldQuote): 'direct' | 'indirect' => (g.direct || g.has_quote_marks ? 'direct' : 'indirect');
  for (const g of gold) {
    const kind = kindOf(g);
    const found = predicted.filter((p) => contentMatches(p, g));
    for (const key of [kind, 'all'] as const) {
      all.recall[key].total += 1;
      if (found.length > 0) all.recall[key].hit += 1;
    }
    if (found.length === 0) continue;
    const best = found.reduce((a, b) => (overlap(b, g) > overlap(a, g) ? b : a));
    for (const key of [kind, 'all'] as const) {
      if (g.speaker) {
        all.speaker[key].total += 1;
        if (speakerCorrect(best, g)) all.speaker[key].hit += 1;
      }
      if ((g.cue_spans ?? []).length > 0) {
        all.cue[key].total += 1;
        if (cueCorrect(best, g)) all.cue[key].hit += 1;
      }
    }
  }
  for (const p of predicted) {
    for (const key of [p.kind, 'all'] as const) {
      all.precision[key].total += 1;
      if (gold.some((g) => contentMatches(p, g))) all.precision[key].hit += 1;
    }
  }
}

interface ErrorSample {
  kind: string;
  id: string;
  detail: string;
}

function scoreFile(path: string, errors: ErrorSample[], options: ParseOptions = {}): FileMetrics {
  const metrics: FileMetrics = {
    file: basename(path),
    items: 0,
    robust: counter(),
    quoteRecall: counter(),
    markRecall: counter(),
    quotePrecision: counter(),
    speaker: counter(),
    cue: counter(),
    dateline: counter(),
    signoff: counter(),
    expectations: counter(),
    all: { recall: split(), precision: split(), speaker: split(), cue: split() },
    speakerErrors: Object.fromEntries(SPEAKER_ERROR_CAUSES.map((cause) => [cause, 0])) as Record<SpeakerErrorCause, number>,
  };
  const lines = readFileSync(path, 'utf8').split('\n').filter((line) => line.trim() !== '');
  for (const line of lines) {
    const item = JSON.parse(line) as GoldItem;
    metrics.items += 1;
    metrics.robust.total += 1;
    let tree: Article;
    try {
      tree = parseArticle(item.text, options);
      validateTree(tree, item.text, 0);
      metrics.robust.hit += 1;
    } catch (error) {
      errors.push({ kind: 'robustness', id: item.id, detail: (error as Error).message });
      continue;
    }
    const { quotes, reported } = predictions(tree);
    const attributed = quotes.filter((p) => p.attribution);
    const goldQuotes = item.gold.quotes ?? [];
    if (item.gold.quotes !== undefined && (item.source === 'polnear' || goldQuotes.some((g) => g.speaker_spans))) {
      const markedGold = goldQuotes.filter((g) => g.direct || g.has_quote_marks);
      for (const g of markedGold) {
        metrics.quoteRecall.total += 1;
        metrics.markRecall.total += 1;
        if (quotes.some((p) => matches(p, g))) metrics.markRecall.hit += 1;
        const candidates = attributed.filter((p) => matches(p, g));
        if (candidates.length === 0 && g.speaker) {
          const unattributed = quotes.find((p) => matches(p, g));
          if (unattributed) metrics.speakerErrors['no attribution'] += 1;
        }
        if (candidates.length === 0) {
          errors.push({ kind: 'missed quote', id: item.id, detail: JSON.stringify(g.text.slice(0, 80)) });
          continue;
        }
        metrics.quoteRecall.hit += 1;
        const best = candidates.reduce((a, b) => (overlap(b, g) > overlap(a, g) ? b : a));
        if (g.speaker) {
          metrics.speaker.total += 1;
          if (!speakerCorrect(best, g)) metrics.speakerErrors[speakerErrorCause(best)] += 1;
          if (speakerCorrect(best, g)) metrics.speaker.hit += 1;
          else errors.push({ kind: 'wrong speaker', id: item.id, detail: `gold ${JSON.stringify(g.speaker)}, got ${JSON.stringify(childOf(best.attribution, 'speaker') ? toString(childOf(best.attribution, 'speaker')!) : null)}` });
        }
        if ((g.cue_spans ?? []).length > 0) {
          metrics.cue.total += 1;
          if (cueCorrect(best, g)) metrics.cue.hit += 1;
          else errors.push({ kind: 'wrong cue', id: item.id, detail: `gold ${JSON.stringify(g.cue)}, got ${JSON.stringify(childOf(best.attribution, 'cue') ? toString(childOf(best.attribution, 'cue')!) : null)}` });
        }
      }
      if (item.source === 'polnear') scoreAllAttributions(metrics.all, goldQuotes, attributed, reported);
      for (const p of attributed) {
        metrics.quotePrecision.total += 1;
        if (goldQuotes.some((g) => matches(p, g))) metrics.quotePrecision.hit += 1;
        else errors.push({ kind: 'spurious quote', id: item.id, detail: JSON.stringify(item.text.slice(p.start, Math.min(p.end, p.start + 80))) });
      }
    } else if (item.gold.quotes !== undefined || item.gold.speaker_tokens !== undefined) {
      metrics.expectations.total += 1;
      if (expectationHolds(item, quotes)) metrics.expectations.hit += 1;
      else errors.push({ kind: 'expectation', id: item.id, detail: JSON.stringify(item.text.slice(0, 100)) });
    }
    if (item.gold.dateline) {
      const gold = item.gold.dateline;
      metrics.dateline.total += 1;
      let first: (WirecopyNode & { location?: string }) | undefined;
      walk(tree, (node) => {
        if (!first && node.type === 'dateline') first = node as WirecopyNode & { location?: string };
      });
      const ok =
        first !== undefined &&
        (first.location ?? '').trim() === gold.location.trim() &&
        first.position.start.offset <= gold.start &&
        first.position.end.offset >= gold.end;
      if (ok) metrics.dateline.hit += 1;
      else errors.push({ kind: 'dateline', id: item.id, detail: `gold ${JSON.stringify(gold.location)}, got ${JSON.stringify(first ? (first.location ?? toString(first)) : null)}` });
    }
    for (const gold of item.gold.boilerplate ?? []) {
      metrics.signoff.total += 1;
      let covered = false;
      walk(tree, (node) => {
        if (node.type === 'boilerplate' && node.position.start.offset <= gold.start && node.position.end.offset >= gold.end) covered = true;
      });
      if (covered) metrics.signoff.hit += 1;
      else errors.push({ kind: 'sign-off', id: item.id, detail: JSON.stringify(gold.text) });
    }
  }
  return metrics;
}

function format(value: number | undefined): string {
  return value === undefined ? '–' : value.toFixed(3);
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    // --names: parse with englishWithNames (pronouns resolved with the gender a first name tells).
    options: { errors: { type: 'string', default: '0' }, json: { type: 'string' }, names: { type: 'boolean', default: false } },
  });
  const goldFolder = resolve(import.meta.dirname, '..', '..', 'shared', 'gold');
  let files = positionals.map((file) => resolve(file));
  if (files.length === 0) {
    if (!existsSync(goldFolder)) {
      console.log(`skipped: no gold set at ${goldFolder} (it lives beside the repository, never in it)`);
      return;
    }
    files = readdirSync(goldFolder)
      .filter((name) => name.endsWith('.jsonl'))
      .sort()
      .map((name) => join(goldFolder, name));
  }
  const errors: ErrorSample[] = [];
  const results = files.map((file) => scoreFile(file, errors, values.names ? { language: englishWithNames } : {}));
  const rows = results.map((m) => {
    const precision = ratio(m.quotePrecision);
    const recall = ratio(m.quoteRecall);
    const f1 = precision !== undefined && recall !== undefined && precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : undefined;
    return {
      file: m.file,
      items: String(m.items),
      robust: `${m.robust.hit}/${m.robust.total}`,
      'quote P': format(precision),
      'quote R': format(recall),
      'quote F1': format(f1),
      'marks R': format(ratio(m.markRecall)),
      speaker: format(ratio(m.speaker)),
      cue: format(ratio(m.cue)),
      dateline: format(ratio(m.dateline)),
      'sign-off R': format(ratio(m.signoff)),
      expectations: m.expectations.total === 0 ? '–' : `${m.expectations.hit}/${m.expectations.total}`,
    };
  });
  const headers = Object.keys(rows[0] ?? {}) as Array<keyof (typeof rows)[number]>;
  console.log(`| ${headers.join(' | ')} |`);
  console.log(`| ${headers.map(() => '---').join(' | ')} |`);
  for (const row of rows) console.log(`| ${headers.map((header) => row[header]).join(' | ')} |`);
  for (const m of results) {
    if (m.all.recall.all.total === 0) continue;
    console.log(`\nAll attributions, ${m.file} (${m.all.recall.all.total} gold relations; definitions in docs/attribution.md):`);
    console.log('| kind | gold | predicted | P | R | F1 | speaker | cue |');
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const key of ['direct', 'indirect', 'all'] as const) {
      const precision = ratio(m.all.precision[key]);
      const recall = ratio(m.all.recall[key]);
      const f1 = precision !== undefined && recall !== undefined && precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : undefined;
      console.log(`| ${key} | ${m.all.recall[key].total} | ${m.all.precision[key].total} | ${format(precision)} | ${format(recall)} | ${format(f1)} | ${format(ratio(m.all.speaker[key]))} | ${format(ratio(m.all.cue[key]))} |`);
    }
  }
  for (const m of results) {
    const total = SPEAKER_ERROR_CAUSES.reduce((sum, cause) => sum + m.speakerErrors[cause], 0);
    if (total === 0) continue;
    console.log(`\nSpeaker errors by cause, ${m.file} (gold direct quotes with a speaker, matched by a top-level quotation): ${SPEAKER_ERROR_CAUSES.map((cause) => `${cause} ${m.speakerErrors[cause]}`).join(', ')}`);
  }
  const limit = Number(values.errors);
  if (limit > 0) {
    const byKind = new Map<string, ErrorSample[]>();
    for (const error of errors) byKind.set(error.kind, [...(byKind.get(error.kind) ?? []), error]);
    for (const [kind, samples] of byKind) {
      console.log(`\n${kind}: ${samples.length}`);
      for (const sample of samples.slice(0, limit)) console.log(`  ${sample.id}: ${sample.detail}`);
    }
  }
  if (values.json) writeFileSync(values.json, `${JSON.stringify({ date: new Date().toISOString(), results }, null, 2)}\n`);
}

main();
