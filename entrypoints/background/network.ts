import { browser } from 'wxt/browser';
import { fetchLoader, kbRecords } from '@/lib/kb/store';
import { COVERAGE_ORIGINS, WIKIDATA_ORIGINS } from '@/lib/related/lookup-hosts';
import type { Analysis } from '@/lib/analysis/types';
import type { CoverageResponse, CurrentFactsResponse } from '@/lib/protocol/protocol';
import { createWikidataClient, WIKIDATA_API, type CacheStore, type WikidataClient } from '@/lib/wikidata/client';
import { differences, planChecks } from '@/lib/wikidata/facts';
import { createCoverageClient } from '@/lib/related/client';
import { buildGdeltQuery, GDELT_DOC_API } from '@/lib/related/gdelt-query';
import { groupCoverage } from '@/lib/related/group';
import { createReadingHistory } from '@/lib/related/history';
import { curatedLinks } from '@/lib/related/outlets';
import type { SettingsStore } from '@/lib/settings/store';
import { API_USER_AGENT, parseWikiSummary, summaryUrl, WIKIPEDIA_SUMMARY, type WikiSummary } from '@/lib/wiki/summary';

// Records of the entities a look-up names, read from the extension's knowledge-base files when needed.
const kb = kbRecords(fetchLoader((path) => browser.runtime.getURL(path as '/')).shard);
/** Loads records; one that cannot be read leaves the look-up to the names the analysis has. */
const loadRecords = (ids: Iterable<string>) => kb.load(ids).catch(() => false);

/**
 * The end-to-end build may point the look-ups at a stand-in server on 127.0.0.1 (through extension
 * storage, which no page can write); the store build always asks the real services.
 */
async function baseUrls(): Promise<{ gdelt: string; wiki: string; wikidata: string }> {
  if (!__KONTEKST_LOCAL__) return { gdelt: GDELT_DOC_API, wiki: WIKIPEDIA_SUMMARY, wikidata: WIKIDATA_API };
  const stored = await browser.storage.local.get(['test:gdeltBase', 'test:wikiBase', 'test:wikidataBase']);
  return {
    gdelt: typeof stored['test:gdeltBase'] === 'string' ? stored['test:gdeltBase'] : GDELT_DOC_API,
    wiki: typeof stored['test:wikiBase'] === 'string' ? stored['test:wikiBase'] : WIKIPEDIA_SUMMARY,
    wikidata: typeof stored['test:wikidataBase'] === 'string' ? stored['test:wikidataBase'] : WIKIDATA_API,
  };
}

/** Look-ups happen only when the reader allowed them and the browser granted the hosts. */
async function lookupsAllowed(settings: SettingsStore, origins = COVERAGE_ORIGINS): Promise<boolean> {
  const { networkLookups } = await settings.load();
  if (!networkLookups) return false;
  if (__KONTEKST_LOCAL__) return true;
  const wanted = {
    origins,
    ...(import.meta.env.BROWSER === 'firefox' ? { data_collection: ['websiteContent'] } : {}),
  } as Parameters<typeof browser.permissions.contains>[0];
  return browser.permissions.contains(wanted).catch(() => false);
}

/** Wikidata's answers outlive the worker (MV3 stops it when idle): kept in extension storage. */
const storageCache: CacheStore = {
  get: async (key) => (await browser.storage.local.get(key))[key],
  set: (key, value) => browser.storage.local.set({ [key]: value }),
};

const send = (
  url: string,
  init: { signal: AbortSignal; credentials: 'omit'; referrerPolicy: 'no-referrer'; headers?: Record<string, string> },
) => fetch(url, { ...init, cache: 'no-store' });

export function createNetwork(settings: SettingsStore) {
  const coverage = createCoverageClient({ fetch: send });
  const history = createReadingHistory(browser.storage.local as unknown as Parameters<typeof createReadingHistory>[0]);
  const wikiCache = new Map<string, { at: number; value: WikiSummary }>();
  // Made on first use: the base URL (a stand-in in the test build) is read from storage then.
  let wikidata: { base: string; client: WikidataClient } | null = null;
  const wikidataClient = async () => {
    const { wikidata: base } = await baseUrls();
    if (wikidata?.base !== base)
      wikidata = { base, client: createWikidataClient({ fetch: send, baseUrl: base, cache: storageCache }) };
    return wikidata.client;
  };

  return {
    /** Remembers a read article (when the reader keeps a history): its address, headline, date and entities. */
    async record(analysis: Analysis): Promise<void> {
      if (!analysis.url || !(await settings.load()).history) return;
      await history.record({
        url: analysis.url,
        title: analysis.title ?? analysis.url,
        publishedAt: analysis.publishedAt,
        readAt: Date.now(),
        entityIds: analysis.entities.flatMap((e) => (e.id ? [e.id] : [])).slice(0, 50),
      });
    },

    async coverage(analysis: Analysis): Promise<CoverageResponse> {
      const ids = analysis.entities.flatMap((e) => (e.id ? [e.id] : []));
      await loadRecords(ids);
      const curated = analysis.entities
        .filter((e) => e.id && e.type !== 'event')
        .slice(0, 3)
        .flatMap((e) => {
          const entity = kb.get(e.id!);
          return entity ? [{ entityId: entity.id, entityName: entity.name, links: curatedLinks(entity) }] : [];
        });
      const { history: historyEnabled } = await settings.load();
      const earlier = historyEnabled ? await history.related(ids, analysis.url, 8) : [];
      const base = { curated, history: earlier, historyEnabled };
      if (!(await lookupsAllowed(settings))) return { ...base, live: { status: 'off' }, sentTerms: [] };
      const { gdelt } = await baseUrls();
      const query = buildGdeltQuery(analysis, kb, { now: Date.now(), baseUrl: gdelt });
      if (!query.ok) return { ...base, live: { status: query.reason }, sentTerms: [] };
      const result = await coverage.get(query.url, analysis.url);
      if (!result.ok)
        return {
          ...base,
          live: { status: 'error', error: result.error, message: result.message },
          sentTerms: query.sentTerms,
        };
      return {
        ...base,
        live: { status: 'ok', groups: groupCoverage(result.items), total: result.items.length },
        sentTerms: query.sentTerms,
      };
    },

    /** Wikidata's current value of the shown cards' changing facts, where it differs from the bundled one. */
    async currentFacts(analysis: Analysis): Promise<CurrentFactsResponse> {
      await loadRecords(analysis.cards.map((c) => c.id));
      const shown = analysis.cards.flatMap((c) => kb.get(c.id) ?? []);
      const plan = planChecks(shown);
      if (!(await lookupsAllowed(settings, WIKIDATA_ORIGINS)))
        return { status: 'off', checks: [], sentIds: [], labelIds: [] };
      if (plan.ask.length === 0) return { status: 'none', checks: [], sentIds: [], labelIds: [] };
      const sentIds = plan.ask.map((a) => a.id);
      const result = await (await wikidataClient()).current(plan.ask);
      if (!result.ok) return { status: 'error', error: result.error, checks: [], sentIds, labelIds: [] };
      return {
        status: 'ok',
        checks: differences(plan, result, (id) => kb.get(id)?.name),
        sentIds,
        labelIds: result.labelIds,
      };
    },

    async wiki(name: string): Promise<WikiSummary | { ok: false; error: 'off'; message: string }> {
      if (!(await lookupsAllowed(settings))) return { ok: false, error: 'off', message: 'Look-ups are off' };
      const cached = wikiCache.get(name);
      if (cached && Date.now() - cached.at < 60 * 60_000) return cached.value;
      const { wiki } = await baseUrls();
      try {
        const response = await fetch(summaryUrl(name, wiki), {
          headers: { 'Api-User-Agent': API_USER_AGENT },
          credentials: 'omit',
          referrerPolicy: 'no-referrer',
          signal: AbortSignal.timeout(8000),
        });
        const value = parseWikiSummary(response.status, await response.text(), name);
        if (value.ok) wikiCache.set(name, { at: Date.now(), value });
        return value;
      } catch (error) {
        return { ok: false, error: 'unavailable', message: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}
