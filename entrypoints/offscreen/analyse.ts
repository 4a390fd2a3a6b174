import { browser } from 'wxt/browser';
import { analyseDocument } from '@/lib/analyser/analyse-html';
import { analyseWithRecords, loadPackedEngine } from '@/lib/analyser/packed-engine';
import type { Analysis } from '@/lib/analysis/types';
import { fetchLoader } from '@/lib/kb/store';

const loader = fetchLoader((path) => browser.runtime.getURL(path as '/'));

/** Parses the page's HTML inertly (no scripts run, nothing loads) and analyses it. */
export async function analyseHtml(url: string, html: string, onRequest = false): Promise<Analysis | null> {
  const { engine, store } = await loadPackedEngine(loader);
  // Readability edits the document it reads: a second run (once the cards' records are in) parses afresh.
  const run = () => analyseDocument(new DOMParser().parseFromString(html, 'text/html'), url, engine, onRequest);
  return analyseWithRecords(store, run, onRequest);
}
