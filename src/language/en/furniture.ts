/**
 * English words of wire furniture: the byline and dateline recognisers' lists (`src/furniture/`).
 *
 * @module
 */

/** Lower case: the first words of a byline's organisation phrase (`ap`, `staff`; `the` only before another of them). */
export const organizationStarts: readonly string[] = ['ap', 'associated', 'reuters', 'afp', 'agence', 'upi', 'united', 'bloomberg', 'cnn', 'xinhua', 'dpa', 'staff', 'special', 'the'];

/** As written, longest first: agencies named at the start of a byline's organisation phrase (`AP Medical Writer` -> `AP`). */
export const bylineAgencies: readonly string[] = ['The Associated Press', 'Associated Press', 'United Press International', 'Agence France-Presse', 'Bloomberg News', 'AP', 'Reuters', 'AFP', 'UPI', 'Bloomberg', 'CNN', 'Xinhua', 'dpa'];

/** Lower case: capitalised words that are never a name in a byline (`By March`, `By Monday`). */
export const bylineNotNames: readonly string[] = [
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'then', 'now', 'today', 'tonight', 'tomorrow', 'yesterday',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'noon', 'midnight', 'christmas',
  'thanksgiving', 'easter', 'election', 'day', 'night', 'morning', 'evening', 'afternoon', 'week', 'year', 'month',
  'contrast', 'comparison', 'law', 'far', 'all', 'some', 'most', 'many', 'late', 'early', 'mid', 'his', 'her', 'their',
  'its', 'our', 'my', 'your', 'one', 'two', 'three', 'design', 'default', 'definition', 'accident', 'chance', 'way',
];

/** As written: lower-case words allowed inside a byline name (`Ana de Armas`, `Abdullah bin Zayed`). */
export const bylineParticles: readonly string[] = ['de', 'da', 'do', 'dos', 'del', 'della', 'di', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'ten', 'bin', 'bint', 'ibn', 'al', 'el', 'y', 'e', 'st'];

/** As written: lower-case words allowed inside an outlet's name (`Times of India`, `Post and Courier`). */
export const outletLinks: readonly string[] = ['of', 'and', 'the', 'de', 'la', 'du', 'am'];

/** Lower case: last words of a news outlet's name (`Deseret News`, `Chicago Tribune`). */
export const outletWords: readonly string[] = [
  'news', 'times', 'tribune', 'post', 'journal', 'herald', 'gazette', 'press', 'globe', 'chronicle', 'daily', 'star',
  'sun', 'examiner', 'courier', 'register', 'telegraph', 'guardian', 'observer', 'bulletin', 'record', 'review',
  'inquirer', 'dispatch', 'sentinel', 'enquirer', 'magazine', 'radio', 'television', 'tv', 'network', 'wire',
  'independent', 'mirror', 'standard', 'express', 'monitor', 'democrat', 'leader', 'courant', 'ledger', 'beacon',
  'citizen', 'patriot', 'statesman', 'advocate', 'argus', 'eagle', 'dealer', 'banner', 'bee', 'blade', 'picayune',
  'today', 'weekly', 'newspapers', 'media', 'online', 'insider', 'bureau', 'service', 'newswire', 'syndicate', 'politico', 'axios',
  'bloomberg', 'reuters', 'afp', 'ap', 'upi', 'npr', 'bbc', 'cnn', 'abc', 'cbs', 'nbc', 'pbs', 'msnbc', 'kaiser',
];

/** Lower case: words of a writer's role in a byline (`Contributing Writer`, `Staff Reporter`). */
export const roleWords: readonly string[] = [
  'writer', 'writers', 'reporter', 'reporters', 'correspondent', 'correspondents', 'editor', 'editors', 'columnist',
  'contributor', 'contributors', 'staff', 'photographer', 'producer', 'critic', 'analyst', 'intern', 'freelancer',
];

/** Lower case: units of a web page's relative time stamp in a byline line (`5 days ago`). */
export const timeAgoUnits: readonly string[] = [
  'second', 'seconds', 'minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'hr', 'hrs', 'day', 'days', 'week',
  'weeks', 'month', 'months', 'year', 'years',
];

/** Lower case: month names and their abbreviations, in datelines and bylines (`Jan.`, `Sept`). */
export const months: readonly string[] = [
  'jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may', 'jun', 'june', 'jul', 'july',
  'aug', 'august', 'sep', 'sept', 'september', 'oct', 'october', 'nov', 'november', 'dec', 'december',
];

/** As written: agencies that may stand alone in a dateline, without a place (`(CNN)`). */
export const datelineAgencies: readonly string[] = ['Associated Press', 'Agence France-Presse', 'AP', 'CNN', 'Reuters', 'AFP', 'UPI', 'Bloomberg', 'dpa', 'DPA', 'Xinhua', 'EFE', 'ANSA', 'Kyodo', 'Yonhap', 'TASS', 'Interfax', 'PTI', 'IANS', 'AAP', 'CP', 'CNS', 'RNS', 'JTA', 'Axios'];

/** As written: parenthesised labels after a place that are not agencies (`WASHINGTON (Updated) —`). */
export const notAgencies: readonly string[] = ['Updated', 'UPDATED', 'Update', 'UPDATE', 'Video', 'VIDEO', 'Photos', 'PHOTOS', 'Live', 'LIVE', 'Watch', 'WATCH', 'Opinion', 'Analysis', 'Exclusive', 'EXCLUSIVE', 'Corrected', 'CORRECTED'];

/** As written: capitalised words that open sentences but never a paper-style dateline (`NATO`, `BREAKING`). */
export const notPlaces: readonly string[] = ['NATO', 'FBI', 'CIA', 'ISIS', 'ISIL', 'NASA', 'GOP', 'EU', 'UN', 'IRS', 'NSA', 'DOJ', 'CEO', 'OPEC', 'BREAKING', 'UPDATE', 'UPDATED', 'EXCLUSIVE', 'WATCH', 'NOTE', 'CORRECTION', 'ANALYSIS', 'OPINION', 'EDITORIAL', 'COMMENTARY', 'REVIEW', 'VIDEO', 'PHOTOS', 'LIVE', 'URGENT', 'FLASH', 'BULLETIN', 'ADVISORY', 'I', 'A', 'OK'];

/** As written: titles that open a person's name, never a place (`Sen. Jane Doe (D-Ohio) —`). */
export const personTitles: readonly string[] = ['Sen', 'SEN', 'Rep', 'REP', 'Gov', 'GOV', 'Mr', 'MR', 'Mrs', 'MRS', 'Ms', 'MS', 'Dr', 'DR', 'President', 'PRESIDENT', 'Senator', 'SENATOR', 'Mayor', 'MAYOR', 'Judge', 'JUDGE', 'Gen', 'GEN', 'Lt', 'Col', 'Sgt', 'Capt', 'Secretary', 'Minister', 'Prime', 'Pope', 'Sir'];

/** As written: lower-case words inside a place name (`Stratford-upon-Avon`, `Rio de Janeiro`). */
export const placeParticles: readonly string[] = ['de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'des', 'la', 'le', 'les', 'el', 'al', 'en', 'upon', 'on', 'sur', 'am', 'im', 'an', 'der', 'den', 'van', 'von', 'of'];

/** As written: lower-case words of sentences that never occur in a place name (`said`, `the`). */
export const sentenceWords: readonly string[] = ['in', 'at', 'the', 'a', 'an', 'to', 'for', 'and', 'or', 'but', 'with', 'by', 'from', 'that', 'this', 'is', 'are', 'was', 'were', 'will', 'would', 'said', 'says', 'say', 'told', 'has', 'have', 'had', 'its', 'their', 'his', 'her', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'not', 'as', 'after', 'before', 'since', 'until', 'when', 'while'];
