import { browser } from 'wxt/browser';
import { originOf } from '@/lib/sites/host-match';
import type { SettingsStore } from '@/lib/settings/store';

const SCRIPT_ID = 'kontekst-reader-sites';
/** The content script's file, registered for enabled sites and injected to read a page once. */
export const CONTENT_SCRIPT = '/article.js';

/**
 * Sites the reader enabled beyond the curated list: each needs the browser's permission for its host
 * (asked in the panel, revocable on the options page), and is served by one registered content script.
 */
export function createReaderSites(settings: SettingsStore) {
  /** Registers the content script for every enabled site whose permission is still granted. */
  const sync = async () => {
    const { extraSites } = await settings.load();
    const granted: string[] = [];
    for (const host of extraSites)
      if (await browser.permissions.contains({ origins: [originOf(host)] }).catch(() => false))
        granted.push(originOf(host));
    await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] }).catch(() => undefined);
    if (granted.length === 0) return;
    await browser.scripting.registerContentScripts([
      { id: SCRIPT_ID, matches: granted, js: [CONTENT_SCRIPT], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  };

  return {
    sync,
    /** After the panel got the permission for the tab's host: remember the site and read the page now. */
    async enable(tabId: number, host: string): Promise<boolean> {
      if (!(await browser.permissions.contains({ origins: [originOf(host)] }))) return false;
      const current = await settings.load();
      if (!current.extraSites.includes(host)) await settings.update({ extraSites: [...current.extraSites, host] });
      await sync();
      await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
      return true;
    },
  };
}
