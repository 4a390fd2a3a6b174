import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleMessages, sendToTab, type RuntimeLike, type TabsLike } from '@/lib/protocol/messenger';
import { parseRequest } from '@/lib/protocol/schema';
import { createTabStore, type SessionAreaLike } from '@/lib/protocol/tab-store';
import { idleState, type TabState } from '@/lib/protocol/tab-state';
import { analyserRecords, runAnalyser, warmAnalyser } from './analyser';
import { setupPanelOpening } from './panel';
import { showBadge } from './badge';
import { createNetwork } from './network';
import { readOnce } from './read-once';
import { createReaderSites } from './sites';
import { siteStatus } from '@/lib/sites/host-match';
import { settingsArea, type StorageLike } from '@/lib/settings/browser-area';
import { createSettingsStore } from '@/lib/settings/store';

/** A content script reports about its own page only. */
function sameOrigin(reported: string, sender: string | undefined): boolean {
  try {
    return !!sender && new URL(reported).origin === new URL(sender).origin;
  } catch {
    return false;
  }
}

export default defineBackground({
  type: 'module',
  main() {
    const runtime = browser.runtime as unknown as RuntimeLike;
    const tabs = browser.tabs as unknown as TabsLike;
    const store = createTabStore(browser.storage.session as unknown as SessionAreaLike);
    setupPanelOpening();
    const settings = createSettingsStore(settingsArea(browser.storage as unknown as StorageLike));
    const network = createNetwork(settings);
    const sites = createReaderSites(settings);
    void sites.sync().catch(() => undefined);
    // A permission revoked on the options page (or in the browser's own settings) ends the site's script.
    browser.permissions.onRemoved.addListener(() => void sites.sync().catch(() => undefined));

    /** A newer report for the same tab wins: an older analysis finishing late is dropped. */
    const latest = new Map<number, number>();

    const save = async (tabId: number, state: TabState) => {
      await store.set(tabId, state);
      await showBadge(tabId, state);
    };

    handleMessages(
      runtime,
      {
        async 'page/candidate'({ url, html }, sender) {
          const tabId = sender.tabId!;
          if (sender.frameId !== 0 || !sameOrigin(url, sender.url)) return { accepted: false };
          // A curated site the reader switched off: the page is not read.
          if (siteStatus(new URL(url).hostname, await settings.load()) === 'disabled') {
            await save(tabId, { status: 'idle', url, title: null, analysis: null, error: null, updatedAt: Date.now() });
            return { accepted: false };
          }
          const ticket = Date.now() + Math.random();
          latest.set(tabId, ticket);
          // The reader asked for this page's context anyway (it lasts for the page; another page ends it).
          const asked = await store.requested(tabId);
          const onRequest = asked === url;
          if (asked && !onRequest) await store.request(tabId, null);
          const base = { url, title: null, analysis: null, error: null };
          await save(tabId, { ...base, status: 'analysing', updatedAt: Date.now() });
          /** Saves an analysis (or its error) as the tab's state; false when a newer report took over. */
          const saveResult = async (result: Awaited<ReturnType<typeof runAnalyser>>): Promise<boolean> => {
            if (latest.get(tabId) !== ticket) return false;
            if (!result.ok) {
              await save(tabId, { ...base, status: 'error', error: result.error.message, updatedAt: Date.now() });
              return true;
            }
            const analysis = result.value;
            const status = !analysis ? 'not-article' : analysis.topic.isBalkans || onRequest ? 'ready' : 'not-balkans';
            // Marked as shown on request only where the detector would not have shown it.
            const marked = status === 'ready' && !analysis!.topic.isBalkans ? { onRequest: true } : {};
            await save(tabId, {
              ...base,
              ...marked,
              title: analysis?.title ?? null,
              analysis,
              status,
              updatedAt: Date.now(),
            });
            // A page read once leaves nothing behind, not even in the reader's own history.
            if (analysis && !analysis.namesPending && status === 'ready' && !(await store.wasReadOnce(tabId)))
              void network.record(analysis).catch(() => undefined);
            return true;
          };
          // The cards from the knowledge base first (while the analyser still loads compromise), then the
          // whole analysis with the names outside it; a warm analyser answers whole the first time.
          const first = await runAnalyser(url, html, onRequest, true);
          if (!(await saveResult(first))) return { accepted: false };
          if (first.ok && first.value?.namesPending && !(await saveResult(await runAnalyser(url, html, onRequest))))
            return { accepted: false };
          return { accepted: true };
        },
        async 'page/skip'({ url, reason, title }, sender) {
          const tabId = sender.tabId!;
          if (sender.frameId !== 0 || !sameOrigin(url, sender.url)) return { accepted: false };
          latest.set(tabId, Date.now() + Math.random());
          const asked = await store.requested(tabId);
          if (asked === url) {
            // A reload of a page the reader asked to see anyway: hand it over whatever the gate says.
            await save(tabId, { status: 'analysing', url, title, analysis: null, error: null, updatedAt: Date.now() });
            void sendToTab(tabs, tabId, 'page/rescan', { onRequest: true });
            return { accepted: true };
          }
          if (asked) await store.request(tabId, null);
          const status = reason === 'not-article' ? 'not-article' : 'not-balkans';
          await save(tabId, { status, url, title, analysis: null, error: null, updatedAt: Date.now() });
          return { accepted: true };
        },
        async 'tab/get'({ tabId }) {
          // A page read once sends nothing after it: once the tab shows another page (or one whose address
          // Kontekst may no longer see), what was read there is forgotten, and the panel offers to read again.
          const state = await store.get(tabId);
          if (state && (await store.wasReadOnce(tabId))) {
            const tab = await browser.tabs.get(tabId).catch(() => null);
            if (!tab?.url || tab.url.split('#')[0] !== state.url?.split('#')[0]) {
              await store.endReadOnce(tabId);
              await showBadge(tabId, idleState());
              return idleState();
            }
          }
          return state ?? idleState();
        },
        async 'tab/show-anyway'({ tabId }) {
          const state = await store.get(tabId);
          if (!state?.url || (state.status !== 'not-balkans' && state.status !== 'not-article'))
            return { accepted: false };
          await store.request(tabId, state.url);
          await save(tabId, { ...state, status: 'analysing', updatedAt: Date.now() });
          const asked = await sendToTab(tabs, tabId, 'page/rescan', { onRequest: true });
          if (asked.ok) return { accepted: true };
          await store.request(tabId, null);
          await save(tabId, { ...state, updatedAt: Date.now() });
          return { accepted: false };
        },
        async 'tab/read-once'({ tabId }) {
          const started = await readOnce(tabId);
          if (started) await store.markReadOnce(tabId);
          return { started };
        },
        async 'coverage/get'({ tabId }) {
          const state = await store.get(tabId);
          if (!state?.analysis) throw new Error('No article analysed in this tab');
          return network.coverage(state.analysis);
        },
        'wiki/summary': ({ name }) => network.wiki(name),
        async 'analyser/warm'() {
          await warmAnalyser();
          return { warming: true };
        },
        'kb/records': ({ ids }) => analyserRecords(ids),
        async 'facts/current'({ tabId }) {
          const state = await store.get(tabId);
          if (!state?.analysis) throw new Error('No article analysed in this tab');
          return network.currentFacts(state.analysis);
        },
        async 'site/status'({ tabId }) {
          // Readable when the page is a curated or enabled site, or the reader opened the panel on it (activeTab).
          const tab = await browser.tabs.get(tabId).catch(() => null);
          if (!tab) return { host: null, status: 'unsupported' };
          // The browser hides the address of a page Kontekst has no access to: it can still be read once,
          // after the reader's click on Kontekst's button.
          if (!tab.url) return { host: null, status: 'none' };
          const url = new URL(tab.url);
          if (!/^https?:$/.test(url.protocol)) return { host: null, status: 'unsupported' };
          return { host: url.hostname, status: siteStatus(url.hostname, await settings.load()) };
        },
        async 'site/enable'({ tabId, host }) {
          return { enabled: await sites.enable(tabId, host) };
        },
        async 'highlight/show'({ tabId, surfaces, cues, index, style }) {
          const result = await sendToTab(tabs, tabId, 'page/highlight', { surfaces, cues, index, style });
          if (!result.ok) throw new Error(`The page did not answer: ${result.error.message}`);
          return result.value;
        },
        async 'highlight/clear'({ tabId }) {
          const result = await sendToTab(tabs, tabId, 'page/clear-highlight', {});
          return { cleared: result.ok };
        },
      },
      parseRequest,
    );

    // The worker may have been stopped mid-analysis (MV3 stops idle workers): tabs left "analysing", or
    // with only the quick first analysis, by an earlier run of this worker are asked to look again.
    void (async () => {
      const all = await browser.storage.session.get(null);
      for (const [key, value] of Object.entries(all)) {
        const m = /^tab:(\d+)$/.exec(key);
        const state = value as TabState | undefined;
        const unfinished = state?.status === 'analysing' || !!state?.analysis?.namesPending;
        if (m && unfinished && !latest.has(Number(m[1]))) void sendToTab(tabs, Number(m[1]), 'page/rescan', {});
      }
    })().catch(() => undefined);

    browser.tabs.onRemoved.addListener((tabId) => {
      latest.delete(tabId);
      void store.remove(tabId);
    });

    // A page starts loading on a site Kontekst reads: the analyser loads while the page does, not once the
    // content script hands the page over (at document_idle). The browser shows the address only there.
    browser.tabs.onUpdated.addListener((_tabId, info, tab) => {
      if (info.status !== 'loading' || !tab.url) return;
      void (async () => {
        const url = new URL(tab.url!);
        if (!/^https?:$/.test(url.protocol)) return;
        const testServer = __KONTEKST_LOCAL__ && url.hostname === '127.0.0.1';
        const status = siteStatus(url.hostname, await settings.load());
        if (testServer || status === 'curated' || status === 'enabled') await warmAnalyser();
      })().catch(() => undefined);
    });
  },
});
