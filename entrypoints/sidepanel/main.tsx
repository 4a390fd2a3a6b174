import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from '@/components/App';
import { createTranslate, loadCatalog, pickLanguage, TranslateContext } from '@/components/i18n';
import { createPanelState, type PanelDeps } from '@/components/panel-state';
import { fetchLoader, kbRecords } from '@/lib/kb/store';
import { send, type RuntimeLike } from '@/lib/protocol/messenger';
import { MAX_CUES } from '@/lib/protocol/schema';
import { LOOKUP_ORIGINS } from '@/lib/related/lookup-hosts';
import type { TabState } from '@/lib/protocol/tab-state';
import { settingsArea, type StorageLike } from '@/lib/settings/browser-area';
import { createSettingsStore } from '@/lib/settings/store';
import '@/assets/panel.css';
import '@/assets/map.css';

const runtime = browser.runtime as unknown as RuntimeLike;
// The reader opened the panel: the analyser loads now, not when the next page hands over.
void send(runtime, 'analyser/warm', {});
const settings = createSettingsStore(settingsArea(browser.storage as unknown as StorageLike));

// The panel follows the active tab of its window; `?tab=<id>` pins it to one tab (tests, and a panel
// opened as a page).
const pinned = Number(new URLSearchParams(location.search).get('tab'));

const deps: PanelDeps = {
  async currentTabId() {
    if (Number.isInteger(pinned) && pinned > 0) return pinned;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id ?? null;
  },
  onTabChange(listener) {
    browser.tabs.onActivated.addListener(() => listener());
    browser.tabs.onUpdated.addListener((_id, info) => {
      if (info.status === 'loading') listener();
    });
  },
  async getState(tabId) {
    const result = await send(runtime, 'tab/get', { tabId });
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  },
  onStateChange(listener) {
    browser.storage.session.onChanged.addListener((changes) => {
      for (const [key, change] of Object.entries(changes)) {
        const m = /^tab:(\d+)$/.exec(key);
        if (m && change.newValue) listener(Number(m[1]), change.newValue as TabState);
      }
    });
  },
  async highlight(tabId, target, index, style) {
    const result = await send(runtime, 'highlight/show', {
      tabId,
      entityId: target.id,
      style,
      surfaces: target.surfaces.slice(0, 50),
      // The analysis's own mentions: the page lights up exactly those the card counts.
      cues: target.cues?.slice(0, MAX_CUES),
      index,
    });
    return result.ok ? result.value : { error: result.error.message };
  },
  async clearHighlight(tabId) {
    await send(runtime, 'highlight/clear', { tabId });
  },
  async coverage(tabId) {
    const result = await send(runtime, 'coverage/get', { tabId });
    return result.ok ? result.value : { error: result.error.message };
  },
  async currentFacts(tabId) {
    const result = await send(runtime, 'facts/current', { tabId });
    return result.ok ? result.value : { error: result.error.message };
  },
  async wiki(name) {
    const result = await send(runtime, 'wiki/summary', { name });
    return result.ok ? result.value : { ok: false, error: 'unavailable', message: result.error.message };
  },
  loadSettings: () => settings.load(),
  updateSettings: (patch) => settings.update(patch),
  onSettingsChange: (listener) => void settings.subscribe(listener),
  // Must run inside the reader's click: browsers grant host permissions only in a user gesture.
  requestLookups: () =>
    browser.permissions.request({
      origins: LOOKUP_ORIGINS,
      // Firefox's built-in consent: names found in articles are website content sent to a service.
      ...(import.meta.env.BROWSER === 'firefox' ? { data_collection: ['websiteContent'] } : {}),
    } as Parameters<typeof browser.permissions.request>[0]),
  async siteStatus(tabId) {
    const result = await send(runtime, 'site/status', { tabId });
    return result.ok ? result.value : { host: null, status: 'unsupported' };
  },
  async enableSite(tabId, host) {
    // The request must come first, inside the reader's click.
    if (!(await browser.permissions.request({ origins: [`*://${host}/*`] }).catch(() => false))) return false;
    const result = await send(runtime, 'site/enable', { tabId, host });
    return result.ok && result.value.enabled;
  },
  async readOnce(tabId) {
    const result = await send(runtime, 'tab/read-once', { tabId });
    return result.ok && result.value.started;
  },
  async showAnyway(tabId) {
    const result = await send(runtime, 'tab/show-anyway', { tabId });
    return result.ok && result.value.accepted;
  },
};

async function main() {
  // The cards' records: from the analyser, which has just read them, else from the knowledge-base files.
  const kb = kbRecords(fetchLoader((path) => browser.runtime.getURL(path as '/')).shard, async (ids) => {
    const result = await send(runtime, 'kb/records', { ids: ids.slice(0, 500) });
    return result.ok ? result.value.records : [];
  });
  const panel = createPanelState(deps, kb);
  const root = document.getElementById('app')!;
  const show = async (uiLanguage: string) => {
    const language = pickLanguage(uiLanguage, browser.i18n.getUILanguage());
    document.documentElement.lang = language;
    const t = createTranslate(await loadCatalog(language, (path) => browser.runtime.getURL(path as '/')));
    render(
      <TranslateContext.Provider value={t}>
        <App panel={panel} />
      </TranslateContext.Provider>,
      root,
    );
  };
  // State and settings first, then one render: no flash of an empty panel.
  const [initial] = await Promise.all([settings.load().catch(() => null), panel.refresh()]);
  await show(initial?.uiLanguage ?? 'auto');
  // A language chosen on the options page applies here at once.
  settings.subscribe((next) => void show(next.uiLanguage));
  document.body.setAttribute('data-ready', '1');
}

void main();
