/**
 * Cutting text to a width for previews and table cells without splitting a
 * character: the cut falls between grapheme clusters, so an emoji, a flag or
 * a letter with its combining accent is kept whole or dropped whole.
 *
 * @module
 */

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * `text` as it is when it fits in `width` UTF-16 code units; else its
 * longest start of whole grapheme clusters that fits in `width - 1`, and `…`.
 */
export function clip(text: string, width: number): string {
  if (text.length <= width) return text;
  if (width <= 1) return '…';
  let end = 0;
  for (const { segment } of graphemes.segment(text)) {
    if (end + segment.length > width - 1) break;
    end += segment.length;
  }
  return `${text.slice(0, end)}…`;
}
