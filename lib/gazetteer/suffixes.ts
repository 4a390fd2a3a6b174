/**
 * Case endings of the region's languages, folded: Serbian/Croatian/Bosnian (Beogradu, Prištini,
 * Vučića, Dodikom), Albanian (Kosovës, Prishtinën, Kurtit), Macedonian and German (Serbiens). A text word
 * that is an alias plus one of these (after dropping the alias's own final vowel) is that alias.
 */
export const SUFFIXES = [
  // Serbian / Croatian / Bosnian (and Macedonian, transliterated).
  'ima',
  'ama',
  'ovi',
  'ove',
  'ova',
  'ovu',
  'om',
  'em',
  'oj',
  'og',
  'ih',
  'im',
  'om',
  'u',
  'a',
  'e',
  'i',
  'o',
  // Albanian definite and case endings.
  'es',
  'en',
  'it',
  'in',
  'ut',
  'un',
  'se',
  'ne',
  've',
  'ri',
  'ja',
  'ne',
  'n',
  't',
  // German genitive, English plural.
  's',
  'ns',
] as const;

/** Final vowels an alias may lose before an ending (Srbija → Srbij-e, Kosova → Kosov-ës). */
export const RESTORE = ['', 'a', 'o', 'e', 'i', 'ë'] as const;

/** Shortest stem that may take an ending: shorter names (Nis, Pec, Rama) must match exactly. */
export const MIN_STEM = 4;

/** Base forms a folded text word may be an inflection of, longest ending first. */
export function baseForms(word: string, known: (stem: string) => boolean): string[] {
  const out: string[] = [];
  for (const suffix of SUFFIXES) {
    if (word.length - suffix.length < MIN_STEM || !word.endsWith(suffix)) continue;
    const stem = word.slice(0, word.length - suffix.length);
    for (const vowel of RESTORE) {
      const base = vowel === 'ë' ? stem + 'e' : stem + vowel;
      if (base !== word && known(base) && !out.includes(base)) out.push(base);
    }
  }
  return out;
}
