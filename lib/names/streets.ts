import type { Token } from '../text/tokens';
import { STOPWORDS, STREET_NOUNS, type Family } from './cues';
import type { FoundName } from './find-names';
import { adjacent } from './runs';

/** A street word in any case (Trgu, Bulevarju, Ulici, Mostom) → its nominative (trg, bulevar, ulica, most). */
function streetBase(key: string): string | undefined {
  return [key, key.replace(/(?:ju|u|a|om|e|i|em)$/, ''), `${key.replace(/[ieuo]$/, '')}a`].find((k) =>
    STREET_NOUNS.has(k),
  );
}
const placeNoun = (key: string) => streetBase(key) !== undefined;
/** An adjective before its street word (folded): Pionirski park, Pionirskega parka, Kalemegdanskom parku. */
const ADJECTIVE = /(?:sk|ck|ov|ev|in)(?:i|a|o|e|u|og|om|oj|ega|em|emu|ih)$/;

/**
 * Streets, squares, parks and bridges written in the region's sentence case: a capitalised street word,
 * a title in lower case and a name after it ("na Bulevarju kralja Aleksandra", "Trgu bana Josipa
 * Jelačića"), or a capitalised adjective before a lower-case street word ("Pionirskega parka"). The street
 * is the place; the name inside it (a king, a ban) is no person of the story.
 */
export function streetNames(text: string, tokens: readonly Token[], family: Family): FoundName[] {
  if (family === 'de' || family === 'sq') return [];
  const out: FoundName[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if (!t.capital || t.allCaps) continue;
    const next = tokens[i + 1]!;
    if (!adjacent(text, t, next)) continue;
    // Bulevar kralja Aleksandra: the street word, one or two lower-case words, a name of one to three words.
    if (placeNoun(t.key) && !next.capital) {
      let k = i + 1;
      while (
        k < i + 3 &&
        tokens[k] &&
        !tokens[k]!.capital &&
        tokens[k]!.key.length >= 3 &&
        !STOPWORDS.has(tokens[k]!.key) &&
        adjacent(text, tokens[k - 1]!, tokens[k]!)
      )
        k++;
      if (k === i + 1 || !tokens[k]?.capital || !adjacent(text, tokens[k - 1]!, tokens[k]!)) continue;
      let end = k + 1;
      while (end < k + 3 && tokens[end]?.capital && adjacent(text, tokens[end - 1]!, tokens[end]!)) end++;
      out.push(street(text, tokens, i, end, [noun(text, t)]));
      i = end - 1;
      continue;
    }
    // Trga Slavija, Trgu Republike: the street word in its case and the square's own name ("Most" is also a
    // party: not this way).
    if (placeNoun(t.key) && !/^most/.test(t.key) && next.capital && !next.allCaps) {
      let end = i + 2;
      while (end < i + 4 && tokens[end]?.capital && adjacent(text, tokens[end - 1]!, tokens[end]!)) end++;
      out.push(street(text, tokens, i, end, [noun(text, t)]));
      i = end - 1;
      continue;
    }
    // Pionirskega parka: a capitalised adjective and its lower-case street word.
    if (!next.capital && placeNoun(next.key) && ADJECTIVE.test(t.key) && !t.sentenceStart) {
      const head = noun(text, next);
      out.push(street(text, tokens, i, i + 2, [agreeing(text.slice(t.start, t.end), head), head]));
      i += 1;
    }
  }
  return out;
}

/**
 * The adjective in the nominative, agreeing with its street word: Emonske ulice → Emonska ulica,
 * Pionirskega parka → Pionirski park, Kalemegdanskom parku → Kalemegdanski park.
 */
function agreeing(adjective: string, head: string): string {
  const feminine = /[aа]$/.test(head);
  const cyrillic = /[\u0400-\u04ff]/.test(adjective);
  const stem = adjective.replace(/(?:oga|omu|ega|emu|og|om|oj|eg|em|ih|im|[aeiouаеиоу])$/u, '');
  return stem + (feminine ? (cyrillic ? 'а' : 'a') : cyrillic ? 'и' : 'i');
}

/** A street word in the nominative, keeping the text's capital; a Cyrillic one as written. */
function noun(text: string, t: Token): string {
  const word = text.slice(t.start, t.end);
  const base = streetBase(t.key);
  if (!base || /[\u0400-\u04ff]/.test(word)) return word;
  return /^\p{Lu}/u.test(word) ? base[0]!.toUpperCase() + base.slice(1) : base;
}

function street(text: string, tokens: readonly Token[], from: number, to: number, head: string[]): FoundName {
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  const rest = tokens.slice(from + head.length, to).map((t) => text.slice(t.start, t.end));
  return {
    name: [...head, ...rest].join(' '),
    type: 'place',
    start,
    end,
    surface: text.slice(start, end),
    cued: false,
  };
}
