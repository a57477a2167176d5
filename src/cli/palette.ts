/**
 * Terminal colours: ANSI escapes on a terminal, nothing when piped or when
 * `NO_COLOR` is set (`FORCE_COLOR` forces them on).
 *
 * @module
 */

/** Colours for the output; identity functions when colour is off. */
export interface Palette {
  dim(text: string): string;
  bold(text: string): string;
  quote(text: string): string;
  accent(text: string): string;
  /** A colour per speaker (by index), so each voice has its own. */
  voice(index: number, text: string): string;
}

/** No colour. */
export const plain: Palette = {
  dim: (t) => t,
  bold: (t) => t,
  quote: (t) => t,
  accent: (t) => t,
  voice: (_index, t) => t,
};

const VOICES = [36, 35, 32, 33, 34, 91, 96, 95];

/** ANSI colours. */
export const ansi: Palette = {
  dim: (t) => `\u001b[2m${t}\u001b[22m`,
  bold: (t) => `\u001b[1m${t}\u001b[22m`,
  quote: (t) => `\u001b[36m${t}\u001b[39m`,
  accent: (t) => `\u001b[33m${t}\u001b[39m`,
  voice: (index, t) => `\u001b[${VOICES[index % VOICES.length]}m${t}\u001b[39m`,
};

/**
 * Whether to colour a stream: `NO_COLOR` (any non-empty value) turns colour
 * off, `FORCE_COLOR` (non-empty, not `0`) turns it on, else only on a terminal.
 */
export function wantsColour(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}
