import type { Page } from 'playwright-core';
import type { ChromiumSession } from './chromium';
import { isFinal, type TabState } from '../../../lib/protocol/tab-state';

/**
 * The browser's id of the tab showing `url`, from the states the background keeps per tab (the
 * extension has no "tabs" permission, so it cannot read other tabs' URLs).
 */
export async function tabIdOf(session: ChromiumSession, url: string): Promise<number> {
  for (let i = 0; i < 100; i++) {
    const worker = await session.worker();
    const id = await worker.evaluate(async (u) => {
      const all = await chrome.storage.session.get(null);
      const key = Object.keys(all).find((k) => k.startsWith('tab:') && (all[k] as { url?: string }).url === u);
      return key ? Number(key.slice(4)) : null;
    }, url);
    if (id !== null) return id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no tab shows ${url}`);
}

/** Waits until the tab's state (as the background stored it) is final, and returns it. */
export async function settledState(session: ChromiumSession, tabId: number, timeout = 30_000): Promise<TabState> {
  const until = Date.now() + timeout;
  let last: TabState | null = null;
  while (Date.now() < until) {
    const worker = await session.worker();
    last = (await worker.evaluate(
      async (key) => (await chrome.storage.session.get(key))[key] ?? null,
      `tab:${tabId}`,
    )) as TabState | null;
    if (last && isFinal(last)) return last;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`tab ${tabId} did not settle: ${JSON.stringify(last?.status)}`);
}

export async function badgeText(session: ChromiumSession, tabId: number): Promise<string> {
  const worker = await session.worker();
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Opens the side panel's page for a tab, as a tab of its own. */
export async function openPanel(
  session: ChromiumSession,
  tabId: number,
  size = { width: 380, height: 900 },
): Promise<Page> {
  const panel = await session.context.newPage();
  await panel.setViewportSize(size);
  await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tab=${tabId}`);
  await panel.waitForSelector('body[data-ready="1"]', { state: 'attached' });
  return panel;
}
