import { fold } from './fold';
import { eachWordSpan } from './word-spans';

/** A word of the text: its folded form and its span in the original text. */
export interface Token {
  /** Folded (lower-case, Latin, no diacritics). */
  key: string;
  start: number;
  end: number;
  /** The first letter is upper case in the original. */
  capital: boolean;
  /** Every letter is upper case in the original (KFOR, EULEX). */
  allCaps: boolean;
  /** The token follows a sentence end (., !, ?, a line break) or starts the text. */
  sentenceStart: boolean;
}

// Words repeat a lot in news text; folding each distinct word once is most of the tokenizer's speed.
const keyCache = new Map<string, string>();
const ASCII = /^[\x00-\x7f]*$/;

function keyOf(word: string): string {
  let key = keyCache.get(word);
  if (key === undefined) {
    // Most words of most pages are plain ASCII: lower case is all their folding.
    key = ASCII.test(word) ? word.toLowerCase().replace(/'/g, '') : fold(word).replace(/['’]/g, '');
    if (keyCache.size > 50_000) keyCache.clear();
    keyCache.set(word, key);
  }
  return key;
}

/** A sentence end (., !, ?, :, a line break) between two words: a look at each character, no substring. */
function endsSentence(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 58 || c === 10) return true;
  }
  return false;
}

/** Splits text into folded word tokens with offsets into the original text. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let lastEnd = 0;
  // Words as eachWordSpan finds them; the English possessive is cut off (Kosovo's → Kosovo).
  eachWordSpan(text, (start, wordEnd) => {
    let word = text.slice(start, wordEnd);
    if (word.length > 2 && (word.endsWith("'s") || word.endsWith('’s'))) word = word.slice(0, -2);
    const end = start + word.length;
    const key = keyOf(word);
    if (key === '') return;
    const first = word[0]!;
    tokens.push({
      key,
      start,
      end,
      capital: first !== first.toLowerCase(),
      allCaps:
        word.length > 1 && first === first.toUpperCase() && word === word.toUpperCase() && word !== word.toLowerCase(),
      sentenceStart: tokens.length === 0 || endsSentence(text, lastEnd, start),
    });
    lastEnd = end;
  });
  return tokens;
}
