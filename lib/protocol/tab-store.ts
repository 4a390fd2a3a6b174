import type { TabState } from './tab-state';

/** The part of `storage.session` the store uses. */
export interface SessionAreaLike {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export const tabKey = (tabId: number) => `tab:${tabId}`;
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
    /** Forgets what was read in the tab (not what the reader asked for: a reload keeps that). */
    async clear(tabId: number): Promise<void> {
      await area.remove(tabKey(tabId));
    },
    async remove(tabId: number): Promise<void> {
      await area.remove([tabKey(tabId), requestKey(tabId)]);
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
