import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchFirefox, type FirefoxSession } from './harness/firefox';
import { inExtension, openPanel, openTab, settledState, stateOf, stateOfTab, textOf } from './harness/firefox-helpers';
import { startFixtureServer, type FixtureServer } from './harness/server';

/**
 * Firefox: a site outside the curated list (tests/e2e/sites.e2e.ts). Kontekst does not read it until the
 * reader enables it from the panel; then it reads the open page at once and every later page of that site.
 *
 * Firefox asks the reader about an optional permission in a door-hanger of its own chrome, which no
 * WebDriver command can answer; `extensions.webextOptionalPermissionPrompts: false` is Firefox's own switch
 * that grants the request as if accepted. The request itself still needs the reader's click (a real
 * BiDi click in the panel), or Firefox refuses it.
 */
const HOST = 'news.kontekst.test';
let session: FirefoxSession;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchFirefox({
    prefs: {
      // A real-looking host name for the local server (Firefox resolves it to 127.0.0.1).
      'network.dns.localDomains': HOST,
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

const onHost = (slug: string) => server.article(slug).replace('127.0.0.1', HOST);

describe('Firefox: a site the reader enables', () => {
  test('is not read before, offers "Enable Kontekst on …", and is read after', async () => {
    const url = onHost('bk-serbia-troops-kosovo-border-en');
    const { tabId, page } = await openTab(session, url);
    await page.waitForFunction(() => document.readyState === 'complete');
    // A content script would have run by now (document_idle comes before the page's first idle period):
    // its measure would be on the page's timeline.
    await page.evaluate(() => new Promise((r) => requestIdleCallback(() => r(null))));
    expect(await page.evaluate(() => performance.getEntriesByName('kontekst-content').length)).toBe(0);
    expect(await stateOfTab(session, tabId)).toBeNull();

    const panel = await openPanel(session, tabId);
    await panel.waitForSelector('[data-testid="site-enable"]');
    expect(await textOf(panel, '[data-testid="enable-site"]')).toMatch(/Enable Kontekst on news\.kontekst\.test/);
    await panel.click('[data-testid="enable-site"]');
    expect((await settledState(session, tabId)).status).toBe('ready');
    await panel.waitForSelector('[data-testid="card-kosovo"]');
    expect(await page.evaluate(() => performance.getEntriesByName('kontekst-content').length)).toBeGreaterThan(0);

    // A later page of the same site is read by the registered content script.
    const next = onHost('bk-bosnia-dodik-secession-en');
    const second = await session.browser.newPage();
    await second.goto(next);
    expect((await stateOf(session, next)).state.status).toBe('ready');
    const stored = await inExtension(
      session,
      async () => (await chrome.storage.local.get('settings')).settings as { extraSites: string[] },
      null,
    );
    expect(stored.extraSites).toContain(HOST);
    const granted = await inExtension(session, (h) => chrome.permissions.contains({ origins: [`*://${h}/*`] }), HOST);
    expect(granted).toBe(true);
  });
});
