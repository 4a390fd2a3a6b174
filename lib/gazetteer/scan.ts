import { fold } from '../text/fold';
import type { Token } from '../text/tokens';
import { LOWER_FIRST, type AliasTarget, type Gazetteer, type TrieNode } from './build';
import { baseForms, MIN_BASE, MIN_STEM, PREFIX } from './suffixes';

/** A run of text words that is a known name. */
export interface NameMatch {
  /** Offsets in the scanned text. */
  start: number;
  end: number;
  /** Index of the first token. */
  token: number;
  targets: readonly AliasTarget[];
}

/**
 * Finds every known name in the tokens, leftmost-longest, with case rules: acronyms must be upper case
 * (KFOR, not "kfor"), other names must start with a capital (Nis the city, not "nis").
 */
export function scan(gazetteer: Gazetteer, tokens: readonly Token[]): NameMatch[] {
  const matches: NameMatch[] = [];
  const bases = basesOf(gazetteer);
  type Best = { end: number; targets: AliasTarget[] } | undefined;
  // Depth first over the words' readings: "Republike" may be Republik (German) or Republika, and only
  // one goes on to "Srpske".
  const walk = (node: TrieNode, i: number, j: number, shortFirst: boolean, best: Best): Best => {
    if (j >= tokens.length) return best;
    const token = tokens[j]!;
    const exact = node.next.get(token.key);
    const inflected = bases(token.key);
    const linking = j > i && LINKS.has(token.key);
    // Most words start no name and continue none: no readings to try.
    if (!exact && inflected.length === 0 && !linking) return best;
    const children: [TrieNode, boolean][] = [];
    if (exact) children.push([exact, false]);
    // Albanian linking articles agree with the noun before them: "Kuvendi i Serbisë" is also written
    // "Kuvendin e Serbisë", "Lugina e Preshevës" also "Luginës së Preshevës".
    if (linking)
      for (const link of LINKS) {
        const child = link !== token.key ? node.next.get(link) : undefined;
        if (child) children.push([child, shortFirst]);
      }
    for (const base of inflected) {
      const child = node.next.get(base);
      // An inflected first word whose base is short ("Ane" → Ana) counts only inside a longer name.
      if (child) children.push([child, j === i ? base.length < MIN_BASE : shortFirst]);
    }
    for (const [child, short] of children) {
      let here = best;
      // A short name inflected ("Nišu", "Peći", "Baru") is a place after a place's preposition ("u Nišu").
      const townAfterPreposition = j === i && short && i > 0 && !token.allCaps && placeCue(tokens[i - 1]!.key);
      if (child.targets.length > 0 && (!(j === i && short) || townAfterPreposition)) {
        const targets = child.targets.filter(
          (t) => caseFits(t, tokens, i, j) && (!townAfterPreposition || t.type === 'place'),
        );
        if (targets.length > 0 && (!here || j > here.end)) here = { end: j, targets };
        // An exact word that is also the town's inflected name after a preposition: both readings stand,
        // and the place wins below ("u Peći" is Peć, not Peci).
        else if ((townAfterPreposition || j > i) && targets.length > 0 && here && j === here.end)
          here = { end: j, targets: [...new Set([...here.targets, ...targets])] };
      }
      const deeper = child.next.size > 0 ? walk(child, i, after(tokens, j), short, here) : here;
      if (deeper && (!best || deeper.end > best.end)) best = deeper;
      // Two readings of the same words stand side by side, for linking to choose by context: "Уставниот суд"
      // is Serbia's Уставни суд or North Macedonia's Уставен суд; "u Peći" Peć or Peci.
      else if (deeper && best && deeper !== best && deeper.end === best.end && (deeper.end > i || townAfterPreposition))
        best = { end: best.end, targets: [...new Set([...best.targets, ...deeper.targets])] };
    }
    return best;
  };
  let i = 0;
  while (i < tokens.length) {
    const best = walk(gazetteer.root, i, i, false, undefined);
    if (best) {
      // After a place's preposition a one-word name that can be a place is the place: "u Peći" is Peć.
      const places =
        best.end === i && i > 0 && !tokens[i]!.allCaps && placeCue(tokens[i - 1]!.key)
          ? best.targets.filter((t) => t.type === 'place')
          : [];
      const targets = places.length > 0 ? places : best.targets;
      matches.push({ start: tokens[i]!.start, end: tokens[best.end]!.end, token: i, targets });
      i = best.end + 1;
    } else i++;
  }
  return matches;
}

const LINKS = new Set(['e', 'i', 'te', 'se']);

/**
 * The token where a name goes on after token j: an acronym's case ending hyphenated to it is skipped
 * ("KBC-u Sestre milosrdnice" is KBC Sestre milosrdnice, "JKP-a Vodovod" JKP Vodovod).
 */
function after(tokens: readonly Token[], j: number): number {
  const t = tokens[j]!;
  const ending = tokens[j + 1];
  return t.allCaps && ending && ending.start === t.end + 1 && !ending.capital && ending.key.length <= 3 ? j + 2 : j + 1;
}

/** Prepositions of place in the region's languages (folded): u, iz, na, kod, do, od, во, në, nga, v, pri. */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'u',
  'iz',
  'na',
  'kod',
  'do',
  'od',
  'ka',
  'prema',
  'blizu',
  'oko',
  'kroz',
  'pored',
  'vo',
  'v',
  'pri',
  'z',
  'ne',
  'nga',
]);

/** A town's office holders and government, whose town follows in the genitive: gradonačelnika Niša, kmet Bara. */
const TOWN_HEAD = /^(?:gradonacelni[kc]|nacelni[kc]|zupan|kmet|grada?|opstin|opcin|obcin)[a-z]{0,3}$/;

/** A word after which a short town's case form is the town: "u Nišu", "gradonačelnika Niša". */
function placeCue(key: string): boolean {
  return PLACE_PREPOSITIONS.has(key) || TOWN_HEAD.test(key);
}

function mayInflect(gazetteer: Gazetteer, key: string): boolean {
  return (
    gazetteer.stemPrefixes.has(key.slice(0, PREFIX)) ||
    (key.length <= MIN_STEM + 1 && gazetteer.stemPrefixes.has(`#${key.slice(0, 2)}`))
  );
}

const cache = new WeakMap<Gazetteer, Map<string, readonly string[]>>();

const NONE: readonly string[] = [];

/** Base forms of a text word (none for a word no known stem could end in), once per distinct word. */
function basesOf(gazetteer: Gazetteer): (key: string) => readonly string[] {
  let seen = cache.get(gazetteer);
  if (!seen) cache.set(gazetteer, (seen = new Map()));
  const known = (stem: string) => gazetteer.stems.has(stem);
  return (key) => {
    let out = seen.get(key);
    if (!out) {
      if (seen.size > 50_000) seen.clear();
      const inflects = key.length >= MIN_STEM && mayInflect(gazetteer, key);
      seen.set(key, (out = inflects ? baseForms(key, known, MIN_STEM) : NONE));
    }
    return out;
  };
}

function caseFits(target: AliasTarget, tokens: readonly Token[], from: number, to: number): boolean {
  // An acronym of four letters or more may be written as a name (Kfor, Nato, Eulex, Kfora), never in lower
  // case; inflected at a sentence's start, it is a capitalised word (Albanian "Sipas…" is not SIPA).
  const token = tokens[from]!;
  if (target.caps && from === to && token.capital && token.key.length >= 4)
    return !token.sentenceStart || token.key === fold(target.name);
  // An alias the knowledge base writes in lower case may be so in the text: German adjectives ("die
  // montenegrinische Regierung", "albanisches Parlament"). Not "the Alliance": its "the" is not matched.
  if (LOWER_FIRST.test(target.name)) return true;
  if (target.caps) {
    for (let k = from; k <= to; k++) if (!tokens[k]!.allCaps && !/^\d+$/.test(tokens[k]!.key)) return false;
    return true;
  }
  return tokens[from]!.capital;
}
