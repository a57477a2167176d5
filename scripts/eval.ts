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
import { parseArticle, toString, type Article, type Attribution, type Quotation, type WirecopyNode } from '../src/index.js';
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
}

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

function walk(node: WirecopyNode, visit: (node: WirecopyNode, insideQuotation: boolean) => void, insideQuotation = false): void {
  visit(node, insideQuotation);
  const children = (node as { children?: WirecopyNode[] }).children;
  if (!children) return;
  const inside = insideQuotation || node.type === 'quotation';
  for (const child of children) walk(child, visit, inside);
}

function predictions(tree: Article): { quotes: Predicted[]; attributions: Map<string, Attribution> } {
  const attributions = new Map<string, Attribution>();
  const quotations: Quotation[] = [];
  walk(tree, (node, insideQuotation) => {
    if (node.type === 'attribution') attributions.set((node as Attribution).id, node as Attribution);
    if (node.type === 'quotation' && !insideQuotation) quotations.push(node as Quotation);
  });
  const quotes = quotations.map((quotation) => {
    const first = quotation.children[0]!;
    const last = quotation.children.at(-1)!;
    const start = first.position.end.offset;
    const end = quotation.closed ? last.position.start.offset : quotation.position.end.offset;
    return { quotation, start, end, attribution: quotation.attribution ? attributions.get(quotation.attribution) : undefined };
  });
  return { quotes, attributions };
}

function childOf(attribution: Attribution | undefined, type: 'speaker' | 'cue'): WirecopyNode | undefined {
  return attribution?.children.find((child) => child.type === type);
}

const capitalisedWords = (text: string): string[] => text.match(/\p{Lu}[\p{L}'’-]*/gu) ?? [];

function speakerCorrect(p: Predicted, g: GoldQuote): boolean {
  const speaker = childOf(p.attribution, 'speaker') as (WirecopyNode & { name: string; resolved?: string }) | undefined;
  if (!speaker) return false;
  const span = { start: speaker.position.start.offset, end: speaker.position.end.offset };
  if ((g.speaker_spans ?? []).some((gold) => overlap(span, gold) > 0)) return true;
  const goldWords = new Set(capitalisedWords(g.speaker ?? ''));
  return capitalisedWords(speaker.resolved ?? speaker.name).some((word) => goldWords.has(word));
}

function cueCorrect(p: Predicted, g: GoldQuote): boolean {
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

interface ErrorSample {
  kind: string;
  id: string;
  detail: string;
}

function scoreFile(path: string, errors: ErrorSample[]): FileMetrics {
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
  };
  const lines = readFileSync(path, 'utf8').split('\n').filter((line) => line.trim() !== '');
  for (const line of lines) {
    const item = JSON.parse(line) as GoldItem;
    metrics.items += 1;
    metrics.robust.total += 1;
    let tree: Article;
    try {
      tree = parseArticle(item.text);
      validateTree(tree, item.text, 0);
      metrics.robust.hit += 1;
    } catch (error) {
      errors.push({ kind: 'robustness', id: item.id, detail: (error as Error).message });
      continue;
    }
    const { quotes } = predictions(tree);
    const attributed = quotes.filter((p) => p.attribution);
    const goldQuotes = item.gold.quotes ?? [];
    if (item.gold.quotes !== undefined && (item.source === 'polnear' || goldQuotes.some((g) => g.speaker_spans))) {
      const markedGold = goldQuotes.filter((g) => g.direct || g.has_quote_marks);
      for (const g of markedGold) {
        metrics.quoteRecall.total += 1;
        metrics.markRecall.total += 1;
        if (quotes.some((p) => matches(p, g))) metrics.markRecall.hit += 1;
        const candidates = attributed.filter((p) => matches(p, g));
        if (candidates.length === 0) {
          errors.push({ kind: 'missed quote', id: item.id, detail: JSON.stringify(g.text.slice(0, 80)) });
          continue;
        }
        metrics.quoteRecall.hit += 1;
        const best = candidates.reduce((a, b) => (overlap(b, g) > overlap(a, g) ? b : a));
        if (g.speaker) {
          metrics.speaker.total += 1;
          if (speakerCorrect(best, g)) metrics.speaker.hit += 1;
          else errors.push({ kind: 'wrong speaker', id: item.id, detail: `gold ${JSON.stringify(g.speaker)}, got ${JSON.stringify(childOf(best.attribution, 'speaker') ? toString(childOf(best.attribution, 'speaker')!) : null)}` });
        }
        if ((g.cue_spans ?? []).length > 0) {
          metrics.cue.total += 1;
          if (cueCorrect(best, g)) metrics.cue.hit += 1;
          else errors.push({ kind: 'wrong cue', id: item.id, detail: `gold ${JSON.stringify(g.cue)}, got ${JSON.stringify(childOf(best.attribution, 'cue') ? toString(childOf(best.attribution, 'cue')!) : null)}` });
        }
      }
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
    options: { errors: { type: 'string', default: '0' }, json: { type: 'string' } },
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
  const results = files.map((file) => scoreFile(file, errors));
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
