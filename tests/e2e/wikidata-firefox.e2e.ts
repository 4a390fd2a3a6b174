import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxSession } from './harness/firefox';
import { firefoxPanelFor } from './harness/firefox-helpers';
import { startWikidataStandIn, type WikidataStandIn } from './harness/wikidata-server';

/** "Is it still true?" in Firefox, against the same Wikidata stand-in as in Chromium (wikidata.e2e.ts). */
let session: FirefoxSession;
let wikidata: WikidataStandIn;

beforeAll(async () => {
  wikidata = await startWikidataStandIn();
  session = await launchFirefox();
});
afterAll(async () => {
  await session?.close();
  await wikidata?.close();
});

async function setStorage(items: Record<string, unknown>) {
  const helper = await session.openExtensionPage('sidepanel.html');
  await helper.evaluate(async (i) => {
    const api = (globalThis as unknown as { browser: typeof chrome }).browser;
    const all = await api.storage.local.get(null);
    await api.storage.local.remove(Object.keys(all).filter((k) => k.startsWith('wikidata:')));
    await api.storage.local.set(i);
  }, items);
  await helper.close();
}

const printed = () => JSON.stringify(wikidata.requests, null, 2);
const count = (panel: Page, selector: string) => panel.$$eval(selector, (els) => els.length);

async function openSerbia(tag: string): Promise<Page> {
  const { panel } = await firefoxPanelFor(session, `${wikidata.origin}/article/?${tag}`);
  await panel.waitForSelector('[data-testid="card-serbia"]');
  await panel.click('[data-testid="card-serbia"] .card-head');
  await panel.waitForSelector('[data-testid="card-serbia"] [data-testid="fact"]');
  return panel;
}

describe('Firefox: Wikidata checks the changing facts', () => {
  test('look-ups off: nothing is sent, nothing is shown', async () => {
    await setStorage({
      settings: { version: 1, networkAsked: true, networkLookups: false },
      'test:wikidataBase': wikidata.base('ok'),
      'test:gdeltBase': `${wikidata.origin}/gdelt/api`,
    });
    const panel = await openSerbia('off');
    await expect
      .poll(() => panel.$eval('[data-testid="live-coverage"]', (e) => e.getAttribute('data-status')))
      .toBe('off');
    expect(wikidata.requests, printed()).toHaveLength(0);
    expect(await count(panel, '[data-testid="wikidata-today"]')).toBe(0);
    expect(await count(panel, '[data-testid="sent-wikidata"]')).toBe(0);
  });

  test('look-ups on: the new head of government beside the bundled fact; the ids sent listed', async () => {
    await setStorage({
      settings: { version: 1, networkAsked: true, networkLookups: true },
      'test:wikidataBase': wikidata.base('ok'),
    });
    const panel = await openSerbia('ok');
    await panel.waitForSelector('[data-testid="card-serbia"] [data-testid="wikidata-today"]', { timeout: 15_000 });
    const shown = await panel.$$eval('[data-testid="card-serbia"] [data-testid="wikidata-today"]', (els) =>
      els.map((e) => ({ text: e.textContent, fact: e.closest('[data-testid="fact"]')?.textContent ?? '' })),
    );
    expect(shown).toHaveLength(1);
    expect(shown[0]!.text).toMatch(/^Wikidata today: Jovana Testić \(since 1 Oct 2026; retrieved \d/);
    expect(shown[0]!.fact).toMatch(/Đuro Macut/);
    const sent = await panel.$eval('[data-testid="sent-wikidata"]', (e) => e.textContent ?? '');
    expect(sent).toMatch(/^Sent to Wikidata: .*Q403/);
    expect(sent).toMatch(/Q1246/);
    const asked = wikidata.requests.map((r) => decodeURIComponent(r.url));
    expect(asked, printed()).toHaveLength(2);
    expect(asked[0]).toMatch(/action=wbgetentities&format=json&ids=Q\d+(\|Q\d+)+&props=claims$/);
    expect(asked[1]).toMatch(/props=labels&languages=en$/);
    expect(
      wikidata.requests.every((r) => !r.headers.cookie && !r.headers.referer),
      printed(),
    ).toBe(true);
  });

  test('a 429: the facts stay as bundled, the panel says to wait, and the client backs off', async () => {
    await setStorage({ 'test:wikidataBase': wikidata.base('ratelimited') });
    const before = wikidata.requests.length;
    const panel = await openSerbia('ratelimited');
    await panel.waitForSelector('[data-testid="wikidata-unavailable"]', { timeout: 15_000 });
    expect(await panel.$eval('[data-testid="wikidata-unavailable"]', (e) => e.textContent)).toMatch(/wait/);
    expect(await count(panel, '[data-testid="wikidata-today"]')).toBe(0);
    // Asked again at once (the story in another tab), the client does not go back to Wikidata within its pause.
    const again = await openSerbia('ratelimited-again');
    await again.waitForSelector('[data-testid="wikidata-unavailable"]', { timeout: 15_000 });
    expect(wikidata.requests.length - before, printed()).toBe(1);
  });
});
