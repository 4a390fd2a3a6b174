import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createCoverageClient, type FetchInit, type FetchResponseLike } from '@/lib/related/client';
import type { CoverageResult } from '@/lib/related/coverage';

const T0 = Date.parse('2026-03-12T10:00:00Z');
const A = 'https://gdelt.test/doc?query=a';
const B = 'https://gdelt.test/doc?query=b';
const C = 'https://gdelt.test/doc?query=c';

const articles = (...urls: string[]) =>
  JSON.stringify({
    articles: urls.map((url, n) => ({
      url,
      title: `Story number ${n} about ${url}`,
      seendate: '20260311T120000Z',
      domain: new URL(url).hostname,
      language: 'English',
      sourcecountry: 'United Kingdom',
    })),
  });

function response(status: number, body: string, headers: Record<string, string> = {}): FetchResponseLike {
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    status,
    headers: { get: (name) => lower[name.toLowerCase()] ?? null },
    text: () => Promise.resolve(body),
  };
}

type Reply = FetchResponseLike | Error | 'hang' | { after: number; reply: FetchResponseLike };

/** A scripted fetch: answers in turn (the last one repeats), recording when each request started. */
function fakeFetch(...replies: Reply[]) {
  const calls: { url: string; at: number; init: FetchInit }[] = [];
  let active = 0;
  let maxActive = 0;
  const fetch = (url: string, init: FetchInit): Promise<FetchResponseLike> => {
    const reply = replies[Math.min(calls.length, replies.length - 1)]!;
    calls.push({ url, at: Date.now(), init });
    active++;
    maxActive = Math.max(maxActive, active);
    const done = <T>(v: T) => {
      active--;
      return v;
    };
    if (reply === 'hang') return new Promise(() => undefined);
    if (reply instanceof Error) return Promise.reject(reply).finally(() => done(0));
    if ('after' in reply) return new Promise((resolve) => setTimeout(() => resolve(done(reply.reply)), reply.after));
    return Promise.resolve(done(reply));
  };
  return { fetch, calls, maxActive: () => maxActive };
}

function client(fetch: ReturnType<typeof fakeFetch>['fetch'], options: { minIntervalMs?: number } = {}) {
  return createCoverageClient({ fetch, now: () => Date.now(), ...options });
}

/** Lets queued promises and due timers run. */
const settle = (ms = 0) => vi.advanceTimersByTimeAsync(ms);

beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createCoverageClient', () => {
  test('fetches, parses, and asks without cookies or referrer', async () => {
    const f = fakeFetch(response(200, articles('https://kossev.info/a', 'https://koha.net/b')));
    const result = await client(f.fetch).get(A);
    expect(result.ok && result.items.map((i) => i.url)).toEqual(['https://kossev.info/a', 'https://koha.net/b']);
    expect(f.calls).toHaveLength(1);
    expect(f.calls[0]!.init).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer' });
    expect(f.calls[0]!.init.signal).toBeInstanceOf(AbortSignal);
  });

  test('caches answers by URL for cacheMs', async () => {
    const f = fakeFetch(response(200, articles('https://kossev.info/a')));
    const c = createCoverageClient({ fetch: f.fetch, now: () => Date.now(), cacheMs: 60_000 });
    await c.get(A);
    await settle(59_000);
    await c.get(A);
    expect(f.calls).toHaveLength(1);
    await settle(2_000);
    await c.get(A);
    expect(f.calls).toHaveLength(2);
  });

  test('the same URL asked twice at once shares one request', async () => {
    const f = fakeFetch({ after: 1000, reply: response(200, articles('https://kossev.info/a')) });
    const c = client(f.fetch);
    const both = Promise.all([c.get(A), c.get(A)]);
    await settle(1000);
    const [r1, r2] = await both;
    expect(f.calls).toHaveLength(1);
    expect(r1).toEqual(r2);
  });

  test('one request at a time, starts at least minIntervalMs apart', async () => {
    const f = fakeFetch({ after: 1000, reply: response(200, articles('https://kossev.info/a')) });
    const c = client(f.fetch, { minIntervalMs: 5000 });
    const all = Promise.all([c.get(A), c.get(B), c.get(C)]);
    await settle(20_000);
    const results = await all;
    expect(results.every((r) => r.ok)).toBe(true);
    expect(f.calls.map((x) => [x.url, x.at - T0])).toEqual([
      [A, 0],
      [B, 5000],
      [C, 10_000],
    ]);
    expect(f.maxActive()).toBe(1);
  });

  test('a slow answer does not let the next start early, nor wait longer than needed', async () => {
    const f = fakeFetch({ after: 7000, reply: response(200, articles('https://kossev.info/a')) });
    const c = client(f.fetch, { minIntervalMs: 5000 });
    const all = Promise.all([c.get(A), c.get(B)]);
    await settle(20_000);
    await all;
    // B waits for A to finish (7 s), which is already past the 5 s interval.
    expect(f.calls.map((x) => x.at - T0)).toEqual([0, 7000]);
  });

  test.each([
    ['a fetch that hangs', 'hang' as const],
    ['a fetch that answers too late', { after: 60_000, reply: response(200, '{}') }],
  ])('times out %s: unavailable, "timed out", request aborted', async (_name, reply) => {
    const f = fakeFetch(reply);
    const pending = client(f.fetch).get(A);
    await settle(8000);
    expect(await pending).toEqual({ ok: false, error: 'unavailable', message: 'timed out' });
    expect(f.calls[0]!.init.signal.aborted).toBe(true);
  });

  test('a network error is "unavailable", not "no coverage"', async () => {
    const f = fakeFetch(new TypeError('Failed to fetch'));
    const result = await client(f.fetch).get(A);
    expect(result).toEqual({ ok: false, error: 'unavailable', message: 'network error: Failed to fetch' });
  });

  test.each([
    ['a 503', response(503, 'Service Unavailable'), 'unavailable'],
    ['a plain-text refusal with 200', response(200, 'The specified phrase is too short.'), 'gdelt-error'],
    ['broken JSON', response(200, '{"articles": ['), 'malformed'],
  ] as const)('%s is reported and not cached', async (_name, reply, error) => {
    const f = fakeFetch(reply, response(200, articles('https://kossev.info/a')));
    const c = client(f.fetch);
    const first = await c.get(A);
    expect(first).toMatchObject({ ok: false, error });
    const second = c.get(A);
    await settle(5000);
    expect((await second).ok).toBe(true);
    expect(f.calls).toHaveLength(2);
  });

  test('after a 429 it backs off, doubling each time up to 5 minutes, and recovers', async () => {
    const f = fakeFetch(response(429, 'Please limit requests to one every 5 seconds'));
    const c = client(f.fetch, { minIntervalMs: 5000 });
    const pauses: number[] = [];
    for (let round = 0; round < 7; round++) {
      const result = await c.get(A);
      expect(result).toMatchObject({ ok: false, error: 'rate-limited' });
      const pause = (result as CoverageResult & { ok: false }).retryAfterMs!;
      pauses.push(pause);
      // Asked again during the pause: refused at once, GDELT not bothered.
      const calls = f.calls.length;
      expect(await c.get(B)).toMatchObject({ ok: false, error: 'rate-limited' });
      expect(f.calls.length).toBe(calls);
      await settle(pause);
    }
    expect(pauses).toEqual([10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000]);
    expect(f.calls).toHaveLength(7);
  });

  test('a success after 429s resets the pause', async () => {
    const f = fakeFetch(
      response(429, ''),
      response(429, ''),
      response(200, articles('https://kossev.info/a')),
      response(429, ''),
    );
    const c = client(f.fetch);
    const r1 = await c.get(A);
    await settle(10_000);
    const r2 = await c.get(A);
    await settle(20_000);
    expect((await c.get(A)).ok).toBe(true);
    await settle(5000);
    const r4 = await c.get(B);
    expect([r1, r2, r4].map((r) => !r.ok && r.retryAfterMs)).toEqual([10_000, 20_000, 10_000]);
  });

  test("a 429's Retry-After is honoured when longer", async () => {
    const f = fakeFetch(response(429, 'slow down', { 'Retry-After': '120' }));
    const result = await client(f.fetch).get(A);
    expect(result).toMatchObject({ ok: false, error: 'rate-limited', retryAfterMs: 120_000 });
  });

  test('a throttle notice sent with 200 backs off like a 429', async () => {
    const f = fakeFetch(response(200, 'Please limit requests to one every 5 seconds or contact us.'));
    const c = client(f.fetch);
    expect(await c.get(A)).toMatchObject({ ok: false, error: 'rate-limited', retryAfterMs: 10_000 });
    expect(await c.get(B)).toMatchObject({ ok: false, error: 'rate-limited' });
    expect(f.calls).toHaveLength(1);
  });

  test("the reader's own article is left out, also from a cached answer", async () => {
    const f = fakeFetch(response(200, articles('https://kossev.info/a', 'https://koha.net/b')));
    const c = client(f.fetch);
    const first = await c.get(A, 'https://kossev.info/a/');
    const second = await c.get(A, 'https://koha.net/b?utm_source=x');
    const third = await c.get(A);
    expect(first.ok && first.items.map((i) => i.url)).toEqual(['https://koha.net/b']);
    expect(second.ok && second.items.map((i) => i.url)).toEqual(['https://kossev.info/a']);
    expect(third.ok && third.items).toHaveLength(2);
    expect(f.calls).toHaveLength(1);
  });

  test('"no coverage" is ok with no items, distinct from every failure', async () => {
    const f = fakeFetch(response(200, '{}'));
    expect(await client(f.fetch).get(A)).toEqual({ ok: true, items: [] });
  });
});
