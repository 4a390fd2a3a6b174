import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { badgeText, openPanel, settledState, tabIdOf } from './harness/chromium-helpers';
import { startFixtureServer, type FixtureServer } from './harness/server';

/**
 * Faults a reader meets without knowing: the panel open before the analysis ends, the MV3 worker stopped
 * mid-analysis, many tabs at once, a second window. The reader always sees a correct state.
 */
let session: ChromiumSession;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchChromium();
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function tabIds(): Promise<number[]> {
  const worker = await session.worker();
  return worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id!));
}

describe('faults', () => {
  test('the panel opened before the analysis ends shows the cards when it does, without a reload', async () => {
    const before = new Set(await tabIds());
    const page = await session.context.newPage();
    const tabId = (await tabIds()).find((id) => !before.has(id))!;
    const panel = await openPanel(session, tabId);
    await panel.waitForSelector('[data-testid="status-idle"]');
    await page.goto(server.article('bk-banjska-attack-en'));
    await panel.waitForSelector('[data-testid="card-kosovo"]', { timeout: 30_000 });
    expect(await panel.textContent('[data-testid="article-title"]')).toMatch(/Kosovo/);
  });

  test('the worker stopped mid-analysis: the tab it left "analysing" is read again when it wakes', async () => {
    const page = await session.context.newPage();
    const url = server.article('bk-ibar-bridge-en');
    await page.goto(url);
    const tabId = await tabIdOf(session, url);
    await settledState(session, tabId);
    // What a worker stopped between "analysing" and the answer leaves behind.
    let worker = await session.worker();
    await worker.evaluate(
      (id) =>
        chrome.storage.session.set({
          [`tab:${id}`]: {
            status: 'analysing',
            url: location.href,
            title: null,
            analysis: null,
            error: null,
            updatedAt: Date.now(),
          },
        }),
      tabId,
    );
    const panel = await openPanel(session, tabId);
    const cdp = await session.context.newCDPSession(panel);
    // Stopped for certain before the panel asks again: the browser reports the worker's version stopped.
    const stopped = new Promise<void>((ok) =>
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        if (versions.some((v) => v.runningStatus === 'stopped')) ok();
      }),
    );
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
    // Any event wakes it again: here the panel asks for the tab's state.
    await panel.reload();
    worker = await session.worker();
    const state = await settledState(session, tabId);
    expect(state.status).toBe('ready');
    expect(state.analysis?.title).toMatch(/bridge|Ibar/i);
    await panel.waitForSelector('[data-testid="cards"]');
  });

  test('many tabs at once: each gets its own article’s state and badge', async () => {
    const slugs = [
      'bk-kenya-recognition-en',
      'bk-licence-plates-deal-en',
      'bk-ohrid-annex-en',
      'bk-kosovo-census-en',
      'neg-jokic-nuggets-en',
      'ord-uk-budget-en',
      'bk-kfor-mandat-de',
      'bk-zgjedhjet-2025-sq',
    ];
    const pages = await Promise.all(slugs.map(() => session.context.newPage()));
    await Promise.all(pages.map((p, i) => p.goto(server.article(slugs[i]!))));
    for (const slug of slugs) {
      const tabId = await tabIdOf(session, server.article(slug));
      const state = await settledState(session, tabId, 60_000);
      const balkans = slug.startsWith('bk-');
      expect(state.status, slug).toBe(balkans ? 'ready' : 'not-balkans');
      expect(state.url).toBe(server.article(slug));
      const badge = await badgeText(session, tabId);
      expect(badge, slug).toBe(balkans ? String(state.analysis!.cards.length) : '');
    }
  });

  test('a second window: its tab is read and its panel follows it', async () => {
    const url = server.article('bk-dinar-ban-opinion-en');
    const worker = await session.worker();
    await worker.evaluate((u) => chrome.windows.create({ url: u }), url);
    const tabId = await tabIdOf(session, url);
    expect((await settledState(session, tabId)).status).toBe('ready');
    const panel = await openPanel(session, tabId);
    await panel.waitForSelector('[data-testid="card-kosovo"]');
  });
});
