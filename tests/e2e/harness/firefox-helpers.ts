import type { Page } from 'puppeteer-core';
import type { FirefoxSession } from './firefox';

/**
 * Waits until the background has a final state for the tab showing `url`, asked from one of the
 * extension's own pages, and returns the tab's id (the extension has no "tabs" permission to look it up).
 */
export async function firefoxTabId(helper: Page, url: string, timeout = 30_000): Promise<number> {
  const until = Date.now() + timeout;
  for (;;) {
    const found = await helper.evaluate(async (u: string) => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      const all = await api.storage.session.get(null);
      const key = Object.keys(all).find((k) => k.startsWith('tab:') && (all[k] as { url?: string }).url === u);
      return key ? { tabId: Number(key.slice(4)), status: (all[key] as { status: string }).status } : null;
    }, url);
    if (found && found.status !== 'analysing' && found.status !== 'idle') return found.tabId;
    if (Date.now() > until) throw new Error(`no settled state for ${url}: ${JSON.stringify(found)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Opens a page at `url` and the sidebar's page pinned to its tab, once the tab's analysis is final. */
export async function firefoxPanelFor(session: FirefoxSession, url: string): Promise<{ page: Page; panel: Page }> {
  const page = await session.browser.newPage();
  await page.goto(url);
  const helper = await session.openExtensionPage('sidepanel.html');
  const tabId = await firefoxTabId(helper, url);
  const panel = await session.openExtensionPage(`sidepanel.html?tab=${tabId}`, helper);
  await panel.waitForSelector('body[data-ready="1"]');
  return { page, panel };
}
