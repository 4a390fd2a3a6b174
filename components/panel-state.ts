import { computed, signal } from '@preact/signals';
import type { EntityResult } from '@/lib/analysis/types';
import type { KnowledgeBase } from '@/lib/kb';
import type { CoverageResponse, HighlightResult, Responses, SiteStatus } from '@/lib/protocol/protocol';
import type { Settings } from '@/lib/settings/schema';
import type { TabState } from '@/lib/protocol/tab-state';

/** What the panel needs from the browser: passed in, so tests give fakes and the panel stays pure. */
export interface PanelDeps {
  /** The tab the panel follows now. */
  currentTabId(): Promise<number | null>;
  /** Calls back when the reader switches tabs or the tab navigates. */
  onTabChange(listener: () => void): void;
  getState(tabId: number): Promise<TabState>;
  /** Calls back when a tab's state changes in storage. */
  onStateChange(listener: (tabId: number, state: TabState) => void): void;
  highlight(
    tabId: number,
    entity: EntityResult,
    index: number,
    style: Settings['highlightStyle'],
  ): Promise<HighlightResult | { error: string }>;
  clearHighlight(tabId: number): Promise<void>;
  coverage(tabId: number): Promise<CoverageResponse | { error: string }>;
  wiki(name: string): Promise<Responses['wiki/summary']>;
  loadSettings(): Promise<Settings>;
  /** Saves a change; rejects with a message the panel can show. */
  updateSettings(patch: Partial<Settings>): Promise<Settings>;
  onSettingsChange(listener: (settings: Settings) => void): void;
  /** Asks the browser for the look-up hosts (needs the reader's click). True when granted. */
  requestLookups(): Promise<boolean>;
  siteStatus(tabId: number): Promise<SiteStatus>;
  /** Asks for the tab's host (in the reader's click) and enables Kontekst there. */
  enableSite(tabId: number, host: string): Promise<boolean>;
  /** Reads the tab's page once (activeTab): no permission kept, nothing remembered. True when it started. */
  readOnce(tabId: number): Promise<boolean>;
  /** Runs the full analysis of a page the detector turned down and shows its cards (for that page). */
  showAnyway(tabId: number): Promise<boolean>;
}

export interface Highlight {
  key: string;
  index: number;
  count: number;
  error: string | null;
}

/** A stable key for an entity: its knowledge-base id, or its name for one outside the knowledge base. */
export const entityKey = (e: Pick<EntityResult, 'id' | 'name'>) => e.id ?? `x:${e.name}`;

/** The panel's state, one instance per panel (no module singletons). */
export function createPanelState(deps: PanelDeps, kb: KnowledgeBase) {
  const tabId = signal<number | null>(null);
  const state = signal<TabState | null>(null);
  const expanded = signal<string | null>(null);
  const highlight = signal<Highlight | null>(null);
  const loadError = signal<string | null>(null);
  const entities = computed(() => state.value?.analysis?.entities ?? []);
  const settings = signal<Settings | null>(null);
  deps.onSettingsChange((next) => (settings.value = next));

  const reset = () => {
    expanded.value = null;
    highlight.value = null;
  };

  const refresh = async () => {
    try {
      const id = await deps.currentTabId();
      if (id !== tabId.value) reset();
      tabId.value = id;
      const [next, loaded] = await Promise.all([
        id === null ? null : deps.getState(id),
        settings.value ? settings.value : deps.loadSettings().catch(() => null),
      ]);
      state.value = next;
      settings.value = loaded;
      loadError.value = null;
    } catch (error) {
      loadError.value = error instanceof Error ? error.message : String(error);
    }
  };

  deps.onTabChange(() => void refresh());
  deps.onStateChange((id, next) => {
    if (id !== tabId.value) return;
    if (next.url !== state.value?.url || next.updatedAt < (state.value?.updatedAt ?? 0)) reset();
    state.value = next;
  });

  const showMention = async (entity: EntityResult, index: number) => {
    const id = tabId.value;
    if (id === null) return;
    const key = entityKey(entity);
    const result = await deps.highlight(id, entity, index, settings.value?.highlightStyle ?? 'marker');
    // The reader may have closed the card meanwhile.
    if (expanded.value !== key) return;
    highlight.value =
      'error' in result
        ? { key, index: 0, count: 0, error: result.error }
        : { key, index: result.index, count: result.count, error: null };
  };

  const close = async () => {
    const id = tabId.value;
    reset();
    if (id !== null) await deps.clearHighlight(id);
  };

  const toggle = async (entity: EntityResult) => {
    if (expanded.value === entityKey(entity)) return close();
    expanded.value = entityKey(entity);
    highlight.value = null;
    await showMention(entity, 0);
  };

  /** The reader's answer to "look things up online?": asked once, in the panel. */
  const answerLookups = async (allow: boolean) => {
    const granted = allow ? await deps.requestLookups().catch(() => false) : false;
    settings.value = await deps.updateSettings({ networkAsked: true, networkLookups: granted });
  };

  return {
    kb,
    deps,
    settings,
    answerLookups,
    tabId,
    state,
    expanded,
    highlight,
    loadError,
    entities,
    refresh,
    /** Opens a card (and lights up its mentions) or closes it (and clears them). */
    toggle,
    /** Opens the card of an entity on the page by id (from the map, the timeline, a related entity). */
    async open(id: string) {
      const entity = entities.value.find((e) => e.id === id);
      if (!entity) return;
      if (expanded.value !== id) await toggle(entity);
      // Ids are kebab-case ASCII: safe in a selector as they are.
      globalThis.document?.querySelector(`[data-testid="card-${id}"]`)?.scrollIntoView?.({ block: 'nearest' });
    },
    async step(entity: EntityResult, delta: 1 | -1) {
      const current = highlight.value;
      const index = current && current.key === entityKey(entity) ? current.index + delta : 0;
      await showMention(entity, index);
    },
  };
}

export type PanelState = ReturnType<typeof createPanelState>;
