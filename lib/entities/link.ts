import type { AliasTarget, Gazetteer } from '../gazetteer/build';
import { PLACE_PREPOSITIONS, scan, type NameMatch } from '../gazetteer/scan';
import { entityId, type EntityId, type EntityType } from '../kb/types';
import { FIRST_NAMES } from '../names/first-names';
import { fold } from '../text/fold';
import type { Token } from '../text/tokens';
import { foreignCountryAt } from '../topic/foreign';
import { TITLE_WORDS } from './titles';

/** Where in the article a mention stands. */
export type Zone = 'title' | 'lead' | 'body';

export interface LinkedMention {
  id: EntityId;
  type: EntityType;
  start: number;
  end: number;
  zone: Zone;
  surface: string;
  /** "Serbian", "Kosovar": signals the entity without naming it. */
  adjective: boolean;
}

export interface ScannedZone {
  zone: Zone;
  text: string;
  tokens: readonly Token[];
  matches: readonly NameMatch[];
  /** Offset of `text` in the article text (the title is not part of it: -1). */
  offset: number;
}

/** Languages written (mostly) in one state: its press's bare "Vlada" or "Народна банка" is that state's. */
const LANGUAGE_COUNTRY: Partial<Record<string, EntityId>> = {
  mk: entityId('north-macedonia'),
  sl: entityId('slovenia'),
  // Croatian, Bosnian and Montenegrin are each written mostly in one state: "Splita" in Croatian is Split,
  // "Baru" in Montenegrin Bar.
  hr: entityId('croatia'),
  bs: entityId('bosnia-and-herzegovina'),
  cnr: entityId('montenegro'),
};

/**
 * Turns name matches into entity mentions: resolves names shared by several entities, and keeps short
 * forms (a bare surname, "Nis", "Rama") only where the entity is otherwise on the page — by a full name,
 * its country, or a title before it ("President Vučić").
 */
export function linkMentions(
  gazetteer: Gazetteer,
  zones: readonly ScannedZone[],
  lang?: string | null,
): LinkedMention[] {
  // German capitalises every noun: "die Regierung Serbiens" is not a larger name.
  const largerNames = lang !== 'de';
  // Entities named unambiguously by a full (context-free) name anywhere on the page.
  const present = new Set<EntityId>();
  for (const z of zones)
    for (const m of z.matches)
      if (!(largerNames && partOfLargerName(z, m, gazetteer.kindOf)))
        for (const t of m.targets) if (!t.needsContext && m.targets.length === 1) present.add(t.id);

  // What the page's entities belong to (a town's country, an institution's state): an institution's bare
  // name ("Vlada", "Sabor", "Skupština") is in context where its state is on the page, named or not. The
  // region's own press seldom names its country in a domestic story, but names its towns and office holders.
  const around = new Map<EntityId, number>();
  for (const id of present) for (const c of gazetteer.context.get(id) ?? []) around.set(c, (around.get(c) ?? 0) + 1);
  // And one step further, for towns: an agency's government is the state its towns are in.
  const aroundStates = new Set([...around.keys()].flatMap((c) => [c, ...(gazetteer.context.get(c) ?? [])]));
  const home = lang ? LANGUAGE_COUNTRY[lang] : undefined;
  const inContext = (target: AliasTarget, z: ScannedZone, m: NameMatch) => {
    if (present.has(target.id)) return true;
    // "Народната банка" in Macedonian text is North Macedonia’s, "Janšo" in Slovenian Janez Janša: a
    // language of one state places its bodies and people.
    // Its state may be one step away: a ministry belongs to a government, the government to the state.
    // Not a lone lower-case word ("vlada"): a Slovenian story on Germany's coalition says it of Germany's.
    if (
      home &&
      (target.id === home ||
        (target.lang === lang && !/^\p{Ll}\S*$/u.test(target.name) && belongsTo(gazetteer, target.id, home)))
    )
      return true;
    // An institution's state named or implied on the page, its own or one step away (a ministry's
    // government's): "das Finanzministerium" on a page about Belgrade is Serbia's.
    if (target.type === 'organization' && reach(gazetteer, target.id).some((c) => around.has(c) || present.has(c)))
      return true;
    const before = z.tokens[m.token - 1];
    if (target.type === 'person' && before && TITLE_WORDS.has(before.key) && !before.sentenceStart) return true;
    if (target.type === 'person' && before && TITLE_WORDS.has(before.key) && before.capital) return true;
    if (target.type === 'event' && agreementBefore(z, m)) return true;
    // "the town of Niš", "the city of Bar", "the village of Banjska": the words say it is a place.
    if (
      TOWN_KINDS.has(gazetteer.kindOf.get(target.id) ?? '') &&
      before?.key === 'of' &&
      /^(?:town|city|village|municipality|towns|cities|villages)$/.test(z.tokens[m.token - 2]?.key ?? '')
    )
      return true;
    // A town whose name is also a word ("Bar", "Plav", "Ključ") in a story whose other towns or bodies, or
    // whose language, place it in the town's state: "u Baru" beside Kotor and Tivat. Not a sentence's first
    // word ("Bar da…", at least), and not the first word of a longer name ("Velika Britanija").
    if (
      TOWN_KINDS.has(gazetteer.kindOf.get(target.id) ?? '') &&
      !z.tokens[m.token]!.sentenceStart &&
      !nameGoesOn(z, m)
    ) {
      const states = gazetteer.context.get(target.id) ?? [];
      if (states.some((c) => c === home || aroundStates.has(c))) return true;
    }
    return (gazetteer.context.get(target.id) ?? []).some((c) => present.has(c));
  };

  const surnames = surnamesOnPage(zones);
  const out: LinkedMention[] = [];
  for (const z of zones) {
    const queue = [...z.matches];
    for (let q = 0; q < queue.length; q++) {
      const m = queue[q]!;
      if (largerNames && partOfLargerName(z, m, gazetteer.kindOf)) continue;
      const candidates = m.targets.filter(
        (t) =>
          (!t.needsContext || inContext(t, z, m)) &&
          !ofAnotherCountry(gazetteer, z, m, t) &&
          !ofAnotherTown(gazetteer, z, m, t) &&
          !someoneElsesSurname(gazetteer, surnames, z, m, t) &&
          !givenNameOfAnother(z, m, t),
      );
      if (candidates.length === 0) {
        // A longer name out of context ("Grada Zagreba", the city's government, with nothing else of it on
        // the page) still holds the names inside it: Zagreb.
        queue.splice(q + 1, 0, ...innerMatches(gazetteer, z, m));
        continue;
      }
      const chosen = choose(gazetteer, candidates, present, around);
      const end = m.end + caseSuffix(z.text, m.start, m.end);
      out.push({
        id: chosen.id,
        type: chosen.type,
        start: z.offset >= 0 ? z.offset + m.start : m.start,
        end: z.offset >= 0 ? z.offset + end : end,
        zone: z.zone,
        surface: z.text.slice(m.start, end),
        adjective: chosen.adjective,
      });
      // "montenegrinische Regierung", "Regierung Serbiens", "Bosnian Border Police": the country is named too, as a signal.
      if (chosen.signals && gazetteer.typeOf.has(chosen.signals)) {
        const last = lastToken(z, m);
        const words = chosen.signalsWords ?? 0;
        const from = z.tokens[words > 0 ? Math.max(m.token, last - words + 1) : m.token]!;
        const to = z.tokens[words > 0 ? last : m.token]!;
        out.push({
          id: chosen.signals,
          type: gazetteer.typeOf.get(chosen.signals)!,
          start: z.offset >= 0 ? z.offset + from.start : from.start,
          end: z.offset >= 0 ? z.offset + to.end : to.end,
          zone: z.zone,
          surface: z.text.slice(from.start, to.end),
          adjective: true,
        });
      }
    }
  }
  const abroad = partiesAbroad(gazetteer, zones, out);
  return abroad.size > 0 ? out.filter((m) => !abroad.has(m.id)) : out;
}

/** How far after a party's name its country may stand: "Liberalno-demokratska partija (LDP) premijera Japana". */
const PARTY_COUNTRY_WINDOW = 4;

/**
 * Parties whose name the page gives to another country's: "Liberalno-demokratska partija (LDP) premijera
 * Japana" is Japan's LDP, not Serbia's. Party names are the region's and everyone's (liberal, social
 * democratic, green), so a party the page places abroad once is abroad in all its mentions there.
 */
function partiesAbroad(gazetteer: Gazetteer, zones: readonly ScannedZone[], mentions: readonly LinkedMention[]) {
  const abroad = new Set<EntityId>();
  for (const m of mentions) {
    if (abroad.has(m.id) || gazetteer.kindOf.get(m.id) !== 'party') continue;
    const z = zones.find((x) => x.zone === m.zone);
    if (!z) continue;
    const after = z.tokens.findIndex((t) => t.start >= m.end);
    if (after < 0) continue;
    for (let k = after; k < Math.min(z.tokens.length, after + PARTY_COUNTRY_WINDOW); k++) {
      if (z.tokens[k]!.sentenceStart) break;
      if (foreignCountryAt(z.tokens, k)) {
        abroad.add(m.id);
        break;
      }
    }
  }
  return abroad;
}

/** The index of a match's last token. */
function lastToken(z: ScannedZone, m: NameMatch): number {
  let last = m.token;
  while (z.tokens[last + 1] && z.tokens[last + 1]!.end <= m.end) last++;
  return last;
}

/** The names inside a match, after its first word. */
function innerMatches(gazetteer: Gazetteer, z: ScannedZone, m: NameMatch): NameMatch[] {
  const last = lastToken(z, m);
  if (last === m.token) return [];
  return scan(gazetteer, z.tokens.slice(m.token + 1, last + 1)).map((inner) => ({
    ...inner,
    token: inner.token + m.token + 1,
  }));
}

/**
 * An acronym's case ending written after a hyphen belongs to the mention: "HDZ-a", "HDZ-ov", "KFOR-it",
 * "NATO-ja", "СДСМ-от" are one word to highlight, while "NATO-led" keeps its English compound apart.
 */
const CASE_SUFFIX =
  /^[-‑](?:a|e|i|u|om|ov|ova|ove|ovi|ovu|ovog|ovom|ovoj|ovih|em|ima|ih|ju|se|së|ja|në|it|in|ut|un|ës|es|s|ot|ta|to|te|ite|ата|от|та|то|те|ите|а|е|у|ом|ов|ова|ове|ови|ем|ја|у)(?![\p{L}\p{N}])/u;
const ACRONYM = /^[\p{Lu}\p{N}]{2,}$/u;
function caseSuffix(text: string, start: number, end: number): number {
  if (!ACRONYM.test(text.slice(start, end))) return 0;
  const m = CASE_SUFFIX.exec(text.slice(end, end + 6));
  return m ? m[0].length : 0;
}

/**
 * An organisation's name followed by another country's: "Socijaldemokratska stranka Njemačke" is
 * Germany's party, not Serbia's that is written the same up to there.
 */
function ofAnotherCountry(gazetteer: Gazetteer, z: ScannedZone, m: NameMatch, target: AliasTarget): boolean {
  if (target.type !== 'organization') return false;
  const own = gazetteer.context.get(target.id) ?? [];
  // A bare body after another state's adjective is that state's: "hrvaška vlada" is not Slovenia's.
  if (target.needsContext) {
    const before = z.matches.findLast((n) => n.end <= m.start);
    const countries = before?.targets.filter((t) => STATE_KINDS.has(gazetteer.kindOf.get(t.id) ?? '')) ?? [];
    if (
      before &&
      /^[ \u00a0]+$/.test(z.text.slice(before.end, m.start)) &&
      countries.length > 0 &&
      own.length > 0 &&
      countries.every((c) => !own.includes(c.id))
    )
      return true;
  }
  const next = z.matches.find((n) => n.start > m.end);
  if (!next || !/^[ \u00a0]+$/.test(z.text.slice(m.end, next.start))) return false;
  const countries = next.targets.filter((t) => gazetteer.kindOf.get(t.id) === 'country');
  // A country outside the region is never a Balkan organisation's; one inside is where the KB says
  // which state the organisation belongs to.
  const foreign = (id: EntityId) =>
    gazetteer.regionOf.get(target.id) === 'balkans' && gazetteer.regionOf.get(id) === 'outside';
  if (countries.length > 0) return countries.every((c) => foreign(c.id) || (own.length > 0 && !own.includes(c.id)));
  // An entity or territory of its own ("Republička izborna komisija Republike Srpske", "Ustavni sud
  // Federacije"): the body is that one's unless the knowledge base puts it there.
  const states = next.targets.filter((t) => STATE_KINDS.has(gazetteer.kindOf.get(t.id) ?? ''));
  return own.length > 0 && states.length > 0 && states.every((c) => !belongsTo(gazetteer, target.id, c.id));
}

const TOWN_KINDS = new Set(['city', 'town', 'municipality', 'village']);
const STATE_KINDS = new Set(['country', 'territory', 'entity']);
/**
 * An entity's own context and, through the bodies it belongs to, theirs (a ministry's government's
 * state). Not through a state: Croatia's own context (the EU) is no context of its parliament.
 */
function reach(gazetteer: Gazetteer, id: EntityId): EntityId[] {
  const own = gazetteer.context.get(id) ?? [];
  const bodies = own.filter((c) => gazetteer.typeOf.get(c) === 'organization');
  return [...own, ...bodies.flatMap((c) => gazetteer.context.get(c) ?? [])];
}

/** An entity's own context, or its context's (a council's town's state, a ministry's government's), holds `state`. */
function belongsTo(gazetteer: Gazetteer, id: EntityId, state: EntityId): boolean {
  const own = gazetteer.context.get(id) ?? [];
  return own.includes(state) || own.some((c) => (gazetteer.context.get(c) ?? []).includes(state));
}

/** "u", "v", "në", "in" between a body's name and its town: Apelacioni sud u Novom Sadu. */
const IN_TOWN = /^[ \u00a0]+(?:u|v|na|ne|në|in|у|в|во)[ \u00a0]+$/i;

/**
 * A body of one town named with another: "Apelacioni sud u Novom Sadu" is not Belgrade's court of appeal,
 * whose bare name it shares; the town the page gives is not the town the knowledge base seats it in.
 */
function ofAnotherTown(gazetteer: Gazetteer, z: ScannedZone, m: NameMatch, target: AliasTarget): boolean {
  if (target.type !== 'organization') return false;
  const next = z.matches.find((n) => n.start > m.end);
  if (!next || !IN_TOWN.test(z.text.slice(m.end, next.start))) return false;
  const town = (id: EntityId) => TOWN_KINDS.has(gazetteer.kindOf.get(id) ?? '');
  const seats = (gazetteer.context.get(target.id) ?? []).filter(town);
  const named = next.targets.filter((t) => town(t.id));
  return seats.length > 0 && named.length > 0 && named.every((t) => !seats.includes(t.id));
}

/** Given names that are also everyday words at a sentence's start ("Ali" is "but", "Luka" a port). */
const COMMON_WORD_NAMES = new Set([
  'ali',
  'luka',
  'rok',
  'nada',
  'vesna',
  'rade',
  'dragi',
  'jasna',
  'mate',
  'isa',
  'sara',
]);

/**
 * Words the page writes right after a given name, with those given names: on this page they are surnames.
 * "Andrej Kosi … Kosi said" is not the outlet Koha; "Almir Terzić … Terzić" is not Adnan Terzić.
 */
function surnamesOnPage(zones: readonly ScannedZone[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  // The lead and the body scan one token list: read each list once.
  const seen = new Set<readonly Token[]>();
  for (const z of zones) {
    if (seen.has(z.tokens)) continue;
    seen.add(z.tokens);
    for (let i = 1; i < z.tokens.length; i++) {
      const before = z.tokens[i - 1]!;
      const word = z.tokens[i]!;
      if (!word.capital || !before.capital || before.allCaps || !givenNameForm(before.key)) continue;
      if (before.sentenceStart && COMMON_WORD_NAMES.has(before.key)) continue;
      if (!/^[ \u00a0]+$/.test(z.text.slice(before.end, word.start))) continue;
      const given = out.get(word.key) ?? new Set();
      given.add(before.key);
      out.set(word.key, given);
    }
  }
  return out;
}

/** A given name as written or in a case form: Darka, Darku (Darko), Marka (Marko), Ivanom (Ivan), Ane (Ana). */
function givenNameForm(key: string): boolean {
  if (FIRST_NAMES.has(key)) return true;
  const ending = /(?:om|em|a|u|e|i)$/.exec(key)?.[0];
  if (!ending || key.length - ending.length < 3) return false;
  const stem = key.slice(0, -ending.length);
  return FIRST_NAMES.has(stem) || FIRST_NAMES.has(`${stem}o`) || FIRST_NAMES.has(`${stem}a`);
}

/**
 * A one-word match that the page uses as someone's surname: not a place or body, and not a known person
 * unless the page's given name is theirs (their full name is matched whole anyway).
 */
function someoneElsesSurname(
  gazetteer: Gazetteer,
  surnames: Map<string, Set<string>>,
  z: ScannedZone,
  m: NameMatch,
  target: AliasTarget,
): boolean {
  const token = z.tokens[m.token]!;
  if (token.end !== m.end) return false;
  const given = surnames.get(token.key);
  if (!given) return false;
  if (target.type !== 'person') return true;
  const own = fold(gazetteer.nameOf.get(target.id)?.split(/\s+/)[0] ?? '');
  return ![...given].some((g) => sameGivenName(g, own));
}

/**
 * A bare surname followed by more of a name is the start of someone else's: "Реџеп Тајип Ердоган" is no
 * Redžepi, "Rama Kaso" no Edi Rama.
 */
function givenNameOfAnother(z: ScannedZone, m: NameMatch, target: AliasTarget): boolean {
  if (target.type !== 'person' || !target.needsContext) return false;
  const next = z.tokens[lastToken(z, m) + 1];
  return !!next && next.capital && !next.sentenceStart && /^[ \u00a0]+$/.test(z.text.slice(m.end, next.start));
}

/** One given name in two cases: Aleksandra Vučića is Aleksandar's genitive, Ane Brnabić Ana's. */
function sameGivenName(a: string, b: string): boolean {
  let common = 0;
  while (common < a.length && a[common] === b[common]) common++;
  return common >= Math.min(a.length, b.length) - 2;
}

/** Words for a treaty: "Friedensvertrag von Dayton", "accords of Dayton", "sporazum iz Dejtona". */
const AGREEMENT = /(?:abkommen|vertrag|vertrags|agreement|accords?|sporazum[a-z]{0,3}|marreveshj[a-z]{0,3})$/;

function agreementBefore(z: ScannedZone, m: NameMatch): boolean {
  let before = z.tokens[m.token - 1];
  if (before && /^(?:von|of|iz|od|e|i)$/.test(before.key)) before = z.tokens[m.token - 2];
  return !!before && AGREEMENT.test(before.key);
}

/**
 * Of several entities sharing a name, the one otherwise present on the page; else the one whose state the
 * page names or places most ("Vlada" in a story from Knin and Slunj is Croatia's); else the most important.
 */
function choose(
  gazetteer: Gazetteer,
  candidates: readonly AliasTarget[],
  present: Set<EntityId>,
  around: Map<EntityId, number>,
): AliasTarget {
  if (candidates.length === 1) return candidates[0]!;
  const weight = (t: AliasTarget) =>
    Math.max(0, ...(gazetteer.context.get(t.id) ?? []).map((c) => (present.has(c) ? 100 : 0) + (around.get(c) ?? 0)));
  const ranked = [...candidates].sort(
    (a, b) =>
      Number(present.has(b.id)) - Number(present.has(a.id)) ||
      weight(b) - weight(a) ||
      Number(a.needsContext) - Number(b.needsContext) ||
      (gazetteer.importance.get(b.id) ?? 0) - (gazetteer.importance.get(a.id) ?? 0),
  );
  return ranked[0]!;
}

/** A capitalised word right after the match, in the same sentence: the name goes on ("Velika Britanija"). */
function nameGoesOn(z: ScannedZone, m: NameMatch): boolean {
  const after = z.tokens[lastToken(z, m) + 1];
  return !!after && after.capital && !after.sentenceStart && /^[ \u00a0-]+$/.test(z.text.slice(m.end, after.start));
}

/** Words for a town's own government before its name (folded, any case). */
const MUNICIPALITY_WORDS =
  /^(?:grad|grada|gradu|gradom|opcin[aeiu]|opstin[aeiu]|obcin[aeiu]|zupanij[aeiu]|komun[aeë]|bashki[ae]|општин[аеиу]|град|града)$/;

/**
 * A place name inside a larger proper name is not the place: "Red Star Belgrade", "Amaro Montenegro",
 * "Fernanda Montenegro", "Dinamo Zagreb". The sign is a capitalised word right before it that is neither a
 * sentence start nor a title nor itself a known name.
 */
function partOfLargerName(z: ScannedZone, m: NameMatch, kindOf: Gazetteer['kindOf']): boolean {
  if (!m.targets.every((t) => t.type === 'place')) return false;
  const before = z.tokens[m.token - 1];
  if (!before || !before.capital || before.allCaps) return false;
  if (TITLE_WORDS.has(before.key)) return false;
  const gap = z.text.slice(before.end, m.start);
  if (!/^[ \u00a0]+$/.test(gap)) return false;
  // Preceded by another known name ("Kosovo Serbia", "Berlin Belgrade") — a list, not a larger name.
  if (z.matches.some((o) => o.end === before.end)) return false;
  // A town in a case ending after a sentence's first word is governed by it ("Središče Beograda so zajeli
  // nemiri"): a club or a company writes its town as it is ("Dinamo Zagreb"). Countries stay out: a body's
  // name ends in its country's genitive ("Elektrodistribucija Srbije").
  const surface = fold(z.text.slice(m.start, m.end));
  if (
    before.sentenceStart &&
    m.targets.every((t) => fold(t.name) !== surface) &&
    !m.targets.some((t) => STATE_KINDS.has(kindOf.get(t.id) ?? ''))
  )
    return false;
  // "Grada Zagreba", "Općina Knin", "Komuna e Prizrenit": the town's own government, the town named.
  if (MUNICIPALITY_WORDS.test(before.key)) return false;
  // "Kod Loznice se nalazi…": a preposition of place that starts the sentence.
  if (before.sentenceStart && PLACE_PREPOSITIONS.has(before.key)) return false;
  return !/^(?:meanwhile|yesterday|today|now|then|also|still|but|while|when|after|before|since|as|so|if|though|on|by|for|with|in|at|to|from|near|and|or|of|the|von|nach|aus|und|u|iz|na|i|ne|nga|dhe|north|south|east|west|northern|southern|eastern|western|central|greater|upper|lower|nord|sud|ost|west|mittel|sever|jug|juzna|severna|veri|jug|lindje|perendim)$/i.test(
    before.key,
  );
}
