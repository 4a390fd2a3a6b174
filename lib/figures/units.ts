import type { Measure, Qualifier } from '../kb/types';

/** Words after a number that say what it counts, folded, as prefixes; in the region's languages. */
export const UNIT_WORDS: readonly { measure: Measure; words: readonly string[] }[] = [
  {
    measure: 'troops',
    words: [
      'soldier',
      'troop',
      'peacekeeper',
      'servicemen',
      'servicemembers',
      'military personnel',
      'soldat',
      'truppe',
      'einsatzkr',
      'vojnik',
      'vojnic',
      'pripadnik',
      'ushtar',
      'trupa',
      'vojni',
    ],
  },
  {
    measure: 'police',
    words: [
      'police officer',
      'policemen',
      'policeman',
      'officers',
      'polizist',
      'policajac',
      'policajc',
      'policaj',
      'polic',
      'policë',
      'police',
    ],
  },
  {
    measure: 'recognitions',
    words: [
      'countries',
      'states',
      'nations',
      'governments',
      'staaten',
      'lander',
      'zemal',
      'zemlj',
      'drzav',
      'vende',
      'shtet',
      'drzhav',
      'zemji',
    ],
  },
  {
    measure: 'population',
    words: [
      'people',
      'residents',
      'inhabitants',
      'citizens',
      'einwohner',
      'menschen',
      'burger',
      'stanovnik',
      'gradjan',
      'ljudi',
      'banor',
      'qytetar',
      'zhitel',
      'lugje',
    ],
  },
  {
    measure: 'deaths',
    words: [
      'dead',
      'killed',
      'deaths',
      'victims',
      'tote',
      'todesopfer',
      'opfer',
      'mrtvih',
      'poginul',
      'ubijen',
      'zrtav',
      'viktima',
      'te vrare',
    ],
  },
  { measure: 'eur', words: ['euro', 'eur', '€'] },
  { measure: 'percent', words: ['percent', 'per cent', '%', 'prozent', 'odsto', 'posto', 'procent', 'per qind'] },
];

/** Words in the sentence that make "countries/states" a count of recognitions. */
export const RECOGNISE = /recogni[sz]|anerkenn|anerkannt|priznal|priznaj|prizna|njoh|признал|признај|признаа|признава/i;

/** Words before a number that qualify it. Longest first. */
export const QUALIFIERS: readonly { pattern: RegExp; qualifier: Qualifier }[] = [
  {
    pattern:
      /(?:more than|over|upwards of|in excess of|mehr als|über|uber|više od|vise od|preko|više nego|më shumë se|me shume se|mbi|повеќе од|више од|преко)\s*$/i,
    qualifier: 'more-than',
  },
  {
    pattern: /(?:at least|mindestens|wenigstens|najmanje|barem|të paktën|te pakten|најмалку|најмање)\s*$/i,
    qualifier: 'at-least',
  },
  { pattern: /(?:up to|as many as|bis zu|do|deri në|deri ne|до)\s*$/i, qualifier: 'up-to' },
  {
    pattern:
      /(?:fewer than|less than|under|below|weniger als|unter|manje od|manje nego|më pak se|me pak se|nën|помалку од|мање од)\s*$/i,
    qualifier: 'fewer-than',
  },
  {
    pattern:
      /(?:around|about|some|roughly|approximately|nearly|almost|close to|an estimated|rund|etwa|ungefähr|circa|ca\.|knapp|fast|oko|približno|priblizno|gotovo|skoro|blizu|rreth|afro|përafërsisht|около|приближно|скоро|речиси)\s*$/i,
    qualifier: 'about',
  },
];

/** Multipliers after a number. */
export const SCALE: readonly { pattern: RegExp; factor: number }[] = [
  {
    pattern: /^\s*(?:million|millionen|mio\.?|miliona|milion|milioni|milijuna|милиона|милиони|m\b)/i,
    factor: 1_000_000,
  },
  { pattern: /^\s*(?:billion|milliarden|mrd\.?|milijardi|miliard|милијарди|bn\b)/i, factor: 1_000_000_000 },
  { pattern: /^\s*(?:thousand|tausend|hiljada|hiljade|tisuća|tisuca|mijë|mije|илјади|хиљада)/i, factor: 1_000 },
];
