import { tokenize } from '../text/tokens';
import { MAX_WORDS } from './gate-keys';

/** Length of the prefix an inflected one-word name must share with a key (Beogradu ~ beograd). */
const PREFIX = 6;

export interface SignalIndex {
  names: Set<string>;
  /** Prefixes of one-word names long enough to take case endings. */
  prefixes: Set<string>;
}

export function signalIndex(keys: readonly string[]): SignalIndex {
  return {
    names: new Set(keys),
    prefixes: new Set(keys.filter((k) => !k.includes(' ') && k.length > PREFIX).map((k) => k.slice(0, PREFIX))),
  };
}

/**
 * How many names of the region the text holds, up to `stopAt`: the content script's cheap first look.
 * A name starts with a capital; one of several words is matched whole ("Republika Srpska"), one word
 * also by its first letters (Beogradu, Prištini, Kosovës).
 */
export function countSignals(index: SignalIndex, text: string, stopAt = Infinity): number {
  const tokens = tokenize(text);
  let n = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.capital) continue;
    let found = index.names.has(t.key) || (t.key.length > PREFIX && index.prefixes.has(t.key.slice(0, PREFIX)));
    let key = t.key;
    for (let k = 1; !found && k < MAX_WORDS && i + k < tokens.length; k++) {
      key += ` ${tokens[i + k]!.key}`;
      found = index.names.has(key);
    }
    if (found && ++n >= stopAt) break;
  }
  return n;
}
