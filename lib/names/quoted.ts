import { fold } from '../text/fold';
import type { Token } from '../text/tokens';
import type { FoundName } from './find-names';

/** Opening and closing quotation marks as the region's press pairs them: „…“ „…” "…" “…” «…» »…«. */
const QUOTES: Record<string, string> = { '„': '“”"', '"': '"', '“': '”', '«': '»', '»': '«' };

/**
 * Words (folded) that name what kind of body a quoted name is: a list, a coalition, a movement, an
 * association, a public company (JKP, JP, DOO). "lista „Ujedinjeni za Kosjerić“", "JKP „Vodovod i
 * kanalizacija“", "udruženje „Žene u crnom“", "lëvizja „Vetëvendosje“", "движењето „Левица“".
 */
const KIND_WORDS = new Set(
  [
    'lista liste listi listu listom koalicija koalicije koaliciji koaliciju pokret pokreta pokretu pokretom',
    'stranka stranke stranci stranku partija partije partiji partiju udruženje udruženja udruženju udruga udruge',
    'organizacija organizacije organizaciji inicijativa inicijative inicijativi fondacija fondacije preduzeće preduzeća',
    'kompanija kompanije kompaniji firma firme društvo društva sindikat sindikata grupa grupe grupacija',
    'jkp jp pu doo d.o.o ad nvo kud ustanova ustanove',
    'gibanje gibanja stranko podjetje podjetja',
    'listës lëvizja lëvizjes partia partisë koalicioni koalicionit shoqata shoqatës organizata organizatës kompania kompanisë',
    'листа листата коалиција коалицијата движење движењето партија партијата здружение здружението компанија компанијата јп јкп',
  ]
    .join(' ')
    .split(' ')
    .map((w) => fold(w)),
);

const MAX_CHARS = 60;

/**
 * Names written in quotation marks after a word for their kind of body: organisations whose names are
 * ordinary words ("Vodovod i kanalizacija") and that capitalised runs alone would miss or cut short. The
 * name is what the marks hold.
 */
export function quotedOrganisations(text: string, tokens: readonly Token[]): FoundName[] {
  const out: FoundName[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const kind = tokens[i]!;
    if (!KIND_WORDS.has(kind.key)) continue;
    const gap = text.slice(kind.end, kind.end + 3);
    const m = /^\s?([„"“«»])/.exec(gap);
    if (!m) continue;
    const open = kind.end + m[0].length;
    const close = [...QUOTES[m[1]!]!]
      .map((q) => text.indexOf(q, open))
      .filter((at) => at > open)
      .sort((a, b) => a - b)[0];
    if (close === undefined || close - open > MAX_CHARS) continue;
    const name = text.slice(open, close).trim();
    // A list named for its leader and a slogan ("Aleksandar Vučić – Novi Sad sutra") is told by its leader.
    if (!/^\p{Lu}/u.test(name) || /[.!?]\s|\s[-–—]\s/.test(name) || name.length < 3) continue;
    const start = text.indexOf(name, open);
    out.push({ name, type: 'organization', start, end: start + name.length, surface: name, cued: true });
  }
  return out;
}
