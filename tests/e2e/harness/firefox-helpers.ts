import type { Page } from 'puppeteer-core';
import { isFinal, type TabState } from '../../../lib/protocol/tab-state';
import type { FirefoxSession } from './firefox';

/*
 * What the Chromium suites ask the service worker, asked here from one of the extension's own pages
 * (Firefox has no worker to evaluate in; its MV3 background is an event page BiDi does not expose, but any
 * moz-extension:// page has the same `browser.*` APIs).
 */

const helpers = new WeakMap<FirefoxSession, Promise<Page>>();

/**
 * An extension page kept open per session, to call extension APIs from: the options page, which shows no
 * tab and so asks for no look-up. Opening it first closes the sidebar Firefox opens at install.
 */
export function extensionPage(session: FirefoxSession): Promise<Page> {
  let helper = helpers.get(session);
  if (!helper) {
    helper = session.openExtensionPage('options.html').then(async (page) => {
      await closeSidebar(page);
      return page;
    });
    helpers.set(session, helper);
  }
  return helper;
}

type Sidebar = { sidebarAction: { isOpen(o: object): Promise<boolean>; close(): Promise<void> } };

/**
 * Firefox opens an extension's sidebar when it is installed; that sidebar follows the active tab and
 * asks for its coverage like any panel, which would put requests of its own in a test's log. The tests
 * drive the panel's page as a tab (as the Chromium suites do), so the sidebar is closed — by a real click,
 * since `sidebarAction.close()` must come from the reader's input.
 */
async function closeSidebar(helper: Page): Promise<void> {
  const isOpen = () =>
    helper.evaluate(() => (globalThis as unknown as { browser: Sidebar }).browser.sidebarAction.isOpen({}));
  if (!(await isOpen())) return;
  await helper.evaluate(() => {
    const button = document.createElement('button');
    button.id = 'test-close-sidebar';
    button.textContent = 'Close the sidebar';
    button.style.cssText = 'position:fixed;top:0;left:0;z-index:2147483647;width:200px;height:50px';
    button.addEventListener('click', () => {
      void (globalThis as unknown as { browser: Sidebar }).browser.sidebarAction.close();
    });
    document.body.append(button);
  });
  await helper.click('#test-close-sidebar');
  await helper.waitForFunction(
    async () => !(await (globalThis as unknown as { browser: Sidebar }).browser.sidebarAction.isOpen({})),
  );
  await helper.evaluate(() => document.getElementById('test-close-sidebar')?.remove());
}

/**
 * Runs `fn(arg)` in an extension page, where `chrome.*` is the extension API (Firefox's MV3 `chrome` returns
 * promises). `fn` is serialised: it must be self-contained.
 */
export async function inExtension<A, R>(session: FirefoxSession, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
  const helper = await extensionPage(session);
  return (await helper.evaluate(fn as (a: unknown) => Promise<unknown>, arg)) as R;
}

export const setStorage = (session: FirefoxSession, items: Record<string, unknown>) =>
  inExtension(session, (i) => chrome.storage.local.set(i), items);

/** Every tab state the background keeps, by tab id. */
export async function tabStates(session: FirefoxSession): Promise<Map<number, TabState>> {
  const all = await inExtension(session, () => chrome.storage.session.get(null), null);
  return new Map(
    Object.entries(all as Record<string, TabState>)
      .filter(([k]) => k.startsWith('tab:'))
      .map(([k, v]) => [Number(k.slice(4)), v]),
  );
}

export const stateOfTab = async (session: FirefoxSession, tabId: number): Promise<TabState | null> =>
  (await tabStates(session)).get(tabId) ?? null;

const settled = (s: TabState | null | undefined): s is TabState => isFinal(s);

/** The id of the tab showing `url`, from the states the background keeps (the extension has no "tabs" permission). */
export async function tabIdOf(session: FirefoxSession, url: string, timeout = 30_000): Promise<number> {
  const until = Date.now() + timeout;
  for (;;) {
    for (const [id, s] of await tabStates(session)) if (s.url === url) return id;
    if (Date.now() > until) throw new Error(`no tab shows ${url}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until the tab's state is final, and returns it. */
export async function settledState(session: FirefoxSession, tabId: number, timeout = 30_000): Promise<TabState> {
  const until = Date.now() + timeout;
  let last: TabState | null = null;
  for (;;) {
    last = await stateOfTab(session, tabId);
    if (settled(last)) return last;
    if (Date.now() > until) throw new Error(`tab ${tabId} did not settle: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** Waits for the settled state of the tab showing `url`. */
export async function stateOf(
  session: FirefoxSession,
  url: string,
  timeout = 30_000,
): Promise<{ tabId: number; state: TabState }> {
  const tabId = await tabIdOf(session, url, timeout);
  return { tabId, state: await settledState(session, tabId, timeout) };
}

export const badgeText = (session: FirefoxSession, tabId: number) =>
  inExtension(session, (id) => chrome.action.getBadgeText({ tabId: id }), tabId);

/** Opens `url` in a new tab made by the extension (so its id is known even where no state is kept). */
export async function openTab(session: FirefoxSession, url: string): Promise<{ tabId: number; page: Page }> {
  const target = session.browser.waitForTarget((t) => t.url() === url);
  const tabId = await inExtension(session, async (u) => (await chrome.tabs.create({ url: u })).id!, url);
  const page = (await (await target).page())!;
  return { tabId, page };
}

/** Opens the panel's page for a tab, as a tab of its own (what the sidebar shows), and waits for its first render. */
export async function openPanel(
  session: FirefoxSession,
  tabId: number,
  size = { width: 380, height: 900 },
): Promise<Page> {
  const panel = await session.browser.newPage();
  await panel.setViewport(size);
  await session.openExtensionPage(`sidepanel.html?tab=${tabId}`, panel);
  await panel.waitForSelector('body[data-ready="1"]');
  return panel;
}

/** The text of the first element matching `selector`, or null. */
export const textOf = (page: Page, selector: string) =>
  page.evaluate((s: string) => document.querySelector(s)?.textContent ?? null, selector);

export const countOf = (page: Page, selector: string) =>
  page.evaluate((s: string) => document.querySelectorAll(s).length, selector);

/** How many ranges the article's mention highlight holds (CSS Custom Highlight API). */
export const mentionsLit = (page: Page) =>
  page.evaluate(() => (CSS.highlights.get('kontekst-mention') as Highlight | undefined)?.size ?? 0);

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
      const state = all[key ?? ''] as { status: string; analysis: { namesPending?: true } | null } | undefined;
      return key && state
        ? { tabId: Number(key.slice(4)), status: state.status, pending: !!state.analysis?.namesPending }
        : null;
    }, url);
    if (found && found.status !== 'analysing' && found.status !== 'idle' && !found.pending) return found.tabId;
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
