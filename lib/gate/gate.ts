// Only the readerability check: the content script must not carry Readability itself.
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { countSignals, type SignalIndex } from './signal';

export type GateResult = { pass: true; signals: number } | { pass: false; reason: 'not-article' | 'no-signal' };

/** How much of the page's text the gate reads. */
const SAMPLE_CHARS = 6000;

/**
 * The content script's first look, before anything costly: is this an article, and does it name the
 * region at all (headline, description, the opening of the main text)? Reads the DOM; changes nothing.
 */
export function gate(doc: Document, index: SignalIndex): GateResult {
  if (!doc.body) return { pass: false, reason: 'not-article' };
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content');
  if (ogType !== 'article' && !isProbablyReaderable(doc, { minContentLength: 140, minScore: 20 }))
    return { pass: false, reason: 'not-article' };
  const main = doc.querySelector('article, main, [role="main"]') ?? doc.body;
  const sample = [
    doc.title,
    doc.querySelector('meta[name="description"], meta[property="og:description"]')?.getAttribute('content') ?? '',
    doc.querySelector('h1')?.textContent ?? '',
    leadingText(doc, main, SAMPLE_CHARS),
  ].join('\n');
  const signals = countSignals(index, sample, 2);
  return signals >= 1 ? { pass: true, signals } : { pass: false, reason: 'no-signal' };
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
