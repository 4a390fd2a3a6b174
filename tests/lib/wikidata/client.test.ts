import { describe, expect, test } from 'vitest';
import type { FetchInit, FetchResponseLike } from '@/lib/related/client';
import { createWikidataClient, type CacheStore } from '@/lib/wikidata/client';
import { claimsAnswer, itemStatement, labelsAnswer } from './shapes';

const JSON_TYPE = 'application/json; charset=utf-8';
const DAY = 24 * 60 * 60_000;

const response = (status: number, body: string, type = JSON_TYPE, headers: Record<string, string> = {}) =>
  ({
    status,
    headers: { get: (n: string) => ({ 'content-type': type, ...headers })[n.toLowerCase()] ?? null },
    text: async () => body,
  }) satisfies FetchResponseLike;

const CLAIMS = claimsAnswer({
  Q403: {
    P35: [itemStatement('P35', 'Q57', { start: '+2017-05-31T00:00:00Z' })],
    P6: [itemStatement('P6', 'Q777', { rank: 'preferred', start: '+2026-10-01T00:00:00Z' })],
  },
  Q1246: { P6: [itemStatement('P6', 'Q888')] },
});
const LABELS = labelsAnswer({ Q57: 'Aleksandar Vučić', Q777: 'Someone New', Q888: 'Albin Kurti' });

/** A Wikidata stand-in: answers by the request's `props`, every URL recorded, a clock moved by sleeps. */
function harness(answer?: (url: string) => FetchResponseLike | Promise<FetchResponseLike>) {
  const urls: string[] = [];
  let clock = Date.parse('2026-12-01T12:00:00Z');
  const fetch = async (url: string, init: FetchInit) => {
    urls.push(url);
    expect(init.credentials).toBe('omit');
    expect(init.referrerPolicy).toBe('no-referrer');
    if (answer) return answer(url);
    return response(200, JSON.stringify(url.includes('props=claims') ? CLAIMS : LABELS));
  };
  const store = new Map<string, unknown>();
  const cache: CacheStore = { get: async (k) => store.get(k), set: async (k, v) => void store.set(k, v) };
  const options = {
    fetch,
    now: () => clock,
    sleep: async (ms: number) => void (clock += ms),
    baseUrl: 'https://wd.test/w/api.php',
    cache,
  };
  return {
    urls,
    store,
    options,
    client: createWikidataClient(options),
    advance: (ms: number) => void (clock += ms),
  };
}

const ASK = [
  { id: 'Q403' as const, properties: ['P35' as const, 'P6' as const] },
  { id: 'Q1246' as const, properties: ['P6' as const] },
];

describe('Wikidata client', () => {
  test('one request for the claims of all items, one for the labels of their values; Q-numbers only', async () => {
    const h = harness();
    const result = await h.client.current(ASK);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.statements.get('Q403')?.get('P6')).toEqual({
      values: [{ kind: 'item', id: 'Q777' }],
      since: '2026-10-01',
      labels: ['Someone New'],
    });
    expect(result.statements.get('Q1246')?.get('P6')?.labels).toEqual(['Albin Kurti']);
    expect(result.labelIds).toEqual(['Q57', 'Q777', 'Q888']);
    expect(h.urls).toEqual([
      'https://wd.test/w/api.php?action=wbgetentities&format=json&ids=Q403%7CQ1246&props=claims',
      'https://wd.test/w/api.php?action=wbgetentities&format=json&ids=Q57%7CQ777%7CQ888&props=labels&languages=en',
    ]);
  });

  test('answers are cached for a day, also across a new client with the same store', async () => {
    const h = harness();
    await h.client.current(ASK);
    const again = await createWikidataClient(h.options).current(ASK);
    expect(again.ok && again.statements.get('Q1246')?.get('P6')?.labels).toEqual(['Albin Kurti']);
    // What was sent for the cached answer is still told.
    expect(again.ok && again.labelIds).toEqual(['Q57', 'Q777', 'Q888']);
    expect(h.urls).toHaveLength(2);
    h.advance(DAY + 1);
    await h.client.current(ASK);
    expect(h.urls).toHaveLength(4);
  });

  test('a 429 is "rate-limited", and the client stays away for its pause', async () => {
    const h = harness(() => response(429, 'Too many requests', 'text/plain', { 'retry-after': '30' }));
    const first = await h.client.current(ASK);
    expect(first).toMatchObject({ ok: false, error: 'rate-limited' });
    expect(first.ok === false && first.retryAfterMs).toBe(30_000);
    const second = await h.client.current(ASK);
    expect(second).toMatchObject({ ok: false, error: 'rate-limited' });
    expect(h.urls).toHaveLength(1);
    h.advance(30_001);
    await h.client.current(ASK);
    expect(h.urls).toHaveLength(2);
  });

  test.each([
    ['an HTML error page with 200', () => response(200, '<html>Wikimedia Error</html>', 'text/html'), 'malformed'],
    ['cut-off JSON', () => response(200, '{"entities": {"Q403": {"claims": '), 'malformed'],
    ['a server error', () => response(502, 'Bad gateway', 'text/plain'), 'unavailable'],
    [
      'offline',
      () => {
        throw new TypeError('Failed to fetch');
      },
      'unavailable',
    ],
  ])('%s: %s, nothing cached', async (_name, answer, error) => {
    const h = harness(answer);
    expect(await h.client.current(ASK)).toMatchObject({ ok: false, error });
    expect(h.store.size).toBe(0);
  });

  test('a request that does not answer times out as "unavailable"', async () => {
    const h = harness(() => new Promise<FetchResponseLike>(() => undefined));
    const client = createWikidataClient({ ...h.options, timeoutMs: 20 });
    expect(await client.current(ASK)).toEqual({ ok: false, error: 'unavailable', message: 'timed out' });
  });

  test('a failed labels request fails the whole answer rather than show Q-numbers as names', async () => {
    const h = harness((url) =>
      url.includes('props=claims') ? response(200, JSON.stringify(CLAIMS)) : response(503, 'busy', 'text/plain'),
    );
    expect(await h.client.current(ASK)).toMatchObject({ ok: false, error: 'unavailable' });
  });

  test('requests keep their distance: the second starts at least minIntervalMs after the first', async () => {
    const h = harness();
    const starts: number[] = [];
    const client = createWikidataClient({
      ...h.options,
      minIntervalMs: 1000,
      fetch: async (url, init) => {
        starts.push(h.options.now());
        return h.options.fetch(url, init);
      },
    });
    await client.current(ASK);
    expect(starts).toHaveLength(2);
    expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(1000);
  });
});

describe('Wikidata client, asked twice at once', () => {
  test('the same question while the first is on its way shares its answer: one pair of requests', async () => {
    const h = harness();
    const [a, b] = await Promise.all([h.client.current(ASK), h.client.current(ASK)]);
    expect(a).toEqual(b);
    expect(h.urls).toHaveLength(2);
  });
});
