/**
 * Case endings of the region's languages, folded: Serbian/Croatian/Bosnian/Montenegrin nouns and
 * adjectives in all seven cases (Beogradu, Prištini, Vučića, Dodikom, Novom Sadu, Republike Srpske),
 * possessive adjectives (Golobova, Vučićeva), Slovenian (Hrvaškem, Ljubljani), Albanian definite and
 * case forms (Kosovës, Prishtinën, Kurtit, Kuvendit, Shqipërisë), Macedonian definite articles
 * (Собранието, Владата) and German (Serbiens). A text word that is an alias word plus one of these
 * (after dropping the alias's own final vowel) is that alias word.
 */
export const SUFFIXES = [
  // South Slavic adjective and possessive endings, longest first.
  'ovoga',
  'evoga',
  'skoga',
  'ovog',
  'evog',
  'ovom',
  'evom',
  'ovoj',
  'evoj',
  'ovih',
  'evih',
  'ega',
  'emu',
  'oga',
  'omu',
  'ima',
  'ama',
  'ovi',
  'ove',
  'ova',
  'ovu',
  'ovo',
  'evi',
  'eve',
  'eva',
  'evu',
  'evo',
  'ov',
  'ev',
  'om',
  'em',
  'oj',
  'og',
  // After a soft consonant: Višeg suda, Vrhovnog's soft twin (Viši → Višeg).
  'eg',
  'ih',
  'im',
  'ju',
  'u',
  'a',
  'e',
  'i',
  'o',
  // Albanian definite and case endings (ë folds to e).
  'it',
  'in',
  'ut',
  'un',
  'es',
  'en',
  'se',
  'ne',
  'te',
  've',
  'ri',
  'ja',
  'n',
  't',
  // Macedonian definite articles (-иот, -от, -та, -то, -те).
  'iot',
  'ot',
  'ta',
  'to',
  // German genitive and adjective endings (serbischer), English plural.
  'er',
  's',
  'ns',
] as const;

/** Final vowels an alias word may lose before an ending (Srbija → Srbij-e, Kosova → Kosov-ës, Novi → Nov-om). */
export const RESTORE = ['', 'a', 'o', 'e', 'i'] as const;

/** Shortest alias word that may take an ending at all: shorter ones (EU, Bar's "ba") must match exactly. */
export const MIN_STEM = 3;
/** Letters of a word's start looked up before its endings are tried. */
export const PREFIX = 3;
/** Shortest alias word an inflected word may stand for on its own; shorter ones only inside a longer name. */
export const MIN_BASE = 4;

const CONSONANT_PAIR = /[^aeiou][^aeiouj]$/;
/** k, g, h become c, z, s before -i in dative/locative (Banjaluci, Rijeci, Americi). */
const VELAR: Record<string, string> = { c: 'k', z: 'g', s: 'h' };

/**
 * Alias words a folded text word may be an inflection of, longest ending first. Besides dropping the
 * ending, the fleeting a comes back (Aleksandra → Aleksandar, Petrom → Petar, Kragujevcu → Kragujevac)
 * and velars do (Banjaluci → Banjaluka), and Macedonian's fleeting e (Основниот → основен).
 */
export function baseForms(word: string, known: (stem: string) => boolean, minBase = MIN_BASE): string[] {
  const out: string[] = [];
  const add = (base: string) => {
    if (base.length >= minBase && base !== word && known(base) && !out.includes(base)) out.push(base);
  };
  for (const suffix of SUFFIXES) {
    if (word.length - suffix.length < 2 || !word.endsWith(suffix)) continue;
    const stem = word.slice(0, word.length - suffix.length);
    for (const vowel of RESTORE) add(stem + vowel);
    if (CONSONANT_PAIR.test(stem)) add(`${stem.slice(0, -1)}a${stem.slice(-1)}`);
    // Macedonian adjectives lose their e before the article: Основниот, Кривичниот → основен, кривичен.
    if (suffix === 'iot' && CONSONANT_PAIR.test(stem)) add(`${stem.slice(0, -1)}e${stem.slice(-1)}`);
    if (suffix === 'i' && VELAR[stem.at(-1)!]) add(`${stem.slice(0, -1)}${VELAR[stem.at(-1)!]}a`);
    // A German adjective's other endings: Internationalen, westlichen → Internationaler, westlicher.
    if (suffix === 'en' || suffix === 'em' || suffix === 'e' || suffix === 'es') add(`${stem}er`);
  }
  return out;
}
