import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from '@/components/App';
import { createPanelState, type PanelDeps } from '@/components/panel-state';
import { send, type RuntimeLike } from '@/lib/protocol/messenger';
import type { TabState } from '@/lib/protocol/tab-state';
import '@/assets/panel.css';

const runtime = browser.runtime as unknown as RuntimeLike;

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
      if (info.url || info.status === 'loading') listener();
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
  async highlight(tabId, entity, index) {
    const result = await send(runtime, 'highlight/show', {
      tabId,
      entityId: entity.id,
      surfaces: entity.surfaces.slice(0, 50),
      index,
    });
    return result.ok ? result.value : { error: result.error.message };
  },
  async clearHighlight(tabId) {
    await send(runtime, 'highlight/clear', { tabId });
  },
};

const panel = createPanelState(deps);
render(<App panel={panel} />, document.getElementById('app')!);
void panel.refresh().then(() => document.body.setAttribute('data-ready', '1'));
