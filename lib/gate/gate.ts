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
    (main.textContent ?? '').slice(0, SAMPLE_CHARS),
  ].join('\n');
  const signals = countSignals(index, sample, 2);
  return signals >= 1 ? { pass: true, signals } : { pass: false, reason: 'no-signal' };
}
