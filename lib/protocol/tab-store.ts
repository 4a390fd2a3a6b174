import type { TabState } from './tab-state';

/** The part of `storage.session` the store uses. */
export interface SessionAreaLike {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export const tabKey = (tabId: number) => `tab:${tabId}`;
/** A tab whose page was read once (activeTab): its state ends with the page. */
export const onceKey = (tabId: number) => `once:${tabId}`;
/** The page of a tab whose context the reader asked for anyway. */
export const requestKey = (tabId: number) => `request:${tabId}`;

/**
 * The latest state per tab, in session storage: it outlives the MV3 worker (stopped after ~30 s idle)
 * and goes with the browser session; nothing about the pages read is written to disk.
 */
export function createTabStore(area: SessionAreaLike) {
  return {
    async get(tabId: number): Promise<TabState | null> {
      const key = tabKey(tabId);
      const value = (await area.get(key))[key];
      return value && typeof value === 'object' ? (value as TabState) : null;
    },
    async set(tabId: number, state: TabState): Promise<void> {
      await area.set({ [tabKey(tabId)]: state });
    },
    /** Marks the tab's page as read once (activeTab): what is read there ends with the page. */
    async markReadOnce(tabId: number): Promise<void> {
      await area.set({ [onceKey(tabId)]: true });
    },
    async wasReadOnce(tabId: number): Promise<boolean> {
      return (await area.get(onceKey(tabId)))[onceKey(tabId)] === true;
    },
    /** The tab left the page read once: what was read there is forgotten. */
    async endReadOnce(tabId: number): Promise<void> {
      await area.remove([tabKey(tabId), onceKey(tabId)]);
    },
    async remove(tabId: number): Promise<void> {
      await area.remove([tabKey(tabId), requestKey(tabId), onceKey(tabId)]);
    },
    /** The URL the reader asked to see the context of anyway in this tab (it lasts for that page). */
    async requested(tabId: number): Promise<string | null> {
      const value = (await area.get(requestKey(tabId)))[requestKey(tabId)];
      return typeof value === 'string' ? value : null;
    },
    async request(tabId: number, url: string | null): Promise<void> {
      if (url) await area.set({ [requestKey(tabId)]: url });
      else await area.remove(requestKey(tabId));
    },
  };
}
