import data from './foreign-countries.json';
import { baseForms } from '../gazetteer/suffixes';
import type { Token } from '../text/tokens';
import { tokenize } from '../text/tokens';

/** Names as word keys: single words, and the first word of longer names with the rest. */
interface Lexicon {
  single: Set<string>;
  multi: Map<string, string[][]>;
}
const words = new Set<string>();
function lexicon(names: readonly string[]): Lexicon {
  const single = new Set<string>();
  const multi = new Map<string, string[][]>();
  for (const name of names) {
    const keys = tokenize(name).map((t) => t.key);
    for (const k of keys) words.add(k);
    if (keys.length === 1) single.add(keys[0]!);
    else if (keys.length > 1) multi.set(keys[0]!, [...(multi.get(keys[0]!) ?? []), keys.slice(1)]);
  }
  return { single, multi };
}
/** The other countries, and the world's big cities beside them. */
const COUNTRIES = lexicon(data.countries.flatMap((c) => c.names));
const CITIES = lexicon(data.cities);
const known = (key: string) => words.has(key);
/** A text word's key and the base forms it may inflect from (Japana → japan, Ukrajine → ukrajina). */
const forms = (key: string) => [key, ...baseForms(key, known)];

/**
 * How many times a text names a country outside the region (Japan, Izrael, Avstrija, Shtetet e
 * Bashkuara) or one of the world's big cities (Istanbul, Beč), in any case: evidence that a story in the region's language is another country's news.
 * `skip` leaves out words already counted another way (a country the knowledge base linked).
 */
export function foreignCountryMentions(
  tokens: readonly Token[],
  skip: (token: Token) => boolean = () => false,
): number {
  let n = 0;
  for (let i = 0; i < tokens.length; i++)
    if (!skip(tokens[i]!) && (foreignCountryAt(tokens, i) || nameAt(CITIES, tokens, i))) n++;
  return n;
}

/** The words from `i` name a country outside the region ("Japana", "Shtetet e Bashkuara"). */
export function foreignCountryAt(tokens: readonly Token[], i: number): boolean {
  return nameAt(COUNTRIES, tokens, i);
}

function nameAt(names: Lexicon, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!t.capital) return false;
  const keys = forms(t.key);
  if (keys.some((k) => names.single.has(k))) return true;
  const rest = keys.flatMap((k) => names.multi.get(k) ?? []);
  return rest.some((r) => r.every((w, j) => forms(tokens[i + 1 + j]?.key ?? '').includes(w)));
}
