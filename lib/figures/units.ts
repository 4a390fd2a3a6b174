import type { Measure, Qualifier } from '../kb/types';

/** Words after a number that say what it counts, folded, as prefixes; in the region's languages. */
export const UNIT_WORDS: readonly { measure: Measure | 'people' | 'countries'; words: readonly string[] }[] = [
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
      'војник',
      'војници',
    ],
  },
  {
    measure: 'police',
    words: [
      'police officer',
      'policemen',
      'policeman',
      'polizist',
      'policajac',
      'policajc',
      'policaj',
      'policë',
      'police',
    ],
  },
  {
    measure: 'members',
    words: ['member', 'allies', 'mitglied', 'clanic', 'clanova', 'anetar', 'clenk', 'членки', 'članic'],
  },
  {
    measure: 'countries',
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
    measure: 'people',
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
      'men',
      'boys',
      'civilians',
      'muslims',
      'bosniaks',
      'persons',
      'personen',
      'osoba',
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

/** Words in the sentence that make "people" a death toll. */
export const KILLED =
  /\b(?:kill|killed|died|dead|deaths|murdered|massacred|slain|victims|getötet|ermordet|starben|tote|ubijen|ubijeno|poginul|stradal|vrarë|vrare|vran|убијен|погинул|загинат)/iu;
/** Soldiers or police injured, arrested, sent home: a count of an incident, not a strength. */
export const INCIDENT =
  /(?:injur|wound|hurt|arrest|detain|verletzt|verwundet|festgenommen|ranjen|povređen|povrijeđen|uhapšen|plagos|lënduar|arrestua|ранет|повређен|уапсен)/iu;

/** Words in the sentence that make "people" a population. */
export const POPULATION =
  /(?:census|population|inhabitants|residents|live in|lived in|einwohner|bevölkerung|volkszählung|popis|stanovni|stanovništv|popull|regjistrim|banor|попис|население|жители)/iu;
/** Month names before or after a number make it a date, not a count. */
export const MONTH =
  /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|januar|februar|märz|mai|juni|juli|okt|dez|januar|februar|mart|april|maj|jun|jul|avgust|septemb|oktob|novemb|decemb|janar|shkurt|mars|prill|qershor|korrik|gusht|shtator|tetor|nëntor|dhjetor|јануар|фебруар|март|април|мај|јун|јул|август|септемб|октоб|новемб|децемб)\p{L}*\.?$/iu;

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
