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

/** A word's key: folded (ASCII words only lower-cased), compared by its first letters. */
function keyOf(word: string): string {
  return stemOf(NON_ASCII.test(word) ? fold(word) : word.toLowerCase());
}
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Word characters for the gate: ASCII letters and digits, and the letters of Latin-1, Latin Extended,
 * Greek and Cyrillic. Written out as ranges: a /\p{L}/u pattern costs more to compile on a page's first and
 * only run than the whole scan.
 */
const WORD_CHARS =
  '0-9A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0370-\\u03FF\\u0400-\\u052F\\u1E00-\\u1EFF';
/** Where upper-case letters are (with the lower-case ones of blocks that interleave them, checked after). */
const CAPITALS =
  'A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0100-\\u024F\\u0386-\\u03AB\\u0400-\\u042F\\u0460-\\u052F\\u1E00-\\u1EFF';
/** A capitalised word that is not the end of a longer one (McDonald's "Donald"), and any word. */
const CAPITAL_WORD = `(?<![${WORD_CHARS}])[${CAPITALS}][${WORD_CHARS}]*`;
const NEXT_WORD = `[${WORD_CHARS}]+`;

/**
 * How many names of the region the text holds, up to `stopAt`: the content script's cheap first look,
 * on every page a reader opens. A name starts with a capital and is matched whole, one to four words,
 * each by its first letters. Only capitalised words are visited (the pattern skips the rest without a
 * step of script), and the words after one only when it starts a name: most pages stop here.
 */
export function countSignals(index: SignalIndex, text: string, stopAt = Infinity): number {
  // Made per call (a pattern with lastIndex is state); their sources are built once, below.
  const capitalWord = new RegExp(CAPITAL_WORD, 'g');
  const nextWord = new RegExp(NEXT_WORD, 'g');
  let n = 0;
  for (let m = capitalWord.exec(text); m; m = capitalWord.exec(text)) {
    const word = m[0];
    if (word.charCodeAt(0) >= 0x80 && word[0] === word[0]!.toLowerCase()) continue;
    let name = keyOf(word);
    if (!index.firsts.has(name)) continue;
    // The name is this word and up to three after it: the shortest that is a name counts.
    nextWord.lastIndex = capitalWord.lastIndex;
    for (let k = 1; ; k++) {
      if (index.names.has(name)) {
        if (++n >= stopAt) return n;
        break;
      }
      const next = k < MAX_WORDS ? nextWord.exec(text) : null;
      if (!next) break;
      name = `${name} ${keyOf(next[0])}`;
    }
  }
  return n;
}
