/**
 * The scoring behind `npm run quality`: pure functions over analyses and labels, so the maths and the
 * junk rule are unit-tested on tiny made-up inputs.
 */
import type { EntityResult } from '../../lib/analysis/types';

/** Case, diacritics and script folded away: "Вучића" and "vucica" compare equal. */
export function fold(s: string): string {
  return [...s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()]
    .map((c) => CYRILLIC[c] ?? (c === 'đ' ? 'dj' : c))
    .join('')
    .replace(/[’'`]/g, "'")
    .replace(/[^\p{L}\p{N}' -]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const CYRILLIC: Record<string, string> = Object.fromEntries(
  (
    'а a б b в v г g д d ђ dj е e ж z з z и i ј j к k л l љ lj м m н n њ nj о o п p р r с s т t ћ c у u ф f х h ц c ч c џ dz ш s ' +
    'ѓ gj ќ kj ѕ dz й j ы y э e ю ju я ja ь _ ъ _ щ s ё e і i ї i є e ґ g'
  )
    .split(' ')
    .reduce<[string, string][]>(
      (pairs, v, i, all) => (i % 2 ? pairs : [...pairs, [v, all[i + 1]!.replace('_', '')]]),
      [],
    ),
);

/** Latin letters with carons/strokes compare to their bases once Cyrillic is transliterated. */
function base(s: string): string {
  return fold(s).replace(/dj/g, 'd').replace(/dz/g, 'd').replace(/lj/g, 'l').replace(/nj/g, 'n');
}

export interface KeyLabel {
  name: string;
  surfaces: string[];
}

/**
 * A key entity is found when an entity the engine returns has a name or a surface equal, after folding,
 * to the label's name or one of its surfaces.
 */
export function keyFound(key: KeyLabel, entities: readonly Pick<EntityResult, 'name' | 'surfaces'>[]): boolean {
  const wanted = new Set([key.name, ...key.surfaces].map(base));
  return entities.some((e) => [e.name, ...e.surfaces].some((s) => wanted.has(base(s))));
}

/** Words that are furniture or a role, not a name, when they make up the whole entity. */
const NOT_A_NAME = new Set(
  (
    'foto video photo komentari komentar comments opširnije pročitajte procitajte read more share tweet ' +
    'bonus više advertisement reklama oglas izvor source autor author ' +
    'president predsednik predsjednik председник претседател presidenti presidentja kryetari premier premijer ' +
    'premijerka premijerke премијер kryeministri kryeministr ministar ministarka министар министер minister ' +
    'ministri ministre ministrica minister bundeskanzler kanzler chancellor mayor gradonačelnik gradonacelnik ' +
    'župan zupan kmet vlada влада vlade government regierung qeveria parliament parlament skupština skupstina ' +
    'скупштина sabor kuvendi assembly mandatar mandatarka poslanik poslanec poslanci zastupnik deputeti ' +
    'monday tuesday wednesday thursday friday saturday sunday ponedeljak utorak sreda srijeda četvrtak petak ' +
    'subota nedelja nedjelja january february march april june july august september october november december'
  )
    .split(/\s+/)
    .map(fold),
);

/**
 * Head nouns of institutions, and of streets and parks, that the region's languages write in sentence case
 * (Građanska lista, Народната банка, Pionirski park, Snežniška ulica).
 */
const INSTITUTION_HEAD =
  /^(?:list[aeiu]|bank|vlad|ulic|cest|park|trg|bulevar|улиц|парк|булевар|skupštin|komisij|sud|centar|centr|forum|unij|strank|partij|pokret|inicijativ|koalicij|jedinic|savez|ured|agencij|zavod|vijeć|sabor|партиј|покрет|иницијатив|коалициј|јединиц|банк|комисиј|влад|суд|собрани|агенциј)/u;
/** An adjective before the head: građanska, savezna, federalna, народната, kršćanske. */
const ADJECTIVE_FIRST = /(?:sk|šk|čk|ck|n|ln)(?:a|e|i|o|u|og|oj|om|ih)$|(?:ск|чк|н|лн)(?:а|и|о|е|ата|ото|иот|ите)$/u;

/**
 * "Građanska lista", "Savezna vlada": South Slavic names of institutions capitalise only their first word,
 * an adjective, before an institution's head noun. A lower-case last word there is the name, not a fragment.
 */
function sentenceCaseInstitution(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  const first = words[0]!.toLowerCase();
  if (ADJECTIVE_FIRST.test(first) && INSTITUTION_HEAD.test(words.at(-1)!.toLowerCase())) return true;
  // Or the head first and its lower-case genitive after it: Sindikat hrvatskih željezničara, Klinika za
  // tumore, Агенција за конфискација на имот. The last word is a noun, not a function word or a verb.
  // Folded, so that Cyrillic names are judged as their Latin twins are.
  const last = fold(words.at(-1)!);
  return (
    GENITIVE_HEAD.test(fold(words[0]!)) &&
    last.length >= 4 &&
    !/(?:uje|aju|ao|la|li|lo)$|^(?:koji|koja|koje|nakon|prema|tokom|tijekom)$/u.test(last)
  );
}

/** Heads that take a lower-case genitive after them (folded stems, as the name finder's; Cyrillic folds to these). */
const GENITIVE_HEAD =
  /^(?:ministarstv|ministrstv|ministerstv|jedinic|skupstin|savjet|agencij|komisij|uprav|direkcij|kancelarij|ured|urad|institut|fakultet|savet|vijec|svet|zavod|sluzb|sindikat|udruzen|udrug|savez|fond|komor|drustv|zajednic|akademij|klinik|klinic|bolnic|klub|odbor|zbornic|sklad|zdruzeni|sojuz)/u;

/** Why an entity the engine returned is junk (furniture, a role word, a fragment), or null when it is not. */
export function junkReason(name: string): string | null {
  const n = name.trim();
  const letters = n.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 2) return 'too short';
  if (/https?:|www\.|<|>|&[a-z]+;|@|\.(?:com|net|org|rs|hr|ba|si|mk|al|me)\b|\/\//i.test(n)) return 'URL or markup';
  const words = n.split(/\s+/);
  if (words.length > 6) return 'fragment (too long)';
  if (!words.some((w) => /^\P{Ll}*\p{Lu}/u.test(w) || /^\p{Lu}/u.test(w))) return 'no capitalised word';
  if (/^\p{Ll}/u.test(words[0]!) && !/^(?:al|el|de|di|da|van|von|la|le|bin|ibn)$/.test(words[0]!))
    return 'starts with a lowercase word';
  if (/^\p{Ll}/u.test(words.at(-1)!) && !sentenceCaseInstitution(words)) return 'ends with a lowercase word';
  if (words.every((w) => NOT_A_NAME.has(fold(w)))) return 'role or furniture word';
  return null;
}

export interface Counts {
  articles: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  keys: number;
  keysFound: number;
  junk: number;
  langRight: number;
  langGroupRight: number;
}

export const emptyCounts = (): Counts => ({
  articles: 0,
  tp: 0,
  fp: 0,
  fn: 0,
  tn: 0,
  keys: 0,
  keysFound: 0,
  junk: 0,
  langRight: 0,
  langGroupRight: 0,
});

export function add(into: Counts, c: Counts): Counts {
  for (const k of Object.keys(into) as (keyof Counts)[]) into[k] += c[k];
  return into;
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

export interface Figures {
  articles: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  keyEntityRecall: number | null;
  keys: number;
  junk: number;
  junkPer20: number | null;
  languageAccuracy: number | null;
  languageGroupAccuracy: number | null;
}

/** Precision, recall and F1 of detection, key-entity recall, junk per 20 articles, language accuracy. */
export function figures(c: Counts): Figures {
  const precision = ratio(c.tp, c.tp + c.fp);
  const recall = ratio(c.tp, c.tp + c.fn);
  // 2TP / (2TP + FP + FN): defined whenever there is anything to get right or wrong.
  const f1 = ratio(2 * c.tp, 2 * c.tp + c.fp + c.fn);
  return {
    articles: c.articles,
    precision,
    recall,
    f1,
    keyEntityRecall: ratio(c.keysFound, c.keys),
    keys: c.keys,
    junk: c.junk,
    junkPer20: ratio(c.junk * 20, c.articles),
    languageAccuracy: ratio(c.langRight, c.articles),
    languageGroupAccuracy: ratio(c.langGroupRight, c.articles),
  };
}
