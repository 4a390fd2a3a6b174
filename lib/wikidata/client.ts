/**
 * Asks Wikidata, politely, for the current value of statements of a few items: one request for the
 * claims of all items not cached, one for the labels of the values; one request at a time, at least
 * `minIntervalMs` apart, a timeout, a growing pause after each 429, answers cached (24 h by default).
 * Only Q-numbers ever go out. Every failure comes back as a typed result, never as a throw.
 */
import type { FetchLike } from '../related/client';
import type { WikidataId, WikidataProperty } from '../kb/types';
import { parseClaims, parseLabels, type CurrentStatement, type Parsed, type WikidataError } from './parse';

export const WIKIDATA_API = 'https://www.wikidata.org/w/api.php';
/** The most ids one `wbgetentities` request takes. */
const MAX_IDS = 50;

/** A statement's current value, its item values named. */
export interface ResolvedStatement extends CurrentStatement {
  /** The English labels of item values (same order; the id where Wikidata has no label). */
  labels: string[];
}

export type WikidataResult =
  | {
      ok: true;
      statements: Map<WikidataId, Map<WikidataProperty, ResolvedStatement>>;
      /** When the oldest of these answers was fetched (ms). */
      retrieved: number;
      /** The value items whose labels were asked for, now or for a cached answer (from Wikidata's own answer). */
      labelIds: WikidataId[];
    }
  | { ok: false; error: WikidataError; message: string; retryAfterMs?: number };

/** Where answers are kept between runs (extension storage in the browser, a Map in tests). */
export interface CacheStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

export interface WikidataClientOptions {
  fetch: FetchLike;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  baseUrl?: string;
  timeoutMs?: number;
  minIntervalMs?: number;
  cacheMs?: number;
  maxBackoffMs?: number;
  cache?: CacheStore;
}

export interface WikidataClient {
  current(ask: readonly { id: WikidataId; properties: readonly WikidataProperty[] }[]): Promise<WikidataResult>;
}

interface CachedItem {
  at: number;
  statements: [WikidataProperty, ResolvedStatement][];
  /** The value items whose labels were asked for this item. */
  labelIds: WikidataId[];
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function memoryCache(): CacheStore {
  const map = new Map<string, unknown>();
  return { get: async (k) => map.get(k), set: async (k, v) => void map.set(k, v) };
}

const cacheKey = (id: WikidataId, properties: readonly WikidataProperty[]) =>
  `wikidata:${id}:${[...properties].sort().join(',')}`;

export function createWikidataClient({
  fetch,
  now = Date.now,
  sleep = defaultSleep,
  baseUrl = WIKIDATA_API,
  timeoutMs = 8000,
  minIntervalMs = 1000,
  cacheMs = 24 * 60 * 60_000,
  maxBackoffMs = 5 * 60_000,
  cache = memoryCache(),
}: WikidataClientOptions): WikidataClient {
  let queue: Promise<unknown> = Promise.resolve();
  let nextStart = -Infinity;
  let blockedUntil = -Infinity;
  let backoffMs = 0;

  const isFresh = (hit: unknown): hit is CachedItem =>
    typeof hit === 'object' &&
    hit !== null &&
    typeof (hit as CachedItem).at === 'number' &&
    Array.isArray((hit as CachedItem).statements) &&
    Array.isArray((hit as CachedItem).labelIds) &&
    now() - (hit as CachedItem).at < cacheMs;

  function onRateLimit(retryAfterHeader: string | null): number {
    backoffMs = backoffMs === 0 ? Math.max(minIntervalMs * 2, 2000) : backoffMs * 2;
    const asked = Number(retryAfterHeader) * 1000;
    if (Number.isFinite(asked) && asked > backoffMs) backoffMs = asked;
    backoffMs = Math.min(backoffMs, maxBackoffMs);
    blockedUntil = now() + backoffMs;
    nextStart = Math.max(nextStart, blockedUntil);
    return backoffMs;
  }

  /** One GET, in the queue, with the timeout; the answer read by `parse`. */
  function get<T>(
    url: string,
    parse: (status: number, type: string | null, body: string) => Parsed<T>,
  ): Promise<Parsed<T> & { retryAfterMs?: number }> {
    const run = async (): Promise<Parsed<T> & { retryAfterMs?: number }> => {
      if (now() < blockedUntil)
        return {
          ok: false,
          error: 'rate-limited',
          message: 'Wikidata asked us to slow down; trying again later',
          retryAfterMs: Math.ceil(blockedUntil - now()),
        };
      const wait = nextStart - now();
      if (wait > 0) await sleep(wait);
      nextStart = now() + minIntervalMs;
      const controller = new AbortController();
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timedOut = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => {
          controller.abort();
          resolve('timeout');
        }, timeoutMs);
      });
      const exchange = (async () => {
        const res = await fetch(url, { signal: controller.signal, credentials: 'omit', referrerPolicy: 'no-referrer' });
        return { res, body: await res.text() };
      })();
      exchange.catch(() => undefined);
      try {
        const outcome = await Promise.race([exchange, timedOut]);
        if (outcome === 'timeout') return { ok: false, error: 'unavailable', message: 'timed out' };
        const result = parse(outcome.res.status, outcome.res.headers.get('content-type'), outcome.body);
        if (!result.ok && result.error === 'rate-limited')
          return { ...result, retryAfterMs: onRateLimit(outcome.res.headers.get('retry-after')) };
        backoffMs = 0;
        return result;
      } catch (e) {
        const reason = e instanceof Error && e.message ? `: ${e.message}` : '';
        return { ok: false, error: 'unavailable', message: `network error${reason}`.slice(0, 200) };
      } finally {
        clearTimeout(timer);
      }
    };
    const pending = queue.then(run, run);
    queue = pending.catch(() => undefined);
    return pending;
  }

  const url = (ids: readonly string[], props: string) =>
    `${baseUrl}?action=wbgetentities&format=json&ids=${ids.join('%7C')}&props=${props}` +
    (props === 'labels' ? '&languages=en' : '');

  /** The same question asked again while the first is on its way shares its answer (a panel renders twice). */
  const inFlight = new Map<string, Promise<WikidataResult>>();

  return {
    current(ask) {
      const wanted = ask.slice(0, MAX_IDS);
      const key = wanted.map((a) => cacheKey(a.id, a.properties)).join(';');
      const known = inFlight.get(key);
      if (known) return known;
      const pending = fetchCurrent(wanted).finally(() => inFlight.delete(key));
      inFlight.set(key, pending);
      return pending;
    },
  };

  async function fetchCurrent(
    wanted: readonly { id: WikidataId; properties: readonly WikidataProperty[] }[],
  ): Promise<WikidataResult> {
    const statements = new Map<WikidataId, Map<WikidataProperty, ResolvedStatement>>();
    let retrieved = now();
    const missing: { id: WikidataId; properties: readonly WikidataProperty[] }[] = [];
    const cachedLabelIds: WikidataId[] = [];
    for (const a of wanted) {
      const hit = await cache.get(cacheKey(a.id, a.properties)).catch(() => undefined);
      if (isFresh(hit)) {
        statements.set(a.id, new Map(hit.statements));
        retrieved = Math.min(retrieved, hit.at);
        cachedLabelIds.push(...hit.labelIds);
      } else missing.push(a);
    }
    if (missing.length === 0) return { ok: true, statements, retrieved, labelIds: [...new Set(cachedLabelIds)] };

    const today = new Date(now()).toISOString().slice(0, 10);
    const claims = await get(
      url(
        missing.map((a) => a.id),
        'claims',
      ),
      (s, t, b) => parseClaims(s, t, b, missing, today),
    );
    if (!claims.ok) return claims;
    const labelIds = [
      ...new Set(
        [...claims.value.values()].flatMap((m) =>
          [...m.values()].flatMap((st) => st.values.flatMap((v) => (v.kind === 'item' ? [v.id] : []))),
        ),
      ),
    ].slice(0, MAX_IDS);
    let labels = new Map<WikidataId, string>();
    if (labelIds.length > 0) {
      const named = await get(url(labelIds, 'labels'), (s, t, b) => parseLabels(s, t, b, 'en'));
      if (!named.ok) return named;
      labels = named.value;
    }
    const at = now();
    for (const a of missing) {
      const found = claims.value.get(a.id);
      const resolved = new Map<WikidataProperty, ResolvedStatement>();
      for (const [p, st] of found ?? []) {
        resolved.set(p, {
          ...st,
          labels: st.values.map((v) => (v.kind === 'item' ? (labels.get(v.id) ?? v.id) : String(v.amount))),
        });
      }
      statements.set(a.id, resolved);
      const own = [...(found?.values() ?? [])].flatMap((st) =>
        st.values.flatMap((v) => (v.kind === 'item' ? [v.id] : [])),
      );
      const entry: CachedItem = { at, statements: [...resolved], labelIds: own };
      await cache.set(cacheKey(a.id, a.properties), entry).catch(() => undefined);
    }
    return {
      ok: true,
      statements,
      retrieved,
      labelIds: [...new Set([...cachedLabelIds, ...labelIds])],
    };
  }
}
