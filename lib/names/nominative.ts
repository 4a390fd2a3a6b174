import { fold, transliterate } from '../text/fold';
import type { Family } from './cues';
import { FIRST_NAMES } from './first-names';

/** What a word is in its name: decides which endings it can carry. */
export type WordRole = 'first' | 'last' | 'single' | 'adjective' | 'noun';
/** The case a preposition asks for, when one stands before the name. */
export type Case = 'genitive' | 'locative' | null;

const CYR: Record<string, string> = { a: 'а', e: 'е', i: 'и', o: 'о', k: 'к', g: 'г', h: 'х', c: 'ц', ć: 'ћ' };
const CONSONANT = /[bcčćdđfghjklmnprsštvzž]$/;

/** Drops `drop` letters and adds `add` (Latin; written in Cyrillic for a Cyrillic word), keeping case. */
function edit(word: string, drop: number, add: string, fleeting = false): string {
  const cyrillic = /[\u0400-\u04ff]/.test(word);
  let stem = word.slice(0, word.length - drop);
  if (fleeting) stem = `${stem.slice(0, -1)}${cyrillic ? 'а' : 'a'}${stem.slice(-1)}`;
  const tail = cyrillic ? [...add].map((c) => CYR[c] ?? c).join('') : add;
  const out = stem + tail;
  return word === word.toUpperCase() && word.length > 1 ? out.toUpperCase() : out;
}

/**
 * A feminine noun in -i: Prištini → Priština; k before -i became c (Banjaluci → Banjaluka, Rijeci →
 * Rijeka), except after i, where -ica is the likelier name (Podgorici → Podgorica, Mitrovici).
 */
function velar(word: string, latin: string): string {
  if (/[^i]ci$/.test(latin)) {
    const cyr = /[\u0400-\u04ff]/.test(word);
    return edit(word.slice(0, -2) + (cyr ? 'к' : 'k'), 0, 'a');
  }
  return edit(word, 1, 'a');
}

/** The fleeting a of -ac, -ak, -ar (Kragujevcu → Kragujevac, Čačku → Čačak, Petra → Petar). */
const FLEETING = /(?:[vnltdjzsš]c|[čćšžt]k|[bdgkpt]r)$/;

/**
 * The nominative of one word of a South Slavic name: seven cases, both genders, nouns and adjectives.
 * `latin` is the lower-case Latin form of the word (Cyrillic transliterated).
 */
function southSlavic(word: string, latin: string, role: WordRole, kase: Case, masculine: boolean | null): string {
  if (latin.length < 3) return word;
  const ends = (s: string) => latin.endsWith(s) && latin.length - s.length >= 2;
  if (role === 'adjective') {
    if (ends('oga') || ends('omu') || ends('ega') || ends('emu')) return edit(word, 3, 'i');
    if (ends('og') || ends('om') || ends('em') || ends('im') || ends('eg')) return edit(word, 2, 'i');
    if (ends('oj')) return edit(word, 2, 'a');
    if (ends('ih')) return edit(word, 2, 'i');
    if (ends('e') || ends('u')) return edit(word, 1, 'a');
    return word;
  }
  if (role === 'first') {
    // Try the readings and keep a known given name (Nikole → Nikola, Marka → Marko, Petra → Petar).
    const readings: string[] = [];
    // No -o: a man's name ends in it in the nominative (Blaženko is no case of Blaženka).
    for (const e of ['om', 'em', 'a', 'u', 'e', 'i']) {
      if (!ends(e)) continue;
      const stem = latin.slice(0, -e.length);
      for (const [add, fleeting] of [
        ['', false],
        ['', true],
        ['a', false],
        ['o', false],
        ['e', false],
      ] as const) {
        if (fleeting && !FLEETING.test(stem)) continue;
        const candidate = fleeting ? `${stem.slice(0, -1)}a${stem.slice(-1)}${add}` : stem + add;
        if (FIRST_NAMES.has(fold(candidate))) readings.push(edit(word, e.length, add, fleeting));
      }
    }
    if (FIRST_NAMES.has(fold(latin)) && (masculine === null || readings.length === 0)) return word;
    if (readings.length > 0) {
      // A masculine surname beside it: the man's name (Aleksandra Vučića → Aleksandar); else the woman's.
      if (masculine === false) return readings.find((r) => /[aа]$/.test(r)) ?? readings[0]!;
      return readings.find((r) => !/[aа]$/.test(r)) ?? readings[0]!;
    }
    // A stem in -j is a woman's name (Anju → Anja, Maje → Maja).
    if (/[aeiou]j(?:u|e|i|om)$/.test(latin) && masculine !== true) return edit(word, latin.endsWith('om') ? 2 : 1, 'a');
    // Beside a man's surname in a case, an unknown given name in the same case (Olafa Šolca → Olaf).
    if (masculine === true) {
      for (const e of ['om', 'em', 'a', 'u']) {
        const stem = latin.slice(0, -e.length);
        if (ends(e) && CONSONANT.test(stem)) return edit(word, e.length, '', /[bdgkpt]r$/.test(stem));
      }
      return word;
    }
    if (masculine === false) {
      if (ends('om')) return edit(word, 2, 'a');
      if (ends('i')) return velar(word, latin);
      if (ends('e') || ends('u')) return edit(word, 1, 'a');
      return word;
    }
  }
  // Nouns: surnames, places, the heads of names.
  if (role === 'last' || role === 'single') {
    if (masculine === false) return word;
    // -e on a surname is the genitive of one in -a, a man's or a woman's (Petrine, Opare → Petrina, Opara;
    // Petrove → Petrova); on -ić only a vocative.
    if (ends('e') && !/[ćč]e$/.test(latin) && CONSONANT.test(latin.slice(0, -1))) return edit(word, 1, 'a');
    if ((ends('om') || ends('em')) && CONSONANT.test(latin.slice(0, -2))) return edit(word, 2, '');
    const surnameStem = /(?:ić|ič|ov|ev|in|ac)$/.test(latin.slice(0, -1));
    if (
      (ends('a') || ends('u') || ends('e')) &&
      (surnameStem || (masculine === true && CONSONANT.test(latin.slice(0, -1))))
    )
      return edit(word, 1, '');
    if (ends('u') && role === 'single' && CONSONANT.test(latin.slice(0, -1))) return edit(word, 1, '');
    if (ends('og') && latin.endsWith('skog')) return edit(word, 2, 'i');
    if (ends('om') && latin.endsWith('skom')) return edit(word, 2, 'i');
    return word;
  }
  // A place or an organisation's head noun.
  if (ends('ovu') || ends('evu')) return edit(word, 1, 'o');
  if ((ends('ova') || ends('eva')) && kase === 'genitive') return edit(word, 1, 'o');
  if (ends('iji') || ends('ije') || ends('iju')) return edit(word, 1, 'a');
  if (ends('i') && CONSONANT.test(latin.slice(0, -1))) return velar(word, latin);
  if (ends('u') && CONSONANT.test(latin.slice(0, -1))) return edit(word, 1, '', FLEETING.test(latin.slice(0, -1)));
  if (ends('om') && CONSONANT.test(latin.slice(0, -2))) return edit(word, 2, '', FLEETING.test(latin.slice(0, -2)));
  if (ends('e') && CONSONANT.test(latin.slice(0, -1))) return edit(word, 1, 'a');
  if (ends('a') && kase === 'genitive' && CONSONANT.test(latin.slice(0, -1)))
    return edit(word, 1, '', FLEETING.test(latin.slice(0, -1)));
  return word;
}

/** Albanian: the definite nominative (Kurtit, Kurtin → Kurti; Kosovës, Prishtinë → Kosova, Prishtina; Shqipërisë → Shqipëria). */
function albanian(word: string, role: WordRole): string {
  const w = word.toLowerCase();
  if (w.length < 4) return word;
  if (/is[ëe]$/.test(w)) return word.slice(0, -2) + 'a';
  if (/[ëe]s$/.test(w) || /ën$/.test(w)) return word.slice(0, -2) + 'a';
  if (/it$/.test(w)) return word.slice(0, -1);
  if (/in$/.test(w) && role === 'last') return word.slice(0, -1);
  if (/jt$/.test(w) && role === 'last') return word.slice(0, -1);
  if (/së$/.test(w)) return word.slice(0, -2) + 'a';
  if (/ë$/.test(w) && role !== 'first') return word.slice(0, -1) + 'a';
  return word;
}

/** Slovenian: Goloba, Golobu, Golobom → Golob; na Hrvaškem → Hrvaška; v Ljubljani → Ljubljana. */
function slovenian(word: string, role: WordRole, masculine: boolean | null): string {
  const w = word.toLowerCase();
  if (w.length < 4) return word;
  if (/[sš]kem$/.test(w) || /[sš]ki$/.test(w)) return word.slice(0, w.endsWith('em') ? -2 : -1) + 'a';
  if (role === 'first' && FIRST_NAMES.has(fold(w))) return word;
  if (role === 'adjective') return /(?:ega|em|emu)$/.test(w) ? word.replace(/(?:ega|emu|em)$/i, 'i') : word;
  if (masculine === false) return word;
  if (/(?:om|em)$/.test(w) && CONSONANT.test(w.slice(0, -2))) return word.slice(0, -2);
  if (/[au]$/.test(w) && CONSONANT.test(w.slice(0, -1)) && role !== 'noun') return word.slice(0, -1);
  if (role === 'noun' && /i$/.test(w)) return word.slice(0, -1) + 'a';
  if (role === 'noun' && /u$/.test(w) && CONSONANT.test(w.slice(0, -1))) return word.slice(0, -1);
  return word;
}

/** German genitive: Vučićs → Vučić, Serbiens → Serbien (other -s names are left: Pistorius, Paris). */
function german(word: string): string {
  if (/[ćčšžđ]s$/.test(word) || /iens$/.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * The nominative of a name's words, by the case-ending rules of its language family. `type` says how
 * the words are read: a person's first names and surname, or a place's/organisation's adjectives and
 * head noun. Unknown endings are left as they are.
 */
export function nominative(
  words: readonly string[],
  family: Family,
  type: 'person' | 'place' | 'organization' | 'other',
  kase: Case = null,
): string[] {
  // Names of unknown kind keep their form: the rules would guess.
  if (family === 'mk' || type === 'other') return [...words];
  if (family === 'de') return words.map(german);
  const roles = rolesOf(words, family, type);
  if (family === 'sq') return albanianName(words, roles, type);
  const latin = words.map((w) => transliterate(w).toLowerCase());
  // A surname in -ić with a case ending is a man's (Vesića, Vesiću, Vesićem); without one, a woman's may
  // be in any case (Ane Brnabić), so the first name carries the case.
  const last = latin.at(-1)!;
  let masculine: boolean | null = null;
  if (type === 'person' && words.length > 1) {
    if (/(?:ić|ič|ov|ev|in|[bcčćdđfghjklmnprsštvzž])(?:a|u|om|em)$/.test(last) && !/(?:ov|ev|sk|ck)a$/.test(last))
      masculine = true;
    else if (/(?:ić|ič)$/.test(last) && /(?:e|i|u|om|oj)$/.test(latin[0]!)) masculine = false;
  }
  if (family === 'sl') return words.map((w, i) => slovenian(w, roles[i]!, masculine));
  return words.map((w, i) => southSlavic(w, latin[i]!, roles[i]!, kase, masculine));
}

/** Albanian words that join a name to what follows: the genitive's article, and "në" (in). */
const SQ_JOINS = /^(?:e|i|të|së|te|se|në|ne)$/;

/**
 * An Albanian name's nominative: the words before a joining article take it; what follows the article is
 * a genitive or a place and stays as written ("Komunës së Prishtinës" → Komuna e Prishtinës, "Kuvendin e
 * Kosovës" → Kuvendi i Kosovës), the article agreeing with the head noun (-a takes e, -i takes i).
 */
function albanianName(words: readonly string[], roles: readonly WordRole[], type: string): string[] {
  const join = type === 'person' ? -1 : words.findIndex((w, i) => i > 0 && SQ_JOINS.test(w.toLowerCase()));
  if (join < 0) return words.map((w, i) => albanian(w, roles[i]!));
  const head = words.slice(0, join).map((w, i) => albanian(w, roles[i]!));
  const article = words[join]!.toLowerCase();
  const genitive = /^(?:e|i|të|së|te|se)$/.test(article);
  const noun = head[0]!.toLowerCase();
  const agreed = genitive ? (/a$/.test(noun) ? 'e' : /i$/.test(noun) ? 'i' : words[join]!) : words[join]!;
  return [...head, agreed, ...words.slice(join + 1)];
}

/** Which role each word plays: persons are first names + surname; other names adjectives + nouns. */
function rolesOf(words: readonly string[], family: Family, type: string): WordRole[] {
  const n = words.length;
  if (type === 'person')
    return words.map((w, i) =>
      n === 1
        ? 'single'
        : i === n - 1 ||
            // The first of two surnames (Andre Krstulovića Opare) declines as a surname.
            (i > 0 && /(?:ić|ič)(?:a|u|em|om)?$/.test(transliterate(w).toLowerCase()))
          ? 'last'
          : 'first',
    );
  return words.map((w, i) => {
    const l = transliterate(w).toLowerCase();
    // Srpske, Srpskoj, Hrvaškem, Novom (before its noun): adjectives agree with the noun.
    const skish = /[sš]k(?:a|e|i|o|u|oj|om|og|em|ega|emu|ih|im)$/.test(l);
    // Soft stems take -eg, -ega, -emu (Višeg suda → Viši sud, Većem → Veći); -nu before a noun is an
    // adjective's accusative (Federalnu komisiju → Federalna komisija).
    const ending =
      family === 'sl'
        ? /(?:ega|emu|em|ih|im)$/.test(l)
        : /(?:oga|omu|og|om|oj|em|im|ih)$|[šžčćjđ](?:eg|ega|emu)$|[dlrtv]nu$/.test(l);
    return skish || (ending && i < n - 1) ? 'adjective' : 'noun';
  });
}
