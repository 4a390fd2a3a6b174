import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchFirefox, type FirefoxSession } from './harness/firefox';
import { badgeText, inExtension, openPanel, settledState, stateOf, tabIdOf, textOf } from './harness/firefox-helpers';
import { startFixtureServer, type FixtureServer } from './harness/server';

/**
 * Firefox: the faults of tests/e2e/faults.e2e.ts — the panel open before the analysis ends, the
 * background gone mid-analysis, many tabs at once, a second window. The reader always sees a correct state.
 *
 * Firefox's MV3 background is an event page, not a service worker: there is no CDP "stop all workers".
 * Its honest equivalent is Firefox's own idle unload: the event page is unloaded after
 * `extensions.background.idle.timeout` ms without events (30 s by default, 2 s here), and the test
 * waits for it to be gone (no background among the extension's views) before waking it again. Only that test's
 * browser has the short timeout: the other tests keep Firefox's default, as a reader has it.
 */
const IDLE_MS = 2_000;
let session: FirefoxSession;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchFirefox();
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

const tabIds = () => inExtension(session, async () => (await chrome.tabs.query({})).map((t) => t.id!), null);

/** Whether the background page is loaded (getViews lists it; asking does not wake it). */
const backgroundLoaded = (s: FirefoxSession) =>
  inExtension(s, () => chrome.extension.getViews().some((w) => w.location.pathname.includes('background')), null);

describe('Firefox: faults', () => {
  test('the panel opened before the analysis ends shows the cards when it does, without a reload', async () => {
    const before = new Set(await tabIds());
    const page = await session.browser.newPage();
    const tabId = (await tabIds()).find((id) => !before.has(id))!;
    expect(tabId).toBeDefined();
    const panel = await openPanel(session, tabId);
    await panel.waitForSelector('[data-testid="status-idle"]');
    await page.goto(server.article('bk-banjska-attack-en'));
    await panel.waitForSelector('[data-testid="card-kosovo"]', { timeout: 30_000 });
    expect(await textOf(panel, '[data-testid="article-title"]')).toMatch(/Kosovo/);
    await panel.close();
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
    const pages = await Promise.all(slugs.map(() => session.browser.newPage()));
    await Promise.all(pages.map((p, i) => p.goto(server.article(slugs[i]!))));
    for (const slug of slugs) {
      const tabId = await tabIdOf(session, server.article(slug));
      const state = await settledState(session, tabId, 60_000);
      const balkans = slug.startsWith('bk-');
      expect(state.status, slug).toBe(balkans ? 'ready' : 'not-balkans');
      expect(state.url).toBe(server.article(slug));
      expect(await badgeText(session, tabId), slug).toBe(balkans ? String(state.analysis!.cards.length) : '');
    }
    await Promise.all(pages.map((p) => p.close()));
  });

  test('a second window: its tab is read and its panel follows it', async () => {
    const url = server.article('bk-dinar-ban-opinion-en');
    await inExtension(session, (u) => chrome.windows.create({ url: u }).then(() => null), url);
    const { state, tabId } = await stateOf(session, url);
    expect(state.status).toBe('ready');
    const panel = await openPanel(session, tabId);
    await panel.waitForSelector('[data-testid="card-kosovo"]');
  });
});

describe('Firefox: faults, with the event page unloaded after 2 s idle', () => {
  let idle: FirefoxSession;
  beforeAll(async () => {
    idle = await launchFirefox({ prefs: { 'extensions.background.idle.timeout': IDLE_MS } });
  });
  afterAll(async () => {
    await idle?.close();
  });

  test('the background unloaded mid-analysis: the tab it left "analysing" is read again when it wakes', async () => {
    const page = await idle.browser.newPage();
    const url = server.article('bk-ibar-bridge-en');
    await page.goto(url);
    const { tabId } = await stateOf(idle, url);
    // What a background unloaded between "analysing" and the answer leaves behind.
    await inExtension(
      idle,
      ({ id, u }) =>
        chrome.storage.session.set({
          [`tab:${id}`]: {
            status: 'analysing',
            url: u,
            title: null,
            analysis: null,
            error: null,
            updatedAt: Date.now(),
          },
        }),
      { id: tabId, u: url },
    );
    // The background is there while it answers (the check sees it)…
    const awake = await inExtension(
      idle,
      async (id) => {
        await chrome.runtime.sendMessage({ kontekst: 1, type: 'tab/get', payload: { tabId: id } });
        return chrome.extension.getViews().some((w) => w.location.pathname.includes('background'));
      },
      tabId,
    );
    expect(awake).toBe(true);
    // …and Firefox unloads the idle event page by itself: wait until it has.
    await expect.poll(() => backgroundLoaded(idle), { timeout: 30_000, interval: 250 }).toBe(false);
    // Any event wakes it again: here the panel asks for the tab's state.
    const panel = await openPanel(idle, tabId);
    const state = await settledState(idle, tabId);
    expect(state.status).toBe('ready');
    expect(state.analysis?.title).toMatch(/bridge|Ibar/i);
    await panel.waitForSelector('[data-testid="cards"]');
    await panel.close();
  });
});
