import { fold } from '../text/fold';

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

const WORD = /[\p{L}\p{N}]+/gu;
const ASCII = /^[\x00-\x7f]*$/;

/**
 * How many names of the region the text holds, up to `stopAt`: the content script's cheap first look,
 * on every page a reader opens. A name starts with a capital and is matched whole, one to four words,
 * each by its first letters. One pass over the words, no token objects: most pages stop here.
 */
export function countSignals(index: SignalIndex, text: string, stopAt = Infinity): number {
  // The last few words: their keys, and whether each starts with a capital.
  const keys: string[] = [];
  const caps: boolean[] = [];
  let n = 0;
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const first = word[0]!;
    keys.push(stemOf(ASCII.test(word) ? word.toLowerCase() : fold(word)));
    caps.push(first !== first.toLowerCase());
    if (keys.length > MAX_WORDS) {
      keys.shift();
      caps.shift();
    }
    // Names ending at this word: one word, two, up to four, each starting with a capital.
    let key = '';
    for (let k = keys.length - 1; k >= 0; k--) {
      key = key === '' ? keys[k]! : `${keys[k]} ${key}`;
      if (caps[k] && index.names.has(key)) {
        if (++n >= stopAt) return n;
        break;
      }
    }
  }
  return n;
}
