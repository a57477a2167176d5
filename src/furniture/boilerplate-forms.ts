/**
 * The catalogue of boilerplate forms, grouped by kind: credits, sign-offs,
 * copyright, separators, corrections, editor's notes, follow lines, photo
 * captions, live-blog timestamps and web residue.
 *
 * Every form is a pattern tested against a whole block (a paragraph the
 * parser made), after its line breaks and the spaces around them are folded
 * into one space and the block is trimmed. Patterns are anchored at the start
 * (`^`), or at the end (`$`) behind a literal, and use only bounded or
 * unambiguous repetition, so a test is linear in the block's length. `first`
 * lists the characters a form can start with, `maxLength` caps the block's
 * length, `contains` and `ends` name strings one of which must occur or end
 * the block: they let most paragraphs skip a form without running it.
 *
 * Documented with examples in `docs/furniture.md`; a form added here needs an
 * example line of its kind in the `boilerplate` table of `tests/furniture.test.ts`
 * (a test fails for a form that no line there matches).
 *
 * @module
 */
import type { BoilerplateKind } from '../types.js';

/** One form of boilerplate. */
export interface BoilerplateForm {
  /** The kind a matching block gets. */
  kind: BoilerplateKind;
  /** Tested against the folded, trimmed block text. */
  pattern: RegExp;
  /** Characters the text may start with; absent means any. */
  first?: string;
  /** Strings one of which the block must contain before the pattern is tried. */
  contains?: readonly string[];
  /** Strings one of which the block must end with before the pattern is tried. */
  ends?: readonly string[];
  /** Longest block (folded and trimmed) the form can match; absent means the catalogue's limit. */
  maxLength?: number;
}

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** `credit`: contribution and "reported from" lines. */
const credit: BoilerplateForm[] = [
  {
    // The Associated Press contributed to this report. / Associated Press writer Jane Doe in Rome contributed.
    // Jane Doe contributed reporting from Paris. John Roe reported from Washington.
    kind: 'credit', maxLength: 320,
    pattern: /^[A-Z"\u201c].{0,240}?(?:(?<![\p{L}.'\u2019-])[a-z.'\u2019-]*[A-Z][\p{L}.'\u2019-]*|writers?|staff|correspondents?|reporters?|researchers?|editors?|bureaus?)(?: also)? contributed(?: reporting| research| to this (?:report|story|article|post))?(?: (?:from|in) [A-Z].{0,80}?)?\.?$/u,
    first: `${UPPER}"\u201c`,
    contains: ['contributed'],
  },
  {
    // Contributing: Jane Doe, USA TODAY
    kind: 'credit', maxLength: 320,
    pattern: /^(?:Contributing|CONTRIBUTING|Contributors|CONTRIBUTORS)(?: to this (?:report|story))?:\s?.{1,200}$/,
    first: 'C',
  },
];

/** `reporting`: the Reuters reporting and editing line. */
const reporting: BoilerplateForm[] = [
  {
    // (Reporting by Jane Doe; Editing by John Roe)
    kind: 'reporting', maxLength: 500,
    pattern: /^\((?:(?:Additional|Further|Additional and further) )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Rr]esearch|[Ww]ritten|[Pp]roduced|[Tt]ranslated|[Gg]raphics?|[Vv]ideo)(?: and [a-z]+)? by\b.{1,400}\)\.?$/,
    first: '(',
  },
  {
    // Reporting by Jane Doe; Editing by John Roe
    kind: 'reporting', maxLength: 500,
    pattern: /^(?:Additional )?(?:Reporting|Writing) by\b.{1,200}?; ?(?:[Aa]dditional reporting|[Ww]riting|[Ee]diting) by\b.{1,200}$/,
    first: 'ARW',
    contains: [' by'],
  },
];

/** `signoff`: the end-of-story marks. */
const signoff: BoilerplateForm[] = [
  { kind: 'signoff', maxLength: 12, pattern: /^(?:Reuter|REUTER|reuter)(?:\.{1,3}|\u2026)?$/, first: 'Rr' },
  { kind: 'signoff', maxLength: 12, pattern: /^(?:-\s?30\s?-|--\s?30\s?--|-0-|#{3}|# # #|\((?:END|ENDS|End)\)|END|ENDS)$/, first: '-#(E' },
  // AFP: bur-jm/sst, sst/ach
  { kind: 'signoff', maxLength: 12, pattern: /^(?:[a-z]{2,5}-)*[a-z]{2,5}(?:\/[a-z]{2,5})+$/, first: 'abcdefghijklmnopqrstuvwxyz' },
];

/** `copyright`. */
const copyright: BoilerplateForm[] = [
  {
    // Copyright 2016 The Associated Press. All rights reserved. / Copyright © 2016 ... / Copyright Thomson Reuters 2016
    kind: 'copyright', maxLength: 400,
    pattern: /^(?:Copyright|COPYRIGHT)\s?(?:\u00a9|\([cC]\))?\s?(?:[A-Z][\w&.,'\u2019-]*\s){0,5}(?:\d{4}|\u00a9)/,
    first: 'C',
  },
  { kind: 'copyright', maxLength: 400, pattern: /^(?:\u00a9|\([cC]\))\s?(?:\d{4}|[A-Z])/, first: '\u00a9(' },
  // The syndication line of a syndicated story: Distributed by Tribune Content Agency, LLC.
  { kind: 'copyright', maxLength: 160, pattern: /^(?:Distributed|DISTRIBUTED|Distribution) (?:by|BY) [A-Z].{0,120}?\b(?:Agency|AGENCY|Service|SERVICE|Services|Syndicate|SYNDICATE|LLC|Inc|Wire|Media|News)\b\.?,?(?: (?:LLC|Inc)\.?)?$/, first: 'D' },
  { kind: 'copyright', maxLength: 30, pattern: /^All [Rr]ights [Rr]eserved\.?$|^ALL RIGHTS RESERVED\.?$/, first: 'A' },
  { kind: 'copyright', maxLength: 120, pattern: /^This material may not be published, broadcast, rewritten,? or redistributed\.?$/, first: 'T' },
];

/** `separator`: rules between parts of a story. */
const separator: BoilerplateForm[] = [
  { kind: 'separator', maxLength: 40, pattern: /^(?:_{2,}|-{3,}|\*{3,}|(?:\* ){2,}\*|={3,}|~{3,}|\u2022{3,}|(?:\u2022 ){2,}\u2022|\u2014{2,}|\u2013{3,})\.?$/, first: '_-*=~\u2022\u2014\u2013' },
];

/** `correction`. */
const correction: BoilerplateForm[] = [
  // CORRECTION: ... / Correction — ... / CORRECTION APPENDED.
  { kind: 'correction', maxLength: 600, pattern: /^(?:CORRECTIONS?|Corrections?)(?:\s?[:\u2014\u2013-]|\s(?:APPENDED|[Aa]ppended)|\s?\(|\.?$)/, first: 'C' },
  {
    // This story has been corrected to show ... / An earlier version of this story misstated ...
    kind: 'correction', maxLength: 600,
    pattern: /^(?:This|An earlier version of this|A previous version of this) (?:story|article|post|piece|report|item|version)\b.{0,60}?\b(?:corrected|misstated|incorrectly|misidentified|misspelled|erroneously|misquoted|misattributed|mischaracterized|misreported)\b/,
    first: 'TA',
  },
];

/** `editor-note`. */
const editorNote: BoilerplateForm[] = [
  { kind: 'editor-note', maxLength: 600, pattern: /^(?:Editor['\u2019]s [Nn]ote|EDITOR['\u2019]S NOTE|Editors['\u2019] [Nn]ote|EDITORS['\u2019] NOTE|Note to [Rr]eaders|NOTE TO READERS)\b/, first: 'EN' },
  {
    // This story has been updated to include ...
    kind: 'editor-note', maxLength: 400,
    pattern: /^(?:This|The) (?:story|article|post|piece|report|item) (?:has been|was|is being|will be) (?:updated|changed|amended|revised|expanded)\b/,
    first: 'T',
  },
  { kind: 'editor-note', maxLength: 120, pattern: /^(?:This is a (?:developing|breaking)(?: news)? (?:story|update)|This story is developing)\b/, first: 'T' },
  // UPDATE: ... / UPDATE 2 — ...
  { kind: 'editor-note', maxLength: 600, pattern: /^(?:UPDATE|Update|UPDATED)(?: \d{1,2})?\s?[:\u2014\u2013]/, first: 'U' },
];

/** `follow`: social and coverage lines. */
const follow: BoilerplateForm[] = [
  {
    // Follow Jane Doe on Twitter @janedoe. / Follow AP's coverage at https://...
    kind: 'follow', maxLength: 300,
    pattern: /^Follow\b.{0,200}?(?:@[A-Za-z0-9_]|\bTwitter\b|\bcoverage\b|https?:\/\/|www\.|\bFacebook\b|\bInstagram\b|\bThreads\b|\bBluesky\b|\bon X\b)/,
    first: 'F',
  },
  // Twitter: @janedoe
  { kind: 'follow', maxLength: 300, pattern: /^(?:Twitter|TWITTER|Instagram|INSTAGRAM|Facebook|Threads|Bluesky|Mastodon)\s?:\s?@[\w.]{1,40}\.?$/, first: 'TIFBM' },
  {
    // Find more AP coverage of the election at ...
    kind: 'follow', maxLength: 300,
    pattern: /^(?:Find|See|Read|Get) (?:more |all )?(?:of )?(?:AP|the AP|The Associated Press|Reuters|AFP)(?:['\u2019]s)? (?:\S.{0,59}?)?coverage\b/,
    first: 'FSRG',
    contains: ['coverage'],
  },
];

/** `caption`: photo captions and credits. */
const caption: BoilerplateForm[] = [
  {
    // ... speaks in Washington on Tuesday. (AP Photo/Jane Doe) / (Reuters/John Roe) / (Photo by Jane Doe/Getty Images)
    kind: 'caption', maxLength: 600,
    pattern: /\((?:(?:AP|AFP|UPI|EPA|Pool|NYT|Xinhua) ?Photos?(?:\/[^()]{1,80})?|(?:AP|AFP|Reuters|REUTERS|UPI|EPA|Getty Images|Bloomberg|Xinhua|Pool)\/[^()]{1,80}|Photo(?: by|:) [^()\s][^()]{0,79})\)\.?$/,
    ends: [')', ').'],
  },
  {
    // A credit alone on its line: AP Photo/Jane Doe, Getty Images, ASSOCIATED PRESS
    kind: 'caption', maxLength: 80,
    pattern: /^(?:AP Photo|AP PHOTO|AP Images|Associated Press|ASSOCIATED PRESS|Getty|Getty Images|GETTY IMAGES|AFP|AFP\/Getty Images|AFP via Getty Images|Reuters|REUTERS|EPA|EPA-EFE|Bloomberg|Shutterstock|Pool)(?:\/[^()]{1,60})?\.?$/,
    first: 'AGREBSP',
  },
  // Bloomberg via Getty Images / JANE DOE via Getty Images
  { kind: 'caption', maxLength: 80, pattern: /^[A-Z][\w.&'\u2019-]*(?: [A-Z][\w.&'\u2019-]*){0,4}(?:\/| via )(?:Getty Images|GETTY IMAGES|AP|AFP|Reuters|REUTERS|Shutterstock)\.?$/, first: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', ends: ['Images', 'Images.', 'IMAGES', 'IMAGES.', 'AP', 'AP.', 'AFP', 'AFP.', 'Reuters', 'Reuters.', 'REUTERS', 'REUTERS.', 'Shutterstock', 'Shutterstock.'] },
  // A gallery caption: `1 of 4. Rescue crews search ...` (the picture's number in the gallery, a period or dash, the caption).
  { kind: 'caption', maxLength: 600, pattern: /^[1-9]\d? of [1-9]\d?\s?(?:\.|\||:|\u2014|\u2013|-)\s?[A-Z"\u201c(]/, first: '123456789' },
  { kind: 'caption', maxLength: 400, pattern: /^(?:Photo|PHOTO|Photos|PHOTOS|Image|IMAGE|Photograph|Pictured|Caption|CAPTION|Credit|CREDIT|Photo credit)\s?[:|\u2014\u2013]/, first: 'PICpic' },
];

/** `timestamp`: live-blog time heads. */
const timestamp: BoilerplateForm[] = [
  {
    // 12:50 p.m. / 9 a.m. EST / 14:05 GMT
    kind: 'timestamp', maxLength: 50,
    pattern: /^(?:(?:Updated|UPDATED|Posted|POSTED|Published|Last updated)(?: at)?:?\s)?(?:\d{1,2}(?:: ?\d{2})?\s?(?:[ap]\.m\.?|[AP]\.M\.?|[ap]m|[AP]M)|\d{1,2}: ?\d{2})(?:\s?\(?(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|GMT|UTC|BST|CET|CEST|local time|local)\)?)?\s?[.:]?$/,
    first: '0123456789ULP',
  },
];

/** `comments`: comment-section residue. */
const comments: BoilerplateForm[] = [
  {
    kind: 'comments', maxLength: 40,
    pattern: /^(?:Post a [Cc]omment|POST A COMMENT|Add a [Cc]omment|Leave a [Cc]omment|Write a [Cc]omment|View (?:all )?(?:\d+ )?[Cc]omments?(?: ?\(\d+\))?|VIEW COMMENTS(?: ?\(\d+\))?|(?:Show|Hide|Read|See|Load) (?:all )?[Cc]omments(?: ?\(\d+\))?|\d+ [Cc]omments?|[Cc]omments? ?\(\d+\)|Comments|COMMENTS|Join the [Cc]onversation|Conversation ?\(\d+\))\.?$/,
    first: 'PAWLVSHRCJ0123456789c',
  },
];

/** `advertisement`. */
const advertisement: BoilerplateForm[] = [
  {
    kind: 'advertisement', maxLength: 60,
    pattern: /^(?:Advertisement|ADVERTISEMENT|Sponsored(?: [Cc]ontent| [Ll]inks| [Ss]tories)?|SPONSORED|\(?(?:Story|Article) continue[sd] (?:below|after (?:the )?(?:advertisement|ad))(?: advertisement)?\)?|\(?(?:STORY|ARTICLE) CONTINUE[SD] BELOW(?: ADVERTISEMENT)?\)?|(?:Advertisement|ADVERTISEMENT) ?[-\u2014\u2013] ?(?:[Ss]croll|SCROLL) (?:to|TO) (?:[Cc]ontinue|CONTINUE)(?: (?:reading|READING))?|Continue reading (?:the main story|below)|Scroll to continue with content|Skip Advertisement)\.?$/,
    first: 'ASCs(',
  },
];

/** `newsletter`: sign-up prompts. */
const newsletter: BoilerplateForm[] = [
  {
    kind: 'newsletter', maxLength: 260,
    pattern: /^(?:Sign up|SIGN UP|Subscribe|SUBSCRIBE)\b.{0,200}?\b(?:newsletters?|NEWSLETTERS?|e-?mails?|podcasts?|inbox|updates|alerts)\b/,
    first: 'S',
  },
  { kind: 'newsletter', maxLength: 260, pattern: /^(?:Get|Receive) (?:our|the) (?:\S.{0,59}?)?\b(?:newsletter|briefing) (?:in your inbox|by email|delivered)\b/, first: 'GR', contains: ['newsletter', 'briefing'] },
];

/** `share`: share buttons left as text. */
const share: BoilerplateForm[] = [
  {
    kind: 'share', maxLength: 100,
    pattern: /^(?:(?:Share this (?:story|article|post|page)|Share this|Share on (?:Facebook|Twitter|X|LinkedIn|WhatsApp|Email|Reddit)|Share|SHARE|Tweet|TWEET|Email|EMAIL|E-mail|Print|PRINT|Facebook|FACEBOOK|Twitter|TWITTER|Pinterest|LinkedIn|WhatsApp|Reddit|Copy [Ll]ink|Save)[\s|\u00b7\u2022:,/]*)+\.?$/,
    first: 'STEPFLWRC',
  },
];

/** `related`: links to other stories. */
const related: BoilerplateForm[] = [
  {
    // Read more: ... / RELATED: ... / See also — ...
    kind: 'related', maxLength: 200,
    pattern: /^(?:Read more|READ MORE|Read More|Related(?: [Cc]overage| [Ss]tories| [Aa]rticles| [Cc]ontent| [Ll]inks)?|RELATED(?: COVERAGE| STORIES| ARTICLES)?|See also|SEE ALSO|More from|MORE FROM|Also read|ALSO READ|Also see|ALSO SEE|More on this story|Recommended|RECOMMENDED|Must [Rr]ead|MUST READ)\s?(?::|\u2014|\u2013|-|\.{3}|\u2026|\||\.?$)/,
    first: 'RSMA',
  },
  {
    // Read it all here. / Read the full story here.
    kind: 'related', maxLength: 150,
    pattern: /^Read (?:it all|the (?:full|whole|complete|entire|rest of the) [a-z]{1,30}(?: [a-z]{1,30}){0,4}|more) (?:here|below|at \S{1,100})\.?$/,
    first: 'R',
  },
];

/**
 * `label`: the section labels of a news database's copy (`Title.` / `ABSTRACT.` / the abstract /
 * `FULL TEXT.` / the story), a label alone on its line, in capitals or title case, with or without a
 * period or colon.
 */
const label: BoilerplateForm[] = [
  {
    kind: 'label', maxLength: 24,
    pattern: /^(?:ABSTRACT|Abstract|FULL TEXT|Full [Tt]ext|FULLTEXT|LEAD PARAGRAPH|Lead [Pp]aragraph|LEAD|SUMMARY|Summary|BODY|Body|TEXT|Text)\s?[.:]?$/,
    first: 'AFLSBT',
  },
];

/** `other`: web residue of no named kind. */
const other: BoilerplateForm[] = [
  // Watch the full interview below: / Click here to ...
  { kind: 'other', maxLength: 200, pattern: /^(?:Watch|WATCH)\b.{0,80}?\b(?:above|below|here)\s?[.:]?$/, first: 'W' },
  { kind: 'other', maxLength: 200, pattern: /^Click here\b/, first: 'C' },
  // Page residue: style-sheet lines.
  { kind: 'other', maxLength: 140, pattern: /^(?:\}\.?|[.#@][^{}]{0,120}\{|-?[a-z]+(?:-[a-z]+)*\s?:\s?[^;{}]{1,80};)$/, first: '.#@}-abcdefghijklmnopqrstuvwxyz' },
  // (h/t Mediaite.)
  { kind: 'other', maxLength: 200, pattern: /^\(?(?:h\/t|H\/T|Hat tip|HT)\b.{0,100}\)?\.?$/, first: '(hHH' },
];

/**
 * Every built-in form, in the order they are tried (the first match wins).
 *
 * @example
 * ```ts
 * import { BUILT_IN_FORMS } from './boilerplate-forms.js';
 * BUILT_IN_FORMS.filter((form) => form.kind === 'signoff').length; // 3
 * ```
 */
export const BUILT_IN_FORMS: readonly BoilerplateForm[] = [
  ...signoff,
  ...reporting,
  ...credit,
  ...copyright,
  ...separator,
  ...correction,
  ...editorNote,
  ...follow,
  ...caption,
  ...timestamp,
  ...comments,
  ...advertisement,
  ...newsletter,
  ...share,
  ...related,
  ...label,
  ...other,
];
