import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { TabState } from '../../lib/protocol/tab-state';
import { startBadPagesServer, type BadPagesServer } from './harness/bad-pages-server';
import { chromiumPath, launchChromium, type ChromiumSession } from './harness/chromium';
import { openPanel } from './harness/chromium-helpers';
import { startFixtureServer, type FixtureServer } from './harness/server';
import { WATCH_PAGE, integrityFixtures, type Fixture, type Win } from './harness/page-integrity-fixtures';
import { isFinal } from '../../lib/protocol/tab-state';

/*
 * Pages that run their own scripts behave the same, and keep the same DOM, with Kontekst as without it
 * (a second Chromium with no extension is the reference), also while and after a card lights up their
 * text; and the page keeps handling every event of its own meanwhile. (How long the content script's
 * work takes, and whether any task grows long, is measured by npm run bench, not asserted here: the
 * machines are shared.)
 */

let session: ChromiumSession;
let plain: Browser;
let plainContext: BrowserContext;
let bad: BadPagesServer;
let articles: FixtureServer;

beforeAll(async () => {
  bad = await startBadPagesServer();
  articles = await startFixtureServer();
  session = await launchChromium();
  await session.context.addInitScript(WATCH_PAGE);
  plain = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
  });
  plainContext = await plain.newContext({ viewport: { width: 1200, height: 900 } });
  await plainContext.addInitScript(WATCH_PAGE);
});
afterAll(async () => {
  await session?.close();
  await plain?.close();
  await bad?.close();
  await articles?.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const FIXTURES = integrityFixtures(() => ({ articles, bad }));

/** The page as the page and the test see it: its own checks, its whole DOM, what it observed. */
async function snapshot(page: Page, f: Fixture) {
  const checks = await page.evaluate(f.checks);
  const seen = await page.evaluate(() => {
    const w = (window as unknown as Win).__integrity;
    return { html: document.documentElement.outerHTML, mutations: [...w.mutations], messages: [...w.messages] };
  });
  return { checks, ...seen };
}

async function settledState(url: string): Promise<{ tabId: number; state: TabState }> {
  for (let i = 0; i < 300; i++) {
    const worker = await session.worker();
    const all = (await worker.evaluate(() => chrome.storage.session.get(null))) as Record<string, TabState>;
    const hit = Object.entries(all).find(([k, s]) => k.startsWith('tab:') && s.url === url && isFinal(s));
    if (hit) return { tabId: Number(hit[0].slice(4)), state: hit[1] };
    await sleep(100);
  }
  throw new Error(`no settled state for ${url}`);
}

const keysHandled = (page: Page) => page.evaluate(() => (window as unknown as Win).__integrity.keys);

const highlighted = (page: Page) =>
  page.evaluate(() => (CSS.highlights.get('kontekst-mention') as Highlight | undefined)?.size ?? 0);

describe.each(FIXTURES)('$name', (f) => {
  let reference: Awaited<ReturnType<typeof snapshot>>;
  let page: Page;
  let tabId: number;

  beforeAll(async () => {
    const p = await plainContext.newPage();
    await p.goto(f.url());
    await p.waitForFunction(f.ready);
    await f.act(p);
    reference = await snapshot(p, f);
    await p.close();

    page = await session.context.newPage();
    await page.goto(f.url());
    await page.waitForFunction(f.ready);
    tabId = (await settledState(f.url())).tabId;
    await f.act(page);
  });
  afterAll(async () => {
    await page?.close();
  });

  test('behaves and looks the same as in a browser without Kontekst', async () => {
    const { state } = await settledState(f.url());
    expect(state.status).toBe('ready');
    const now = await snapshot(page, f);
    expect(now.checks).toBe(reference.checks);
    expect(now.html).toBe(reference.html);
    expect(now.mutations).toEqual(reference.mutations);
    expect(now.messages).toEqual(reference.messages);
  });

  test('opening and closing a card changes nothing in the DOM (CSS Custom Highlight API)', async () => {
    const panel = await openPanel(session, tabId);
    await panel.click(`[data-testid="card-${f.card}"] .card-head`);
    await expect.poll(() => highlighted(page)).toBeGreaterThan(0);
    const open = await snapshot(page, f);
    expect(open.html).toBe(reference.html);
    expect(open.checks).toBe(reference.checks);
    await panel.click(`[data-testid="card-${f.card}"] .card-head`);
    await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBe(0);
    const closed = await snapshot(page, f);
    expect(closed.html).toBe(reference.html);
    expect(closed.checks).toBe(reference.checks);
    expect(closed.mutations).toEqual(reference.mutations);
    await panel.close();
  });

  test('the page handles every event of its own while the content script runs and a card is open', async () => {
    const cs = await page.evaluate(() => performance.getEntriesByName('kontekst-content').map((e) => e.duration));
    expect(cs.length, 'the content script ran on the page').toBeGreaterThan(0);
    console.log(`# ${f.name}: content script ${cs.map((d) => `${d.toFixed(1)} ms`).join(', ')} (not asserted)`);
    const before = await keysHandled(page);
    const panel = await openPanel(session, tabId);
    // Key presses sent while the card lights the page up: not one may be lost or left waiting.
    const presses = (async () => {
      for (let i = 0; i < 20; i++) await page.keyboard.press('Shift');
    })();
    await panel.click(`[data-testid="card-${f.card}"] .card-head`);
    await presses;
    await expect.poll(() => highlighted(page)).toBeGreaterThan(0);
    await expect.poll(() => keysHandled(page)).toBe(before + 20);
    await panel.click(`[data-testid="card-${f.card}"] .card-head`);
    await panel.close();
  });
});
