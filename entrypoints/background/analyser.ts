import { browser } from 'wxt/browser';
import type { Analysis } from '@/lib/analysis/types';
import type { Entity } from '@/lib/kb/types';
import { send, type RuntimeLike } from '@/lib/protocol/messenger';
import { fail, type Result } from '@/lib/protocol/protocol';

/**
 * Where analysis runs. Chrome's service worker has no DOM parser, so there it runs in an offscreen
 * document (reason DOM_PARSER) that stays loaded, compromise warm; Firefox's background page has a DOM,
 * so it runs right here.
 */
export async function runAnalyser(
  url: string,
  html: string,
  onRequest = false,
  quick = false,
): Promise<Result<Analysis | null>> {
  // Analysis is bounded in size (the HTML and text caps) and in time: past the bound the reader is told,
  // rather than left with "Reading the article…" for ever.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const bound = new Promise<Result<never>>((resolve) => {
    timer = setTimeout(() => resolve(fail('too-large', TOO_SLOW)), ANALYSIS_TIME_LIMIT_MS);
  });
  try {
    return await Promise.race([analyse(url, html, onRequest, quick), bound]);
  } finally {
    clearTimeout(timer);
  }
}

/** How long an analysis may take before the panel says the page is too large to read in time. */
export const ANALYSIS_TIME_LIMIT_MS = 20_000;
const TOO_SLOW = `This page is too large to read in time (over ${ANALYSIS_TIME_LIMIT_MS / 1000} seconds).`;

async function analyse(
  url: string,
  html: string,
  onRequest: boolean,
  quick: boolean,
): Promise<Result<Analysis | null>> {
  try {
    if (import.meta.env.BROWSER === 'firefox') {
      const { analyseHtml } = await import('@/entrypoints/offscreen/analyse');
      return { ok: true, value: await analyseHtml(url, html, onRequest, quick) };
    }
    await ensureOffscreen();
    return await send(browser.runtime as unknown as RuntimeLike, 'analyser/run', { url, html, onRequest, quick });
  } catch (error) {
    return fail('internal', error instanceof Error ? error.message : String(error));
  }
}

/** The reader opened the panel: the analyser loads now rather than when the page hands over. */
export async function warmAnalyser(): Promise<void> {
  if (import.meta.env.BROWSER === 'firefox') (await import('@/entrypoints/offscreen/analyse')).warm();
  else await ensureOffscreen();
}

/**
 * The records the analyser holds of these ids, for the panel: one message, where fetching them would take
 * a request per shard. None when there is no analyser yet (the panel then fetches them).
 */
export async function analyserRecords(ids: string[]): Promise<{ records: Entity[] }> {
  if (import.meta.env.BROWSER === 'firefox')
    return { records: await (await import('@/entrypoints/offscreen/analyse')).loadedRecords(ids) };
  if (!(await offscreenExists())) return { records: [] };
  const result = await send(browser.runtime as unknown as RuntimeLike, 'analyser/records', { ids });
  return result.ok ? result.value : { records: [] };
}

const offscreenUrl = () => browser.runtime.getURL('/offscreen.html');
async function offscreenExists(): Promise<boolean> {
  if (creating) await creating;
  const contexts = await browser.runtime.getContexts({
    contextTypes: ['OFFSCREEN_DOCUMENT'],
    documentUrls: [offscreenUrl()],
  });
  return contexts.length > 0;
}

let creating: Promise<void> | undefined;

async function ensureOffscreen(): Promise<void> {
  // A document being created is listed before it listens: wait for it to load rather than message it.
  if (creating) return creating;
  const url = offscreenUrl();
  const contexts = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
  // Listed, but maybe still loading (another caller is creating it): then wait for that.
  if (contexts.length > 0) return creating;
  creating ??= browser.offscreen
    .createDocument({ url, reasons: ['DOM_PARSER'], justification: 'Parse article HTML to find its text.' })
    .finally(() => {
      creating = undefined;
    });
  await creating;
}
