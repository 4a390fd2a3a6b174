// Only the readerability check: the content script must not carry Readability itself.
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { countSignals, type SignalIndex } from './signal';

export type GateResult = { pass: true; signals: number } | { pass: false; reason: 'not-article' | 'no-signal' };

/** Pages up to this size have their article element's text read whole (bigger ones: node by node). */
const WHOLE_TEXT_BYTES = 500_000;

/** How much of the page's text the gate reads. */
const SAMPLE_CHARS = 3000;

/**
 * The content script's first look, before anything costly: is this an article, and does it name the
 * region at all (headline, description, the opening of the main text)? Reads the DOM; changes nothing.
 * `pageBytes` (the navigation's body size, when known) says whether the main element's text may be read whole.
 */
export function gate(doc: Document, index: SignalIndex, pageBytes?: number): GateResult {
  if (!doc.body) return { pass: false, reason: 'not-article' };
  // Pages that say they are articles skip Readability's look (news sites' articles all do).
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content');
  if (ogType !== 'article' && !isProbablyReaderable(doc, { minContentLength: 140, minScore: 20 }))
    return { pass: false, reason: 'not-article' };
  const heads = [
    doc.title,
    doc.querySelector('meta[name="description"], meta[property="og:description"]')?.getAttribute('content') ?? '',
    doc.querySelector('h1')?.textContent ?? '',
  ].join('\n');
  // One name is enough to hand the page over (the analyser decides what it is about); the headline and
  // description usually hold one, and then the text is not read at all.
  let signals = countSignals(index, heads, 1);
  if (signals === 0) {
    const main = doc.querySelector('article, main, [role="main"]');
    signals = countSignals(index, openingText(doc, main, pageBytes), 1);
  }
  return signals > 0 ? { pass: true, signals } : { pass: false, reason: 'no-signal' };
}

/**
 * The opening of the page's main text. An article or main element of an ordinary page is read whole, by
 * the browser (its text is an article's, and a node-by-node walk costs more in script); the body, or the
 * main element of a large page, is walked node by node.
 */
function openingText(doc: Document, main: Element | null, pageBytes: number | undefined): string {
  if (main && pageBytes !== undefined && pageBytes <= WHOLE_TEXT_BYTES)
    return (main.textContent ?? '').slice(0, SAMPLE_CHARS);
  return leadingText(doc, main ?? doc.body, SAMPLE_CHARS);
}

/**
 * The first `max` characters of an element's text, read node by node: `textContent` would build the
 * whole text of a page first (10 MB on some pages) to keep 6,000 characters of it.
 */
function leadingText(doc: Document, root: Element, max: number): string {
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  let size = 0;
  for (let node = walker.nextNode(); node && size < max; node = walker.nextNode()) {
    const parent = node.parentElement?.tagName;
    if (parent === 'SCRIPT' || parent === 'STYLE' || parent === 'NOSCRIPT') continue;
    const text = node.nodeValue ?? '';
    parts.push(text);
    size += text.length;
  }
  return parts.join(' ').slice(0, max);
}
