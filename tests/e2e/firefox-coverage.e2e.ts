import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxSession } from './harness/firefox';
import { countOf, openPanel, setStorage, stateOf, textOf } from './harness/firefox-helpers';
import { ARTICLE, TODAY, respond } from './harness/coverage-standin';
import { describeRequests, startLookupStandin, type LookupStandin } from './harness/lookup-standin';

/**
 * Firefox: related coverage against the same stand-in as the Chromium suite (tests/e2e/coverage.e2e.ts),
 * the look-up base set in the extension's storage: success, 429, a timeout, a plain-text error with 200,
 * malformed JSON, markup in a title, a Wikipedia summary — and, with look-ups off, not one request.
 * Each test has its own Firefox profile and its own stand-in (no cache, rate limit or back-off carried over).
 */
let session: FirefoxSession;
let standin: LookupStandin;

beforeEach(async () => {
  standin = await startLookupStandin({ '/article/': () => ARTICLE.replaceAll('2023-09-30', TODAY) }, respond);
  session = await launchFirefox();
});
afterEach(async () => {
  await session?.close();
  await standin?.close();
});

const LOOKUPS_ON = { settings: { version: 1, networkAsked: true, networkLookups: true } };

async function readArticle(query: string): Promise<number> {
  const page = await session.browser.newPage();
  const url = `${standin.origin}/article/?${query}`;
  await page.goto(url);
  const { tabId, state } = await stateOf(session, url);
  expect(state.status).toBe('ready');
  return tabId;
}

async function panelFor(mode: string): Promise<Page> {
  await setStorage(session, { 'test:gdeltBase': `${standin.origin}/${mode}/api` });
  return openPanel(session, await readArticle(mode));
}

const status = (panel: Page) =>
  panel.evaluate(() => document.querySelector('[data-testid="live-coverage"]')?.getAttribute('data-status') ?? null);

/** Reloads the panel's page (puppeteer's reload does not return for moz-extension:// pages). */
async function reload(panel: Page): Promise<void> {
  const path = await panel.evaluate(() => location.pathname.slice(1) + location.search);
  await session.openExtensionPage(path, panel);
  await panel.waitForSelector('body[data-ready="1"]');
}

/** Opens the card of a name found only in the text, by its name. */
async function openOtherCard(panel: Page, name: string): Promise<void> {
  await panel.waitForSelector('[data-testid="card-other"]');
  const head = await panel.evaluateHandle(
    (n: string) =>
      [...document.querySelectorAll('[data-testid="card-other"]')]
        .find((c) => c.textContent?.includes(n))
        ?.querySelector('.card-head') ?? null,
    name,
  );
  const el = head.asElement();
  if (!el) throw new Error(`no card for ${name}`);
  await (el as import('puppeteer-core').ElementHandle<Element>).click();
  await panel.waitForFunction(
    (n: string) =>
      [...document.querySelectorAll('[data-testid="card-other"]')]
        .find((c) => c.textContent?.includes(n))
        ?.querySelector('.card-head[aria-expanded="true"]'),
    {},
    name,
  );
}

const pwned = (panel: Page) => panel.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null);

describe('Firefox: related coverage, look-ups allowed', () => {
  beforeEach(() => setStorage(session, LOOKUPS_ON));

  test('success: grouped by language, names sent listed, HTML in a title is text, bad links dropped', async () => {
    const panel = await panelFor('ok');
    await expect.poll(() => status(panel), { timeout: 15_000 }).toBe('ok');
    expect(await textOf(panel, '[data-testid="coverage-serbian"]')).toMatch(/Srbija i Kosovo/);
    expect(await textOf(panel, '[data-testid="coverage-albanian"]')).toMatch(/Kosova dhe Serbia/);
    expect(await textOf(panel, '[data-testid="coverage-international"]')).toMatch(/NATO weighs more troops/);
    expect(await textOf(panel, '[data-testid="sent-terms"]')).toMatch(/^Sent to GDELT: .*Kosovo/);
    expect(await countOf(panel, '[data-testid="related"] img, [data-testid="related"] script')).toBe(0);
    expect(await pwned(panel)).toBeNull();
    const hrefs = await panel.$$eval('[data-testid="related"] a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((h) => /^https?:\/\//.test(h))).toBe(true);
    expect(await countOf(panel, '[data-testid="curated"] a')).toBeGreaterThan(2);
    const lookups = standin.lookups();
    expect(lookups.length, describeRequests(standin.seen)).toBe(1);
    const sent = decodeURIComponent(lookups[0]!.path);
    expect(sent).toMatch(/query=/);
    expect(sent).not.toMatch(/127\.0\.0\.1|pull back troops|Adria Wire/);
    expect(lookups[0]!.referer, 'the look-up carries no referrer').toBeNull();
    expect(lookups[0]!.origin ?? 'moz-extension://', 'sent by the extension, not the page').toMatch(
      /^moz-extension:\/\//,
    );
  });

  test.each([
    ['plaintext', 'a plain-text error with HTTP 200'],
    ['malformed', 'malformed JSON'],
    ['slow', 'a timeout'],
  ])('%s: %s says unavailable, and the cards stay', async (mode) => {
    await setStorage(session, { 'test:gdeltBase': `${standin.origin}/${mode}/api` });
    // The reader's own earlier reading of the same story is there whatever GDELT does.
    await readArticle('earlier');
    const panel = await panelFor(mode);
    await expect.poll(() => status(panel), { timeout: 20_000 }).toBe('error');
    expect(await textOf(panel, '[data-testid="coverage-unavailable"]')).toMatch(/unavailable/);
    expect(await countOf(panel, '[data-testid="card-kosovo"]')).toBe(1);
    expect(await countOf(panel, '[data-testid="earlier-reading"] li')).toBeGreaterThan(0);
  });

  test('429: says to wait, and backs off', async () => {
    const panel = await panelFor('ratelimited');
    await expect.poll(() => status(panel), { timeout: 15_000 }).toBe('error');
    expect(await textOf(panel, '[data-testid="coverage-unavailable"]')).toMatch(/wait/);
    await reload(panel);
    await expect.poll(() => status(panel), { timeout: 15_000 }).toBe('error');
    expect(standin.lookups().length, describeRequests(standin.seen)).toBe(1);
  });

  test('offline: the cards are there, coverage unavailable', async () => {
    await setStorage(session, { 'test:gdeltBase': 'http://127.0.0.1:9/api' });
    const panel = await openPanel(session, await readArticle('offline'));
    await expect.poll(() => status(panel), { timeout: 15_000 }).toBe('error');
    expect(await countOf(panel, '[data-testid="card-kfor"]')).toBe(1);
  });
});

describe('Firefox: Wikipedia for a name outside the knowledge base', () => {
  test('a dated summary, credited and linked; markup in it shown as text, bad links replaced', async () => {
    await setStorage(session, { ...LOOKUPS_ON, 'test:wikiBase': `${standin.origin}/wiki/summary/` });
    const panel = await panelFor('wikitest');
    await openOtherCard(panel, 'Jake Sullivan');
    const summary = await panel.waitForSelector('[data-testid="card-other"] [data-testid="wiki-summary"]', {
      timeout: 15_000,
    });
    const text = await summary!.evaluate((el) => el.textContent ?? '');
    expect(text).toMatch(/A spokesperson\s+quoted in the story/);
    expect(text).toMatch(/Last edited/);
    const card = await summary!.evaluate((el) => {
      const c = el.closest('[data-testid="card-other"]')!;
      return { markup: c.querySelectorAll('img, script, b').length, href: el.querySelector('a')?.getAttribute('href') };
    });
    expect(card.markup).toBe(0);
    expect(card.href).toMatch(/^https:\/\/en\.wikipedia\.org\/wiki\/Jake_Sullivan$/);
    expect(await pwned(panel)).toBeNull();
    expect(standin.lookups().some((r) => r.path.startsWith('/wiki/summary/Jake_Sullivan'))).toBe(true);
  });
});

describe('Firefox: related coverage, look-ups off', () => {
  test('no request leaves the browser; the panel says nothing was sent', async () => {
    // Bases that would answer: a look-up that slipped through would succeed, and be seen.
    await setStorage(session, {
      settings: { version: 1, networkAsked: true, networkLookups: false },
      'test:gdeltBase': `${standin.origin}/ok/api`,
      'test:wikiBase': `${standin.origin}/wiki/summary/`,
    });
    const panel = await openPanel(session, await readArticle('off'));
    const answered = () => expect.poll(() => status(panel), { timeout: 15_000 }).toMatch(/^(off|ok|error)$/);
    await answered();
    // Everything that would look something up has had its turn: the coverage section has answered, and
    // the card of a name outside the knowledge base (a Wikipedia look-up when allowed) is open.
    await openOtherCard(panel, 'Jake Sullivan');
    await reload(panel);
    await answered();
    console.log(`# Firefox: the stand-in saw, with look-ups off:\n${describeRequests(standin.seen)}`);
    expect(
      standin.lookups(),
      `look-ups reached the stand-in with look-ups off:\n${describeRequests(standin.seen)}`,
    ).toEqual([]);
    expect(standin.seen.some((r) => r.path === '/article/?off')).toBe(true);
    expect(await status(panel)).toBe('off');
    expect(await countOf(panel, '[data-testid="sent-terms"]')).toBe(0);
    expect(await countOf(panel, '[data-testid="card-kosovo"]')).toBe(1);
  });
});
