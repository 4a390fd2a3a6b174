/**
 * The reader's own reading, kept on their machine: which articles they opened and which knowledge-base entities
 * each named, so the panel can say "you read about this before". Only URL, title, dates and entity ids are
 * stored — never page text. Whether to record at all is a setting owned elsewhere; this only keeps the list.
 *
 * Storage: one key, `history`, holding `{ version: 1, entries }` (newest first). A value that is corrupt or of an
 * unknown version reads as an empty history; reads never throw.
 */
import { canonicalUrl, urlKey } from './url-key';

export const HISTORY_KEY = 'history';
const VERSION = 1;
const TITLE_MAX = 300;
const ENTITY_MAX = 50;

export interface HistoryEntry {
  url: string;
  title: string;
  /** The article's own date as the page gave it (ISO), when known. */
  publishedAt: string | null;
  /** When the reader opened it, ISO 8601. */
  readAt: string;
  entityIds: string[];
}

export interface RelatedEntry extends HistoryEntry {
  /** The entities it shares with the article being read. */
  shared: string[];
}

/** `browser.storage.local` fits: `get(key)` resolves to `{ [key]: value }`. */
export interface StorageAreaLike {
  get(key: string): Promise<unknown>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface ReadingHistory {
  /** Records one reading (a re-read updates the entry). False when the URL is not http(s) or the date is invalid. */
  record(entry: {
    url: string;
    title: string;
    publishedAt?: string | null;
    readAt: string | number | Date;
    entityIds: readonly string[];
  }): Promise<boolean>;
  /** Entries sharing at least one entity, most shared first, then most recently read; the current URL left out. */
  related(entityIds: readonly string[], currentUrl: string | null, limit?: number): Promise<RelatedEntry[]>;
  /** Every entry, newest first. */
  list(): Promise<HistoryEntry[]>;
  clear(): Promise<void>;
}

function isoDate(value: unknown): string | null {
  const ms =
    value instanceof Date
      ? value.getTime()
      : typeof value === 'number'
        ? value
        : typeof value === 'string'
          ? Date.parse(value)
          : NaN;
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}

function cleanIds(value: unknown): string[] | null {
  if (!Array.isArray(value)) return null;
  const ids = value.filter((id): id is string => typeof id === 'string' && id !== '' && id.length <= 100);
  return [...new Set(ids)].slice(0, ENTITY_MAX);
}

const cleanTitle = (value: unknown): string =>
  typeof value === 'string' ? value.replace(/\s+/g, ' ').trim().slice(0, TITLE_MAX) : '';

/** Validates one stored or offered entry, keeping only the fields we store; null when unusable. */
function toEntry(raw: unknown): HistoryEntry | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const url = canonicalUrl(r.url);
  const readAt = isoDate(r.readAt);
  const entityIds = cleanIds(r.entityIds);
  if (url === null || readAt === null || entityIds === null) return null;
  const publishedAt = r.publishedAt === null || r.publishedAt === undefined ? null : isoDate(r.publishedAt);
  return { url, title: cleanTitle(r.title), publishedAt, readAt, entityIds };
}

const byReadAtDesc = (a: HistoryEntry, b: HistoryEntry) => Date.parse(b.readAt) - Date.parse(a.readAt);

export function createReadingHistory(area: StorageAreaLike, { cap = 200 }: { cap?: number } = {}): ReadingHistory {
  /** Operations run one after another, so two quick records cannot overwrite each other. */
  let chain: Promise<unknown> = Promise.resolve();
  function serial<T>(op: () => Promise<T>): Promise<T> {
    const next = chain.then(op);
    chain = next.catch(() => undefined);
    return next;
  }

  async function load(): Promise<HistoryEntry[]> {
    let stored: unknown;
    try {
      const got = await area.get(HISTORY_KEY);
      stored = typeof got === 'object' && got !== null ? (got as Record<string, unknown>)[HISTORY_KEY] : undefined;
    } catch {
      return [];
    }
    if (typeof stored !== 'object' || stored === null) return [];
    const { version, entries } = stored as { version?: unknown; entries?: unknown };
    if (version !== VERSION || !Array.isArray(entries)) return [];
    const valid = entries.map(toEntry).filter((e): e is HistoryEntry => e !== null);
    // Newest first, so where an article appears twice the latest reading is the one kept.
    const out: HistoryEntry[] = [];
    const seen = new Set<string>();
    for (const entry of valid.sort(byReadAtDesc)) {
      const key = urlKey(entry.url, { keepQuery: true })!;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(entry);
    }
    return out.slice(0, cap);
  }

  const save = (entries: HistoryEntry[]) => area.set({ [HISTORY_KEY]: { version: VERSION, entries } });

  return {
    record(input) {
      return serial(async () => {
        const entry = toEntry(input);
        if (!entry) return false;
        const key = urlKey(entry.url, { keepQuery: true });
        const rest = (await load()).filter((e) => urlKey(e.url, { keepQuery: true }) !== key);
        await save([entry, ...rest].sort(byReadAtDesc).slice(0, cap));
        return true;
      });
    },

    related(entityIds, currentUrl, limit = 10) {
      return serial(async () => {
        const wanted = new Set(entityIds);
        const current = urlKey(currentUrl, { keepQuery: true });
        const out: RelatedEntry[] = [];
        for (const entry of await load()) {
          if (current !== null && urlKey(entry.url, { keepQuery: true }) === current) continue;
          const shared = entry.entityIds.filter((id) => wanted.has(id));
          if (shared.length > 0) out.push({ ...entry, shared });
        }
        // load() is newest first and sort is stable: ties on shared count stay most-recent first.
        return out.sort((a, b) => b.shared.length - a.shared.length).slice(0, limit);
      });
    },

    list() {
      return serial(load);
    },

    clear() {
      return serial(() => save([]));
    },
  };
}
