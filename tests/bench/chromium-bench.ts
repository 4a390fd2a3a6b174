import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { chromiumPath, launchChromium, type ChromiumSession } from '../e2e/harness/chromium';
import { tabIdOf } from '../e2e/harness/chromium-helpers';
import { startBadPagesServer } from '../e2e/harness/bad-pages-server';
import { startFixtureServer, type FixtureServer } from '../e2e/harness/server';
import { isFinal, type TabState, type TabStatus } from '../../lib/protocol/tab-state';
import type { ProbeTimes } from './content-probe';
import { longTasksOf, observeLongTasks, type LongTask } from './long-tasks';
import { probeScript } from './probe-bundle';
import {
  cpuFromMarkToScriptEnd,
  longTasksInTrace,
  pageMainThread,
  scriptTime,
  TRACE_CATEGORIES,
  wholeScriptTime,
  type TaskAnatomy,
  type TraceEvent,
} from './trace';

const BENCH_PAGES = resolve('tests/fixtures/bench');
const CARDS = '[data-testid="cards"]';
const MEASURE = 'kontekst-content';
/** Generated pages of these sizes, each loaded this many times. */
export const LARGE_PAGES_MB = [1, 10] as const;
const LARGE_PAGE_LOADS = 3;

export interface ChromiumPlan {
  /** Every fixture page: loaded once each (long tasks, first-load figures). */
  all: string[];
  /** Pages whose content-script time is measured on reloads after that first load. */
  sampled: Set<string>;
  reloads: number;
  /** The analysed Balkans article the panel is opened on. */
  flagship: string;
  panelOpens: number;
  /** Also load every page in a browser without the extension (long tasks that are not ours). */
  baseline: boolean;
  /** Fresh browsers in which the first analysis is timed again, untraced. */
  coldRuns: number;
  extension?: string;
}

/** A long task the page's observer saw, with what the trace says it ran (the traced task of nearest length). */
export interface SeenLongTask extends LongTask {
  anatomy: TaskAnatomy | null;
}

export interface PageLoad {
  slug: string;
  /**
   * start: the bench's start page, the first page of its tab (in a fresh browser, the first run of the
   * content script in the renderer); first: a fixture page's first load; reload: the sample's reloads;
   * large: the generated 1 and 10 MB articles (a very large page's hand-over).
   */
  kind: 'start' | 'first' | 'reload' | 'control' | 'large';
  status: TabStatus | 'timeout';
  /** The content script's own User Timing measure (gate and hand-over), ms. */
  measureMs: number | null;
  /** The trace's EvaluateScript for the content script, wall clock, ms. */
  evaluateScriptMs: number | null;
  /** …and its thread (CPU) time, ms. */
  evaluateScriptCpuMs: number | null;
  /** The measure's span in thread (CPU) time: from its start mark to the end of the script, ms. */
  measureCpuMs: number | null;
  /** The whole script on the page's main thread: EvaluateScript and its later callbacks (trace), ms. */
  wholeMs: number | null;
  wholeCpuMs: number | null;
  longTasks: SeenLongTask[];
  /** Every task over 50 ms on the page's main thread in the trace (the observer can miss a task under way when it starts). */
  tracedLongTasks: TaskAnatomy[];
  /** The content script's steps timed one by one in the page (reloads only). */
  probe: ProbeTimes | null;
}

export interface FirstAnalysis {
  slug: string;
  /** Navigation start (as the bench asked for it) → cards in the panel that was opened right after. */
  navToCardsMs: number;
  /** …→ the content script handed the page over. */
  navToHandOverMs: number | null;
  /** Hand-over → the first analysis (from the knowledge base) reached the panel (offscreen document, engine, analysis). */
  handOverToStateMs: number | null;
  /** That analysis → cards in the panel (the cards' records, rendering). */
  stateToCardsMs: number | null;
  /** Navigation → the whole analysis stored (with the names compromise finds, from the NLP worker). */
  navToWholeMs: number | null;
  cards: number;
}

export interface PanelOpen {
  /** Panel navigation start → cards in the DOM (performance.now() and a MutationObserver in the panel). */
  cardsMs: number;
  /** …→ the first animation frame after that (cards painted). */
  paintMs: number | null;
  /** The same as Playwright sees it: goto → selector found. */
  driverMs: number;
}

export interface PanelHeap {
  usedBeforeGc: number;
  usedAfterGc: number;
  total: number;
}

/** Articles read one after another in one tab with the panel open: the analyser warm from the second on. */
export interface WarmSeries {
  /** Per article: the page's load event → its first new card in the panel, ms (null: not seen). */
  settleToCardsMs: (number | null)[];
  slugs: string[];
  /** JS heap after a GC, bytes, after article 10 and article 20: the panel and the offscreen analyser. */
  panelHeap: { at10: number | null; at20: number | null };
  offscreenHeap: { at10: number | null; at20: number | null };
}

export interface ChromiumFigures {
  browserVersion: string;
  extensionId: string;
  loads: PageLoad[];
  /** The first analysis in the traced session (its content-script figures are in `loads`). */
  firstAnalysis: FirstAnalysis | null;
  /**
   * The first analysis again in fresh browsers with no trace running: the figure varies widely from run to
   * run (about 450 to 850 ms on the same build), so one run says little, and no trace is there to weigh on it.
   */
  coldRuns: FirstAnalysis[];
  panelOpens: PanelOpen[];
  panelHeap: PanelHeap | null;
  warm: WarmSeries | null;
  /** Long tasks per fixture page in a browser without the extension (null: not run). */
  baseline: { slug: string; longTasks: LongTask[] }[] | null;
  errors: string[];
}

interface CardsClock {
  __kontekstCardsAt?: number;
  __kontekstCardsPaintAt?: number;
  /** When the first analysis with cards reached the panel (the quick one, from the knowledge base). */
  __kontekstFirstAnalysisAt?: number;
}

/** Injected into panel pages: when the first analysis arrives, when the cards first appear, and the frame after. */
function watchCards(): void {
  const w = window as unknown as CardsClock;
  chrome.storage.session.onChanged.addListener((changes) => {
    if (w.__kontekstFirstAnalysisAt !== undefined) return;
    for (const change of Object.values(changes))
      if ((change.newValue as TabState | undefined)?.analysis?.cards.length)
        w.__kontekstFirstAnalysisAt = performance.now();
  });
  new MutationObserver((_, observer) => {
    if (!document.querySelector('[data-testid="cards"]')) return;
    w.__kontekstCardsAt = performance.now();
    requestAnimationFrame(() => (w.__kontekstCardsPaintAt = performance.now()));
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
}

/** The tab's state once it is final, newer than `since` and for `url`; null after the timeout. */
async function freshState(
  session: ChromiumSession,
  tabId: number,
  url: string,
  since: number,
  timeout = 30_000,
): Promise<TabState | null> {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    const worker = await session.worker();
    const state = (await worker.evaluate(
      async (key) => (await chrome.storage.session.get(key))[key] ?? null,
      `tab:${tabId}`,
    )) as TabState | null;
    if (state && state.url === url && state.updatedAt >= since && isFinal(state)) return state;
    await new Promise((r) => setTimeout(r, 40));
  }
  return null;
}

const measureOf = (page: Page) =>
  page.evaluate((name) => {
    const m = performance.getEntriesByName(name).at(-1);
    return m ? { duration: m.duration, end: performance.timeOrigin + m.startTime + m.duration } : null;
  }, MEASURE);

/** A page with the long-task observer, where the bench's own pages are served on the fixture origin. */
async function articlePage(session: ChromiumSession, server: FixtureServer): Promise<Page> {
  const page = await session.context.newPage();
  await page.addInitScript(observeLongTasks);
  await page.route(`${server.origin}/bench/**`, (route) =>
    route.fulfill({ path: `${BENCH_PAGES}/${new URL(route.request().url()).pathname.slice('/bench/'.length)}` }),
  );
  return page;
}

async function panelPage(session: ChromiumSession): Promise<Page> {
  const panel = await session.context.newPage();
  await panel.setViewportSize({ width: 380, height: 900 });
  await panel.addInitScript(watchCards);
  return panel;
}

/** How many articles the warm series reads in one tab. */
const WARM_ARTICLES = 20;

interface EveryCard {
  __kontekstCardSeen?: Record<string, number>;
}

/**
 * Evaluated in a panel: when each card (by its test id) first appears; the ones already shown count as 0.
 * A string, not a function: the bench runs under tsx, whose helpers (`__name`) do not exist in the page.
 */
const WATCH_EVERY_CARD = `(() => {
  const seen = {};
  window.__kontekstCardSeen = seen;
  const look = (at) => {
    for (const el of document.querySelectorAll('[data-testid^="card-"]')) {
      const id = el.getAttribute('data-testid');
      if (!(id in seen)) seen[id] = at;
    }
  };
  look(0);
  new MutationObserver(() => look(performance.now())).observe(document, { childList: true, subtree: true });
})()`;

/** A page's JS heap in bytes after a garbage collection (CDP). */
async function heapAfterGc(session: ChromiumSession, page: Page): Promise<number | null> {
  try {
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const after = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    await cdp.detach();
    return after.usedSize;
  } catch {
    return null;
  }
}

/**
 * The heap of an extension target Playwright does not show as a page (the offscreen document),
 * through the browser's CDP target list: attached without flattening, its commands go as
 * Target.sendMessageToTarget and come back as events.
 */
async function targetHeap(session: ChromiumSession, urlPart: string): Promise<number | null> {
  const cdp = await session.context.browser()!.newBrowserCDPSession();
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: { targetId: string; url: string }[];
    };
    const target = targetInfos.find((t) => t.url.includes(urlPart));
    if (!target) return null;
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as {
      sessionId: string;
    };
    const replies = new Map<number, (r: { result?: { usedSize?: number } }) => void>();
    cdp.on('Target.receivedMessageFromTarget', (e: { sessionId: string; message: string }) => {
      if (e.sessionId !== sessionId) return;
      const m = JSON.parse(e.message) as { id?: number; result?: { usedSize?: number } };
      if (m.id !== undefined) replies.get(m.id)?.(m);
    });
    let id = 0;
    const call = (method: string) =>
      new Promise<{ result?: { usedSize?: number } }>((resolve, reject) => {
        const n = ++id;
        replies.set(n, resolve);
        setTimeout(() => reject(new Error(`${method}: no answer`)), 10_000);
        void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: n, method }) });
      });
    await call('HeapProfiler.collectGarbage');
    const usage = await call('Runtime.getHeapUsage');
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    return usage.result?.usedSize ?? null;
  } catch {
    return null;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Waits for the cards; on a timeout, says what the panel showed instead. */
async function waitForCards(panel: Page, timeout: number): Promise<void> {
  try {
    await panel.waitForSelector(CARDS, { state: 'attached', timeout });
  } catch {
    const shown = ((await panel.textContent('body').catch(() => null)) ?? '').replace(/\s+/g, ' ').trim();
    throw new Error(`no cards after ${timeout / 1000} s; the panel showed: "${shown.slice(0, 160)}"`);
  }
}

const cardsClock = (panel: Page) =>
  panel.evaluate(() => {
    const w = window as unknown as CardsClock;
    return {
      origin: performance.timeOrigin,
      at: w.__kontekstCardsAt ?? null,
      paint: w.__kontekstCardsPaintAt ?? null,
      analysis: w.__kontekstFirstAnalysisAt ?? null,
    };
  });

/** Pairs each observed long task with the traced task nearest in length (within 5 ms). */
function explain(seen: LongTask[], traced: TaskAnatomy[]): SeenLongTask[] {
  const left = [...traced];
  return seen.map((t) => {
    let best = -1;
    left.forEach((a, i) => {
      if (
        Math.abs(a.ms - t.duration) <= 5 &&
        (best < 0 || Math.abs(a.ms - t.duration) < Math.abs(left[best]!.ms - t.duration))
      )
        best = i;
    });
    return { ...t, anatomy: best < 0 ? null : left.splice(best, 1)[0]! };
  });
}

/** What the panel and the page saw of a first analysis that started at `t0` (epoch ms). */
async function firstAnalysisOf(
  slug: string,
  panel: Page,
  page: Page,
  t0: number,
  state: TabState | null,
): Promise<FirstAnalysis> {
  const clock = await cardsClock(panel);
  const cardsAt = clock.origin + clock.at!;
  const analysisAt = clock.analysis === null ? null : clock.origin + clock.analysis;
  const handOver = await measureOf(page);
  return {
    slug,
    navToCardsMs: cardsAt - t0,
    navToHandOverMs: handOver ? handOver.end - t0 : null,
    handOverToStateMs: handOver && analysisAt !== null ? analysisAt - handOver.end : null,
    stateToCardsMs: analysisAt !== null ? cardsAt - analysisAt : null,
    navToWholeMs: state ? state.updatedAt - t0 : null,
    cards: state?.analysis?.cards.length ?? 0,
  };
}

/**
 * The first analysis in a fresh browser, nothing traced: the start page, then the article with the panel
 * opened as it starts loading, as in the traced session.
 */
async function coldFirstAnalysis(plan: ChromiumPlan, server: FixtureServer): Promise<FirstAnalysis> {
  const session = await launchChromium({ extension: plan.extension });
  try {
    const page = await articlePage(session, server);
    const startUrl = `${server.origin}/bench/start.html?tab=cold`;
    const since = Date.now();
    await page.goto(startUrl);
    const tab = await tabIdOf(session, startUrl);
    await freshState(session, tab, startUrl, since);
    const panel = await panelPage(session);
    const url = server.article(plan.flagship);
    const t0 = Date.now();
    const navigation = page.goto(url);
    await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tab=${tab}`);
    await waitForCards(panel, 30_000);
    await navigation;
    return await firstAnalysisOf(plan.flagship, panel, page, t0, await freshState(session, tab, url, t0));
  } finally {
    await session.close();
  }
}

export async function chromiumFigures(plan: ChromiumPlan, log: (s: string) => void): Promise<ChromiumFigures> {
  const server = await startFixtureServer();
  const session = await launchChromium({ extension: plan.extension });
  const browser = session.context.browser()!;
  const extensionPrefix = `chrome-extension://${session.extensionId}/`;
  const contentUrl = `${extensionPrefix}article.js`;
  const probe = await probeScript();
  const out: ChromiumFigures = {
    browserVersion: browser.version(),
    extensionId: session.extensionId,
    loads: [],
    firstAnalysis: null,
    coldRuns: [],
    panelOpens: [],
    panelHeap: null,
    warm: null,
    baseline: null,
    errors: [],
  };
  const attempt = async (what: string, fn: () => Promise<void>) => {
    try {
      await fn();
    } catch (error) {
      out.errors.push(`${what}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      log(`  ! ${out.errors.at(-1)}`);
    }
  };

  /**
   * One traced load: navigate, wait until the background stored the page's final state (the analysis
   * included, so the next load does not share the two cores with it), and record what happened.
   */
  const load = async (
    page: Page,
    slug: string,
    kind: PageLoad['kind'],
    url: string,
    tab: () => Promise<number>,
    navigate: () => Promise<unknown>,
  ): Promise<{ record: PageLoad; state: TabState | null; tabId: number }> => {
    const since = Date.now();
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    let state: TabState | null = null;
    let tabId = -1;
    try {
      await navigate();
      tabId = await tab();
      state = await freshState(session, tabId, url, since);
    } finally {
      const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] })
        .traceEvents;
      const thread = pageMainThread(events, url);
      const traced = thread ? longTasksInTrace(events, thread, extensionPrefix) : [];
      const seen = await longTasksOf(page);
      const measure = await measureOf(page);
      const script = scriptTime(events, contentUrl);
      const whole = wholeScriptTime(events, contentUrl);
      out.loads.push({
        slug,
        kind,
        status: state?.status ?? 'timeout',
        measureMs: measure?.duration ?? null,
        evaluateScriptMs: script?.wallMs ?? null,
        evaluateScriptCpuMs: script?.cpuMs ?? null,
        measureCpuMs: cpuFromMarkToScriptEnd(events, 'kontekst-start', contentUrl),
        wholeMs: whole?.wallMs ?? null,
        wholeCpuMs: whole?.cpuMs ?? null,
        longTasks: explain(seen, traced),
        tracedLongTasks: traced,
        probe: null,
      });
    }
    return { record: out.loads.at(-1)!, state, tabId };
  };

  try {
    // 1. A fresh browser: the start page (the content script's first run), then the first analysis with
    // the panel opened as the article starts loading.
    const flagshipPage = await articlePage(session, server);
    const startUrl = `${server.origin}/bench/start.html?tab=flagship`;
    const { tabId: flagshipTab } = await load(
      flagshipPage,
      'start.html (fresh browser)',
      'start',
      startUrl,
      () => tabIdOf(session, startUrl),
      () => flagshipPage.goto(startUrl),
    );
    const flagshipUrl = server.article(plan.flagship);
    await attempt('first analysis', async () => {
      log('first analysis, panel open from navigation start');
      const panel = await panelPage(session);
      let t0 = 0;
      const { state } = await load(
        flagshipPage,
        plan.flagship,
        'first',
        flagshipUrl,
        async () => flagshipTab,
        async () => {
          t0 = Date.now();
          const navigation = flagshipPage.goto(flagshipUrl);
          await panel.goto(`${extensionPrefix}sidepanel.html?tab=${flagshipTab}`);
          await waitForCards(panel, 30_000);
          await navigation;
        },
      );
      out.firstAnalysis = await firstAnalysisOf(plan.flagship, panel, flagshipPage, t0, state);
      // 5. The panel's memory, once it has shown the analysis.
      await panel.waitForTimeout(300);
      const cdp = await session.context.newCDPSession(panel);
      const before = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; totalSize: number };
      await cdp.send('HeapProfiler.collectGarbage');
      const after = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; totalSize: number };
      out.panelHeap = { usedBeforeGc: before.usedSize, usedAfterGc: after.usedSize, total: after.totalSize };
      await cdp.detach();

      // 6. Twenty articles in the same tab, the panel open: warm analyser → cards, and memory over time.
      log(`${WARM_ARTICLES} articles in one tab with the panel open (warm analyser, heap at 10 and 20)`);
      const slugs = plan.all.filter((x) => x.startsWith('bk-') && x !== plan.flagship).slice(0, WARM_ARTICLES);
      const warm: WarmSeries = {
        settleToCardsMs: [],
        slugs,
        panelHeap: { at10: null, at20: null },
        offscreenHeap: { at10: null, at20: null },
      };
      out.warm = warm;
      await panel.evaluate(WATCH_EVERY_CARD);
      let shown = new Set<string>(state?.analysis?.cards.map((c) => c.id) ?? []);
      for (const [i, slug] of slugs.entries()) {
        const url = server.article(slug);
        const since = Date.now();
        await flagshipPage.goto(url);
        const next = await freshState(session, flagshipTab, url, since);
        const fresh = (next?.analysis?.cards ?? []).map((c) => c.id).find((id) => !shown.has(id));
        shown = new Set([...shown, ...(next?.analysis?.cards.map((c) => c.id) ?? [])]);
        let at: number | null = null;
        if (fresh) {
          const found = await panel
            .waitForFunction(
              (id) => (window as unknown as EveryCard).__kontekstCardSeen?.[`card-${id}`] ?? null,
              fresh,
              {
                timeout: 10_000,
              },
            )
            .catch(() => null);
          if (found) {
            const seenAt = (await found.jsonValue()) as number;
            const origin = await panel.evaluate(() => performance.timeOrigin);
            const settled = await flagshipPage.evaluate(() => {
              const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
              return nav ? performance.timeOrigin + nav.loadEventEnd : null;
            });
            at = settled === null ? null : origin + seenAt - settled;
          }
        }
        warm.settleToCardsMs.push(at);
        if (i === 9 || i === 19) {
          const key = i === 9 ? 'at10' : 'at20';
          warm.panelHeap[key] = await heapAfterGc(session, panel);
          warm.offscreenHeap[key] = await targetHeap(session, 'offscreen.html');
        }
      }
      await panel.close();
    });

    // 2. Every fixture page once; the sample reloaded, and the content script's steps probed.
    const page = await articlePage(session, server);
    const corpusStart = `${server.origin}/bench/start.html?tab=corpus`;
    const { tabId: tab } = await load(
      page,
      'start.html (second tab)',
      'start',
      corpusStart,
      () => tabIdOf(session, corpusStart),
      () => page.goto(corpusStart),
    );
    log(`${plan.all.length} fixture pages, ${plan.sampled.size} of them reloaded ${plan.reloads}×`);
    for (const slug of plan.all) {
      await attempt(slug, async () => {
        const url = server.article(slug);
        await load(
          page,
          slug,
          'first',
          url,
          async () => tab,
          () => page.goto(url),
        );
        if (!plan.sampled.has(slug)) return;
        for (let i = 0; i < plan.reloads; i++) {
          const { record } = await load(
            page,
            slug,
            'reload',
            url,
            async () => tab,
            () => page.reload(),
          );
          // Evaluated, not added as a <script>: the page's DOM (and so its outerHTML) stays as it was.
          await page.evaluate(probe);
          record.probe = await page.evaluate(() =>
            (globalThis as unknown as { __kontekstProbe(): ProbeTimes }).__kontekstProbe(),
          );
        }
      });
    }

    // The positive control: a page that blocks its main thread for 120 ms as it finishes loading.
    await attempt('positive control', async () => {
      const url = `${server.origin}/bench/long-task.html`;
      const { record } = await load(
        page,
        'long-task.html',
        'control',
        url,
        async () => tab,
        async () => {
          await page.goto(url);
          await page.waitForSelector('html[data-busy-done]', { state: 'attached' });
        },
      );
      // Entries arrive asynchronously: look again for a moment if the first look saw none.
      for (let i = 0; i < 10 && record.longTasks.length === 0; i++)
        record.longTasks = explain(await longTasksOf(page, 100), record.tracedLongTasks);
    });

    // Very large pages: the content script's work follows what it hands over, not the page's size.
    await attempt('large pages', async () => {
      const bad = await startBadPagesServer();
      try {
        for (const mb of LARGE_PAGES_MB)
          for (let i = 0; i < LARGE_PAGE_LOADS; i++) {
            const url = bad.large(mb);
            await load(
              page,
              `${mb} MB page`,
              'large',
              url,
              async () => tab,
              () => page.goto(url, { timeout: 60_000 }),
            );
          }
      } finally {
        await bad.close();
      }
    });

    // 3. Opening the panel on the analysed flagship article.
    log(`panel opened ${plan.panelOpens}× on ${plan.flagship}`);
    for (let i = 0; i < plan.panelOpens; i++) {
      await attempt(`panel open ${i + 1}`, async () => {
        const panel = await panelPage(session);
        const t = Date.now();
        await panel.goto(`${extensionPrefix}sidepanel.html?tab=${flagshipTab}`);
        await waitForCards(panel, 10_000);
        const driverMs = Date.now() - t;
        // The frame after the cards: a headless page may not paint on time; then the row says so.
        await panel
          .waitForFunction(() => (window as unknown as CardsClock).__kontekstCardsPaintAt !== undefined, null, {
            timeout: 2_000,
          })
          .catch(() => undefined);
        const clock = await cardsClock(panel);
        out.panelOpens.push({ cardsMs: clock.at!, paintMs: clock.paint, driverMs });
        await panel.close();
      });
    }
  } finally {
    await session.close();
  }

  for (let i = 0; i < plan.coldRuns; i++)
    await attempt(`cold first analysis ${i + 1}`, async () => {
      if (i === 0) log(`first analysis in ${plan.coldRuns} fresh browsers, untraced`);
      out.coldRuns.push(await coldFirstAnalysis(plan, server));
    });

  // The same pages in a browser without the extension: the long tasks that are the page's own.
  if (plan.baseline)
    await attempt('baseline without the extension', async () => {
      log('baseline: every fixture page without the extension');
      const profile = mkdtempSync(join(tmpdir(), 'kontekst-bench-bare-'));
      const bare = await chromium.launchPersistentContext(profile, {
        executablePath: chromiumPath(),
        headless: true,
        viewport: { width: 1200, height: 900 },
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
      });
      try {
        const page = await bare.newPage();
        await page.addInitScript(observeLongTasks);
        out.baseline = [];
        for (const slug of plan.all) {
          await page.goto(server.article(slug));
          out.baseline.push({ slug, longTasks: await longTasksOf(page, 60) });
        }
      } finally {
        await bare.close();
        rmSync(profile, { recursive: true, force: true });
      }
    });
  await server.close();
  return out;
}
