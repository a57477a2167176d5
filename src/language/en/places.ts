/**
 * English names of places: the countries of the world, the U.S. states and territories and the Canadian provinces,
 * lower case, as news copy writes them. A name that is one of them is no person unless the text shows one (an
 * honorific, a title, a first name the pack knows, or someone already named so: "Michael Jordan" makes "Jordan" a
 * person).
 *
 * @module
 */

/** Countries, U.S. states and territories, Canadian provinces, lower case. */
export const placeNames: readonly string[] = [
  // Countries.
  'afghanistan', 'albania', 'algeria', 'andorra', 'angola', 'argentina', 'armenia', 'australia', 'austria',
  'azerbaijan', 'bahamas', 'bahrain', 'bangladesh', 'barbados', 'belarus', 'belgium', 'belize', 'benin', 'bhutan',
  'bolivia', 'bosnia', 'botswana', 'brazil', 'brunei', 'bulgaria', 'burkina faso', 'burma', 'burundi', 'cambodia',
  'cameroon', 'canada', 'cape verde', 'chile', 'china', 'colombia', 'comoros', 'congo', 'costa rica', 'croatia',
  'cuba', 'cyprus', 'czech republic', 'czechia', 'denmark', 'djibouti', 'dominica', 'dominican republic',
  'ecuador', 'egypt', 'el salvador', 'equatorial guinea', 'eritrea', 'estonia', 'eswatini', 'ethiopia', 'fiji',
  'finland', 'france', 'gabon', 'gambia', 'germany', 'ghana', 'greece', 'grenada', 'guatemala', 'guinea',
  'guinea-bissau', 'guyana', 'haiti', 'honduras', 'hungary', 'iceland', 'india', 'indonesia', 'iran', 'iraq',
  'ireland', 'israel', 'italy', 'ivory coast', 'jamaica', 'japan', 'kazakhstan', 'kenya', 'kiribati', 'kosovo',
  'kuwait', 'kyrgyzstan', 'laos', 'latvia', 'lebanon', 'lesotho', 'liberia', 'libya', 'liechtenstein', 'lithuania',
  'luxembourg', 'madagascar', 'malawi', 'malaysia', 'maldives', 'mali', 'malta', 'mauritania', 'mauritius',
  'mexico', 'micronesia', 'moldova', 'monaco', 'mongolia', 'montenegro', 'morocco', 'mozambique', 'myanmar',
  'namibia', 'nauru', 'nepal', 'netherlands', 'new zealand', 'nicaragua', 'niger', 'nigeria', 'north korea',
  'north macedonia', 'norway', 'oman', 'pakistan', 'palau', 'palestine', 'panama', 'papua new guinea', 'paraguay',
  'peru', 'philippines', 'poland', 'portugal', 'qatar', 'romania', 'russia', 'rwanda', 'samoa', 'san marino',
  'saudi arabia', 'senegal', 'serbia', 'seychelles', 'sierra leone', 'singapore', 'slovakia', 'slovenia',
  'somalia', 'south africa', 'south korea', 'south sudan', 'spain', 'sri lanka', 'sudan', 'suriname', 'sweden',
  'switzerland', 'syria', 'taiwan', 'tajikistan', 'tanzania', 'thailand', 'togo', 'tonga', 'trinidad',
  'tunisia', 'turkey', 'turkmenistan', 'tuvalu', 'uganda', 'ukraine', 'united arab emirates', 'united kingdom',
  'united states', 'uruguay', 'uzbekistan', 'vanuatu', 'vatican', 'venezuela', 'vietnam', 'yemen', 'zambia',
  'zimbabwe', 'britain', 'great britain', 'england', 'scotland', 'wales', 'northern ireland', 'america',
  'korea', 'macedonia', 'the netherlands', 'the philippines', 'gaza', 'west bank', 'crimea', 'chechnya', 'tibet',
  'hong kong', 'kashmir', 'kurdistan', 'europe', 'asia', 'africa', 'antarctica', 'latin america', 'middle east',
  // U.S. states, territories and the capital.
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida',
  'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland',
  'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada',
  'new hampshire', 'new jersey', 'new mexico', 'new york', 'north carolina', 'north dakota', 'ohio', 'oklahoma',
  'oregon', 'pennsylvania', 'rhode island', 'south carolina', 'south dakota', 'tennessee', 'texas', 'utah',
  'vermont', 'virginia', 'washington state', 'west virginia', 'wisconsin', 'wyoming', 'puerto rico', 'guam',
  'american samoa', 'u.s. virgin islands', 'district of columbia',
  // Canadian provinces and territories.
  'alberta', 'british columbia', 'manitoba', 'new brunswick', 'newfoundland', 'labrador', 'nova scotia',
  'ontario', 'prince edward island', 'quebec', 'saskatchewan', 'yukon', 'nunavut', 'northwest territories',
];
