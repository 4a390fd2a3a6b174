import { analyseDocument } from '@/lib/analyser/analyse-html';
import { loadEngine } from '@/lib/analyser/lazy-engine';
import type { Analysis } from '@/lib/analysis/types';

/** Parses the page's HTML inertly (no scripts run, nothing loads) and analyses it. */
export async function analyseHtml(url: string, html: string, onRequest = false): Promise<Analysis | null> {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const engine = await loadEngine();
  return analyseDocument(doc, url, engine, onRequest);
}
