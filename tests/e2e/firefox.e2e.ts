import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxSession } from './harness/firefox';
import { startFixtureServer, type FixtureServer } from './harness/server';

const SHOTS = 'tests/artifacts/screenshots';
const BALKANS = 'bk-serbia-troops-kosovo-border-en';
const NOT_BALKANS = 'ord-market-report-en';

let session: FirefoxSession;
let server: FixtureServer;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startFixtureServer();
  session = await launchFirefox();
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** Asks the extension (from one of its pages) for the id of the tab showing `url` and its state. */
async function tabState(helper: Page, url: string, timeout = 30_000) {
  const until = Date.now() + timeout;
  for (;;) {
    const found = await helper.evaluate(async (u: string) => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      const all = await api.storage.session.get(null);
      const key = Object.keys(all).find((k) => k.startsWith('tab:') && (all[k] as { url?: string }).url === u);
      if (!key) return null;
      const tabId = Number(key.slice(4));
      const state = all[key] as { status: string; analysis: { cards: unknown[]; namesPending?: true } | null };
      const badge = await api.action.getBadgeText({ tabId });
      const pending = !!state.analysis?.namesPending;
      return { tabId, status: state.status, cards: state.analysis?.cards.length ?? 0, badge, pending };
    }, url);
    // Final: read and decided, and not the quick first analysis (a whole one follows it).
    if (found && found.status !== 'analysing' && found.status !== 'idle' && !found.pending) return found;
    if (Date.now() > until) throw new Error(`no settled state for ${url}: ${JSON.stringify(found)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('Firefox: a Balkans article', () => {
  test('the content script reports it, the badge counts the cards, the sidebar page renders them', async () => {
    const page = await session.browser.newPage();
    await page.goto(server.article(BALKANS));
    const helper = await session.openExtensionPage('sidepanel.html');
    const state = await tabState(helper, server.article(BALKANS));
    expect(state.status).toBe('ready');
    expect(state.cards).toBeGreaterThan(3);
    expect(state.badge).toBe(String(state.cards));

    const panel = await session.openExtensionPage(`sidepanel.html?tab=${state.tabId}`, helper);
    await panel.waitForSelector('[data-testid="card-kosovo"]');
    await panel.click('[data-testid="card-kosovo"] .card-head');
    await panel.waitForSelector('[data-testid="card-kosovo"] [data-testid="fact"]');
    const text = await panel.$eval('[data-testid="card-kosovo"]', (el) => el.textContent ?? '');
    expect(text).toMatch(/17 Feb(?:ruary)? 2008/);
    expect(text).toMatch(/Disputed/i);
    await panel.screenshot({ path: `${SHOTS}/firefox-sidebar-page.png` });

    // The click lit up Kosovo's mentions in the article.
    await expect
      .poll(() => page.evaluate(() => (CSS.highlights.get('kontekst-mention') as Highlight | undefined)?.size ?? 0), {
        timeout: 10_000,
      })
      .toBeGreaterThan(0);
  });

  test('a page that is not about the Balkans gets no cards', async () => {
    const page = await session.browser.newPage();
    await page.goto(server.article(NOT_BALKANS));
    const helper = await session.openExtensionPage('sidepanel.html');
    const state = await tabState(helper, server.article(NOT_BALKANS));
    expect(state.status).toBe('not-balkans');
    expect(state.cards).toBe(0);
    expect(state.badge).toBe('');
  });
});
