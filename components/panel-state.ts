import { computed, signal } from '@preact/signals';
import type { EntityResult } from '@/lib/analysis/types';
import type { TermUse } from '@/lib/terms/find-terms';
import type { KnowledgeBase } from '@/lib/kb/knowledge-base';
import type {
  CoverageResponse,
  CurrentFactsResponse,
  HighlightResult,
  Responses,
  SiteStatus,
} from '@/lib/protocol/protocol';
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
    target: HighlightTarget,
    index: number,
    style: Settings['highlightStyle'],
  ): Promise<HighlightResult | { error: string }>;
  clearHighlight(tabId: number): Promise<void>;
  coverage(tabId: number): Promise<CoverageResponse | { error: string }>;
  /** Wikidata's current values for the tab's cards (nothing is sent unless look-ups are allowed). */
  currentFacts(tabId: number): Promise<CurrentFactsResponse | { error: string }>;
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

/** What the page lights up: an entity's spellings, or a contested term's (with the entity it belongs to). */
/** What the page lights up: an entity's mentions (with the analysis's own cues), or a contested term's spellings. */
export type HighlightTarget = Pick<EntityResult, 'id' | 'surfaces' | 'cues'>;

export interface Highlight {
  key: string;
  index: number;
  count: number;
  error: string | null;
}

/** A stable key for an entity: its knowledge-base id, or its name for one outside the knowledge base. */
export const entityKey = (e: Pick<EntityResult, 'id' | 'name'>) => e.id ?? `x:${e.name}`;

/** A stable key for a contested term the article uses (its entity and wording). */
export const termKey = (t: Pick<TermUse, 'entityId' | 'term'>) => `term:${t.entityId}:${t.term}`;
const termTarget = (t: TermUse): HighlightTarget => ({ id: t.entityId, surfaces: t.surfaces });

/** The panel's state, one instance per panel (no module singletons). */
/**
 * The knowledge base as the panel reads it: `get` synchronously while rendering; `load` (where the records
 * are fetched on demand) is awaited for a tab's cards before its state is shown, so that the cards, the
 * figures, the timeline and the map render whole, with nothing moving afterwards.
 */
export type PanelKb = Pick<KnowledgeBase, 'get'> & { load?(ids: Iterable<string>): Promise<unknown> };

/**
 * The records a tab's panel shows: its entities' (awaited), then what their cards link to (named only in
 * an open card's "related" list: loaded after, `onLinked` once they are in).
 */
async function loadFor(kb: PanelKb, next: TabState | null, onLinked: () => void) {
  const entities = next?.analysis?.entities ?? [];
  if (!kb.load || entities.length === 0) return;
  const ids = entities.flatMap((e) => (e.id ? [e.id] : []));
  try {
    await kb.load(ids);
  } catch {
    // A record that cannot be read leaves its card to the analysis' own name, summary and facts.
    return;
  }
  const linked = ids.flatMap((id) => {
    const e = kb.get(id);
    return [...(e?.relations ?? []), ...(e?.type === 'place' ? (e.within ?? []) : [])].map((r) => r.to);
  });
  void kb.load(linked).then(onLinked, () => undefined);
}

export function createPanelState(deps: PanelDeps, kb: PanelKb) {
  const tabId = signal<number | null>(null);
  const state = signal<TabState | null>(null);
  const expanded = signal<string | null>(null);
  const highlight = signal<Highlight | null>(null);
  const loadError = signal<string | null>(null);
  const entities = computed(() => state.value?.analysis?.entities ?? []);
  const settings = signal<Settings | null>(null);
  /** Wikidata's word on the changing facts of this tab's cards, once asked. */
  const currentFacts = signal<CurrentFactsResponse | null>(null);
  /** Bumped when linked records arrive: whatever read the knowledge base while rendering renders again. */
  const records = signal(0);
  const onLinked = () => void records.value++;
  const reader: Pick<KnowledgeBase, 'get'> = { get: (id) => (void records.value, kb.get(id)) };
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
        id === null ? null : deps.getState(id).then(async (s) => (await loadFor(kb, s, onLinked), s)),
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
  let arrivals = 0;
  deps.onStateChange((id, next) => {
    if (id !== tabId.value) return;
    const arrival = ++arrivals;
    void loadFor(kb, next, onLinked).then(() => {
      // A later state came while this one's records loaded: that one is shown.
      if (arrival !== arrivals || id !== tabId.value) return;
      if (next.url !== state.value?.url || next.updatedAt < (state.value?.updatedAt ?? 0)) reset();
      state.value = next;
    });
  });

  const showMention = async (key: string, target: HighlightTarget, index: number) => {
    const id = tabId.value;
    if (id === null) return;
    const result = await deps.highlight(id, target, index, settings.value?.highlightStyle ?? 'marker');
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

  /** One thing open at a time, a card or a term: opening lights it up, opening it again clears. */
  const toggleKey = async (key: string, target: HighlightTarget) => {
    if (expanded.value === key) return close();
    expanded.value = key;
    highlight.value = null;
    await showMention(key, target, 0);
  };
  const toggle = (entity: EntityResult) => toggleKey(entityKey(entity), entity);

  const stepKey = async (key: string, target: HighlightTarget, delta: 1 | -1) => {
    const current = highlight.value;
    const index = current && current.key === key ? current.index + delta : 0;
    await showMention(key, target, index);
  };

  /** The reader's answer to "look things up online?": asked once, in the panel. */
  const answerLookups = async (allow: boolean) => {
    const granted = allow ? await deps.requestLookups().catch(() => false) : false;
    settings.value = await deps.updateSettings({ networkAsked: true, networkLookups: granted });
  };

  /** Asks (again) for Wikidata's current values: on a new article and when look-ups are switched. */
  const loadCurrentFacts = async () => {
    const id = tabId.value;
    currentFacts.value = null;
    if (id === null) return;
    const url = state.value?.url;
    const result = await deps.currentFacts(id);
    // A late answer for a page the tab has left is dropped.
    if (tabId.value !== id || state.value?.url !== url) return;
    // A protocol failure (no `status`) shows nothing: the facts stay as bundled.
    currentFacts.value = 'status' in result ? result : null;
  };

  return {
    /** The records as components read them (they re-render as more arrive). */
    kb: reader,
    deps,
    settings,
    currentFacts,
    loadCurrentFacts,
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
    step: (entity: EntityResult, delta: 1 | -1) => stepKey(entityKey(entity), entity, delta),
    /** Lights up (or clears) a contested term's occurrences in the page. */
    toggleTerm: (term: TermUse) => toggleKey(termKey(term), termTarget(term)),
    stepTerm: (term: TermUse, delta: 1 | -1) => stepKey(termKey(term), termTarget(term), delta),
  };
}

export type PanelState = ReturnType<typeof createPanelState>;
