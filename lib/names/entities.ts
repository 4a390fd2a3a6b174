import type { EntityResult } from '../analysis/types';
import type { LinkedMention } from '../entities/link';
import { NOT_NAMES } from '../nlp/stopwords';
import { fold } from '../text/fold';
import type { Token } from '../text/tokens';
import { GENITIVE_HEADS, hasStem, ORG_CUES, PLACE_PREPS, type Family } from './cues';
import { assembliesOf } from './assemblies';
import { findNames } from './find-names';
import { loose as looseKey, mergeNames } from './merge';

/** A name's words by their first letters, folded: forms of one name compared across endings. */
const loose = (name: string) => looseKey(fold(name).replace(/\s+/g, ' '));

/** A capitalised first word and nothing capitalised after it. */
const COMMON_ONLY = /^\p{Lu}[\p{Ll}\p{M}'’-]*(?:\s+[\p{Ll}\p{M}'’-]+)+$/u;

/** Party words (folded stems): stranka, partija, lista, pokret, savez, front, koalicija, gibanje, lëvizja. */
const PARTY_WORD =
  /(?:^|\s)(?:strank|partij|list[aeiu]?(?:\s|$)|pokret|savez|front|unij|koalicij|inicijativ|gibanj|levizj|parti|aleanc|dvizenj|sojuz)/;

/**
 * An organisation's head first, then what it governs, three words or more: a genitive of two words, or "za",
 * "na", "për" and a noun (Sindikat hrvatskih željezničara, Klinika za tumore, Агенцијата за конфискација на имот).
 */
function headWithGenitive(name: string, family: Family): boolean {
  const words = fold(name).split(/\s+/);
  if (!hasStem(words[0]!, ORG_CUES[family]) || !hasStem(words[0]!, GENITIVE_HEADS)) return false;
  return words.length >= 3;
}

/** A possessive adjective left on its own (Ishibinog): no name to show. */
const POSSESSIVE = /(?:ov|ev|in)(?:a|o|e|i|u|og|om|oj|ega|em)$/;

/**
 * The names of an article in the region's languages that the knowledge base does not cover, as
 * entities: one per person, place or organisation with all its forms. Junk stays out: a name inside a
 * known one, a lone word seen once with nothing saying what it is, a lone surname with no role before it.
 */
export function regionNameEntities(
  text: string,
  tokens: readonly Token[],
  known: readonly LinkedMention[],
  family: Family,
  isKnownName: (name: string) => boolean,
): EntityResult[] {
  // The known organisations' forms on the page, by their words' first letters.
  const knownOrgs = known.filter((m) => m.type === 'organization').map((m) => loose(m.surface));
  const assemblies = assembliesOf(text, tokens, known, family);
  const names = findNames(text, tokens, family).filter(
    (n) => !assemblies.some((a) => a.start < n.end && n.start < a.end),
  );
  const found = [...names, ...assemblies].filter((n) => {
    // An institution's short form beside its known full name is that institution (Višeg suda, Višeg suda u Novom Sadu).
    if (n.type === 'organization' && n.name.includes(' ')) {
      const short = [loose(n.surface), loose(n.name)];
      if (knownOrgs.some((k) => short.some((s) => k.startsWith(`${s} `)))) return false;
    }
    const overlaps = known.filter((m) => m.start < n.end && n.start < m.end);
    // A known place after a preposition, and lower-case words after it, are no body's name ("u Banjoj Luci
    // entitetsko tužilaštvo"); "Hrvatska turistička zajednica" begins with an adjective, not a place.
    const placeFirst = overlaps.find((m) => m.type === 'place' && m.start === n.start);
    if (
      n.type === 'organization' &&
      placeFirst &&
      PLACE_PREPS[family].has(tokens.findLast((t) => t.end <= n.start)?.key ?? '') &&
      !/\p{Lu}/u.test(text.slice(placeFirst.end, n.end))
    )
      return false;
    // An organisation may contain a known place or person (Viši sud u Novom Sadu), and a known body after
    // its own head: a municipality's council is not the municipality ("Советот на Општина Тетово",
    // "Skupština Opštine Bar"). Nothing else may.
    // So may a known acronym that opens a longer name of its own ("ЕВН Хоум", a company of the EVN group).
    const bodyOf = (m: LinkedMention) =>
      n.type === 'organization' &&
      m.type === 'organization' &&
      m.end <= n.end &&
      ((n.start < m.start && hasStem(fold(n.surface.split(/\s+/)[0]!), ORG_CUES[family])) ||
        (n.start === m.start && m.end < n.end && /^\p{Lu}{2,}$/u.test(m.surface)));
    if (overlaps.some((m) => (n.type !== 'organization' || m.type === 'organization') && !bodyOf(m))) return false;
    if (overlaps.some((m) => m.start <= n.start && n.end <= m.end)) return false;
    return !isKnownName(n.name) && !isKnownName(n.surface);
  });
  const out: EntityResult[] = [];
  for (const g of mergeNames(found)) {
    const single = !g.name.includes(' ');
    if (single && g.type === 'person' && !g.cued) continue;
    // A possessive adjective passes once or twice; a word the text comes back to three times is a name.
    if (single && g.type === 'other' && (g.spans.length < 2 || (g.spans.length < 3 && POSSESSIVE.test(fold(g.name)))))
      continue;
    if (g.name.length < 2 || g.name.split(' ').every((w) => NOT_NAMES.has(fold(w)))) continue;
    // A body named only by common words ("Strateški svet", "Gradska uprava", "Filmska akademija"): no name
    // of its own to tell which one; the known ones are the knowledge base's, linked before this.
    // Parties are the exception: theirs are names of common words (Građanska lista, Nova stranka).
    // A head with what it governs is a name though ("Sindikat hrvatskih željezničara", "Klinika za tumore").
    // A quoted name after its kind of body ("JKP „Vodovod i kanalizacija“") is a name, common words or not.
    if (
      g.type === 'organization' &&
      !g.cued &&
      COMMON_ONLY.test(g.name) &&
      !PARTY_WORD.test(fold(g.name)) &&
      !headWithGenitive(g.name, family)
    )
      continue;
    out.push({
      name: g.name,
      type: g.type,
      id: null,
      count: g.spans.length,
      surfaces: [...new Set(g.spans.map((s) => s.surface))],
      mentions: g.spans.map(({ start, end }) => ({ start, end })),
      inTitle: false,
      salience: Math.round(g.spans.length * 80) / 100,
    });
  }
  return out;
}
