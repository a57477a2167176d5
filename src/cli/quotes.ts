/**
 * `--quotes`: the quotations as an aligned table, or as CSV with `--csv`.
 *
 * @module
 */
import type { Palette } from './palette.js';
import type { QuoteRow } from './records.js';

const CSV_COLUMNS: ReadonlyArray<keyof QuoteRow> = [
  'id', 'block', 'line', 'column', 'speaker', 'resolved', 'role', 'cue', 'lemma', 'text', 'closed', 'continuedFrom', 'continuedIn',
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
  if (width === undefined || text.length <= width) return text;
  return width <= 1 ? '…' : `${text.slice(0, width - 1)}…`;
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
  const widths = header.map((name, column) => Math.max(name.length, ...cells.map((cell) => cell[column]!.length)));
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
