import { browser } from 'wxt/browser';
import { analyseArticle, readArticle } from '@/lib/analyser/analyse-html';
import { analyseInTwoRuns, loadKbEngine } from '@/lib/analyser/packed-engine';
import type { Engine } from '@/lib/analysis/engine';
import type { Analysis } from '@/lib/analysis/types';
import type { Entity } from '@/lib/kb/types';
import { fetchLoader } from '@/lib/kb/store';
import { nlpClient, type MessageEndpoint, type NlpSource } from '@/lib/nlp/nlp-port';

const loader = fetchLoader((path) => browser.runtime.getURL(path as '/'));

/** Loads the knowledge base's engine ahead of the first page (an analysis would load it anyway). */
export function warm(): void {
  loadKbEngine(loader).catch(() => undefined);
  startNlp();
}

/** The records the analyser holds of these ids (the pages it read fetched them), for the panel. */
export async function loadedRecords(ids: readonly string[]): Promise<Entity[]> {
  const { store } = await loadKbEngine(loader);
  return ids.flatMap((id) => store.get(id) ?? []);
}

let nlp: NlpSource | undefined;
/**
 * The NLP worker. It starts with the first whole analysis, or once the first quick one has answered:
 * compromise then loads on its own thread without slowing the first cards.
 */
function startNlp(): NlpSource {
  nlp ??= nlpClient(
    new Worker(new URL('./nlp.worker.ts', import.meta.url), { type: 'module' }) as unknown as MessageEndpoint,
  );
  return nlp;
}

/**
 * Parses the page's HTML inertly (no scripts run, nothing loads) and analyses it. `quick`: until compromise
 * has read a first text (loading, then its slow first read), answer at once from the knowledge base alone,
 * marked `namesPending` when the text has names for it (the caller asks again for the whole analysis); once
 * it is warm, the whole analysis comes at once anyway.
 */
export async function analyseHtml(
  url: string,
  html: string,
  onRequest = false,
  quick = false,
): Promise<Analysis | null> {
  const partial = quick && !nlp?.warm();
  const names = partial ? undefined : startNlp();
  // User Timing marks: the bench reads where a first analysis spends its time.
  performance.mark(`kontekst-analyse${partial ? '-quick' : ''}`);
  const packed = await loadKbEngine(loader);
  performance.mark('kontekst-engine-ready');
  // Parsed and extracted once; each run analyses the extracted article.
  const article = readArticle(new DOMParser().parseFromString(html, 'text/html'), url, onRequest);
  performance.mark('kontekst-extracted');
  if (!article) return null;
  const run = (engine: Engine) => {
    const result = analyseArticle(article, engine, onRequest);
    performance.mark('kontekst-analysed');
    return result;
  };
  const analysis = await analyseInTwoRuns(packed, run, { onRequest, nlp: names });
  performance.mark('kontekst-analyse-end');
  // The whole analysis follows: compromise starts loading now.
  if (analysis?.namesPending) startNlp();
  return analysis;
}
