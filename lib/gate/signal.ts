import { tokenize } from '../text/tokens';

/**
 * Words of six letters or more are compared by their first five: case endings change the rest
 * (Beogradu ~ Beograd, Kosovës ~ Kosova, Republike Srpske ~ Republika Srpska, Serbiens ~ Serbien).
 */
const STEM = 5;
export const stemOf = (word: string) => (word.length > STEM ? word.slice(0, STEM) : word);
/** Longer names are rare in text as written; their first words carry the signal anyway. */
export const MAX_WORDS = 4;

export const nameKey = (words: readonly string[]) => words.map(stemOf).join(' ');

export interface SignalIndex {
  names: Set<string>;
}

export function signalIndex(keys: readonly string[]): SignalIndex {
  return { names: new Set(keys) };
}

/**
 * How many names of the region the text holds, up to `stopAt`: the content script's cheap first look.
 * A name starts with a capital and is matched whole, one to four words, each by its first letters.
 */
export function countSignals(index: SignalIndex, text: string, stopAt = Infinity): number {
  const tokens = tokenize(text);
  let n = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.capital) continue;
    let key = stemOf(t.key);
    let found = index.names.has(key);
    for (let k = 1; !found && k < MAX_WORDS && i + k < tokens.length; k++) {
      key += ` ${stemOf(tokens[i + k]!.key)}`;
      found = index.names.has(key);
    }
    if (found && ++n >= stopAt) break;
  }
  return n;
}
