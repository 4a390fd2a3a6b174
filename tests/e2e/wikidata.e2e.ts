import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { openPanel, settledState, tabIdOf } from './harness/chromium-helpers';
import { startWikidataStandIn, type WikidataStandIn } from './harness/wikidata-server';

/**
 * "Is it still true?" in Chromium, against a Wikidata stand-in on 127.0.0.1: with look-ups off not one
 * request; with them on, Serbia's changed head of government beside the bundled fact, and the
 * Q-numbers sent listed; a broken answer leaves the facts as bundled and says so.
 */
let session: ChromiumSession;
let wikidata: WikidataStandIn;

beforeAll(async () => {
  wikidata = await startWikidataStandIn();
  session = await launchChromium();
});
afterAll(async () => {
  await session?.close();
  await wikidata?.close();
});

async function setStorage(items: Record<string, unknown>) {
  const worker = await session.worker();
  await worker.evaluate(async (i) => {
    // Answers cached by an earlier test would hide what the stand-in does now.
    const all = await chrome.storage.local.get(null);
    await chrome.storage.local.remove(Object.keys(all).filter((k) => k.startsWith('wikidata:')));
    await chrome.storage.local.set(i);
  }, items);
}

async function panelFor(tag: string): Promise<Page> {
  const page = await session.context.newPage();
  const url = `${wikidata.origin}/article/?${tag}`;
  await page.goto(url);
  const tabId = await tabIdOf(session, url);
  expect((await settledState(session, tabId)).status).toBe('ready');
  const panel = await openPanel(session, tabId);
  await panel.waitForSelector('[data-testid="card-serbia"]');
  return panel;
}

const printed = () => JSON.stringify(wikidata.requests, null, 2);

describe('Chromium: Wikidata checks the changing facts', () => {
  test('look-ups off: nothing is sent, nothing is shown', async () => {
    await setStorage({
      settings: { version: 1, networkAsked: true, networkLookups: false },
      'test:wikidataBase': wikidata.base('ok'),
      'test:gdeltBase': `${wikidata.origin}/gdelt/api`,
    });
    const panel = await panelFor('off');
    await panel.click('[data-testid="card-serbia"] .card-head');
    await panel.waitForSelector('[data-testid="card-serbia"] [data-testid="fact"]');
    // The coverage section settles as "off" too: the panel has asked everything it will ask.
    await expect.poll(() => panel.locator('[data-testid="live-coverage"]').getAttribute('data-status')).toBe('off');
    expect(wikidata.requests, printed()).toHaveLength(0);
    expect(await panel.locator('[data-testid="wikidata-today"]').count()).toBe(0);
    expect(await panel.locator('[data-testid="sent-wikidata"]').count()).toBe(0);
  });

  test('look-ups on: a new head of government beside the bundled fact, dated; the ids sent are listed', async () => {
    await setStorage({
      settings: { version: 1, networkAsked: true, networkLookups: true },
      'test:wikidataBase': wikidata.base('ok'),
    });
    const panel = await panelFor('ok');
    await panel.click('[data-testid="card-serbia"] .card-head');
    const today = panel.locator('[data-testid="card-serbia"] [data-testid="wikidata-today"]');
    await today.waitFor({ timeout: 15_000 });
    expect(await today.count()).toBe(1);
    expect(await today.getAttribute('data-property')).toBe('P6');
    expect(await today.textContent()).toMatch(/^Wikidata today: Jovana Testić \(since 1 Oct 2026; retrieved \d/);
    // Beside the fact it checks: the one naming the bundled prime minister.
    const fact = panel
      .locator('[data-testid="card-serbia"] [data-testid="fact"]')
      .filter({ has: panel.locator('[data-testid="wikidata-today"]') });
    expect(await fact.textContent()).toMatch(/Đuro Macut/);
    // Where Wikidata agrees (Vučić, Kurti), nothing is added.
    await panel.click('[data-testid="card-kosovo"] .card-head');
    await panel.waitForSelector('[data-testid="card-kosovo"] [data-testid="fact"]');
    expect(await panel.locator('[data-testid="card-kosovo"] [data-testid="wikidata-today"]').count()).toBe(0);

    const sent = (await panel.textContent('[data-testid="sent-wikidata"]')) ?? '';
    // The shown cards' Q-numbers (Albania is named in the story too), then the office holders' for their names.
    const [ids, names] = sent.replace(/^Sent to Wikidata: /, '').split(' · Names asked for: ');
    expect(ids!.split(', ')).toEqual(expect.arrayContaining(['Q403', 'Q1246']));
    expect(
      ids!.split(', ').every((id) => /^Q\d+$/.test(id)),
      sent,
    ).toBe(true);
    expect(names?.split(', ')).toEqual(expect.arrayContaining(['Q57', 'Q9001', 'Q888']));
    // Q-numbers only: one request for the claims of both, one for the labels of their values.
    const asked = wikidata.requests.map((r) => decodeURIComponent(r.url));
    expect(asked, printed()).toHaveLength(2);
    expect(asked[0]).toMatch(/action=wbgetentities&format=json&ids=Q\d+(\|Q\d+)+&props=claims$/);
    expect(asked[1]).toMatch(/action=wbgetentities&format=json&ids=Q\d+(\|Q\d+)*&props=labels&languages=en$/);
    expect(asked.join(' ')).not.toMatch(/Serbia|Kosovo|troops|127\.0\.0\.1%3A|article/i);
    expect(
      wikidata.requests.every((r) => !r.headers.cookie && !r.headers.referer),
      printed(),
    ).toBe(true);
  });

  test('a broken answer: the facts stay as bundled, the panel says Wikidata is unavailable', async () => {
    await setStorage({ 'test:wikidataBase': wikidata.base('malformed') });
    const before = wikidata.requests.length;
    const panel = await panelFor('malformed');
    await expect
      .poll(
        async () =>
          `${await panel.locator('[data-testid="wikidata-status"]').getAttribute('data-status')} ${printed()}`,
        { timeout: 15_000 },
      )
      .toMatch(/^error/);
    await panel.locator('[data-testid="wikidata-unavailable"]').waitFor({ timeout: 15_000 });
    expect(await panel.textContent('[data-testid="wikidata-unavailable"]')).toMatch(/unavailable/);
    await panel.click('[data-testid="card-serbia"] .card-head');
    await panel.waitForSelector('[data-testid="card-serbia"] [data-testid="fact"]');
    expect(await panel.locator('[data-testid="wikidata-today"]').count()).toBe(0);
    expect(wikidata.requests.length - before, printed()).toBe(1);
  });
});
