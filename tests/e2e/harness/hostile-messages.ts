import type { MessageType } from '../../../lib/protocol/schema';

/**
 * Malformed envelopes to throw at the real extension. They cross Chromium's message boundary as JSON, so
 * they are built as JSON text (own `__proto__` keys survive JSON.parse on the other side; NaN and
 * Infinity would become null, so they are left out) and every one stays invalid after that trip.
 */

export type Route = 'runtime' | 'tab';

export interface BrowserCase {
  label: string;
  /** runtime.sendMessage (to the background and the analyser) or tabs.sendMessage (to the content script). */
  route: Route;
  /** The envelope as JSON text. */
  json: string;
  /** The error code the answer must carry. */
  expected: 'invalid-request' | 'forbidden-sender' | 'unknown-type';
}

const URL_OK = 'https://news.example/a';
export const VALID: Record<MessageType, Record<string, unknown>> = {
  'page/candidate': { url: URL_OK, html: '<p>Kosovo</p>', truncated: false },
  'page/skip': { url: URL_OK, reason: 'no-signal', title: null },
  'tab/get': { tabId: 1 },
  'highlight/show': {
    tabId: 1,
    entityId: 'kosovo',
    style: 'marker',
    surfaces: ['Kosovo'],
    cues: [{ before: 'in ', text: 'Kosovo', after: ' said' }],
    index: 0,
  },
  'highlight/clear': { tabId: 1 },
  'page/highlight': {
    style: 'underline',
    surfaces: ['Kosovo'],
    cues: [{ before: 'in ', text: 'Kosovo', after: ' said' }],
    index: 0,
  },
  'page/clear-highlight': {},
  'page/rescan': { onRequest: true },
  'tab/show-anyway': { tabId: 1 },
  'tab/read-once': { tabId: 1 },
  'analyser/run': { url: URL_OK, html: '<p>Kosovo</p>', onRequest: false },
  'analyser/warm': {},
  'kb/records': { ids: ['kosovo'] },
  'analyser/records': { ids: ['kosovo'] },
  'site/status': { tabId: 1 },
  'site/enable': { tabId: 1, host: 'news.example' },
  'coverage/get': { tabId: 1 },
  'facts/current': { tabId: 1 },
  'wiki/summary': { name: 'Albin Kurti' },
};
/** Fields a payload may leave out. */
const OPTIONAL = new Set(['style', 'cues', 'onRequest']);

const JUNK: Record<string, unknown[]> = {
  url: [
    '',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'chrome-extension://x/',
    'about:blank',
    `https://a.example/${'a'.repeat(8200)}`,
    0,
    null,
    true,
    [],
    {},
  ],
  html: [0, null, false, [], {}, ['<p>Kosovo</p>'], 'x'.repeat(5_000_001)],
  truncated: [0, 'true', null, [], {}],
  reason: ['', 'NOT-ARTICLE', 'sport', 0, null, ['no-signal']],
  title: [0, false, [], {}, 'x'.repeat(1001)],
  tabId: [-1, 1.5, '3', null, true, [], {}, -1e300, 0.0001],
  entityId: ['', 'Kosovo', '../etc', '<script>alert(1)</script>', 'a'.repeat(121), 0, [], 7],
  surfaces: [[], [''], ['x'.repeat(201)], Array<string>(51).fill('a'), [1], [null], 'Kosovo', null, {}, [['Kosovo']]],
  index: [1.5, '0', null, true, [], {}],
  style: [null, '', 'MARKER', 'bold', 0, []],
  onRequest: [null, 0, 'true', []],
  cues: [null, [{}], [{ before: '', text: '', after: '' }], [{ before: 'x'.repeat(25), text: 'Kosovo', after: '' }]],
  host: ['', 'News.Example', 'news.example/path', 'https://news.example', '*.example', 'a'.repeat(254), 0, null, []],
  name: ['', 'K', 'x'.repeat(121), 0, null, [], {}],
  ids: [null, 'kosovo', [''], ['Kosovo'], ['../etc'], [0], Array<string>(501).fill('kosovo'), {}],
};

/** JSON text of an envelope; `extra` adds raw JSON members (own `__proto__` keys and the like). */
const json = (type: unknown, payload: unknown, extra = '') => {
  const text = JSON.stringify({ kontekst: 1, type, payload });
  if (!extra) return text;
  // Splice the raw members into the payload object: {"kontekst":1,"type":…,"payload":{ <extra> …}}.
  return text.replace(/"payload":\{/, `"payload":{${extra}${payload && Object.keys(payload).length ? ',' : ''}`);
};

const EXTRA_MEMBERS = [
  '"__proto__":{"polluted":"yes"}',
  '"constructor":{"prototype":{"polluted":"yes"}}',
  '"evil":"<img src=x onerror=alert(1)>"',
  '"toString":"x"',
];

/** Which side answers each type from the panel, and what the sender check makes of the panel. */
const ROUTE: Record<MessageType, { route: Route; fromPanel: BrowserCase['expected'] }> = {
  'page/candidate': { route: 'runtime', fromPanel: 'forbidden-sender' },
  'page/skip': { route: 'runtime', fromPanel: 'forbidden-sender' },
  'tab/get': { route: 'runtime', fromPanel: 'invalid-request' },
  'tab/show-anyway': { route: 'runtime', fromPanel: 'invalid-request' },
  'tab/read-once': { route: 'runtime', fromPanel: 'invalid-request' },
  'highlight/show': { route: 'runtime', fromPanel: 'invalid-request' },
  'highlight/clear': { route: 'runtime', fromPanel: 'invalid-request' },
  'analyser/run': { route: 'runtime', fromPanel: 'invalid-request' },
  'site/status': { route: 'runtime', fromPanel: 'invalid-request' },
  'site/enable': { route: 'runtime', fromPanel: 'invalid-request' },
  'coverage/get': { route: 'runtime', fromPanel: 'invalid-request' },
  'facts/current': { route: 'runtime', fromPanel: 'invalid-request' },
  'wiki/summary': { route: 'runtime', fromPanel: 'invalid-request' },
  'analyser/warm': { route: 'runtime', fromPanel: 'invalid-request' },
  'kb/records': { route: 'runtime', fromPanel: 'invalid-request' },
  'analyser/records': { route: 'runtime', fromPanel: 'invalid-request' },
  // The content script answers these; the panel reaches it with tabs.sendMessage.
  'page/highlight': { route: 'tab', fromPanel: 'invalid-request' },
  'page/clear-highlight': { route: 'tab', fromPanel: 'invalid-request' },
  'page/rescan': { route: 'tab', fromPanel: 'invalid-request' },
};

/** Malformed envelopes of every type, as the panel (an extension page) would send them. */
export function panelCases(): BrowserCase[] {
  const cases: BrowserCase[] = [];
  for (const type of Object.keys(VALID) as MessageType[]) {
    const base = VALID[type];
    const { route, fromPanel: expected } = ROUTE[type];
    const add = (label: string, text: string) =>
      cases.push({ label: `${type}: ${label}`, route, json: text, expected });
    for (const field of Object.keys(base)) {
      if (!OPTIONAL.has(field))
        add(`missing ${field}`, json(type, Object.fromEntries(Object.entries(base).filter(([k]) => k !== field))));
      for (const value of JUNK[field] ?? [])
        add(`${field} = ${JSON.stringify(value).slice(0, 40)}`, json(type, { ...base, [field]: value }));
    }
    for (const member of EXTRA_MEMBERS) add(`extra ${member.slice(0, 30)}`, json(type, base, member));
    // Not an object at all ([] would pass as an empty object for page/clear-highlight: left out).
    for (const payload of [null, 0, '', 'payload', true, [base]])
      add(`payload ${JSON.stringify(payload).slice(0, 30)}`, json(type, payload));
    add('no payload', JSON.stringify({ kontekst: 1, type }));
  }
  // Valid payloads that the panel may not send: only a content script reports pages.
  for (const type of ['page/candidate', 'page/skip'] as const)
    cases.push({
      label: `${type}: valid, from the panel`,
      route: 'runtime',
      json: json(type, VALID[type]),
      expected: 'forbidden-sender',
    });
  for (const type of [
    '',
    'tab/get ',
    'TAB/GET',
    'tab/delete',
    'analyser/*',
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    0,
    1,
    true,
    null,
    [],
    ['tab/get'],
    {},
    { type: 'tab/get' },
    'x'.repeat(100_000),
  ])
    cases.push({
      label: `unknown type ${JSON.stringify(type).slice(0, 30)}`,
      route: 'runtime',
      json: json(type, { tabId: 1 }),
      expected: 'unknown-type',
    });
  return cases;
}

/** Envelopes sent from Kontekst's own content script that it may not send, or not like this. */
export function contentScriptCases(): BrowserCase[] {
  const cases: BrowserCase[] = [];
  // Extension-only types, valid or not: the content script is a tab, the sender check says no.
  const extensionOnly = (Object.keys(ROUTE) as MessageType[]).filter(
    (t) => ROUTE[t].route === 'runtime' && ROUTE[t].fromPanel !== 'forbidden-sender',
  );
  for (const type of extensionOnly) {
    const base = VALID[type];
    cases.push({
      label: `${type}: valid, from a content script`,
      route: 'runtime',
      json: json(type, base),
      expected: 'forbidden-sender',
    });
    for (const field of Object.keys(base))
      for (const value of (JUNK[field] ?? []).slice(0, 4))
        cases.push({
          label: `${type}: ${field} junk, from a content script`,
          route: 'runtime',
          json: json(type, { ...base, [field]: value }),
          expected: 'forbidden-sender',
        });
  }
  // Its own types, malformed: the payload check says no.
  for (const type of ['page/candidate', 'page/skip'] as const) {
    const base = VALID[type];
    for (const field of Object.keys(base))
      for (const value of JUNK[field] ?? [])
        cases.push({
          label: `${type}: ${field} = ${JSON.stringify(value).slice(0, 30)}`,
          route: 'runtime',
          json: json(type, { ...base, [field]: value }),
          expected: 'invalid-request',
        });
    cases.push({
      label: `${type}: __proto__ key`,
      route: 'runtime',
      json: json(type, base, EXTRA_MEMBERS[0]),
      expected: 'invalid-request',
    });
  }
  for (const type of ['tab/delete', '__proto__', 7])
    cases.push({
      label: `unknown type ${JSON.stringify(type)}`,
      route: 'runtime',
      json: json(type, {}),
      expected: 'unknown-type',
    });
  return cases;
}

/** Sends each case from an extension page (or a content script) and returns the raw answers. Self-contained. */
export const SEND_ALL = `async ({ cases, tabId }) => {
  const out = [];
  for (const c of cases) {
    const message = JSON.parse(c.json);
    try {
      const reply = c.route === 'tab' ? await chrome.tabs.sendMessage(tabId, message) : await chrome.runtime.sendMessage(message);
      out.push({ reply: reply === undefined ? null : reply, answered: reply !== undefined });
    } catch (error) {
      out.push({ threw: String(error) });
    }
  }
  return out;
}`;

export type SendResult = { reply: unknown; answered: boolean } | { threw: string };
