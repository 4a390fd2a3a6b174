import { fold } from '../text/fold';
import { bloomFrom, packBloom, packedBloomHas, type PackedBloom } from './bloom';

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
  names: { has(key: string): boolean };
  /** The first words of the names: a capitalised word that starts none of them starts no match. */
  firsts: { has(key: string): boolean };
}

const firstWord = (key: string) => {
  const space = key.indexOf(' ');
  return space < 0 ? key : key.slice(0, space);
};

/** The index over the keys themselves (Node tools and tests). */
export function signalIndex(keys: readonly string[]): SignalIndex {
  return { names: new Set(keys), firsts: new Set(keys.map(firstWord)) };
}

/** The content script's names and first words as Bloom filters (false positives: names 1 in 10,000; first words 1 in 100). */
export interface GateFilters {
  names: PackedBloom;
  firsts: PackedBloom;
}

export function gateFilters(keys: readonly string[]): GateFilters {
  return {
    names: packBloom(bloomFrom(keys, 1e-4)),
    firsts: packBloom(bloomFrom([...new Set(keys.map(firstWord))], 1e-2)),
  };
}

/** The index the content script reads: the packed filters, read in place. */
export function filterIndex(filters: GateFilters): SignalIndex {
  return {
    names: { has: (key) => packedBloomHas(filters.names, key) },
    firsts: { has: (key) => packedBloomHas(filters.firsts, key) },
  };
}

const keyOf = (word: string, ascii: boolean) => stemOf(ascii ? word.toLowerCase() : fold(word));

/**
 * Whether a UTF-16 unit is part of a word: ASCII letters and digits, and any other unit that has a case
 * (Latin with diacritics, Cyrillic, Greek). A hand-written test rather than /[\p{L}\p{N}]/u: on a page's
 * first and only run, compiling and running that pattern costs more than the whole scan.
 */
function isWordUnit(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c < 0xc0 || c === 0xd7 || c === 0xf7) return false;
  const ch = String.fromCharCode(c);
  return ch.toLowerCase() !== ch.toUpperCase();
}

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
  for (let i = 0; i < text.length;) {
    // The next word: a run of word units.
    let c = text.charCodeAt(i);
    if (!isWordUnit(c)) {
      i++;
      continue;
    }
    const from = i;
    let ascii = true;
    for (; i < text.length && isWordUnit((c = text.charCodeAt(i))); i++) if (c >= 0x80) ascii = false;
    at++;
    const head = text.charCodeAt(from);
    const capital = head < 0x80 ? head >= 65 && head <= 90 : text[from] !== text[from]!.toLowerCase();
    while (starts.length > 0 && starts[0]! <= at - MAX_WORDS) starts.shift();
    if (!capital && starts.length === 0) continue;
    const key = keyOf(text.slice(from, i), ascii);
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
