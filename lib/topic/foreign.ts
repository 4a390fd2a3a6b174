import data from './foreign-countries.json';
import { baseForms } from '../gazetteer/suffixes';
import type { Token } from '../text/tokens';
import { tokenize } from '../text/tokens';

/** The other countries' names as word keys: single words, and the first word of longer names with the rest. */
const single = new Set<string>();
const multi = new Map<string, string[][]>();
const words = new Set<string>();
for (const c of data.countries)
  for (const name of c.names) {
    const keys = tokenize(name).map((t) => t.key);
    for (const k of keys) words.add(k);
    if (keys.length === 1) single.add(keys[0]!);
    else if (keys.length > 1) multi.set(keys[0]!, [...(multi.get(keys[0]!) ?? []), keys.slice(1)]);
  }
const known = (key: string) => words.has(key);
/** A text word's key and the base forms it may inflect from (Japana → japan, Ukrajine → ukrajina). */
const forms = (key: string) => [key, ...baseForms(key, known)];

/**
 * How many times a text names a country outside the region (Japan, Izrael, Avstrija, Shtetet e
 * Bashkuara), in any case: evidence that a story in the region's language is another country's news.
 */
export function foreignCountryMentions(tokens: readonly Token[]): number {
  let n = 0;
  for (let i = 0; i < tokens.length; i++) if (foreignCountryAt(tokens, i)) n++;
  return n;
}

/** The words from `i` name a country outside the region ("Japana", "Shtetet e Bashkuara"). */
export function foreignCountryAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!t.capital) return false;
  const keys = forms(t.key);
  if (keys.some((k) => single.has(k))) return true;
  const rest = keys.flatMap((k) => multi.get(k) ?? []);
  return rest.some((r) => r.every((w, j) => forms(tokens[i + 1 + j]?.key ?? '').includes(w)));
}
