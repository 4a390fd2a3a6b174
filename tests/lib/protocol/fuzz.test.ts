import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { handleMessages, type RawSender, type RuntimeLike } from '@/lib/protocol/messenger';
import type { ErrorCode, Handlers } from '@/lib/protocol/protocol';
import { parsePageRequest } from '@/lib/protocol/page-requests';
import { MAX_HTML_CHARS, parseRequest, requestSchemas, type MessageType } from '@/lib/protocol/schema';

/**
 * Fuzzing the message boundary: thousands of malformed messages of every type, from right and wrong
 * senders, through `handleMessages`. Nothing may throw, nothing may reject unhandled, no handler may see
 * a malformed message, and every reply is a typed error with the code the case calls for.
 */

type Listener = (message: unknown, sender: RawSender, sendResponse: (r: unknown) => void) => boolean | undefined;

const ID = 'kontekst-test';
const EXT = `chrome-extension://${ID}/`;

/** A runtime whose onMessage we drive by hand, like the browser would; a throwing listener is recorded. */
function fakeRuntime() {
  const listeners: Listener[] = [];
  const runtime: RuntimeLike = {
    id: ID,
    getURL: (path) => `chrome-extension://${ID}${path}`,
    sendMessage: () => Promise.resolve(undefined),
    onMessage: {
      addListener: (l) => listeners.push(l),
      removeListener: (l) => listeners.splice(listeners.indexOf(l), 1),
    },
  };
  const deliver = (message: unknown, sender: RawSender) =>
    new Promise<{ reply: unknown } | { threw: unknown }>((resolve) => {
      let answered = false;
      try {
        for (const l of listeners) {
          const async = l(message, sender, (r) => {
            answered = true;
            resolve({ reply: r });
          });
          if (async) return;
        }
      } catch (error) {
        resolve({ threw: error });
        return;
      }
      if (!answered) resolve({ reply: undefined });
    });
  return { runtime, deliver };
}

/** Seeded, so a failing case can be replayed: mulberry32. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]! };
}

const SEED = 0x6b6f6e74;

// Senders as the browser describes them.
const CONTENT: RawSender = { id: ID, tab: { id: 7 }, frameId: 0, url: 'https://news.example/a' };
const PANEL: RawSender = { id: ID, url: `${EXT}sidepanel.html?tab=7` };
const BACKGROUND: RawSender = { id: ID, url: `${EXT}background.js` };
const RIGHT_SENDER: Record<MessageType, RawSender> = {
  'page/candidate': CONTENT,
  'page/skip': CONTENT,
  'tab/get': PANEL,
  'highlight/show': PANEL,
  'highlight/clear': PANEL,
  'page/highlight': BACKGROUND,
  'page/clear-highlight': BACKGROUND,
  'page/rescan': BACKGROUND,
  'tab/show-anyway': PANEL,
  'tab/read-once': PANEL,
  'analyser/run': BACKGROUND,
  'site/status': PANEL,
  'site/enable': PANEL,
  'coverage/get': PANEL,
  'facts/current': PANEL,
  'wiki/summary': PANEL,
  'analyser/warm': PANEL,
  'kb/records': PANEL,
  'analyser/records': BACKGROUND,
};
const FOREIGN: RawSender[] = [
  { id: 'other-extension', url: 'chrome-extension://other-extension/page.html' },
  { id: 'other-extension', tab: { id: 7 }, frameId: 0, url: 'https://news.example/a' },
  // Another extension naming our pages as its URL: the id still gives it away.
  { id: 'other-extension', url: `${EXT}sidepanel.html` },
  // A web page (externally_connectable would give it no id of ours).
  { tab: { id: 7 }, frameId: 0, url: 'https://evil.example/' },
  { url: 'https://evil.example/' },
  {},
];
const CONTENT_ONLY = new Set<MessageType>(['page/candidate', 'page/skip']);
/** The senders that may not send a type: foreigners always; ours from the wrong side of the boundary. */
const wrongSenders = (type: MessageType): RawSender[] =>
  CONTENT_ONLY.has(type)
    ? [...FOREIGN, PANEL, BACKGROUND, { id: ID, tab: { id: 7 }, frameId: 0, url: `${EXT}sidepanel.html` }]
    : [...FOREIGN, CONTENT, { ...CONTENT, frameId: 3 }];

const URL_OK = 'https://news.example/a';
const VALID: { [K in MessageType]: Record<string, unknown> } = {
  'page/candidate': { url: URL_OK, html: '<p>Kosovo</p>', truncated: false },
  'page/skip': { url: URL_OK, reason: 'no-signal', title: null },
  'tab/get': { tabId: 3 },
  'highlight/show': {
    tabId: 3,
    entityId: 'kosovo',
    style: 'marker',
    surfaces: ['Kosovo'],
    cues: [{ before: 'in ', text: 'Kosovo', after: ' said' }],
    index: 0,
  },
  'highlight/clear': { tabId: 3 },
  'page/highlight': {
    style: 'underline',
    surfaces: ['Kosovo'],
    cues: [{ before: 'in ', text: 'Kosovo', after: ' said' }],
    index: 0,
  },
  'page/clear-highlight': {},
  'page/rescan': { onRequest: true },
  'tab/show-anyway': { tabId: 3 },
  'tab/read-once': { tabId: 3 },
  'analyser/run': { url: URL_OK, html: '<p>Kosovo</p>', onRequest: false },
  'analyser/warm': {},
  'kb/records': { ids: ['kosovo'] },
  'analyser/records': { ids: ['kosovo'] },
  'site/status': { tabId: 3 },
  'site/enable': { tabId: 3, host: 'news.example' },
  'coverage/get': { tabId: 3 },
  'facts/current': { tabId: 3 },
  'wiki/summary': { name: 'Albin Kurti' },
};
/** Fields a payload may leave out: never "missing" in the fuzzing, only wrong. */
const OPTIONAL = new Set(['style', 'cues', 'onRequest']);

// Junk, built once (the huge ones are shared by reference).
const HUGE = 'x'.repeat(MAX_HTML_CHARS + 1);
const nested = (depth: number): unknown => (depth === 0 ? 'Kosovo' : { a: nested(depth - 1), b: [nested(0)] });
const DEEP = nested(2000);
const NOT_STRING: unknown[] = [
  undefined,
  null,
  0,
  -1,
  NaN,
  Infinity,
  -Infinity,
  true,
  false,
  3n,
  Symbol('x'),
  () => 1,
  [],
  ['https://news.example/a'],
  {},
  { toString: () => URL_OK },
  new Date(0),
  new Map(),
  /https:/,
  DEEP,
];
const NOT_NUMBER: unknown[] = [
  undefined,
  null,
  '3',
  '',
  true,
  3n,
  [],
  [3],
  {},
  { valueOf: () => 3 },
  new Date(0),
  DEEP,
  HUGE,
];
const NOT_OBJECT: unknown[] = [undefined, null, 0, NaN, Infinity, -1, '', 'x', HUGE, true, 3n, Symbol('p'), () => 1];
/** Keys a payload must never carry; JSON.parse makes `__proto__` an own key, as a message would. */
const EXTRA_KEYS: [string, unknown][] = [
  ['evil', 1],
  ['__proto__', { polluted: 'yes' }],
  ['constructor', { prototype: { polluted: 'yes' } }],
  ['prototype', { polluted: 'yes' }],
  ['toString', 'x'],
  ['hasOwnProperty', null],
  ['', ''],
  ['tabId ', 3],
  ['then', () => undefined],
];

/** For each field of each type, values its schema must refuse. */
const INVALID_FIELD: Record<string, unknown[]> = {
  url: [
    ...NOT_STRING,
    '',
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'chrome-extension://other/page.html',
    'about:blank',
    'ftp://news.example/a',
    ' https://news.example/a',
    `https://news.example/${'a'.repeat(8192)}`,
    HUGE,
  ],
  html: [...NOT_STRING, HUGE],
  truncated: [undefined, null, 0, 1, 'true', 'false', [], {}, NaN, DEEP],
  reason: [undefined, null, '', 'NOT-ARTICLE', 'no-signal ', 'sport', 0, ['no-signal'], { reason: 'no-signal' }, HUGE],
  title: [undefined, 0, false, [], {}, ['t'], 'x'.repeat(1001), HUGE, DEEP, Symbol('t')],
  tabId: [...NOT_NUMBER, -1, -0.5, 1.5, NaN, Infinity, -Infinity, Number.MIN_VALUE, -Number.MAX_SAFE_INTEGER],
  entityId: [
    undefined,
    '',
    'Kosovo',
    'kosovo ',
    'kosövo',
    '../etc/passwd',
    '<script>alert(1)</script>',
    '__proto__',
    'a'.repeat(121),
    HUGE,
    0,
    true,
    [],
    {},
    ['kosovo'],
    DEEP,
  ],
  surfaces: [
    undefined,
    null,
    'Kosovo',
    [],
    [''],
    ['x'.repeat(201)],
    Array<string>(51).fill('a'),
    Array<string>(100_000).fill('a'),
    [1],
    [null],
    [{}],
    [['Kosovo']],
    [HUGE],
    { 0: 'Kosovo', length: 1 },
    DEEP,
    new Set(['Kosovo']),
  ],
  index: [undefined, null, 1.5, -0.5, NaN, Infinity, -Infinity, '0', '', true, [], [0], {}, 0n, DEEP],
  onRequest: [null, 0, 1, 'true', [], {}, HUGE],
  cues: [
    null,
    'Kosovo',
    [null],
    [{}],
    [{ before: '', text: '', after: '' }],
    [{ before: 'x'.repeat(25), text: 'Kosovo', after: '' }],
    [{ before: '', text: 'Kosovo', after: '', extra: 1 }],
    [{ before: '', text: HUGE, after: '' }],
    Array(1001).fill({ before: '', text: 'Kosovo', after: '' }),
    DEEP,
  ],
  // Optional, so undefined is fine; anything else off the list is not.
  style: [null, '', 'MARKER', 'bold', 'marker ', 0, true, [], ['marker'], {}, HUGE],
  host: [
    ...NOT_STRING,
    '',
    'News.Example',
    'news.example/path',
    'news example',
    'https://news.example',
    '*.example',
    '127.0.0.1:80',
    'a'.repeat(254),
    '<script>',
    HUGE,
  ],
  name: [...NOT_STRING, '', 'K', 'x'.repeat(121), HUGE],
  ids: [
    ...NOT_STRING.filter((x) => !Array.isArray(x)),
    'kosovo',
    [''],
    ['Kosovo'],
    ['../etc'],
    [0],
    [null],
    Array(501).fill('kosovo'),
    DEEP,
  ],
};

type Expected = ErrorCode | 'ignored';
interface Case {
  type: MessageType | 'envelope';
  label: string;
  message: unknown;
  sender: RawSender;
  expected: Expected;
}

const envelope = (type: unknown, payload: unknown) => ({ kontekst: 1, type, payload });
/** Adds an own key, `__proto__` included (as JSON.parse makes it, not the prototype setter). */
const withExtra = (base: Record<string, unknown>, key: string, value: unknown) =>
  Object.defineProperty({ ...base }, key, { value, enumerable: true, writable: true, configurable: true });
const without = (base: Record<string, unknown>, key: string) => {
  const copy = { ...base };
  delete copy[key];
  return copy;
};

type Mutation = { label: string; apply: (p: Record<string, unknown>) => unknown; exclusive?: boolean };

/** Every mutation that makes a payload of `type` invalid on its own. */
function mutations(type: MessageType): Mutation[] {
  const fields = Object.keys(VALID[type]);
  const out: Mutation[] = [];
  for (const field of fields) {
    if (!OPTIONAL.has(field)) out.push({ label: `missing ${field}`, apply: (p) => without(p, field) });
    for (const value of INVALID_FIELD[field] ?? [])
      out.push({ label: `${field} = ${show(value)}`, apply: (p) => ({ ...p, [field]: value }) });
  }
  for (const [key, value] of EXTRA_KEYS)
    out.push({ label: `extra key ${JSON.stringify(key)}`, apply: (p) => withExtra(p, key, value) });
  for (const value of NOT_OBJECT) out.push({ label: `payload = ${show(value)}`, apply: () => value, exclusive: true });
  return out;
}

function show(value: unknown): string {
  if (typeof value === 'string') return value.length > 40 ? `string(${value.length})` : JSON.stringify(value);
  if (typeof value === 'symbol' || typeof value === 'function' || typeof value === 'bigint') return typeof value;
  if (Array.isArray(value)) return `array(${value.length})`;
  if (value === DEEP) return 'nested(2000)';
  return value && typeof value === 'object' ? (value.constructor?.name ?? 'object') : String(value);
}

/** At least `perType` malformed messages of every type: each mutation once, then random combinations. */
function buildCases(perType: number): Case[] {
  const rng = random(SEED);
  const cases: Case[] = [];
  for (const type of Object.keys(requestSchemas()) as MessageType[]) {
    const base = VALID[type];
    const pool = mutations(type);
    const fieldPool = pool.filter((m) => !m.exclusive);
    const start = cases.length;
    const push = (label: string, payload: unknown, sender: RawSender, expected: Expected) =>
      cases.push({ type, label, message: envelope(type, payload), sender, expected });
    // Each mutation alone, from the right sender: the payload check must catch it.
    for (const m of pool) push(m.label, m.apply(base), RIGHT_SENDER[type], 'invalid-request');
    // Every wrong sender, with a valid payload and with junk: the sender check comes first.
    for (const sender of wrongSenders(type)) {
      push('valid payload, wrong sender', base, sender, 'forbidden-sender');
      push('junk payload, wrong sender', rng.pick(pool).apply(base), sender, 'forbidden-sender');
    }
    // Random combinations of one to four mutations; one in five from a wrong sender.
    while (cases.length - start < perType) {
      const m = rng.pick(pool);
      let payload: unknown = m.apply(base);
      const labels = [m.label];
      if (!m.exclusive)
        for (let n = Math.floor(rng.next() * 4); n > 0; n--) {
          const more = rng.pick(fieldPool);
          payload = more.apply(payload as Record<string, unknown>);
          labels.push(more.label);
        }
      const wrong = rng.next() < 0.2;
      const sender = wrong ? rng.pick(wrongSenders(type)) : RIGHT_SENDER[type];
      push(labels.join(' + '), payload, sender, wrong ? 'forbidden-sender' : 'invalid-request');
    }
  }
  return cases;
}

/** Envelopes that are not ours (ignored) or name no type (unknown-type). */
function envelopeCases(): Case[] {
  const cases: Case[] = [];
  const ignored: unknown[] = [
    undefined,
    null,
    0,
    'tab/get',
    [],
    [1, 'tab/get'],
    {},
    { kontekst: 0, type: 'tab/get', payload: { tabId: 1 } },
    { kontekst: '1', type: 'tab/get', payload: { tabId: 1 } },
    { kontekst: true, type: 'tab/get', payload: { tabId: 1 } },
    { kontekst: 2, type: 'tab/get', payload: { tabId: 1 } },
    { kontekst: [1], type: 'tab/get', payload: { tabId: 1 } },
    { type: 'tab/get', payload: { tabId: 1 } },
    JSON.parse('{"__proto__":{"kontekst":1},"type":"tab/get"}'),
  ];
  for (const message of ignored)
    cases.push({ type: 'envelope', label: `not ours: ${show(message)}`, message, sender: PANEL, expected: 'ignored' });
  const unknown: unknown[] = [
    undefined,
    null,
    '',
    'tab/get ',
    'TAB/GET',
    'tab',
    'page/*',
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    'valueOf',
    0,
    1,
    NaN,
    true,
    [],
    ['tab/get'],
    {},
    { type: 'tab/get' },
    HUGE,
    Symbol('tab/get'),
    3n,
  ];
  for (const type of unknown)
    for (const sender of [PANEL, CONTENT, ...FOREIGN])
      cases.push({
        type: 'envelope',
        label: `type ${show(type)}`,
        message: envelope(type, { tabId: 1 }),
        sender,
        expected: 'unknown-type',
      });
  return cases;
}

describe('the message boundary under fuzzing', () => {
  const { runtime, deliver } = fakeRuntime();
  const calls: Record<string, number> = {};
  // Handlers for every type (as if one context answered all): a malformed message must reach none.
  const handlers: Handlers = Object.fromEntries(
    (Object.keys(requestSchemas()) as MessageType[]).map((type) => [
      type,
      () => {
        calls[type] = (calls[type] ?? 0) + 1;
        return type === 'tab/get'
          ? { status: 'idle', url: null, title: null, analysis: null, error: null, updatedAt: 0 }
          : { accepted: true, cleared: true, count: 0, index: -1, method: 'none' };
      },
    ]),
  ) as Handlers;
  handleMessages(runtime, handlers, parseRequest);

  const rejections: unknown[] = [];
  const onRejection = (reason: unknown) => rejections.push(reason);
  const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
  beforeAll(() => void process.on('unhandledRejection', onRejection));
  afterAll(() => void process.off('unhandledRejection', onRejection));

  const cases = buildCases(1000);
  const byType = new Map<string, number>();
  for (const c of cases) byType.set(c.type, (byType.get(c.type) ?? 0) + 1);

  test('every type and every field has its malformations', () => {
    expect(Object.keys(VALID).sort()).toEqual(Object.keys(requestSchemas()).sort());
    for (const [type, base] of Object.entries(VALID))
      for (const field of Object.keys(base)) expect(INVALID_FIELD[field], `${type}.${field}`).toBeDefined();
  });

  test('there are at least 1,000 cases of every message type', () => {
    for (const type of Object.keys(requestSchemas())) expect(byType.get(type), type).toBeGreaterThanOrEqual(1000);
  });

  test('the valid base messages are answered (the fuzzing is not vacuous)', async () => {
    for (const type of Object.keys(requestSchemas()) as MessageType[]) {
      const result = await deliver(envelope(type, VALID[type]), RIGHT_SENDER[type]);
      expect(result, type).toMatchObject({ reply: { ok: true } });
    }
    for (const key of Object.keys(calls)) delete calls[key];
  });

  test.each([...byType.keys()])('every malformed %s message gets the typed error it calls for', async (type) => {
    let maxMessage = 0;
    for (const c of cases.filter((x) => x.type === type)) {
      const result = await deliver(c.message, c.sender);
      expect('threw' in result ? result.threw : undefined, c.label).toBeUndefined();
      const reply = (result as { reply: unknown }).reply as { ok: false; error: { code: string; message: string } };
      expect(Object.keys(reply ?? {}).sort(), c.label).toEqual(['error', 'ok']);
      expect(reply.ok, c.label).toBe(false);
      expect(Object.keys(reply.error).sort(), c.label).toEqual(['code', 'message']);
      expect(reply.error.code, `${c.label} (${reply.error.message.slice(0, 200)})`).toBe(c.expected);
      expect(typeof reply.error.message).toBe('string');
      maxMessage = Math.max(maxMessage, reply.error.message.length);
    }
    expect(calls[type] ?? 0, 'handler calls').toBe(0);
    // Error messages echo some of what was sent (valibot names the value it got); record how much.
    console.log(
      `# fuzz ${type}: ${byType.get(type)} malformed, 0 reached the handler, longest error ${maxMessage} chars`,
    );
  });

  test('envelopes that are not ours are ignored, unknown types answered as such', async () => {
    const list = envelopeCases();
    for (const c of list) {
      const result = await deliver(c.message, c.sender);
      expect('threw' in result ? result.threw : undefined, c.label).toBeUndefined();
      const reply = (result as { reply: unknown }).reply as { ok: boolean; error: { code: string } } | undefined;
      if (c.expected === 'ignored') expect(reply, c.label).toBeUndefined();
      else expect(reply, c.label).toMatchObject({ ok: false, error: { code: c.expected } });
    }
    expect(Object.values(calls).reduce((a, b) => a + b, 0)).toBe(0);
    console.log(`# fuzz envelopes: ${list.length} not ours or of no type, 0 reached a handler`);
  });

  test('a type that cannot be turned into a string is answered as unknown, not thrown', async () => {
    // KNOWN BUG (lib/protocol/messenger.ts): the unknown-type message is built with String(type), which
    // throws for plain JSON objects such as {"toString":1}; the throw reaches the sender (in Chromium the
    // sender's sendMessage rejects with "Cannot convert object to primitive value"). Marked `fails` until fixed.
    const results = await Promise.all(
      [{ toString: 1 }, { toString: null, valueOf: null }, [{ toString: 1 }]].map((type) =>
        deliver(envelope(type, { tabId: 1 }), PANEL),
      ),
    );
    for (const result of results)
      expect(result).toMatchObject({ reply: { ok: false, error: { code: 'unknown-type' } } });
  });

  test('nothing rejected unhandled and nothing was polluted', async () => {
    await new Promise((r) => setTimeout(r, 20));
    expect(rejections).toEqual([]);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'kontekst')).toBe(false);
  });
});

describe('the content script’s own check (no valibot in the page) under the same fuzzing', () => {
  const PAGE_TYPES = ['page/highlight', 'page/clear-highlight', 'page/rescan'] as const;
  const { runtime, deliver } = fakeRuntime();
  let reached = 0;
  const handlers = Object.fromEntries(
    PAGE_TYPES.map((type) => [
      type,
      () => {
        reached++;
        return { accepted: true, cleared: true, count: 0, index: -1, method: 'none' };
      },
    ]),
  ) as Handlers;
  handleMessages(runtime, handlers, parsePageRequest);
  const cases = buildCases(1000).filter((c) => (PAGE_TYPES as readonly string[]).includes(c.type));

  test('gives every payload the verdict of its schema', () => {
    expect(cases.length).toBeGreaterThanOrEqual(3000);
    for (const type of PAGE_TYPES) {
      expect(parsePageRequest(type, VALID[type]), type).toEqual({ ok: true, value: VALID[type] });
      expect(parseRequest(type, VALID[type]).ok, type).toBe(true);
    }
    for (const c of cases) {
      const { type, payload } = c.message as { type: MessageType; payload: unknown };
      expect(parsePageRequest(type, payload).ok, c.label).toBe(parseRequest(type, payload).ok);
    }
  });

  test('answers the valid messages and gives every malformed one the typed error it calls for', async () => {
    for (const type of PAGE_TYPES)
      expect(await deliver(envelope(type, VALID[type]), RIGHT_SENDER[type]), type).toMatchObject({
        reply: { ok: true },
      });
    reached = 0;
    for (const c of cases) {
      const result = await deliver(c.message, c.sender);
      expect(result, c.label).toMatchObject({ reply: { ok: false, error: { code: c.expected } } });
    }
    expect(reached).toBe(0);
  });

  test('answers only its own three types', () => {
    expect(parsePageRequest('tab/get', { tabId: 1 }).ok).toBe(false);
  });
});
