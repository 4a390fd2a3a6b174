import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { gate } from '@/lib/gate/gate';
import { isLargePage, LARGE_PAGE_HTML_CHARS, pageHtml } from '@/lib/gate/handover';
import { GATE_FILTERS } from '@/lib/gate/gate-keys.generated';
import { filterIndex } from '@/lib/gate/signal';
import { handleMessages, send, type RuntimeLike } from '@/lib/protocol/messenger';
import { MAX_HTML_CHARS } from '@/lib/protocol/schema';
import { createHighlighter } from './highlighter';
import { contentMatches } from './matches';

/** How long a new route must stay before the content script looks at it. */
const ROUTE_SETTLE_MS = 500;

export default defineContentScript({
  matches: contentMatches(),
  runAt: 'document_idle',
  // WXT would otherwise window.postMessage a "script started" note (with the extension's id) into the
  // page: pages would see a message they never expected, and could tell Kontekst is installed.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const runtime = browser.runtime as unknown as RuntimeLike;
    const highlighter = createHighlighter(document);
    const index = filterIndex(GATE_FILTERS);

    /** One look at the page as it is now: gate, then hand the HTML to the extension (at once, on request). */
    const look = (onRequest = false) => {
      if (ctx.isInvalid) return;
      performance.mark('kontekst-start');
      const verdict = onRequest ? ({ pass: true } as const) : gate(document, index);
      let report: Promise<unknown>;
      if (verdict.pass) {
        const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        const large = isLargePage(document, navigation?.decodedBodySize);
        const { html, truncated } = pageHtml(document, large ? LARGE_PAGE_HTML_CHARS : MAX_HTML_CHARS, large);
        report = send(runtime, 'page/candidate', { url: location.href, html, truncated });
      } else {
        report = send(runtime, 'page/skip', {
          url: location.href,
          reason: verdict.reason,
          title: document.title || null,
        });
      }
      performance.measure('kontekst-content', 'kontekst-start');
      void report;
    };

    const stop = handleMessages(runtime, {
      'page/highlight': ({ surfaces, cues, index: i, style }) => highlighter.show(surfaces, i, style, cues),
      // The background lost an analysis (its worker was stopped mid-way): look again.
      // On request: the reader asked for the context of a page the gate turned down.
      'page/rescan': ({ onRequest }) => {
        look(onRequest);
        return { accepted: true };
      },
      'page/clear-highlight': () => {
        highlighter.clear();
        return { cleared: true };
      },
    });
    ctx.onInvalidated(() => {
      stop();
      highlighter.clear();
    });
    // Single-page sites: a new route is a new article. Look once the route has settled: a burst of route
    // changes gives one look, not one per change, and one timer (ctx.setTimeout would add an abort
    // listener per change that is never removed).
    let pending: ReturnType<typeof setTimeout> | undefined;
    ctx.onInvalidated(() => clearTimeout(pending));
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      highlighter.clear();
      clearTimeout(pending);
      pending = setTimeout(() => look(), ROUTE_SETTLE_MS);
    });
    look();
  },
});
