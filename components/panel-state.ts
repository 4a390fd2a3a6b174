import { computed, signal } from '@preact/signals';
import type { EntityResult } from '@/lib/analysis/types';
import type { HighlightResult } from '@/lib/protocol/protocol';
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
  highlight(tabId: number, entity: EntityResult, index: number): Promise<HighlightResult | { error: string }>;
  clearHighlight(tabId: number): Promise<void>;
}

export interface Highlight {
  entityId: string;
  index: number;
  count: number;
  error: string | null;
}

/** The panel's state, one instance per panel (no module singletons). */
export function createPanelState(deps: PanelDeps) {
  const tabId = signal<number | null>(null);
  const state = signal<TabState | null>(null);
  const expanded = signal<string | null>(null);
  const highlight = signal<Highlight | null>(null);
  const loadError = signal<string | null>(null);
  const entities = computed(() => state.value?.analysis?.entities ?? []);

  const refresh = async () => {
    try {
      const id = await deps.currentTabId();
      if (id !== tabId.value) {
        expanded.value = null;
        highlight.value = null;
      }
      tabId.value = id;
      state.value = id === null ? null : await deps.getState(id);
      loadError.value = null;
    } catch (error) {
      loadError.value = error instanceof Error ? error.message : String(error);
    }
  };

  deps.onTabChange(() => void refresh());
  deps.onStateChange((id, next) => {
    if (id !== tabId.value) return;
    if (next.url !== state.value?.url) {
      expanded.value = null;
      highlight.value = null;
    }
    state.value = next;
  });

  const showMention = async (entity: EntityResult, index: number) => {
    const id = tabId.value;
    if (id === null || !entity.id) return;
    const result = await deps.highlight(id, entity, index);
    highlight.value =
      'error' in result
        ? { entityId: entity.id, index: 0, count: 0, error: result.error }
        : { entityId: entity.id, index: result.index, count: result.count, error: null };
  };

  return {
    tabId,
    state,
    expanded,
    highlight,
    loadError,
    entities,
    refresh,
    /** Opens a card (and lights up its mentions) or closes it (and clears them). */
    async toggle(entity: EntityResult) {
      const id = tabId.value;
      if (expanded.value === entity.id) {
        expanded.value = null;
        highlight.value = null;
        if (id !== null) await deps.clearHighlight(id);
        return;
      }
      expanded.value = entity.id;
      await showMention(entity, 0);
    },
    async step(entity: EntityResult, delta: 1 | -1) {
      const current = highlight.value;
      const index = current && current.entityId === entity.id ? current.index + delta : 0;
      await showMention(entity, index);
    },
  };
}

export type PanelState = ReturnType<typeof createPanelState>;
