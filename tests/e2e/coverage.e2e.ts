import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { openPanel, settledState, tabIdOf } from './harness/chromium-helpers';
import { ARTICLE, TODAY, respond } from './harness/coverage-standin';
import { describeRequests, startLookupStandin, type LookupStandin } from './harness/lookup-standin';

/**
 * Related coverage against a stand-in for GDELT on 127.0.0.1 (the test build's look-up base is set in
 * extension storage, which no page can reach): success, 429, a timeout, a plain-text error with 200,
 * malformed JSON, a title carrying HTML and script — and, with look-ups off, not one request.
 *
 * Each test has its own browser profile and its own stand-in: no test inherits another's cache, rate
 * limit or back-off, and no late request of one test lands in another's log.
 */
let session: ChromiumSession;
let standin: LookupStandin;

beforeEach(async () => {
  standin = await startLookupStandin({ '/article/': () => ARTICLE.replaceAll('2023-09-30', TODAY) }, respond);
  session = await launchChromium();
});
afterEach(async () => {
  await session?.close();
  await standin?.close();
});

async function setStorage(items: Record<string, unknown>) {
  const worker = await session.worker();
  await worker.evaluate((i) => chrome.storage.local.set(i), items);
}

const LOOKUPS_ON = { settings: { version: 1, networkAsked: true, networkLookups: true } };

async function panelFor(mode: string): Promise<{ panel: Page; page: Page }> {
  await setStorage({ 'test:gdeltBase': `${standin.origin}/${mode}/api` });
  const page = await session.context.newPage();
  const url = `${standin.origin}/article/?${mode}`;
  await page.goto(url);
  const tabId = await tabIdOf(session, url);
  expect((await settledState(session, tabId)).status).toBe('ready');
  return { panel: await openPanel(session, tabId), page };
}

const status = (panel: Page) => panel.locator('[data-testid="live-coverage"]').getAttribute('data-status');

describe('related coverage, look-ups allowed', () => {
  beforeEach(() => setStorage(LOOKUPS_ON));

  test('success: grouped by language, names sent listed, HTML in a title is text, bad links dropped', async () => {
    const { panel } = await panelFor('ok');
    await expect.poll(() => status(panel), { timeout: 15_000 }).toBe('ok');
    expect(await panel.textContent('[data-testid="coverage-serbian"]')).toMatch(/Srbija i Kosovo/);
    expect(await panel.textContent('[data-testid="coverage-albanian"]')).toMatch(/Kosova dhe Serbia/);
    expect(await panel.textContent('[data-testid="coverage-international"]')).toMatch(/NATO weighs more troops/);
    expect(await panel.textContent('[data-testid="sent-terms"]')).toMatch(/^Sent to GDELT: .*Kosovo/);
    expect(await panel.locator('[data-testid="related"] img, [data-testid="related"] script').count()).toBe(0);
    expect(await panel.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    const hrefs = await panel
      .locator('[data-testid="related"] a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.every((h) => /^https?:\/\//.test(h))).toBe(true);
    expect(await panel.locator('[data-testid="curated"] a').count()).toBeGreaterThan(2);
    // What the stand-in received is names only: no page text, no URL of the article.
    const lookups = standin.lookups();
    expect(lookups.length, describeRequests(standin.seen)).toBe(1);
    const sent = decodeURIComponent(lookups[0]!.path);
    expect(sent).toMatch(/query=/);
    expect(sent).not.toMatch(/127\.0\.0\.1|pull back troops|Adria Wire/);
    expect(lookups[0]!.referer, 'the look-up carries no referrer').toBeNull();
  });

  test.each([
    ['plaintext', 'a plain-text error with HTTP 200'],
    ['malformed', 'malformed JSON'],
    ['slow', 'a timeout'],
  ])('%s: %s says unavailable, and the cards stay', async (mode) => {
    // The reader's own earlier reading of the same story is there whatever GDELT does: read it once first.
    await setStorage({ 'test:gdeltBase': `${standin.origin}/${mode}/api` });
    const first = await session.context.newPage();
    await first.goto(`${standin.origin}/article/?earlier`);
    await settledState(session, await tabIdOf(session, `${standin.origin}/article/?earlier`));
    const { panel } = await panelFor(mode);
    await expect.poll(() => status(panel), { timeout: 20_000 }).toBe('error');
    expect(await panel.textContent('[data-testid="coverage-unavailable"]')).toMatch(/unavailable/);
    expect(await panel.locator('[data-testid="card-kosovo"]').count()).toBe(1);
    expect(await panel.locator('[data-testid="earlier-reading"] li').count()).toBeGreaterThan(0);
  });

  test('429: says to wait, and backs off', async () => {
    const { panel } = await panelFor('ratelimited');
    await expect.poll(() => status(panel), { timeout: 15_000 }).toBe('error');
    expect(await panel.textContent('[data-testid="coverage-unavailable"]')).toMatch(/wait/);
    // Asking again at once does not reach the server: the client waits after a 429.
    await panel.reload();
    await expect.poll(() => status(panel), { timeout: 15_000 }).toBe('error');
    expect(standin.lookups().length, describeRequests(standin.seen)).toBe(1);
  });

  test('offline: the cards are there, coverage unavailable', async () => {
    await setStorage({ 'test:gdeltBase': 'http://127.0.0.1:9/api' });
    const page = await session.context.newPage();
    const url = `${standin.origin}/article/?offline`;
    await page.goto(url);
    const tabId = await tabIdOf(session, url);
    await settledState(session, tabId);
    const panel = await openPanel(session, tabId);
    await expect.poll(() => status(panel), { timeout: 15_000 }).toBe('error');
    expect(await panel.locator('[data-testid="card-kfor"]').count()).toBe(1);
  });
});

describe('Wikipedia for a name outside the knowledge base', () => {
  test('a dated summary, credited and linked; markup in it shown as text, bad links replaced', async () => {
    await setStorage({ ...LOOKUPS_ON, 'test:wikiBase': `${standin.origin}/wiki/summary/` });
    const { panel } = await panelFor('wikitest');
    const other = panel.locator('[data-testid="card-other"]').filter({ hasText: 'Jake Sullivan' });
    await other.locator('.card-head').click();
    const summary = other.locator('[data-testid="wiki-summary"]');
    await summary.waitFor({ timeout: 15_000 });
    expect(await summary.textContent()).toMatch(/A spokesperson\s+quoted in the story/);
    expect(await summary.textContent()).toMatch(/Last edited/);
    expect(await other.locator('img, script, b').count()).toBe(0);
    const href = await summary.locator('a').getAttribute('href');
    expect(href).toMatch(/^https:\/\/en\.wikipedia\.org\/wiki\/Jake_Sullivan$/);
    expect(await panel.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(standin.lookups().some((r) => r.path.startsWith('/wiki/summary/Jake_Sullivan'))).toBe(true);
  });
});

describe('related coverage, look-ups off', () => {
  test('no request leaves the browser; the panel says nothing was sent', async () => {
    // Bases that would answer: a look-up that slipped through would succeed, and be seen.
    await setStorage({
      settings: { version: 1, networkAsked: true, networkLookups: false },
      'test:gdeltBase': `${standin.origin}/ok/api`,
      'test:wikiBase': `${standin.origin}/wiki/summary/`,
    });
    const page = await session.context.newPage();
    const url = `${standin.origin}/article/?off`;
    await page.goto(url);
    const tabId = await tabIdOf(session, url);
    expect((await settledState(session, tabId)).status).toBe('ready');
    const panel = await openPanel(session, tabId);
    const answered = () => expect.poll(() => status(panel), { timeout: 15_000 }).toMatch(/^(off|ok|error)$/);
    await answered();
    // Everything that would look something up has had its turn: the coverage section has its answer, and
    // the card of a name outside the knowledge base (a Wikipedia look-up when allowed) is open.
    const other = panel.locator('[data-testid="card-other"]').filter({ hasText: 'Jake Sullivan' });
    await other.locator('.card-head').click();
    await other.locator('.card-head[aria-expanded="true"]').waitFor();
    await panel.reload();
    await answered();
    console.log(`# the stand-in saw, with look-ups off:\n${describeRequests(standin.seen)}`);
    expect(
      standin.lookups(),
      `look-ups reached the stand-in with look-ups off:\n${describeRequests(standin.seen)}`,
    ).toEqual([]);
    // The page itself was served (the stand-in saw the browser), so an empty log is not a dead server.
    expect(standin.seen.some((r) => r.path === '/article/?off')).toBe(true);
    expect(await status(panel)).toBe('off');
    expect(await panel.locator('[data-testid="sent-terms"]').count()).toBe(0);
    expect(await panel.locator('[data-testid="card-kosovo"]').count()).toBe(1);
  });
});
