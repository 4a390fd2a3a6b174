import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startBadPagesServer, type BadPagesServer } from './harness/bad-pages-server';
import { firefoxPath, launchFirefox, type FirefoxSession } from './harness/firefox';
import { mentionsLit, openPanel, stateOf } from './harness/firefox-helpers';
import { WATCH_PAGE, integrityFixtures, type Fixture, type Win } from './harness/page-integrity-fixtures';
import { startFixtureServer, type FixtureServer } from './harness/server';

/*
 * Firefox: pages that run their own scripts behave the same, and keep the same DOM, with Kontekst as
 * without it (a second Firefox with no add-on is the reference), also while and after a card lights up
 * their text; and the page keeps handling every event of its own meanwhile (tests/e2e/page-integrity.e2e.ts).
 */
let session: FirefoxSession;
let plain: Browser;
let bad: BadPagesServer;
let articles: FixtureServer;
const VIEWPORT = { width: 1200, height: 900 };

beforeAll(async () => {
  bad = await startBadPagesServer();
  articles = await startFixtureServer();
  session = await launchFirefox();
  plain = await puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath(), headless: true });
});
afterAll(async () => {
  await session?.close();
  await plain?.close();
  await bad?.close();
  await articles?.close();
});

const FIXTURES = integrityFixtures(() => ({ articles, bad }));

/** A page that runs WATCH_PAGE before any of its own scripts (a BiDi preload script). */
async function watchedPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport(VIEWPORT);
  await page.evaluateOnNewDocument(WATCH_PAGE);
  return page;
}

async function snapshot(page: Page, f: Fixture) {
  const checks = await page.evaluate(f.checks);
  const seen = await page.evaluate(() => {
    const w = (window as unknown as Win).__integrity;
    return { html: document.documentElement.outerHTML, mutations: [...w.mutations], messages: [...w.messages] };
  });
  return { checks, ...seen };
}

const keysHandled = (page: Page) => page.evaluate(() => (window as unknown as Win).__integrity.keys);

describe.each(FIXTURES)('Firefox: $name', (f) => {
  let reference: Awaited<ReturnType<typeof snapshot>>;
  let page: Page;
  let tabId: number;

  beforeAll(async () => {
    const p = await watchedPage(plain);
    await p.goto(f.url());
    await p.waitForFunction(f.ready);
    await f.act(p);
    reference = await snapshot(p, f);
    await p.close();

    page = await watchedPage(session.browser);
    await page.goto(f.url());
    await page.waitForFunction(f.ready);
    tabId = (await stateOf(session, f.url())).tabId;
    await f.act(page);
  });
  afterAll(async () => {
    await page?.close();
  });

  test('behaves and looks the same as in a Firefox without Kontekst', async () => {
    const { state } = await stateOf(session, f.url());
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
    await expect.poll(() => mentionsLit(page)).toBeGreaterThan(0);
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
    const cs = await page.evaluate(() => performance.getEntriesByName('kontekst-content').length);
    expect(cs, 'the content script ran on the page').toBeGreaterThan(0);
    const before = await keysHandled(page);
    const panel = await openPanel(session, tabId);
    await page.bringToFront();
    // Key presses sent while the card lights the page up: not one may be lost.
    const presses = (async () => {
      for (let i = 0; i < 20; i++) await page.keyboard.press('Shift');
    })();
    await panel.click(`[data-testid="card-${f.card}"] .card-head`);
    await presses;
    await expect.poll(() => mentionsLit(page)).toBeGreaterThan(0);
    await expect.poll(() => keysHandled(page)).toBe(before + 20);
    await panel.click(`[data-testid="card-${f.card}"] .card-head`);
    await panel.close();
  });
});
