import { tokenize } from '../text/tokens';

/** Length of the prefix an inflected word must share with a key (Beogradu ~ beograd). */
const PREFIX = 6;

export interface SignalIndex {
  exact: Set<string>;
  prefixes: Set<string>;
}

export function signalIndex(keys: readonly string[]): SignalIndex {
  return {
    exact: new Set(keys),
    prefixes: new Set(keys.filter((k) => k.length > PREFIX).map((k) => k.slice(0, PREFIX))),
  };
}

/** How many words of the text are Balkan name words: the content script's cheap first look. */
export function countSignals(index: SignalIndex, text: string, stopAt = Infinity): number {
  let n = 0;
  for (const t of tokenize(text)) {
    if (!t.capital) continue;
    if (index.exact.has(t.key) || (t.key.length > PREFIX && index.prefixes.has(t.key.slice(0, PREFIX)))) {
      if (++n >= stopAt) break;
    }
  }
  return n;
}
