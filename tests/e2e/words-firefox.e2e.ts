import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxSession } from './harness/firefox';
import { firefoxPanelFor } from './harness/firefox-helpers';
import { startFixtureServer, type FixtureServer } from './harness/server';

/** "Words in this article" in Firefox: the same entries and highlights as in Chromium (words.e2e.ts). */
const ENGLISH = 'bk-belgrade-kosovo-metohija-en';
const SERBIAN = 'bk-kancelarija-kim-sr';

let session: FirefoxSession;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchFirefox();
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

const painted = (page: Page, name: string) =>
  page.evaluate(
    (n) => [...((CSS.highlights.get(n) as Highlight | undefined) ?? [])].map((r) => (r as Range).toString()),
    name,
  );

/** The text of the entry that mentions `wording`, or null. */
const entryText = (panel: Page, wording: string) =>
  panel.evaluate(
    (w) =>
      [...document.querySelectorAll('[data-testid="word"]')].find((e) => e.textContent?.includes(w))?.textContent ??
      null,
    wording,
  );

/** Clicks a button of the entry that mentions `wording`. */
const clickIn = (panel: Page, wording: string, selector: string) =>
  panel.evaluate(
    (w, s) => {
      const entry = [...document.querySelectorAll('[data-testid="word"]')].find((e) => e.textContent?.includes(w));
      (entry?.querySelector(s) as HTMLButtonElement | null)?.click();
      return !!entry;
    },
    wording,
    selector,
  );

describe('Firefox: words in this article', () => {
  test('"Kosovo and Metohija" listed with who uses it and the neutral term; a click lights it up, next steps', async () => {
    const { page, panel } = await firefoxPanelFor(session, server.article(ENGLISH));
    await panel.waitForSelector('[data-testid="words"] [data-testid="word"]');
    const text = (await entryText(panel, 'Kosovo and Metohija')) ?? '';
    expect(text).toMatch(/Used by: Serbia \(official usage\)/);
    expect(text).toMatch(/Neutral term: Kosovo/);
    expect(await entryText(panel, 'administrative line')).not.toBeNull();

    expect(await painted(page, 'kontekst-mention')).toEqual([]);
    expect(await clickIn(panel, 'Kosovo and Metohija', '[data-testid="word-show"]')).toBe(true);
    await expect.poll(() => painted(page, 'kontekst-mention'), { timeout: 10_000 }).toContain('Kosovo and Metohija');
    const lit = await painted(page, 'kontekst-mention');
    expect(
      lit.every((s) => s === 'Kosovo and Metohija'),
      lit.join(' | '),
    ).toBe(true);
    const position = () => panel.$eval('[data-testid="highlight-position"]', (e) => e.textContent);
    await expect.poll(position).toBe(`Mention 1 of ${lit.length}`);
    await clickIn(panel, 'Kosovo and Metohija', 'button[aria-label="Next mention"]');
    await expect.poll(position).toBe(`Mention 2 of ${lit.length}`);
    expect(await painted(page, 'kontekst-current')).toEqual(['Kosovo and Metohija']);
    await clickIn(panel, 'Kosovo and Metohija', '[data-testid="word-show"]');
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('kontekst-mention'))).toBe(false);
  });

  test('a Serbian story: the inflected forms and KiM are one entry, all lit up, the genitive Kosova alone not', async () => {
    const { page, panel } = await firefoxPanelFor(session, server.article(SERBIAN));
    await panel.waitForSelector('[data-testid="words"] [data-testid="word"]');
    // One entry for all of Kosovo i Metohija's forms; the other is the story's "zabrana dinara".
    const entries = await panel.$$eval('[data-testid="word"]', (els) => els.map((e) => e.textContent ?? ''));
    expect(entries.filter((t) => t.includes('Serbia (official usage)'))).toHaveLength(1);
    expect(entries).toHaveLength(2);
    expect(await clickIn(panel, 'Serbia (official usage)', '[data-testid="word-show"]')).toBe(true);
    await expect
      .poll(async () => (await painted(page, 'kontekst-mention')).length, { timeout: 10_000 })
      .toBeGreaterThan(3);
    const lit = await painted(page, 'kontekst-mention');
    expect(lit).toEqual(expect.arrayContaining(['Kosovu i Metohiji', 'Kosova i Metohije', 'KiM']));
    expect(lit).not.toContain('Kosova');
  });
});
