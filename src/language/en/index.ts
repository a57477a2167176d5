/**
 * The English pack: every English word list and word-form rule the parser reads, in one place.
 *
 * @module
 */
import { defineLanguage } from '../define.js';
import type { Language, LanguagePack } from '../types.js';
import { actionLemmas, actsAfterModal, closingLemmas, irregularCues, nameGivingLemmas, namingLemmas, nounishLemmas, passiveReports, reflexives, speechLemmas } from './cues.js';
import * as content from './content.js';
import * as functionWords from './function-words.js';
import * as furniture from './furniture.js';
import { morphology } from './morphology.js';
import * as people from './people.js';
import { placeNames } from './places.js';
import { abbreviations, capitalAbbreviations, sentenceStarters } from './text.js';

/**
 * The English pack as written: spread it to make a variant (`{ ...englishPack, speechLemmas: [...] }`).
 *
 * @example
 * ```ts
 * import { englishPack } from 'wirecopy';
 * englishPack.speechLemmas.includes('say'); // true
 * ```
 */
export const englishPack: LanguagePack = Object.freeze({
  tag: 'en',
  speechLemmas,
  namingLemmas,
  nameGivingLemmas,
  irregularCues,
  nounishLemmas,
  reflexives,
  closingLemmas,
  actsAfterModal,
  passiveReports,
  actionLemmas,
  accordingTo: ['according', 'to'] as const,
  continuation: ['go on', 'to'] as const,
  ...people,
  placeNames,
  ...functionWords,
  abbreviations,
  capitalAbbreviations,
  sentenceStarters,
  furniture: Object.freeze({ ...furniture }),
  ...content,
  morphology,
});

/**
 * English, built: the default of `ParseOptions.language`.
 *
 * @example
 * ```ts
 * import { english, parseArticle } from 'wirecopy';
 * parseArticle('"Yes," he said.', { language: english }).children[0]?.type; // 'paragraph'
 * ```
 */
export const english: Language = defineLanguage(englishPack);
