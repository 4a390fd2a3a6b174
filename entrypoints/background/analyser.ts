import { browser } from 'wxt/browser';
import type { Analysis } from '@/lib/analysis/types';
import { send, type RuntimeLike } from '@/lib/protocol/messenger';
import { fail, type Result } from '@/lib/protocol/protocol';

/**
 * Where analysis runs. Chrome's service worker has no DOM parser, so there it runs in an offscreen
 * document (reason DOM_PARSER) that stays loaded, compromise warm; Firefox's background page has a DOM,
 * so it runs right here.
 */
export async function runAnalyser(url: string, html: string): Promise<Result<Analysis | null>> {
  try {
    if (import.meta.env.BROWSER === 'firefox') {
      const { analyseHtml } = await import('@/entrypoints/offscreen/analyse');
      return { ok: true, value: await analyseHtml(url, html) };
    }
    await ensureOffscreen();
    return await send(browser.runtime as unknown as RuntimeLike, 'analyser/run', { url, html });
  } catch (error) {
    return fail('internal', error instanceof Error ? error.message : String(error));
  }
}

let creating: Promise<void> | undefined;

async function ensureOffscreen(): Promise<void> {
  const url = browser.runtime.getURL('/offscreen.html');
  const contexts = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
  if (contexts.length > 0) return;
  creating ??= browser.offscreen
    .createDocument({ url, reasons: ['DOM_PARSER'], justification: 'Parse article HTML to find its text.' })
    .finally(() => {
      creating = undefined;
    });
  await creating;
}
