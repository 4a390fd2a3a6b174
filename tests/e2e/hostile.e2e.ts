import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { CHROME_EXTENSION, launchChromium, type ChromiumSession } from './harness/chromium';
import { settledState, tabIdOf } from './harness/chromium-helpers';
import {
  OTHER_EXTENSION,
  inContentScript,
  inspectExtensionViews,
  inspectPage,
  openWatchedPanel,
  unpackedExtensionId,
  watchPage,
  type Inspection,
} from './harness/hostile-checks';
import {
  SEND_ALL,
  contentScriptCases,
  panelCases,
  type BrowserCase,
  type SendResult,
} from './harness/hostile-messages';
import { decodeEntities, hostilePayloads, normalizeSpace, type Payload } from './harness/hostile-payloads';
import { planPages, startHostileServer, type HostileServer, type Slot } from './harness/hostile-server';

/**
 * "Never break the page, never leak": XSS payloads in the titles, site names, bylines, body text, entity
 * names and metadata of Balkans articles; none may run or render as HTML in the page, the side panel
 * (before and after opening cards) or the analyser. Then malformed messages at the real extension, from
 * its panel and its content script, and proof that web pages and other extensions cannot reach it.
 */

let session: ChromiumSession;
let server: HostileServer;

// The page plan depends only on the payload list, so the test names are known before the server starts.
const SLUGS = planPages(hostilePayloads('http://127.0.0.1')).map((p) => p.slug);

/** What happened to each payload: where it was placed, where the panel showed it as text. */
const record = new Map<number, { payload: Payload; placed: Set<Slot>; shown: Set<string>; executed: boolean }>();

beforeAll(async () => {
  server = await startHostileServer();
  // KONTEKST_E2E_EXTENSION runs the suite against another build (a deliberately broken one shows it fail).
  const extension = process.env.KONTEKST_E2E_EXTENSION ?? CHROME_EXTENSION;
  session = await launchChromium({ extension: `${extension},${OTHER_EXTENSION}` });
  for (const payload of server.payloads)
    record.set(payload.id, { payload, placed: new Set(), shown: new Set(), executed: false });
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** A payload shows as text when its characters (or, for metadata, their entity-decoded form) are there. */
const showsAsText = (text: string, payload: Payload) =>
  text.includes(normalizeSpace(payload.text)) || text.includes(normalizeSpace(decodeEntities(payload.text)));

const clean = (inspection: Inspection) => ({
  url: inspection.url,
  pwned: inspection.pwned ?? null,
  dangerous: inspection.dangerous,
  badLinks: inspection.badLinks,
});
const CLEAN = (url: string) => ({ url, pwned: null, dangerous: [], badLinks: [] });
/** Links seen in the panel across all checks: all http(s) but same-document #fragments (section nav). */
const links = { checked: 0, fragments: 0 };
const payloadBeacons = () => server.beacons.filter((b) => !b.startsWith('/pwned/control'));

describe('Chromium: the detectors', () => {
  test('see a payload that does run in a page, and markup injected into an extension page', async () => {
    const page = await session.context.newPage();
    const events = watchPage(page);
    await page.goto(server.url('/control'));
    await expect.poll(() => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBe(-1);
    await expect.poll(() => server.beacons.includes('/pwned/control')).toBe(true);
    const tabId = await tabIdOf(session, server.url('/control'));
    await settledState(session, tabId);
    expect((await inspectPage(page)).dangerous.length).toBeGreaterThan(0);

    const { panel, events: panelEvents } = await openWatchedPanel(session.context, session.extensionId, tabId);
    await panel.evaluate(() => {
      const img = document.createElement('img');
      img.setAttribute('src', 'x');
      img.setAttribute('onerror', 'window.__pwned = -2');
      const a = document.createElement('a');
      a.setAttribute('href', 'javascript:void 0');
      a.textContent = 'bad link';
      document.body.append(img, a);
    });
    const views = await inspectExtensionViews(panel);
    const self = views.find((v) => v.url === panel.url())!;
    expect(self.dangerous.length).toBeGreaterThanOrEqual(2);
    expect(self.badLinks).toEqual(['javascript:void 0']);
    // The extension's CSP stops the handler (so the flag alone would prove nothing there) and says so.
    expect(self.pwned).toBeUndefined();
    await expect.poll(() => panelEvents.some((e) => e.startsWith('csp:'))).toBe(true);
    expect(events).toEqual([]);
    await panel.close();
    await page.close();
  });
});

describe('Chromium: XSS payloads in Balkans articles', () => {
  test.each(SLUGS)('%s: no payload runs or renders as HTML, in the page, the panel or the analyser', async (slug) => {
    const plan = server.pages.find((p) => p.slug === slug)!;
    for (const [slot, payloads] of Object.entries(plan.slots))
      for (const p of payloads) record.get(p.id)!.placed.add(slot as Slot);
    const url = server.url(slug);
    const page = await session.context.newPage();
    const pageEvents = watchPage(page);
    await page.goto(url);
    const tabId = await tabIdOf(session, url);
    const state = await settledState(session, tabId);
    expect(state.status, state.error ?? '').toBe('ready');
    const bodyBefore = await page.evaluate(() => document.body.outerHTML);
    const { panel, events: panelEvents } = await openWatchedPanel(session.context, session.extensionId, tabId);

    /** A payload that ran sets the flag to its id: mark it before the assertions stop the test. */
    const flagged = (value: unknown) => {
      if (typeof value === 'number' && record.has(value)) record.get(value)!.executed = true;
    };
    const checkEverywhere = async (stage: string) => {
      const inPage = await inspectPage(page);
      const views = await inspectExtensionViews(panel);
      const worker = await session.worker();
      const inWorker = await worker.evaluate(() => (self as unknown as { __pwned?: unknown }).__pwned ?? null);
      for (const value of [inPage.pwned, inWorker, ...views.map((v) => v.pwned)]) flagged(value);
      for (const view of views) {
        links.checked += view.links;
        links.fragments += view.fragmentLinks;
      }
      expect({ ...clean(inPage), badLinks: [] }, `${slug}, ${stage}: the article page`).toEqual(CLEAN(url));
      expect(await page.evaluate(() => document.body.outerHTML), `${slug}, ${stage}: page DOM changed`).toBe(
        bodyBefore,
      );
      // The panel and the offscreen analyser (and any other extension page still open).
      for (const view of views) expect(clean(view), `${slug}, ${stage}: ${view.url}`).toEqual(CLEAN(view.url));
      expect(inWorker, `${slug}, ${stage}: the service worker`).toBeNull();
      expect(pageEvents, `${slug}, ${stage}: page events`).toEqual([]);
      expect(panelEvents, `${slug}, ${stage}: panel events`).toEqual([]);
      expect(payloadBeacons(), `${slug}, ${stage}: beacons`).toEqual([]);
    };

    // Nothing ran or rendered as markup; then the header shows the title and the site name, each payload
    // there as text.
    await panel.waitForSelector('[data-testid="article-title"]');
    await checkEverywhere('panel loaded');
    const title = normalizeSpace((await panel.textContent('[data-testid="article-title"]')) ?? '');
    for (const p of plan.slots.title) expect(showsAsText(title, p), `title shows payload ${p.id} as text`).toBe(true);
    const meta = normalizeSpace((await panel.locator('.article-header .meta').textContent()) ?? '');
    for (const p of plan.slots.site) expect(showsAsText(meta, p), `site name shows payload ${p.id} as text`).toBe(true);

    // Open cards: the first two of the knowledge base, and every card of a name found only in the text.
    const heads = panel.locator('.card-head');
    const count = await heads.count();
    expect(count).toBeGreaterThan(0);
    const others = await panel
      .locator('.card')
      .evaluateAll((cards) => cards.map((c, i) => (c.classList.contains('other') ? i : -1)).filter((i) => i >= 0));
    let highlighted = 0;
    for (const i of [...new Set([0, 1, ...others])].filter((i) => i < count)) {
      await heads.nth(i).click();
      const shown = await panel
        .waitForSelector(
          '.card.open [data-testid="highlight-position"], .card.open p.highlight-status:not([aria-hidden])',
          {
            timeout: 5_000,
          },
        )
        .catch(() => null);
      if (shown && (await shown.getAttribute('data-testid')) === 'highlight-position') highlighted++;
      await checkEverywhere(`card ${i} open`);
    }
    // The highlighting really ran (the first card is a knowledge-base entity the text names).
    expect(highlighted).toBeGreaterThan(0);

    const panelText = normalizeSpace((await panel.evaluate(() => document.body.textContent)) ?? '');
    for (const [slot, payloads] of Object.entries(plan.slots))
      for (const p of payloads) if (showsAsText(panelText, p)) record.get(p.id)!.shown.add(slot);
    await panel.close();
    await page.close();
  });

  test('summary: every payload tried, none executed', async () => {
    await new Promise((r) => setTimeout(r, 1_000));
    const beacons = payloadBeacons();
    for (const b of beacons) {
      const id = Number(/\/pwned\/(\d+)/.exec(b)?.[1]);
      if (record.has(id)) record.get(id)!.executed = true;
    }
    const all = [...record.values()];
    const tried = all.filter((r) => r.placed.size > 0);
    const executed = all.filter((r) => r.executed);
    const placements = tried.reduce((n, r) => n + r.placed.size, 0);
    console.log(
      `# hostile: ${tried.length} payloads tried (${placements} placements on ${SLUGS.length} pages), ${executed.length} executed, ${beacons.length} beacons`,
    );
    for (const r of all)
      console.log(
        `# payload ${String(r.payload.id).padStart(2)} ${r.payload.kind}: placed in ${[...r.placed].join(',')}; ` +
          `shown as text in the panel from ${[...r.shown].join(',') || 'nowhere'}; executed: ${r.executed ? 'YES' : 'no'}`,
      );
    console.log(
      `# panel links checked: ${links.checked} (${links.fragments} same-document #fragment links, the rest http(s)), 0 other schemes`,
    );
    expect(links.checked - links.fragments).toBeGreaterThan(0);
    expect(tried.length).toBeGreaterThanOrEqual(40);
    expect(tried.every((r) => r.placed.size === 6)).toBe(true);
    expect(executed).toEqual([]);
    expect(beacons).toEqual([]);
  });
});

describe('Chromium: malformed messages and foreign senders', () => {
  let article: Page;
  let panel: Page;
  let tabId: number;

  beforeAll(async () => {
    article = await session.context.newPage();
    await article.goto(server.url('/clean'));
    tabId = await tabIdOf(session, server.url('/clean'));
    expect((await settledState(session, tabId)).status).toBe('ready');
    ({ panel } = await openWatchedPanel(session.context, session.extensionId, tabId));
  });

  /** Sends from the panel (a string expression: Playwright runs it over CDP, past the page's CSP). */
  const sendFromPanel = async (cases: Pick<BrowserCase, 'json' | 'route'>[], tab: number) =>
    (await panel.evaluate(`(${SEND_ALL})(${JSON.stringify({ cases, tabId: tab })})`)) as SendResult[];

  const expectTypedErrors = (cases: BrowserCase[], results: SendResult[]) => {
    expect(results).toHaveLength(cases.length);
    const wrong = cases
      .map((c, i) => ({ c, r: results[i] ?? { threw: 'no result' } }))
      .filter(({ c, r }) => {
        if (!('reply' in r)) return true;
        const reply = r.reply as { ok?: unknown; error?: { code?: unknown; message?: unknown } } | null;
        return !(
          reply &&
          reply.ok === false &&
          reply.error?.code === c.expected &&
          typeof reply.error.message === 'string' &&
          Object.keys(reply).length === 2
        );
      })
      .map(({ c, r }) => `${c.label}: expected ${c.expected}, got ${JSON.stringify(r).slice(0, 200)}`);
    expect(wrong).toEqual([]);
  };

  test('at least 200 malformed envelopes from the panel each get a typed error', async () => {
    const cases = panelCases();
    expect(cases.length).toBeGreaterThanOrEqual(200);
    const results = await sendFromPanel(cases, tabId);
    expectTypedErrors(cases, results);
    const byCode = Object.entries(
      cases.reduce<Record<string, number>>((n, c) => ((n[c.expected] = (n[c.expected] ?? 0) + 1), n), {}),
    );
    console.log(
      `# messages from the panel: ${cases.length} malformed, ${cases.length} typed errors (${byCode.map(([k, v]) => `${k} ${v}`).join(', ')})`,
    );
  });

  test('malformed or forbidden envelopes from the content script each get a typed error', async () => {
    const cases = contentScriptCases();
    const results = await inContentScript<SendResult[]>(
      session.context,
      article,
      session.extensionId,
      `(${SEND_ALL})(${JSON.stringify({ cases, tabId: null })})`,
    );
    expectTypedErrors(cases, results);
    console.log(
      `# messages from the content script: ${cases.length} malformed or forbidden, ${cases.length} typed errors`,
    );
  });

  test('envelopes that are not Kontekst messages are left unanswered', async () => {
    const cases = [
      'null',
      '0',
      '"tab/get"',
      '[]',
      '{}',
      '{"kontekst":2,"type":"tab/get","payload":{"tabId":1}}',
      '{"kontekst":"1","type":"tab/get","payload":{"tabId":1}}',
      '{"type":"tab/get","payload":{"tabId":1}}',
    ];
    const results = await sendFromPanel(
      cases.map((json) => ({ json, route: 'runtime' })),
      tabId,
    );
    expect(results).toHaveLength(cases.length);
    for (const r of results) expect(r).toEqual({ reply: null, answered: false });
  });

  let nonStringType: SendResult | undefined;
  test('an envelope whose type is a non-stringifiable object is sent and answered somehow', async () => {
    const results = await sendFromPanel(
      [{ json: '{"kontekst":1,"type":{"toString":1},"payload":{"tabId":1}}', route: 'runtime' }],
      tabId,
    );
    expect(results).toHaveLength(1);
    nonStringType = results[0];
    console.log(`# type {"toString":1} from the panel: ${JSON.stringify(nonStringType)}`);
  });

  test('…and the answer is a typed error, not a throw', () => {
    // lib/protocol/messenger.ts builds the unknown-type message with String(type): for {"toString":1} that
    // throws inside the background's listener, and Chromium hands the exception to the sender. Make this a
    // plain `test` once fixed.
    expect(nonStringType).toMatchObject({ reply: { ok: false, error: { code: 'unknown-type' } } });
  });

  test('a web page cannot message the extension', async () => {
    const plain = await session.context.newPage();
    await plain.goto(server.url('/plain'));
    for (const page of [plain, article]) {
      const result = await page.evaluate(async (id) => {
        const runtime = (window as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
        if (typeof runtime?.sendMessage !== 'function') return { runtime: typeof runtime, reached: false };
        try {
          const send = runtime.sendMessage as (id: string, m: unknown) => Promise<unknown>;
          const reply = await send(id, { kontekst: 1, type: 'tab/get', payload: { tabId: 1 } });
          return { runtime: 'object', reached: reply !== undefined };
        } catch {
          return { runtime: 'object', reached: false };
        }
      }, session.extensionId);
      expect(result.reached, page.url()).toBe(false);
      console.log(`# web page ${page.url()}: chrome.runtime is ${result.runtime}, reached the extension: no`);
    }
    await plain.close();
  });

  test('another extension cannot message Kontekst', async () => {
    const otherId = unpackedExtensionId(OTHER_EXTENSION);
    const other = await session.context.newPage();
    await other.goto(`chrome-extension://${otherId}/page.html`);
    const result = await other.evaluate(async (id) => {
      try {
        return { reply: await chrome.runtime.sendMessage(id, { kontekst: 1, type: 'tab/get', payload: { tabId: 1 } }) };
      } catch (error) {
        return { threw: String(error) };
      }
    }, session.extensionId);
    expect(result).toEqual({
      threw: expect.stringMatching(/Receiving end does not exist|Could not establish connection/),
    });
    await other.close();
  });

  test('the extension keeps working afterwards: a fresh article is analysed and highlighted', async () => {
    const page = await session.context.newPage();
    const url = `${server.url('/clean')}?after`;
    await page.goto(url);
    const id = await tabIdOf(session, url);
    const state = await settledState(session, id);
    expect(state.status).toBe('ready');
    expect(state.analysis!.cards.length).toBeGreaterThan(3);
    const { panel: fresh, events } = await openWatchedPanel(session.context, session.extensionId, id);
    await fresh.waitForSelector('[data-testid="card-kosovo"]');
    await fresh.click('[data-testid="card-kosovo"] .card-head');
    await expect.poll(() => fresh.textContent('[data-testid="highlight-position"]')).toMatch(/1\D+\d+/);
    await expect
      .poll(() => page.evaluate(() => (CSS.highlights.get('kontekst-mention') as Highlight | undefined)?.size ?? 0))
      .toBeGreaterThan(0);
    expect(events).toEqual([]);
    await fresh.close();
    await page.close();
  });
});
