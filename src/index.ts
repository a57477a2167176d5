/**
 * wirecopy: parse wire-style news prose into a typed, lossless unist tree.
 *
 * @example
 * ```ts
 * import { parseArticle } from 'wirecopy';
 * const tree = parseArticle('MOSCOW (AP) — "No," he said.');
 * tree.type; // 'article'
 * ```
 *
 * @packageDocumentation
 * @module wirecopy
 */
export { parseArticle } from './parse.js';
export { toString } from './to-string.js';
export { quotations, type QuoteRecord } from './api/quotations.js';
export { speakers, type SpeakerRecord } from './api/speakers.js';
export { attributions, type AttributionContentRecord, type AttributionRecord } from './api/attributions.js';
export type { ParseOptions, ResolvedOptions } from './options.js';
export { defineLanguage, english, englishPack, englishWithNames, englishWithNamesPack, extendCues, type CueLexicon, type FurniturePack, type FurnitureWords, type Language, type LanguagePack, type Morphology, type PronounInfo } from './language/index.js';
export { boilerplateKinds } from './types.js';
export type { Layout } from './parser/layout.js';
export type { BoilerplatePattern, ResolvedBoilerplatePattern } from './furniture/boilerplate.js';
export type { PatternMatcher } from './furniture/linear-pattern.js';
export * from './guards.js';
export type * from './types.js';
