import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { gate } from '@/lib/gate/gate';
import { isLargePage, LARGE_PAGE_HTML_CHARS, pageHtml } from '@/lib/gate/handover';
import { GATE_FILTERS } from '@/lib/gate/gate-keys.generated';
import { filterIndex } from '@/lib/gate/signal';
import { handleMessages, send, type RuntimeLike } from '@/lib/protocol/messenger';
import { MAX_HTML_CHARS } from '@/lib/protocol/message-types';
import { parsePageRequest } from '@/lib/protocol/page-requests';
import { createHighlighter } from './highlighter';
import { startLifetime } from './lifetime';

/** How often the content script looks at the address (single-page sites): a route counts once it stays that long. */
const ROUTE_POLL_MS = 1000;

/**
 * The content script. An unlisted script that wxt.config.ts lists in the manifest itself (content_scripts,
 * the curated sites of ./matches.ts, at document_idle): WXT's content-script wrapper would start a context
 * that sends an event through the page's DOM and watches it, on every page, before the script's first line.
 */
export default defineUnlistedScript({
  main() {
    const runtime = browser.runtime as unknown as RuntimeLike;
    const lifetime = startLifetime(runtime);
    // Made when the reader first lights up mentions. Firefox makes it at once: it injects a new content
    // script into an open page after an extension reload without the old one's clean-up, and a new
    // highlighter clears what the old one left.
    let highlighter: ReturnType<typeof createHighlighter> | undefined;
    const highlights = () => (highlighter ??= createHighlighter(document));
    if (import.meta.env.BROWSER === 'firefox') highlights();
    const index = filterIndex(GATE_FILTERS);

    /** One look at the page as it is now: gate, then hand the HTML to the extension (at once, on request). */
    const look = (onRequest = false) => {
      if (!lifetime.alive) return;
      performance.mark('kontekst-start');
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const verdict = onRequest ? ({ pass: true } as const) : gate(document, index, navigation?.decodedBodySize);
      let report: Promise<unknown>;
      if (verdict.pass) {
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

    const stop = handleMessages(
      runtime,
      {
        'page/highlight': ({ surfaces, cues, index: i, style }) => highlights().show(surfaces, i, style, cues),
        // The background lost an analysis (its worker was stopped mid-way): look again.
        // On request: the reader asked for the context of a page the gate turned down.
        'page/rescan': ({ onRequest }) => {
          look(onRequest);
          return { accepted: true };
        },
        'page/clear-highlight': () => {
          highlighter?.clear();
          return { cleared: true };
        },
      },
      parsePageRequest,
    );
    lifetime.onEnd(() => {
      stop();
      highlighter?.clear();
    });
    // Single-page sites: a new route is a new article, looked at once it has stayed for a poll: a burst of
    // route changes gives one look. A look at location.href each second, where listening to the Navigation
    // API (WXT's 'wxt:locationchange') was among the costliest steps of the script's start-up (profiled).
    let seen = location.href;
    let looked = seen;
    lifetime.every(ROUTE_POLL_MS, () => {
      const now = location.href;
      if (now !== seen) {
        seen = now;
        highlighter?.clear();
      } else if (now !== looked) {
        looked = now;
        look();
      }
    });
    look();
  },
});
