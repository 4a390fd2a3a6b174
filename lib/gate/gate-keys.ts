import type { Entity } from '../kb/types';
import { tokenize } from '../text/tokens';
import { MAX_WORDS, nameKey } from './signal';

/**
 * The names that make a page worth a closer look: every name of the region's entities that links without
 * context (Kosovo, Vučić, Prishtina, Republika Srpska, Kosovo Force), folded, words joined by a space.
 * Whole names, not their words: "United", "Council" or "First" alone say nothing. Generated from the
 * knowledge base into `gate-keys.generated.ts`, so the content script carries no knowledge base.
 */
export function gateKeys(list: readonly Entity[]): string[] {
  const keys = new Set<string>();
  for (const e of list) {
    if (e.region !== 'balkans') continue;
    for (const n of e.names) {
      if (n.needsContext || n.form === 'adjective') continue;
      const words = tokenize(n.text.replace(/^the\s+/i, '')).map((t) => t.key);
      // A minor town's one-word name, cut to its first five letters, is mostly other words' beginnings
      // (Titel, Negotino, Vinica): such towns are found by the analyser once other names let the page through.
      // Cities, countries, crossings and sites stay, whatever their importance (Zagreb, Ljubljana, Niš, Mostar).
      if (words.length === 1 && e.type === 'place' && e.kind === 'town' && e.importance === 1) continue;
      if (words.length > 0 && words.length <= MAX_WORDS && words.join(' ').length >= 3) keys.add(nameKey(words));
    }
  }
  // A longer name holding a word that is a name by itself adds nothing: "Government of Sarajevo Canton" and
  // "Air Serbia" pass on Sarajevo and Serbia. Dropping them keeps common first words ("Government", "Air")
  // out of the first-word filter, where every capitalised word of every page is looked up.
  return [...keys].filter((k) => !k.includes(' ') || !k.split(' ').some((w) => keys.has(w))).sort();
}
