import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { openPanel, settledState } from './harness/chromium-helpers';
import { startFixtureServer, type FixtureServer } from './harness/server';

/**
 * A site outside the curated list: Kontekst does not read it until the reader enables it from the panel;
 * then it reads the open page at once and every later page of that site.
 */
let session: ChromiumSession;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  // A real-looking host name for the local server: the content script does not match it.
  session = await launchChromium({ args: ['--host-resolver-rules=MAP news.kontekst.test 127.0.0.1'] });
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** The same fixture server, by a host name the content script does not match. */
const onLocalhost = (slug: string) => server.article(slug).replace('127.0.0.1', 'news.kontekst.test');

async function tabIdFor(url: string): Promise<number> {
  const worker = await session.worker();
  for (let i = 0; i < 50; i++) {
    const id = await worker.evaluate(
      async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? null,
      url,
    );
    if (id !== null) return id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no tab for ${url}`);
}

describe('a site the reader enables', () => {
  test('is not read before, offers "Enable Kontekst on …", and is read after', async () => {
    const url = onLocalhost('bk-serbia-troops-kosovo-border-en');
    const page = await session.context.newPage();
    await page.goto(url);
    const tabId = await tabIdFor(url);
    // A content script would have run by now (document_idle comes before the page's first idle period):
    // its measure would be on the page's timeline.
    await page.waitForLoadState('load');
    await page.evaluate(() => new Promise((r) => requestIdleCallback(() => r(null))));
    expect(await page.evaluate(() => performance.getEntriesByName('kontekst-content').length)).toBe(0);
    const worker = await session.worker();
    expect(
      await worker.evaluate(async (k) => (await chrome.storage.session.get(k))[k] ?? null, `tab:${tabId}`),
    ).toBeNull();

    const panel = await openPanel(session, tabId);
    await panel.waitForSelector('[data-testid="site-enable"]');
    expect(await panel.textContent('[data-testid="enable-site"]')).toMatch(/Enable Kontekst on news\.kontekst\.test/);
    await panel.click('[data-testid="enable-site"]');
    const state = await settledState(session, tabId);
    expect(state.status).toBe('ready');
    await panel.waitForSelector('[data-testid="card-kosovo"]');

    // A later page of the same site is read by the registered content script.
    const next = onLocalhost('bk-bosnia-dodik-secession-en');
    const second = await session.context.newPage();
    await second.goto(next);
    expect((await settledState(session, await tabIdFor(next))).status).toBe('ready');
    const stored = await worker.evaluate(
      async () => (await chrome.storage.local.get('settings')).settings as { extraSites: string[] },
    );
    expect(stored.extraSites).toContain('news.kontekst.test');
  });
});
