import type { Token } from '../text/tokens';

/**
 * Counts cue words in tokens. Cues of up to four letters must match a whole word (or its plural), so
 * "set" is not "settlement" and "war" is not "warning"; longer cues match as word prefixes
 * ("negotiat" → negotiations, Verhandlungen ← "verhandl"); a cue ending in "$" matches that word only.
 * Multi-word cues match consecutive words.
 */
export interface CueCounter {
  count(tokens: readonly Token[]): number;
  /** One word is a cue (phrases are not tried). */
  matches(token: Token): boolean;
}

export function createCueCounter(cues: readonly string[]): CueCounter {
  const exact = new Set<string>();
  const byPrefix = new Map<string, string[]>();
  /** Phrases by their first word: a word that starts none costs one look-up. */
  const phrases = new Map<string, string[][]>();
  for (const cue of cues) {
    const words = cue.split(' ');
    if (words.length > 1) {
      const list = phrases.get(words[0]!) ?? [];
      list.push(words);
      phrases.set(words[0]!, list);
    } else if (cue.endsWith('$')) {
      // "vlada$": this word only, where its prefix would start names (Vladan, Vladimir).
      exact.add(cue.slice(0, -1));
    } else if (cue.length <= 4) {
      exact.add(cue);
      exact.add(`${cue}s`);
    } else {
      const key = cue.slice(0, 4);
      const list = byPrefix.get(key) ?? [];
      list.push(cue);
      byPrefix.set(key, list);
    }
  }
  const wordMatches = (word: string) =>
    exact.has(word) || (byPrefix.get(word.slice(0, 4))?.some((cue) => word.startsWith(cue)) ?? false);
  return {
    matches: (token) => wordMatches(token.key),
    count(tokens) {
      let n = 0;
      for (let i = 0; i < tokens.length; i++) {
        const key = tokens[i]!.key;
        if (wordMatches(key)) {
          n++;
          continue;
        }
        for (const phrase of phrases.get(key) ?? []) if (phrase.every((w, k) => tokens[i + k]?.key === w)) n++;
      }
      return n;
    },
  };
}
