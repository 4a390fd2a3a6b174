import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { GECKO_ID, launchFirefox, type FirefoxSession } from './harness/firefox';
import { startFixtureServer, type FixtureServer } from './harness/server';

/**
 * The reader decides (issue 15), in Firefox: the same four as tests/e2e/reader.e2e.ts. Firefox has every
 * API these need; only the toolbar click is made differently. Chromium's test uses CDP's
 * Extensions.triggerAction; Firefox has no such BiDi command, so the test runs, in the browser window's
 * own (chrome) context, the action's triggerAction — what the toolbar button and the keyboard shortcut
 * call, and what gives the extension activeTab for the page.
 */
let session: FirefoxSession;
let server: FixtureServer;
let helper: Page;

/** Not in the test build's host permissions: only activeTab can open it. */
const ONCE_HOST = 'once.kontekst.test';
const ELSEWHERE = 'elsewhere.kontekst.test';

beforeAll(async () => {
  server = await startFixtureServer();
  // Firefox resolves these names to the loopback address (the fixture server listens on 127.0.0.1).
  session = await launchFirefox({ prefs: { 'network.dns.localDomains': `${ONCE_HOST},${ELSEWHERE}` } });
  helper = await session.openExtensionPage('sidepanel.html');
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** Runs an expression in an extension page (the `browser` API). */
const ext = <T>(expression: string): Promise<T> => helper.evaluate(expression) as Promise<T>;

interface State {
  status: string;
  url: string;
  updatedAt: number;
  onRequest?: boolean;
  analysis: { cards: unknown[]; topic: { isBalkans: boolean } } | null;
}

/** The tab showing `url` (from the states the background keeps) once its state is final. */
async function settled(url: string, after = 0, timeout = 30_000): Promise<{ tabId: number; state: State }> {
  const until = Date.now() + timeout;
  for (;;) {
    const found = await ext<{ tabId: number; state: State } | null>(`(async () => {
      const all = await browser.storage.session.get(null);
      const key = Object.keys(all).find((k) => k.startsWith('tab:') && all[k].url === ${JSON.stringify(url)});
      return key ? { tabId: Number(key.slice(4)), state: all[key] } : null;
    })()`);
    if (found && !['analysing', 'idle'].includes(found.state.status) && found.state.updatedAt > after) return found;
    if (Date.now() > until) throw new Error(`no settled state for ${url}: ${JSON.stringify(found?.state.status)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const panelFor = async (tabId: number) => {
  const panel = await session.openExtensionPage(`sidepanel.html?tab=${tabId}`, await session.browser.newPage());
  await panel.waitForSelector('body[data-ready="1"]');
  return panel;
};

/** The reader's click on Kontekst's toolbar button over the selected tab (see the note at the top). */
async function clickToolbarButton(): Promise<void> {
  const bidi = (session.browser as unknown as { connection: { send(m: string, p: object): Promise<unknown> } })
    .connection;
  const tree = (await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' })) as {
    result: { contexts: { context: string; url: string }[] };
  };
  const window = tree.result.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error('no browser window');
  await bidi.send('script.evaluate', {
    expression: `(() => {
      const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(GECKO_ID)});
      ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(window);
    })()`,
    target: { context: window.context },
    awaitPromise: false,
  });
}

const canReadPage = (tabId: number) =>
  ext<boolean>(
    `browser.scripting.executeScript({ target: { tabId: ${tabId} }, func: () => 1 }).then(() => true, () => false)`,
  );

describe('Firefox: show the context anyway', () => {
  test('a story the detector turned down shows its cards on request, for that page only', async () => {
    const url = server.article('neg-djokovic-tennis-en');
    const page = await session.browser.newPage();
    await page.goto(url);
    const { tabId, state: first } = await settled(url);
    expect(first.status).toBe('not-balkans');
    const panel = await panelFor(tabId);
    await panel.waitForSelector('[data-testid="status-not-balkans"]');
    await panel.click('[data-testid="show-anyway"]');
    await panel.waitForSelector('[data-testid="card-serbia"]');
    expect(await panel.$eval('[data-testid="on-request"]', (el) => el.textContent)).toMatch(/Shown on request/);
    const { state } = await settled(url);
    expect(state).toMatchObject({ status: 'ready', onRequest: true });
    expect(state.analysis!.topic.isBalkans).toBe(false);

    await page.reload();
    expect((await settled(url, state.updatedAt)).state).toMatchObject({ status: 'ready', onRequest: true });

    const other = server.article('neg-dua-lipa-wembley-en');
    await page.goto(other);
    const next = await settled(other);
    expect(next.state.status).toBe('not-balkans');
    expect(next.state.onRequest).toBeUndefined();
    await Promise.all([page.close(), panel.close()]);
  });
});

describe('Firefox: reasons in the panel’s language', () => {
  test('a German panel gives German reasons', async () => {
    const options = await session.openExtensionPage('options.html', await session.browser.newPage());
    await options.waitForSelector('[data-testid="option-language"]');
    await options.select('[data-testid="option-language"]', 'de');
    await expect
      .poll(() => ext<string>(`browser.storage.local.get('settings').then((s) => s.settings?.uiLanguage)`))
      .toBe('de');
    const url = server.article('bk-kfor-25-years-analysis-en');
    const page = await session.browser.newPage();
    await page.goto(url);
    const { tabId } = await settled(url);
    const panel = await panelFor(tabId);
    await panel.click('.reasons summary');
    const reasons = await panel.$$eval('[data-testid="reasons"] li', (els) => els.map((e) => e.textContent ?? ''));
    expect(reasons[0]).toMatch(/^Namen aus der Region: (?:[^,]+ \(\d+(?:,\d)?×\)(?:, )?)+$/);
    expect(reasons.join('\n')).toMatch(/\d+,\d Erwähnungen der Region pro 100 Wörter/);
    expect(reasons.join('\n')).not.toMatch(/Names from|In the headline|regional mentions/);
    await options.select('[data-testid="option-language"]', 'en');
    await expect
      .poll(() => ext<string>(`browser.storage.local.get('settings').then((s) => s.settings?.uiLanguage)`))
      .toBe('en');
    await Promise.all([options.close(), page.close(), panel.close()]);
  });
});

describe('Firefox: counts that agree', () => {
  test('on the demo article every card’s count is its number of mentions in the page', async () => {
    const url = server.article('bk-serbia-troops-kosovo-border-en');
    const page = await session.browser.newPage();
    await page.goto(url);
    const { tabId } = await settled(url);
    const panel = await panelFor(tabId);
    await panel.waitForSelector('[data-testid="card-kosovo"]');
    const cards = await panel.$$('[data-testid="cards"] article.card');
    expect(cards.length).toBeGreaterThan(10);
    const disagree: string[] = [];
    let kosovo: [number, number] | null = null;
    for (const card of cards) {
      const head = (await card.$('.card-head'))!;
      await head.click();
      const position = await card.waitForSelector(
        '[data-testid="highlight-position"], .highlight-status:not([aria-hidden])',
      );
      const shown = Number((await card.$eval('.count [aria-hidden="true"]', (e) => e.textContent))!.replace('×', ''));
      const text = (await position!.evaluate((e) => e.textContent)) ?? '';
      const navigated = Number(/Mention 1 of (\d+)/.exec(text)?.[1] ?? NaN);
      const name = await card.$eval('.name', (e) => e.textContent);
      if (shown !== navigated) disagree.push(`${name}: ${shown}× vs ${text}`);
      if ((await card.evaluate((e) => e.getAttribute('data-testid'))) === 'card-kosovo') kosovo = [shown, navigated];
      await head.click();
    }
    expect(disagree).toEqual([]);
    // "in northern Kosovo" is North Kosovo's mention, not Kosovo's.
    expect(kosovo).toEqual([10, 10]);
    await Promise.all([page.close(), panel.close()]);
  });
});

describe('Firefox: read this page', () => {
  test('an unlisted page is read once from the toolbar click, and nothing is kept', async () => {
    const url = server.article('bk-kosovo-census-en').replace('127.0.0.1', ONCE_HOST);
    const page = await session.browser.newPage();
    await page.goto(url);
    await page.bringToFront();
    const tabId = await ext<number>(`browser.tabs.query({ active: true }).then((t) => t[0].id)`);
    const origin = `*://${ONCE_HOST}/*`;
    const before = await ext<{ origins: string[] }>('browser.permissions.getAll()');
    const settingsBefore = await ext<string>(`browser.storage.local.get('settings').then((s) => JSON.stringify(s))`);
    expect(await ext<boolean>(`browser.permissions.contains({ origins: ['${origin}'] })`)).toBe(false);
    expect(await canReadPage(tabId)).toBe(false);

    const panel = await panelFor(tabId);
    await panel.waitForSelector('[data-testid="read-once"]');
    await panel.click('[data-testid="read-once"]');
    await panel.waitForSelector('[data-testid="read-once-refused"]');

    await page.bringToFront();
    await clickToolbarButton();
    await expect.poll(() => canReadPage(tabId)).toBe(true);
    await panel.click('[data-testid="read-once"]');
    await panel.waitForSelector('[data-testid="card-kosovo"]');
    expect((await settled(url)).state.status).toBe('ready');

    const after = await ext<{ origins: string[] }>('browser.permissions.getAll()');
    expect([...after.origins].sort()).toEqual([...before.origins].sort());
    expect(await ext<boolean>(`browser.permissions.contains({ origins: ['${origin}'] })`)).toBe(false);
    const settingsAfter = await ext<string>(`browser.storage.local.get('settings').then((s) => JSON.stringify(s))`);
    expect(settingsAfter).toBe(settingsBefore);
    expect(settingsAfter).not.toContain(ONCE_HOST);
    expect(await ext<unknown[]>('browser.scripting.getRegisteredContentScripts()')).toEqual([]);
    // …and no entry in the reading history.
    expect(await ext<string>(`browser.storage.local.get('history').then((h) => JSON.stringify(h))`)).not.toContain(
      ONCE_HOST,
    );

    // After navigation the page is unlisted again: the access is gone, nothing is read, the offer is back.
    await page.goto(server.article('bk-bosnia-dodik-secession-en').replace('127.0.0.1', ELSEWHERE));
    await expect.poll(() => canReadPage(tabId)).toBe(false);
    // (puppeteer's reload, like its goto, never resolves for moz-extension://)
    await session.openExtensionPage(`sidepanel.html?tab=${tabId}`, panel);
    await panel.waitForSelector('[data-testid="read-once"]');
    expect(await panel.$$eval('[data-testid^="card-"]', (els) => els.length)).toBe(0);
    await Promise.all([page.close(), panel.close()]);
  });
});
