import { fold } from '../text/fold';
import { LEADING_TITLES, NOT_NAMES } from './stopwords';

export type NameType = 'person' | 'place' | 'organization';

/** A span compromise returned, with the tags of its terms. */
export interface RawName {
  text: string;
  start: number;
  tags: string[][];
}

// Words ending like these are German role nouns, not given names ("Verteidigungspolitiker Jan Böhmer").
const GERMAN_ROLE =
  /(?:politiker|politikerin|minister|ministerin|kanzler|kanzlerin|sprecher|sprecherin|chef|chefin|forscher|forscherin|inhaber|inhaberin|präsident|präsidentin|leiter|leiterin|experte|expertin|sohn|tochter|könig|königin|trainer|trainerin|kapitän|meister|meisterin|botschafter|botschafterin|abgeordnete|abgeordneter|vorsitzende|vorsitzender|stellvertreter|stellvertreterin|staatssekretär|staatssekretärin|bürgermeister|bürgermeisterin|richter|richterin|staatsanwalt|staatsanwältin|direktor|direktorin|generalsekretär|generalsekretärin)$/i;
const ENGLISH_ROLE =
  /^(?:against|with|by|for|from|to|and|as|at|commissioner|adviser|advisor|captain|justice|gov\.?|governor|sen\.?|senator|rep\.?|coach|striker|midfielder|defender|goalkeeper|manager|sergeant|officer|colonel|judge|prosecutor|lawyer|analyst|professor|prof\.?)$/i;
const ORG_ENDING =
  /\b(?:department|ministry|office|council|agency|commission|committee|court|bank|party|union|company|corporation|institute|university|association|foundation|service|authority|police|army|force|forces)$/i;
const FUNCTION_END = /\b(?:of|for|and|the|de|von|der|in|on|at|to)$/i;

/**
 * Turns one compromise span into a clean name or nothing: titles and roles off the front ("Adviser Jake
 * Sullivan" → Jake Sullivan), possessives and hyphen stubs off the end ("NATO-" from "NATO-Partner"),
 * and no furniture, time zones, adjectives, truncated names ("University of") or German common nouns.
 */
export function cleanName(
  raw: RawName,
  type: NameType,
  lang: string | null,
): { name: string; start: number; end: number; type: NameType } | null {
  let t = raw.text;
  let s = raw.start;
  const trimStart = (n: number) => {
    t = t.slice(n);
    s += n;
  };
  const lead = /^[\s'"“”„‘’(]+/.exec(t);
  if (lead) trimStart(lead[0].length);
  const article = /^(?:the|die|der|das)\s+/i.exec(t);
  if (article) trimStart(article[0].length);
  if (type === 'person') {
    const title = LEADING_TITLES.exec(t);
    if (title && title[0].length > 0 && title[0].length < t.length) trimStart(title[0].length);
    // Role words in front of a full name.
    for (;;) {
      const m = /^(\S+)\s+(?=\S+\s+\S+|\S+$)/u.exec(t);
      if (!m) break;
      const first = m[1]!.replace(/[.,]$/, '');
      const rest = t.slice(m[0].length);
      if ((GERMAN_ROLE.test(first) || ENGLISH_ROLE.test(first)) && /^\p{Lu}/u.test(rest)) trimStart(m[0].length);
      else break;
    }
  }
  // Leading lower-case words ("southern Serbian town of Raska"): a name starts with a capital.
  const firstCap = t.search(/\p{Lu}/u);
  if (firstCap < 0) return null;
  if (firstCap > 0) {
    const lastOf = t.lastIndexOf(' of ');
    trimStart(lastOf >= 0 && lastOf + 4 < t.length && type !== 'organization' ? lastOf + 4 : firstCap);
  }
  t = t.replace(/['’]s?$/i, '').replace(/[\s.'’\-–/]+$/u, '');
  if (t.includes('/')) return null;
  const words = t.split(/\s+/).filter(Boolean);
  if (words.length === 0 || t.length < 2) return null;
  if (words.every((w) => NOT_NAMES.has(fold(w).replace(/[^a-z]/g, '')))) return null;
  if (
    !words.every(
      (w) =>
        /^[\p{Lu}\d]/u.test(w) ||
        /^(?:of|de|da|do|dos|von|van|der|den|bin|al|el|la|le|and|for|the|on|in|für|und)$/.test(w),
    )
  )
    return null;
  if (FUNCTION_END.test(t)) return null;
  const single = words.length === 1;
  // A word in capitals longer than an acronym is a dateline ("WASHINGTON —"), said properly elsewhere.
  if (single && t.length > 6 && t === t.toUpperCase()) return null;
  const acronym = /^[\p{Lu}\d&]{2,8}$/u.test(t);
  if (
    single &&
    raw.tags.length === 1 &&
    raw.tags[0]!.some((tag) => tag === 'Adjective' || tag === 'Demonym' || tag === 'Month' || tag === 'WeekDay')
  )
    return null;
  // A lone given name ("Novak", "Ivana") is not worth a card of its own; surnames join full names later.
  if (single && type === 'person' && raw.tags[0]?.some((tag) => /^(?:FirstName|MaleName|FemaleName)$/.test(tag)))
    return null;
  // A possessive inside the span ("Oklahoma City’s Shai") joins two names.
  if (/['’]s\s/u.test(t)) return null;
  // German genitive on a foreign name: "Aleksandar Petrovićs" → Aleksandar Petrović.
  if (lang === 'de' && type === 'person' && /[ćčšžđ]s$/u.test(t)) t = t.slice(0, -1);
  // German capitalises every noun: there a single word is a name only as an acronym of three letters or more.
  if (lang === 'de' && single && !(acronym && t.length >= 3)) return null;
  if (acronym && t.length < 2) return null;
  let finalType = type;
  if (type !== 'organization' && ORG_ENDING.test(t) && words.length > 1) finalType = 'organization';
  if (words.length > 1 && NOT_NAMES.has(fold(words.at(-1)!))) return null;
  return { name: t, start: s, end: s + t.length, type: finalType };
}
