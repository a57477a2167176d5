/**
 * Language packs: the types, the builder and the built-in English pack.
 *
 * @module
 */
export { defineLanguage, extendCues } from './define.js';
export { english, englishPack } from './en/index.js';
export { englishWithNames, englishWithNamesPack } from './en/with-names.js';
export type { CueLexicon, FurniturePack, FurnitureWords, Language, LanguagePack, Morphology, PronounInfo } from './types.js';
