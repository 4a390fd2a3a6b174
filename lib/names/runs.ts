import type { Token } from '../text/tokens';

/** A run of capitalised words: tokens [from, to). */
export interface Run {
  from: number;
  to: number;
}

/** Longest run taken as one name; longer ones are headlines or lists. */
const MAX_RUN = 6;

/**
 * Runs of capitalised words (Latin or Cyrillic) joined by a space or a hyphen (Osmani-Sadriu), never
 * across punctuation or a line. Words starting with a digit are not names.
 */
export function capitalRuns(text: string, tokens: readonly Token[]): Run[] {
  const runs: Run[] = [];
  let from = -1;
  const close = (to: number) => {
    if (from >= 0) runs.push({ from, to: Math.min(to, from + MAX_RUN) });
    from = -1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.capital || /^\d/.test(t.key)) {
      close(i);
      continue;
    }
    if (from >= 0 && !/^(?:[ \u00a0]+|-)$/.test(text.slice(tokens[i - 1]!.end, t.start))) close(i);
    if (from < 0) from = i;
  }
  close(tokens.length);
  return runs;
}

/** Only spaces between two tokens: the words belong to one phrase. */
export function adjacent(text: string, a: Token, b: Token): boolean {
  return /^[ \u00a0]+$/.test(text.slice(a.end, b.start));
}
