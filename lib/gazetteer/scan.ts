import type { Token } from '../text/tokens';
import type { AliasTarget, Gazetteer } from './build';
import { baseForms } from './suffixes';

/** A run of text words that is a known name. */
export interface NameMatch {
  /** Offsets in the scanned text. */
  start: number;
  end: number;
  /** Index of the first token. */
  token: number;
  targets: readonly AliasTarget[];
}

/**
 * Finds every known name in the tokens, leftmost-longest, with case rules: acronyms must be upper case
 * (KFOR, not "kfor"), other names must start with a capital (Nis the city, not "nis").
 */
export function scan(gazetteer: Gazetteer, tokens: readonly Token[]): NameMatch[] {
  const matches: NameMatch[] = [];
  const known = (stem: string) => gazetteer.stems.has(stem);
  let i = 0;
  while (i < tokens.length) {
    let node = gazetteer.root;
    let best: { end: number; targets: AliasTarget[] } | undefined;
    for (let j = i; j < tokens.length; j++) {
      const token = tokens[j]!;
      let child = node.next.get(token.key);
      if (!child && gazetteer.stemPrefixes.has(token.key.slice(0, 4))) {
        for (const base of baseForms(token.key, known)) {
          child = node.next.get(base);
          if (child) break;
        }
      }
      if (!child) break;
      node = child;
      if (node.targets.length > 0) {
        const targets = node.targets.filter((t) => caseFits(t, tokens, i, j));
        if (targets.length > 0) best = { end: j, targets };
      }
    }
    if (best) {
      matches.push({ start: tokens[i]!.start, end: tokens[best.end]!.end, token: i, targets: best.targets });
      i = best.end + 1;
    } else i++;
  }
  return matches;
}

function caseFits(target: AliasTarget, tokens: readonly Token[], from: number, to: number): boolean {
  if (target.caps) {
    for (let k = from; k <= to; k++) if (!tokens[k]!.allCaps && !/^\d+$/.test(tokens[k]!.key)) return false;
    return true;
  }
  return tokens[from]!.capital;
}
