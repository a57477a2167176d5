/**
 * `--quotes`: the quotations as an aligned table, or as CSV with `--csv`.
 *
 * @module
 */
import { clip as clipTo } from './clip.js';
import type { Palette } from './palette.js';
import type { AttributionRow, QuoteRow } from './records.js';

const CSV_COLUMNS: ReadonlyArray<keyof QuoteRow> = [
  'id', 'block', 'line', 'column', 'speaker', 'resolved', 'role', 'cue', 'lemma', 'text', 'closed', 'continuedFrom', 'continuedIn',
];

const ATTRIBUTION_COLUMNS: ReadonlyArray<keyof AttributionRow> = [
  'id', 'kind', 'paragraph', 'line', 'column', 'speaker', 'resolved', 'role', 'cue', 'lemma', 'text', 'quotations', 'reported',
];

function csvField(value: string | number | boolean): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 CSV: a header row, then one row per quotation, CRLF line ends. */
export function quotesCsv(rows: readonly QuoteRow[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const row of rows) lines.push(CSV_COLUMNS.map((column) => csvField(row[column])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function clip(text: string, width: number | undefined): string {
  return width === undefined ? text : clipTo(text, width);
}

/** "he → Dmitry Peskov", or just the name. */
export function speakerLabel(row: Pick<QuoteRow, 'speaker' | 'resolved'>): string {
  if (row.speaker === '') return '';
  return row.resolved !== '' && row.resolved !== row.speaker ? `${row.speaker} → ${row.resolved}` : row.speaker;
}

/**
 * An aligned table: id, speaker, role, cue, text. With a terminal `width`
 * the role and text are clipped to fit; without one nothing is cut.
 */
export function quotesTable(rows: readonly QuoteRow[], palette: Palette, width?: number): string {
  if (rows.length === 0) return palette.dim('(no quotations)');
  const header = ['id', 'speaker', 'role', 'cue', 'text'];
  const cells = rows.map((row) => [
    row.id,
    speakerLabel(row) || '–',
    clip(flat(row.role), width === undefined ? undefined : 32) || '–',
    row.cue || '–',
    flat(row.text),
  ]);
  // A loop, not Math.max(...cells): spreading 125,000 cells overflows the call stack.
  const widths = header.map((name) => name.length);
  for (const cell of cells) for (let column = 0; column < widths.length; column += 1) widths[column] = Math.max(widths[column]!, cell[column]!.length);
  const fixed = widths.slice(0, 4).reduce((sum, w) => sum + w + 2, 0);
  const textWidth = width === undefined ? undefined : Math.max(10, width - fixed);
  const pad = (cell: string, column: number): string => (column === 4 ? cell : cell.padEnd(widths[column]!));
  const lines = [palette.bold(header.map(pad).join('  ').trimEnd())];
  for (const cell of cells) {
    const [id, speaker, role, cue, text] = cell.map(pad) as [string, string, string, string, string];
    lines.push(`${palette.dim(id)}  ${palette.accent(speaker)}  ${role}  ${cue}  ${palette.quote(clip(text, textWidth))}`);
  }
  return lines.join('\n');
}

/** RFC 4180 CSV of `--attributions --csv`: a header row, then one row per attribution, CRLF line ends. */
export function attributionsCsv(rows: readonly AttributionRow[]): string {
  const lines = [ATTRIBUTION_COLUMNS.join(',')];
  for (const row of rows) lines.push(ATTRIBUTION_COLUMNS.map((column) => csvField(row[column])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** `--attributions`: an aligned table of id, kind, speaker, cue and what was said; with a terminal `width` the text is clipped to fit. */
export function attributionsTable(rows: readonly AttributionRow[], palette: Palette, width?: number): string {
  if (rows.length === 0) return palette.dim('(no attributions)');
  const header = ['id', 'kind', 'speaker', 'cue', 'text'];
  const cells = rows.map((row) => [row.id, row.kind, speakerLabel(row) || '–', row.cue || '–', flat(row.text) || '–']);
  const widths = header.map((name) => name.length);
  for (const cell of cells) for (let column = 0; column < widths.length; column += 1) widths[column] = Math.max(widths[column]!, cell[column]!.length);
  const fixed = widths.slice(0, 4).reduce((sum, w) => sum + w + 2, 0);
  const textWidth = width === undefined ? undefined : Math.max(10, width - fixed);
  const pad = (cell: string, column: number): string => (column === 4 ? cell : cell.padEnd(widths[column]!));
  const lines = [palette.bold(header.map(pad).join('  ').trimEnd())];
  for (const cell of cells) {
    const [id, kind, speaker, cue, text] = cell.map(pad) as [string, string, string, string, string];
    lines.push(`${palette.dim(id)}  ${kind}  ${palette.accent(speaker)}  ${cue}  ${palette.quote(clip(text, textWidth))}`);
  }
  return lines.join('\n');
}
