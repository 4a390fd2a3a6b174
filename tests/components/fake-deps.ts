import { vi } from 'vitest';
import type { PanelDeps } from '@/components/panel-state';
import type { CoverageResponse } from '@/lib/protocol/protocol';
import type { TabState } from '@/lib/protocol/tab-state';
import { defaultSettings, type Settings } from '@/lib/settings/schema';

/** Browser dependencies of the panel, faked in memory: every call recorded. */
export function fakeDeps(state: TabState, overrides: Partial<PanelDeps> = {}) {
  let settings: Settings = defaultSettings();
  const listeners: ((s: Settings) => void)[] = [];
  const coverage: CoverageResponse = {
    live: { status: 'off' },
    sentTerms: [],
    curated: [],
    history: [],
    historyEnabled: true,
  };
  const deps = {
    currentTabId: async () => 4,
    onTabChange: () => undefined,
    getState: async () => state,
    onStateChange: () => undefined,
    highlight: vi.fn(async () => ({ count: 3, index: 0, method: 'highlight-api' as const })),
    clearHighlight: vi.fn(async () => undefined),
    coverage: vi.fn(async () => coverage),
    currentFacts: vi.fn(async () => ({ status: 'off' as const, checks: [], sentIds: [], labelIds: [] })),
    wiki: vi.fn(async () => ({ ok: true as const, kind: 'not-found' as const, title: 'x' })),
    loadSettings: async () => settings,
    updateSettings: vi.fn(async (patch: Partial<Settings>) => {
      settings = { ...settings, ...patch };
      listeners.forEach((l) => l(settings));
      return settings;
    }),
    onSettingsChange: (l: (s: Settings) => void) => void listeners.push(l),
    requestLookups: vi.fn(async () => true),
    siteStatus: vi.fn(async () => ({ host: 'news.example.org', status: 'none' as const })),
    enableSite: vi.fn(async () => true),
    readOnce: vi.fn(async () => true),
    showAnyway: vi.fn(async () => true),
    ...overrides,
  };
  return deps satisfies PanelDeps;
}

export const stateOf = (status: TabState['status'], extra: Partial<TabState> = {}): TabState => ({
  status,
  url: 'https://news.example/a',
  title: null,
  analysis: null,
  error: null,
  updatedAt: 0,
  ...extra,
});
