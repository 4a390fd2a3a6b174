/**
 * Talks to GDELT politely: one request at a time, at least `minIntervalMs` between starts (GDELT asks for one
 * every 5 seconds), answers cached by URL, a timeout, and a growing pause after each 429. Every failure comes back
 * as a typed result ("unavailable right now"), never as a throw and never as "no coverage found".
 */
import type { CoverageResult } from './coverage';
import { dedupeCoverage, parseGdeltResponse } from './gdelt-parse';

/** The part of `Response` the client reads: `window.fetch` fits. */
export interface FetchResponseLike {
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

export interface FetchInit {
  signal: AbortSignal;
  credentials: 'omit';
  referrerPolicy: 'no-referrer';
}

export type FetchLike = (url: string, init: FetchInit) => Promise<FetchResponseLike>;

export interface CoverageClientOptions {
  fetch: FetchLike;
  /** Clock in milliseconds (default `Date.now`). */
  now?: () => number;
  /** Waits (default `setTimeout`); injectable for tests. */
  sleep?: (ms: number) => Promise<void>;
  timeoutMs?: number;
  minIntervalMs?: number;
  cacheMs?: number;
  /** The longest pause after repeated 429s. */
  maxBackoffMs?: number;
  /** Cached answers kept at most. */
  cacheSize?: number;
}

export interface CoverageClient {
  /** Fetches and parses one GDELT URL; `currentUrl` (the article being read) is left out of the items. */
  get(url: string, currentUrl?: string | null): Promise<CoverageResult>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createCoverageClient({
  fetch,
  now = Date.now,
  sleep = defaultSleep,
  timeoutMs = 8000,
  minIntervalMs = 5000,
  cacheMs = 30 * 60_000,
  maxBackoffMs = 5 * 60_000,
  cacheSize = 50,
}: CoverageClientOptions): CoverageClient {
  const cache = new Map<string, { at: number; result: CoverageResult & { ok: true } }>();
  const inFlight = new Map<string, Promise<CoverageResult>>();
  /** The tail of the one-at-a-time queue. */
  let queue: Promise<unknown> = Promise.resolve();
  /** Earliest start of the next request. */
  let nextStart = -Infinity;
  /** Until when GDELT has asked us to stay away (after a 429). */
  let blockedUntil = -Infinity;
  /** Current 429 pause; 0 while GDELT is happy. */
  let backoffMs = 0;

  function cached(url: string): (CoverageResult & { ok: true }) | null {
    const hit = cache.get(url);
    if (!hit) return null;
    if (now() - hit.at < cacheMs) return hit.result;
    cache.delete(url);
    return null;
  }

  function remember(url: string, result: CoverageResult & { ok: true }): void {
    cache.delete(url);
    cache.set(url, { at: now(), result });
    // Oldest first in a Map: drop from the front.
    while (cache.size > cacheSize) cache.delete(cache.keys().next().value!);
  }

  function rateLimited(retryAfterMs: number, message: string): CoverageResult {
    return { ok: false, error: 'rate-limited', message, retryAfterMs: Math.max(0, Math.ceil(retryAfterMs)) };
  }

  function onRateLimit(retryAfterHeader: string | null): number {
    backoffMs = backoffMs === 0 ? minIntervalMs * 2 : backoffMs * 2;
    const asked = Number(retryAfterHeader) * 1000;
    if (Number.isFinite(asked) && asked > backoffMs) backoffMs = asked;
    backoffMs = Math.min(backoffMs, maxBackoffMs);
    blockedUntil = now() + backoffMs;
    nextStart = Math.max(nextStart, blockedUntil);
    return backoffMs;
  }

  async function request(url: string): Promise<CoverageResult> {
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
      const body = await res.text();
      return { res, body };
    })();
    // Settled either way; a late rejection after a timeout must not surface as unhandled.
    exchange.catch(() => undefined);
    try {
      const outcome = await Promise.race([exchange, timedOut]);
      if (outcome === 'timeout') return { ok: false, error: 'unavailable', message: 'timed out' };
      const { res, body } = outcome;
      const result = parseGdeltResponse(res.status, res.headers.get('content-type'), body, null);
      if (!result.ok && result.error === 'rate-limited') {
        const pause = onRateLimit(res.headers.get('retry-after'));
        return { ...result, retryAfterMs: pause };
      }
      backoffMs = 0;
      return result;
    } catch (e) {
      const reason = e instanceof Error && e.message ? `: ${e.message}` : '';
      return { ok: false, error: 'unavailable', message: `network error${reason}`.slice(0, 200) };
    } finally {
      clearTimeout(timer);
    }
  }

  async function run(url: string): Promise<CoverageResult> {
    const hit = cached(url);
    if (hit) return hit;
    // While GDELT has asked for a pause, say so at once rather than hold the panel for minutes.
    if (now() < blockedUntil)
      return rateLimited(blockedUntil - now(), 'GDELT asked us to slow down; trying again later');
    const wait = nextStart - now();
    if (wait > 0) await sleep(wait);
    nextStart = now() + minIntervalMs;
    const result = await request(url);
    if (result.ok) remember(url, result);
    return result;
  }

  return {
    get(url, currentUrl = null) {
      const finish = (result: CoverageResult): CoverageResult =>
        result.ok && currentUrl ? { ok: true, items: dedupeCoverage(result.items, currentUrl) } : result;

      const hit = cached(url);
      if (hit) return Promise.resolve(finish(hit));
      let pending = inFlight.get(url);
      if (!pending) {
        pending = queue
          .then(() => run(url))
          .catch((e: unknown): CoverageResult => ({
            ok: false,
            error: 'unavailable',
            message: `unexpected failure: ${e instanceof Error ? e.message : String(e)}`.slice(0, 200),
          }));
        const settled = pending.finally(() => inFlight.delete(url));
        queue = settled.catch(() => undefined);
        inFlight.set(url, pending);
      }
      return pending.then(finish);
    },
  };
}
