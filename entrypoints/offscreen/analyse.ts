import { browser } from 'wxt/browser';
import { analyseDocument } from '@/lib/analyser/analyse-html';
import { analyseWithRecords, loadKbEngine, loadPackedEngine, nlpReady } from '@/lib/analyser/packed-engine';
import type { Analysis } from '@/lib/analysis/types';
import { fetchLoader } from '@/lib/kb/store';

const loader = fetchLoader((path) => browser.runtime.getURL(path as '/'));

/**
 * Parses the page's HTML inertly (no scripts run, nothing loads) and analyses it. `quick`: while compromise
 * is not loaded yet, answer at once from the knowledge base alone, marked `namesPending` (the caller asks
 * again for the whole analysis); once it is loaded, the whole analysis comes at once anyway.
 */
export async function analyseHtml(
  url: string,
  html: string,
  onRequest = false,
  quick = false,
): Promise<Analysis | null> {
  const partial = quick && !nlpReady();
  const { engine, store } = await (partial ? loadKbEngine(loader) : loadPackedEngine(loader));
  // Readability edits the document it reads: a second run (once the cards' records are in) parses afresh.
  const run = () => analyseDocument(new DOMParser().parseFromString(html, 'text/html'), url, engine, onRequest);
  const analysis = await analyseWithRecords(store, run, onRequest);
  return partial && analysis ? { ...analysis, namesPending: true } : analysis;
}
