import type { Entity } from '../kb/types';
import { tokenize } from '../text/tokens';

/** Words too common to signal anything on their own, even inside a Balkan name. */
const COMMON = new Set([
  'north',
  'south',
  'republic',
  'republika',
  'national',
  'assembly',
  'party',
  'democratic',
  'police',
  'force',
  'security',
  'mission',
  'union',
  'european',
  'agreement',
  'of',
  'and',
  'the',
  'for',
  'bank',
  'central',
  'army',
  'armed',
  'forces',
  'court',
  'office',
  'high',
  'league',
  'alliance',
  'movement',
  'social',
  'socialist',
  'state',
  'city',
  'bridge',
  'river',
  'valley',
  'war',
  'attack',
  'new',
  'serbian',
  'albanian',
]);

/**
 * The words that make a page worth a closer look: distinctive words of the region's names (Kosovo,
 * Vučić, Prishtina, Srpska). Inflected forms pass on a shared six-letter prefix. Generated from the
 * knowledge base into `gate-keys.generated.ts`, so the content script carries no knowledge base.
 */
export function gateKeys(list: readonly Entity[]): string[] {
  const keys = new Set<string>();
  for (const e of list) {
    if (e.region !== 'balkans') continue;
    for (const n of e.names) {
      if (n.needsContext) continue;
      for (const t of tokenize(n.text)) if (t.key.length >= 4 && !COMMON.has(t.key)) keys.add(t.key);
    }
  }
  return [...keys].sort();
}
