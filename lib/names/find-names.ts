import { fold } from '../text/fold';
import type { Token } from '../text/tokens';
import { FIRST_NAMES } from './first-names';
import {
  DEMONYMS,
  GENITIVE_HEADS,
  GENITIVE_PREPS,
  hasStem,
  HEAD_NOMINATIVE,
  ORG_CUES,
  PLACE_NOUNS,
  PLACE_PREPS,
  ROLES,
  STOPWORDS,
  type Family,
} from './cues';
import { nominative, type Case } from './nominative';
import { quotedOrganisations } from './quoted';
import { adjacent, capitalRuns } from './runs';
import { streetNames } from './streets';

export type NameKind = 'person' | 'place' | 'organization' | 'other';

/** A name found in the text, with its nominative. */
export interface FoundName {
  /** The nominative, as the name is shown (Petar Petković for "sa Petrom Petkovićem"). */
  name: string;
  type: NameKind;
  start: number;
  end: number;
  /** As written in the text. */
  surface: string;
  /** A role word or title stood before it (ministar Vesić): a person even when it is one word. */
  cued: boolean;
  /** The case a preposition before it asked for. */
  kase?: Case;
}

const SURNAME = /(?:ic|ski|ska|ov|ova|ev|eva|aj|ku)$/;
/** The same, in any case: Efendiću, Petkovićem, Mickoskog. */
const SURNAME_ANY_CASE = /(?:ic|sk|ov|ev|aj)(?:a|e|i|u|om|em|og|oj|ima)?$|ku$/;
/** Adjective endings (folded) between a name's first word and its head: napredna, demokratska, srpske. */
const ADJECTIVE = /(?:sk|ck|n|ov|ev|in|ln|lj|tn|dn)(?:a|e|i|o|u|og|om|oj|ih|im|oga|ega|ata|iot|oto)$/;
/** Lone capitalised adjectives (Serbian, Croatian, Macedonian -ски/-ската, Albanian -shme, -tare, -ore). */
const LONE_ADJECTIVE = /(?:sk|ck|cn|tn|aln)(?:i|a|o|e|u|og|om|oj|ih|im|ata|iot|oto|ite)$|(?:shme|tare|ore|ike)$/;
/** Verb forms that end like genitives: rekla, donese, imala, treba, najavljuje, traje, upozorava, izdaja. */
const VERB = /(?:la|lo|li|[aeiu]ti|ci|uje|aje|aja|uju|aju|ao)$|^.{4,}[ai]va$|^.{0,4}(?:ti|ce|mo|te|ju|se|ba|va|ra)$/;
/** Case endings of the lower-case genitive after an organisation's head, and of the words after its first. */
const GENITIVE_FIRST = /(?:a|e|i|ih|og|ova|se|es|it|ve|me)$/;
const GENITIVE_NEXT = /(?:a|e|ih|og|ova)$/;
/** The genitives of a municipality and a city (folded) after "Skupština": opštine, općine, grada. */
const MUNICIPAL = new Set(['opstine', 'opcine', 'grada']);
/** Albanian connectors inside organisation names: Partia Demokratike e Shqipërisë, Kuvendi i Kosovës. */
const SQ_LINK = new Set(['e', 'i', 'te', 'se']);

/**
 * Names in text of the region's languages: capitalised runs, with the sentence's first word taken only
 * when it is capitalised elsewhere too or cued; role words cue persons and are stripped; organisation
 * cues (stranka, Lëvizja, ministarstvo…) and place prepositions (u, në, во…) type the rest. Each name
 * comes with its nominative, by the case-ending rules of its family.
 */
export function findNames(text: string, tokens: readonly Token[], family: Family): FoundName[] {
  const roles = ROLES[family];
  const orgs = ORG_CUES[family];
  // Words seen capitalised inside a sentence: a sentence's first word is a name only if it is one too.
  // After a dateline in capitals ("BEOGRAD – Održan je…") a sentence starts too.
  const startsAt = (i: number) => {
    const prev = tokens[i - 1];
    return tokens[i]!.sentenceStart || (!!prev?.allCaps && /[–—-]/.test(text.slice(prev.end, tokens[i]!.start)));
  };
  const midCaps = new Set<string>();
  tokens.forEach((t, i) => {
    if (t.capital && !startsAt(i)) midCaps.add(stem5(t.key));
  });
  const out: FoundName[] = [];
  const runs = capitalRuns(text, tokens);
  // Last words of longer runs: surnames, even where they look like adjectives (Mickoski, Siljanovska).
  const surnames = new Set(runs.filter((r) => r.to - r.from > 1).map((r) => tokens[r.to - 1]!.key));
  let consumed = 0;

  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!;
    if (run.to <= consumed) continue;
    let from = Math.max(run.from, consumed);
    let to = run.to;
    let cued = false;
    let listedPlace: FoundName | undefined;
    // Role words at the front are not the name: "Predsjednik Milanović", "Kryeministri Kurti".
    // A given name inside a run starts a person of its own: "trener Štutgarta Sebastijan Henes".
    // Inflected too: "Infrastrukture Železnica Srbije Jelene Tanasković", "Generalštaba Robertu Hranju".
    // Acronyms before a given name and surname are a name of their own: "Stranke za BiH Semiru Efendiću",
    // "poslanici GP URA Suadi Zoronjić".
    const acronym = (t: Token) => /^\p{Lu}\p{L}*\p{Lu}/u.test(text.slice(t.start, t.end));
    let past = from;
    while (past < to && acronym(tokens[past]!)) past++;
    if (past > from && to - past >= 2 && SURNAME_ANY_CASE.test(tokens[to - 1]!.key)) {
      runs.splice(r + 1, 0, { from: past, to });
      to = past;
    }
    for (let k = from + 1; k < to - 1; k++)
      if (givenName(tokens, k, family) && !givenName(tokens, k - 1, family)) {
        runs.splice(r + 1, 0, { from: k, to });
        to = k;
        break;
      }
    const isRole = (t: Token) => hasStem(t.key, roles) && !hasStem(t.key, orgs);
    while (from < to && (isRole(tokens[from]!) || STOPWORDS.has(tokens[from]!.key))) {
      if (isRole(tokens[from]!)) cued = true;
      from++;
    }
    if (from >= to) continue;

    // A place listed after a place takes its type and case: "u Kninu, Slunju i Požegi".
    const last = out.at(-1);
    if (last?.type === 'place' && last.end < tokens[from]!.start) {
      const gap = text.slice(last.end, tokens[from]!.start);
      if (/^(?:,\s*|\s+(?:i|in|dhe|и)\s+)$/.test(gap)) listedPlace = last;
    }
    // What stands before: a role (up to three lower-case words back: "predsednik vlade Vučić"), a preposition.
    let kase: Case = listedPlace?.kase ?? null;
    let place = !!listedPlace;
    for (let k = run.from - 1, seen = 0; k >= 0 && seen < 3; k--, seen++) {
      const t = tokens[k]!;
      if (t.capital || !adjacent(text, t, tokens[k + 1]!)) break;
      if (hasStem(t.key, roles)) {
        // Further back, a role names a person only before a full name ("predsednik vlade Miloš Vučević").
        cued = seen === 0 || run.to - from > 1;
        break;
      }
      if (seen === 0 && PLACE_PREPS[family].has(t.key)) {
        place = true;
        kase = GENITIVE_PREPS.has(t.key) ? 'genitive' : 'locative';
        break;
      }
    }

    // Organisations: a cue in the run, or lower-case words up to a cue after it (Srpska napredna
    // stranka), then a genitive name or an Albanian connector and a name (Socijalistička partija Srbije).
    let org = tokens.slice(from, to).some((t) => hasStem(t.key, orgs));
    const possessive = to - from === 1 && POSSESSIVE.test(tokens[from]!.key);
    const personLike = FIRST_NAMES.has(tokens[from]!.key) || (to - from > 1 && SURNAME.test(tokens[to - 1]!.key));
    let cueNext = false;
    if (!org && !possessive && !personLike) {
      for (let k = to, n = 0; k < tokens.length && n < 3; k++, n++) {
        const t = tokens[k]!;
        if (t.capital || !adjacent(text, tokens[k - 1]!, t)) break;
        if (hasStem(t.key, orgs)) {
          // A sentence's first word before a lower-case cue is a name's only if it reads as an adjective
          // (Građanska lista, Viši sud); "Izvori uredi", a heading and its edit link, is none.
          const first = tokens[from]!;
          const soft = () => /[šžčćđj][iaeou]$/.test(text.slice(first.start, first.end).toLowerCase());
          if (n === 0 && to - from === 1 && startsAt(from) && !ADJECTIVE.test(first.key) && !soft()) break;
          org = true;
          cueNext = k === to;
          to = k + 1;
          break;
        }
        // Only adjectives stand between: Srpska napredna stranka, Samostalna demokratska srpska stranka.
        if (!ADJECTIVE.test(t.key) || STOPWORDS.has(t.key)) break;
      }
    }
    // An assembly takes only its municipality's or city's genitive: Skupština opštine Bar, Skupština grada
    // Beograda ("Skupština na kojoj…" is no name).
    if (
      org &&
      to === run.to &&
      /^skupstin/.test(tokens[to - 1]!.key) &&
      MUNICIPAL.has(tokens[to]?.key ?? '') &&
      tokens[to + 1]?.capital &&
      adjacent(text, tokens[to - 1]!, tokens[to]!)
    )
      to++;
    // A capitalised head takes its lower-case genitive: Ministarstvo odbrane, Ministria e Jashtme,
    // Agencija za privatizaciju.
    if (org && to === run.to && hasStem(tokens[to - 1]!.key, GENITIVE_HEADS)) {
      let k = to;
      let end = to;
      let governed = false;
      while (k < tokens.length && k < to + 5 && !tokens[k]!.capital && adjacent(text, tokens[k - 1]!, tokens[k]!)) {
        const key = tokens[k]!.key;
        // "Klub i udruženja" is a list, not a name: "i" joins only a second genitive to a first.
        if (key === 'i' && end === to && family !== 'sq') break;
        if (/^(?:za|i|e|te|per|na|o)$/.test(key)) {
          // After "za", "na", "për" the noun is in the case they ask (Klub za pravdu, Агенција за конфискација
          // на имот); after "i" a second genitive (Vodovod i kanalizacija).
          governed = key !== 'i' && key !== 'e';
          k++;
        } else if (
          key.length > 3 &&
          // Macedonian has no cases: only what "на" or "за" governs is the name's (Агенција за конфискација на имот).
          // After the first word a case ending in -i is a nominative plural, no genitive ("Klinika za tumore
          // onkološki pacijenti").
          (governed || (family !== 'mk' && (end === to ? GENITIVE_FIRST : GENITIVE_NEXT).test(key))) &&
          !VERB.test(key) &&
          !STOPWORDS.has(key)
        ) {
          end = ++k;
          governed = false;
        } else break;
      }
      to = end;
    }
    if (org) {
      // The genitive after the name is one word, or an adjective and its noun (Republike Srpske, Crne
      // Gore); what follows is a name of its own ("… partije Srbije Ivica Dačić").
      const next = tokens[to];
      let at = to;
      if (next && !next.capital && family === 'sq' && SQ_LINK.has(next.key) && tokens[to + 1]?.capital) {
        // "Nisma e Ramush Haradinajt": the party of a person; the person is a name of their own.
        if (!startsPerson(tokens, to + 1, family)) at = to + 1;
      } else if (
        next &&
        !next.capital &&
        family !== 'sq' &&
        /^(?:u|na|v)$/.test(next.key) &&
        tokens[to + 1]?.capital &&
        (/^sud|^sodis|^tuzil|^tuzit|^tozil|^uprav/.test(tokens[to - 1]!.key) ||
          // Macedonian has no genitive: a council's or a commission's body follows "на" ("Советот на
          // Општина Тетово").
          (family === 'mk' && next.key === 'na' && hasStem(tokens[to - 1]!.key, GENITIVE_HEADS)))
      )
        at = to + 1;
      // Albanian: Prokuroria Themelore në Pejë, Gjykata Themelore në Prishtinë.
      if (
        at === to &&
        family === 'sq' &&
        next?.key === 'ne' &&
        tokens[to + 1]?.capital &&
        /^(?:prokuror|gjykat)/.test(tokens[from]!.key)
      )
        at = to + 1;
      const genitive = tokens[at];
      if (at > to && genitive?.capital) {
        // A court's or a prosecutor's town: Viši sud u Novom Sadu, Više državno tužilaštvo u Podgorici.
        to = at + 1;
        // More of the town's or the genitive's name, not the person after it ("… së Gjakovës Ardian Gjini").
        while (
          to < at + 3 &&
          tokens[to]?.capital &&
          adjacent(text, tokens[to - 1]!, tokens[to]!) &&
          !startsPerson(tokens, to, family)
        )
          to++;
      } else if (
        genitive &&
        genitive.capital &&
        adjacent(text, tokens[to - 1]!, genitive) &&
        !startsPerson(tokens, at, family)
      ) {
        to = at + 1;
        const more = tokens[to];
        if (more?.capital && adjacent(text, genitive, more) && more.key.at(-1) === genitive.key.at(-1)) to++;
      }
    }
    // Two genitives joined: Predsjedništva Bosne i Hercegovine, Državne zajednice Srbije i Crne Gore.
    if (org && family === 'sh' && to - from > 1 && !hasStem(tokens[to - 1]!.key, orgs)) {
      const genitive = tokens[to - 1]!;
      const and = tokens[to];
      const second = tokens[to + 1];
      if (
        and?.key === 'i' &&
        second?.capital &&
        adjacent(text, genitive, and) &&
        adjacent(text, and, second) &&
        second.key.at(-1) === genitive.key.at(-1)
      ) {
        to += 2;
        const last = tokens[to];
        if (last?.capital && adjacent(text, second, last) && last.key.at(-1) === second.key.at(-1)) to++;
      }
    }
    // A sentence's first word is a name only where it is capitalised inside a sentence too, is a given
    // name, or begins an organisation.
    const first = tokens[from]!;
    const starts = startsAt(from);
    // It begins one when it is the head itself (Ministarstvo odbrane), an adjective (Srpska napredna
    // stranka) or the lone word before its head (Viši sud); "Odluka Apelacionog suda" begins with a noun.
    const beginsOrg =
      org && (hasStem(first.key, orgs) || (cueNext && run.to - run.from === 1) || ADJECTIVE.test(first.key));
    if (from === run.from && starts && !midCaps.has(stem5(first.key)) && !FIRST_NAMES.has(first.key) && !beginsOrg)
      from++;
    if (from >= to) continue;
    consumed = to;
    // The rest of a run cut short by an organisation's genitive is looked at again.
    if (to < run.to) runs.splice(r + 1, 0, { from: to, to: run.to });

    const span = tokens.slice(from, to);
    if (!span[0]?.capital) continue;
    const words = span.map((t) => text.slice(t.start, t.end));
    // Datelines and headings in capitals ("BEOGRAD —"), and lists of names in capitals, are not names.
    if (span.every((t) => t.allCaps) && (span.length > 1 || words[0]!.length > 6)) continue;
    if (span.every((t) => STOPWORDS.has(t.key) || hasStem(t.key, roles))) continue;
    // A bare head noun ("Vlada", "Sud", "Ministarstvo"), a people ("Srba"), a street word is no name.
    if (
      span.length === 1 &&
      (hasStem(span[0]!.key, orgs) ||
        DEMONYMS.has(span[0]!.key) ||
        PLACE_NOUNS.has(span[0]!.key) ||
        PLACE_NOUNS.has(span[0]!.key.replace(/(?:u|a|om|e|i)$/, '')))
    )
      continue;
    // A lone word of two letters in lower case after the first ("Re", cut off by the end of an excerpt) is
    // no name; acronyms are (EU, UN).
    if (span.length === 1 && !span[0]!.allCaps && words[0]!.length < 3) continue;
    // Macedonian names take no article: a lone word in -от, -та, -то, -ите is a common noun (Уставот).
    if (span.length === 1 && family === 'mk' && /(?:ot|ta|to|te|ite|ata)$/.test(span[0]!.key) && !span[0]!.allCaps)
      continue;
    // Nor is a lone adjective ("Demokratska", "Šahovski", "Jashtme"), unless a preposition makes it a place (u Makarskoj).
    if (span.length === 1 && !place && LONE_ADJECTIVE.test(span[0]!.key) && !surnames.has(span[0]!.key)) continue;
    // Nor is an adjective in the genitive before its lower-case noun, preposition or not ("iz Nacionalnog
    // plana oporavka"): a place would stand alone.
    if (span.length === 1 && /(?:og|oga|eg|ega)$/.test(span[0]!.key) && agreesNext(text, tokens, to)) continue;

    const looksPerson =
      span.length >= 2 &&
      span.length <= 3 &&
      !org &&
      (FIRST_NAMES.has(span[0]!.key) ||
        FIRST_NAMES.has(fold(nominative([words[0]!, words.at(-1)!], family, 'person')[0]!)) ||
        SURNAME.test(fold(nominative([words.at(-1)!], family, 'person')[0]!)));
    // A role before an acronym is the body's ("direktor JKP", "predsednik SNS"), not a person's.
    const acronymOnly = span.length === 1 && span[0]!.allCaps && span[0]!.key.length >= 2;
    // An acronym and more words is a body's name ("ЕВН Хоум", "HDZ BiH"); no person's starts with one.
    const acronymFirst =
      span.length > 1 && span[0]!.allCaps && span[0]!.key.length >= 2 && !span.every((t) => t.allCaps);
    const type: NameKind =
      org || (cued && acronymOnly) || (acronymFirst && !cued)
        ? 'organization'
        : cued || looksPerson
          ? 'person'
          : place && span.length <= 3
            ? 'place'
            : 'other';
    const base = nominative(words, family, type, kase);
    const start = span[0]!.start;
    const end = span.at(-1)!.end;
    // Albanian: a town after its municipality written in lower case is the municipality ("komunës së
    // Pejës" → Komuna e Pejës, "bashkisë Tiranë" → Bashkia Tiranë).
    const head = family === 'sq' && type !== 'person' ? municipalHead(tokens, from) : -1;
    if (head >= 0) {
      // The noun in the nominative, its link as the nominative takes it, the town as written.
      const noun = /^komun/.test(tokens[head]!.key) ? 'Komuna' : 'Bashkia';
      const linked = head < from - 1;
      out.push({
        name: [noun, ...(linked ? ['e'] : []), ...words].join(' '),
        type: 'organization',
        start: tokens[head]!.start,
        end,
        surface: text.slice(tokens[head]!.start, end),
        cued,
        kase,
      });
      continue;
    }
    out.push({
      name: type === 'organization' ? orgName(span, words, orgs, family) : base.join(' '),
      type,
      start,
      end,
      surface: text.slice(start, end),
      cued,
      kase,
    });
  }
  // A quoted name after its kind of body stands for itself, and a street for itself: the runs inside them
  // are not names of their own (the king a boulevard is named for).
  const whole = [...quotedOrganisations(text, tokens), ...streetNames(text, tokens, family)];
  return [...out.filter((n) => !whole.some((q) => q.start < n.end && n.start < q.end)), ...whole];
}

/** Albanian municipality nouns in lower case, in any case form: komuna, komunës, bashkia, bashkisë. */
const SQ_MUNICIPAL = /^(?:komun|bashki)(?:a|e|es|en|ne|se|ës|ën|në|së)?$/;

/** Where a lower-case municipality noun, and "e", "i" or "së" after it, stand right before token `i` (or -1). */
function municipalHead(tokens: readonly Token[], i: number): number {
  const link = tokens[i - 1];
  const linked = link && !link.capital && SQ_LINK.has(link.key) ? i - 2 : i - 1;
  const noun = tokens[linked];
  return noun && !noun.capital && SQ_MUNICIPAL.test(noun.key) ? linked : -1;
}

/** Possessive adjectives (Golobova, Vučićeva, Kurtijeva): a person's, merged with the person later. */
const POSSESSIVE = /^.{3,}(?:ov|ev|in)(?:a|o|e|i|u|og|om|oj|ega|em)?$/;

/** A word's first five letters: forms of one name compared across endings (Goloba, Golob). */
const stem5 = (key: string) => key.slice(0, 5);

/**
 * An organisation's name as written, unless its head noun is inflected (Socijalističke partije Srbije →
 * Socijalistička partija Srbije, Ustavnog suda → Ustavni sud): then the head and the adjectives before
 * it; the genitive after stays.
 */
function orgName(span: readonly Token[], words: readonly string[], orgs: readonly string[], family: Family): string {
  const head = span.findIndex((t) => hasStem(t.key, orgs));
  // Albanian: the head and its adjectives in the nominative, the genitive after as written (Komunës së
  // Prishtinës → Komuna e Prishtinës).
  if (family === 'sq' && head === 0) return nominative(words, family, 'organization').join(' ');
  if (family !== 'sh' || head < 0) return words.join(' ');
  const key = span[head]!.key;
  const stem = Object.keys(HEAD_NOMINATIVE).find((s) => key.startsWith(s) && key.length <= s.length + 3);
  const nominal = stem ? HEAD_NOMINATIVE[stem]! : null;
  if (!nominal || fold(nominal) === key) return words.join(' ');
  const before = nominative(words.slice(0, head + 1), family, 'organization')
    .slice(0, head)
    .map((w) => agree(w, nominal));
  const written = words[head]!;
  const cyrillic = /[\u0400-\u04ff]/.test(written);
  let headWord = cyrillic ? toCyrillic(nominal) : nominal;
  if (/^\p{Lu}/u.test(written)) headWord = headWord[0]!.toUpperCase() + headWord.slice(1);
  return [...before, headWord, ...words.slice(head + 1)].join(' ');
}

/**
 * An adjective before its head takes the head's gender: the nominative rules give the masculine (Viši
 * javni), a neuter head wants Više javno tužilaštvo, a feminine one Viša državna komisija.
 */
function agree(adjective: string, head: string): string {
  if (!/i$/.test(adjective)) return adjective;
  const stem = adjective.slice(0, -1);
  if (/a$/.test(head)) return `${stem}a`;
  if (/[oe]$/.test(head)) return /(?:[šžčćđj]|lj|nj)$/i.test(stem) ? `${stem}e` : `${stem}o`;
  return adjective;
}

/** The word at `at` is a given name, as written or inflected, before the capitalised word after it. */
function givenName(tokens: readonly Token[], at: number, family: Family): boolean {
  const a = tokens[at]!;
  if (FIRST_NAMES.has(a.key)) return true;
  const b = tokens[at + 1];
  return !!b?.capital && FIRST_NAMES.has(fold(nominative([a.key, b.key], family, 'person')[0]!));
}

/** The next capitalised words are a given name and a surname. */
function startsPerson(tokens: readonly Token[], at: number, family: Family): boolean {
  const a = tokens[at];
  const b = tokens[at + 1];
  if (!a || !b || !b.capital) return false;
  const first = nominative([a.key, b.key], family, 'person')[0]!;
  return FIRST_NAMES.has(fold(first)) || FIRST_NAMES.has(a.key);
}

const LATIN_TO_CYRILLIC: Record<string, string> = Object.fromEntries(
  'a а b б v в g г d д e е ž ж z з i и j ј k к l л m м n н o о p п r р s с t т ć ћ u у f ф h х c ц č ч š ш đ ђ'
    .split(' ')
    .reduce<string[][]>((acc, x, i, all) => (i % 2 ? acc : [...acc, [x, all[i + 1]!]]), []),
);

/** Serbian Latin to Cyrillic, for the few head nouns written back (lj, nj, dž are one letter). */
function toCyrillic(word: string): string {
  return word
    .replace(/lj/g, 'љ')
    .replace(/nj/g, 'њ')
    .replace(/dž/g, 'џ')
    .replace(/[a-zčćžšđ]/g, (c) => LATIN_TO_CYRILLIC[c] ?? c);
}

/** The lower-case word after a name is a masculine or neuter noun in the genitive (-a) right after it. */
function agreesNext(text: string, tokens: readonly Token[], to: number): boolean {
  const next = tokens[to];
  return (
    !!next &&
    !next.capital &&
    adjacent(text, tokens[to - 1]!, next) &&
    next.key.length >= 4 &&
    /a$/.test(next.key) &&
    !VERB.test(next.key)
  );
}
