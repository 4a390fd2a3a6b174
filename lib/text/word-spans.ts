/**
 * The words of a text as spans: runs of letters and digits, with an apostrophe inside a word keeping it
 * whole (O'Brien, Kosovo's) — the spans of /[\p{L}\p{N}]+(?:['’]\p{L}+)*\/gu, found by a hand-written
 * scanner: the pattern built a match object per word and was most of the tokenizer's time.
 */

const OTHER = 1;
const NUMBER = 2;
const LETTER = 3;
/** Set on a class when the code point takes two UTF-16 units. */
const WIDE = 4;

const IS_LETTER = /^\p{L}$/u;
const IS_NUMBER = /^\p{N}$/u;
/** Classes of the BMP, each worked out on first sight (0: not yet). */
const bmp = new Uint8Array(0x10000);
const astral = new Map<number, number>();
for (let c = 0; c < 0x80; c++)
  bmp[c] = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? LETTER : c >= 48 && c <= 57 ? NUMBER : OTHER;

function classify(ch: string): number {
  return IS_LETTER.test(ch) ? LETTER : IS_NUMBER.test(ch) ? NUMBER : OTHER;
}

/** The class of the code point at i, with WIDE when it is a surrogate pair. */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
      let k = astral.get(cp);
      if (k === undefined) astral.set(cp, (k = classify(String.fromCodePoint(cp))));
      return k | WIDE;
    }
  }
  let k = bmp[c]!;
  if (k === 0) bmp[c] = k = classify(String.fromCharCode(c));
  return k;
}

const width = (k: number) => (k & WIDE ? 2 : 1);
const isWord = (k: number) => (k & 3) >= NUMBER;
const isLetter = (k: number) => (k & 3) === LETTER;
const isApostrophe = (c: number) => c === 39 || c === 0x2019;

/** Calls `word(start, end)` for each word of the text, in order. */
export function eachWordSpan(text: string, word: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    let k = classAt(text, i);
    if (!isWord(k)) {
      i += width(k);
      continue;
    }
    const start = i;
    do i += width(k);
    while (i < n && isWord((k = classAt(text, i))));
    // An apostrophe followed by letters continues the word (letters only, as many times as it recurs).
    while (i + 1 < n && isApostrophe(text.charCodeAt(i)) && isLetter((k = classAt(text, i + 1)))) {
      i++;
      do i += width(k);
      while (i < n && isLetter((k = classAt(text, i))));
    }
    word(start, i);
  }
}
