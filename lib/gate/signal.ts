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
  /** The first words of the names: a capitalised word that starts none of them starts no match. */
  firsts: Set<string>;
}

export function signalIndex(keys: readonly string[]): SignalIndex {
  const firsts = new Set<string>();
  for (const key of keys) {
    const space = key.indexOf(' ');
    firsts.add(space < 0 ? key : key.slice(0, space));
  }
  return { names: new Set(keys), firsts };
}

const WORD = /[\p{L}\p{N}]+/gu;
const ASCII = /^[\x00-\x7f]*$/;
const keyOf = (word: string) => stemOf(ASCII.test(word) ? word.toLowerCase() : fold(word));

/**
 * How many names of the region the text holds, up to `stopAt`: the content script's cheap first look,
 * on every page a reader opens. A name starts with a capital and is matched whole, one to four words,
 * each by its first letters. One pass over the words, no token objects, and a word is keyed only where a
 * name could be under way (a capitalised word that starts one, and the words after it): most pages stop here.
 */
export function countSignals(index: SignalIndex, text: string, stopAt = Infinity): number {
  // The keys of the last MAX_WORDS words (a ring), and where the names that may be under way started.
  const keys: string[] = new Array<string>(MAX_WORDS);
  const starts: number[] = [];
  let n = 0;
  let at = -1;
  // exec, not matchAll: on a page's first (and only) run, matchAll's iterator costs three times as much.
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    at++;
    const word = m[0];
    const first = word[0]!;
    const capital = first !== first.toLowerCase();
    while (starts.length > 0 && starts[0]! <= at - MAX_WORDS) starts.shift();
    if (!capital && starts.length === 0) continue;
    const key = keyOf(word);
    keys[at % MAX_WORDS] = key;
    if (capital && index.firsts.has(key)) starts.push(at);
    // Names ending at this word, the shortest first: one counts.
    for (let s = starts.length - 1; s >= 0; s--) {
      let name = '';
      for (let k = starts[s]!; k <= at; k++)
        name = name === '' ? keys[k % MAX_WORDS]! : `${name} ${keys[k % MAX_WORDS]}`;
      if (index.names.has(name)) {
        if (++n >= stopAt) return n;
        break;
      }
    }
  }
  return n;
}
