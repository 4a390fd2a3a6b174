import type { TextMap } from '../extract/text-map';
import type { DomSpan } from './find-mentions';
import { toDom } from './find-mentions';

/**
 * One mention as the analysis found it: its words and a little of the text on either side (within its
 * paragraph). The page's highlighter looks for exactly these, so the card's count and the mention
 * navigation come from one source: the analysis. Spelling search alone also finds the headline, page
 * furniture the analysis dropped, and the "Kosovo" inside "Kosovo Force" (another entity's name).
 */
export interface MentionCue {
  before: string;
  text: string;
  after: string;
}

/** Characters of context kept on each side. */
export const CUE_CONTEXT = 24;

/** The cues of mentions at these offsets of the analysed text. */
export function mentionCues(text: string, mentions: readonly { start: number; end: number }[]): MentionCue[] {
  return mentions.map(({ start, end }) => {
    let before = text.slice(Math.max(0, start - CUE_CONTEXT), start);
    before = before.slice(before.lastIndexOf('\n') + 1);
    let after = text.slice(end, end + CUE_CONTEXT);
    const nl = after.indexOf('\n');
    if (nl >= 0) after = after.slice(0, nl);
    return { before, text: text.slice(start, end), after };
  });
}

/**
 * Where each cue's mention lies in a page's text: the occurrence of its words whose surroundings agree
 * best with the cue's (ties go to the first after the previous mention). A cue whose words are not on
 * the page, or only with none of its surroundings, is not shown.
 */
export function locateMentions(map: TextMap, cues: readonly MentionCue[]): DomSpan[] {
  const text = map.text;
  const occurrences = new Map<string, number[]>();
  const used = new Set<number>();
  const found: { start: number; end: number }[] = [];
  let cursor = 0;
  for (const cue of cues) {
    if (!cue.text) continue;
    let list = occurrences.get(cue.text);
    if (!list) {
      list = [];
      for (let at = text.indexOf(cue.text); at >= 0; at = text.indexOf(cue.text, at + 1)) list.push(at);
      occurrences.set(cue.text, list);
    }
    let best = -1;
    let bestScore = -1;
    for (const at of list) {
      if (used.has(at)) continue;
      const score = agreeBefore(text, at, cue.before) + agreeAfter(text, at + cue.text.length, cue.after);
      // Full agreement first; among equals, the first at or after the previous mention.
      if (score > bestScore || (score === bestScore && best < cursor && at >= cursor)) {
        best = at;
        bestScore = score;
      }
    }
    const wanted = cue.before.length + cue.after.length;
    if (best < 0 || (wanted > 0 && bestScore === 0)) continue;
    used.add(best);
    cursor = best;
    found.push({ start: best, end: best + cue.text.length });
  }
  found.sort((a, b) => a.start - b.start);
  const spans: DomSpan[] = [];
  for (const f of found) {
    const span = toDom(map, f.start, f.end);
    if (span) spans.push(span);
  }
  return spans;
}

/** How many characters before `at` agree with the end of `before`. */
function agreeBefore(text: string, at: number, before: string): number {
  let n = 0;
  while (n < before.length && at - n - 1 >= 0 && text[at - n - 1] === before[before.length - n - 1]) n++;
  return n;
}

/** How many characters from `at` agree with the start of `after`. */
function agreeAfter(text: string, at: number, after: string): number {
  let n = 0;
  while (n < after.length && at + n < text.length && text[at + n] === after[n]) n++;
  return n;
}
