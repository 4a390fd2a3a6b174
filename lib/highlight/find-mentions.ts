import type { TextMap } from '../extract/text-map';
import { foldWithMap } from '../text/fold';

/** Where a mention lies in the DOM: text node and offset at each end. */
export interface DomSpan {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

/**
 * Built on first use, not written as literals: V8 compiles a \p{…} literal when it parses the script, and
 * this module is in the content script of every page (two literals cost about 0.3 ms of CPU each page,
 * measured), while mentions are looked for only when the reader asks.
 */
let letterPatterns: { letterOrDigit: RegExp; letter: RegExp } | undefined;
const patterns = () =>
  (letterPatterns ??= { letterOrDigit: new RegExp('[\\p{L}\\p{N}]', 'u'), letter: new RegExp('\\p{L}', 'u') });

/**
 * Finds every occurrence of the given spellings in the text of a DOM subtree, as DOM spans:
 * diacritic-insensitive (Vucic finds Vučić), whole words only, also inflected (Vučića, Kosovës), in
 * document order.
 */
export function findMentions(map: TextMap, surfaces: readonly string[]): DomSpan[] {
  const folded = foldWithMap(map.text);
  const found: { start: number; end: number }[] = [];
  for (const surface of new Set(surfaces.map((s) => foldWithMap(s).text.trim()).filter((s) => s.length >= 2))) {
    let from = 0;
    for (;;) {
      const at = folded.text.indexOf(surface, from);
      if (at < 0) break;
      from = at + 1;
      if (at > 0 && patterns().letterOrDigit.test(folded.text[at - 1]!)) continue;
      // Allow a short case ending after the name (Vučića, Kosovës, Serbiens), not a longer word.
      let end = at + surface.length;
      let ending = 0;
      while (end + ending < folded.text.length && patterns().letter.test(folded.text[end + ending]!)) ending++;
      if (ending > 3) continue;
      end += ending;
      found.push({ start: folded.origin[at]!, end: folded.origin[end - 1]! + 1 });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const spans: DomSpan[] = [];
  let lastEnd = -1;
  for (const f of found) {
    if (f.start < lastEnd) continue;
    const span = toDom(map, f.start, f.end);
    if (span) {
      spans.push(span);
      lastEnd = f.end;
    }
  }
  return spans;
}

function segmentAt(map: TextMap, offset: number, isEnd: boolean) {
  // Binary search over segments sorted by start.
  let lo = 0;
  let hi = map.segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = map.segments[mid]!;
    if (isEnd ? offset <= s.start : offset < s.start) hi = mid - 1;
    else if (isEnd ? offset > s.end : offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

export function toDom(map: TextMap, start: number, end: number): DomSpan | null {
  const a = segmentAt(map, start, false);
  const b = segmentAt(map, end, true);
  if (!a || !b) return null;
  return {
    startNode: a.node,
    startOffset: a.nodeOffset + (start - a.start),
    endNode: b.node,
    endOffset: b.nodeOffset + (end - b.start),
  };
}
