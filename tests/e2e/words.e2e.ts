import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { openPanel, settledState, tabIdOf } from './harness/chromium-helpers';
import { startFixtureServer, type FixtureServer } from './harness/server';

/** "Words in this article" in Chromium: the contested terms the page uses, listed and lit up on click. */
const ENGLISH = 'bk-belgrade-kosovo-metohija-en';
const SERBIAN = 'bk-kancelarija-kim-sr';

let session: ChromiumSession;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchChromium();
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** The texts of the ranges the page's highlighter painted under `name`. */
const painted = (page: Page, name: string) =>
  page.evaluate(
    (n) => [...((CSS.highlights.get(n) as Highlight | undefined) ?? [])].map((r) => (r as Range).toString()),
    name,
  );

async function open(slug: string): Promise<{ page: Page; panel: Page }> {
  const page = await session.context.newPage();
  await page.goto(server.article(slug));
  const tabId = await tabIdOf(session, server.article(slug));
  expect((await settledState(session, tabId)).status).toBe('ready');
  return { page, panel: await openPanel(session, tabId) };
}

describe('Chromium: words in this article', () => {
  test('an English story quoting Belgrade: "Kosovo and Metohija" listed with who uses it; a click lights it up', async () => {
    const { page, panel } = await open(ENGLISH);
    const words = panel.locator('[data-testid="words"]');
    await words.waitFor();
    expect(await words.locator('h2').textContent()).toBe('Words in this article');
    const entry = words.locator('[data-testid="word"]').filter({ hasText: 'Kosovo and Metohija' });
    expect(await entry.count()).toBe(1);
    const text = (await entry.textContent()) ?? '';
    expect(text).toMatch(/Used by: Serbia \(official usage\)/);
    expect(text).toMatch(/Neutral term: Kosovo/);
    // The other side's wording of the line is there too, as its own entry.
    expect(await words.locator('[data-testid="word"]').filter({ hasText: 'administrative line' }).count()).toBe(1);

    expect(await painted(page, 'kontekst-mention')).toEqual([]);
    await entry.locator('[data-testid="word-show"]').click();
    await expect.poll(() => painted(page, 'kontekst-mention')).toContain('Kosovo and Metohija');
    const lit = await painted(page, 'kontekst-mention');
    expect(
      lit.every((s) => s === 'Kosovo and Metohija'),
      lit.join(' | '),
    ).toBe(true);
    const position = entry.locator('[data-testid="highlight-position"]');
    await expect.poll(() => position.textContent()).toMatch(new RegExp(`^Mention 1 of ${lit.length}$`));
    await entry.locator('button[aria-label="Next mention"]').click();
    await expect.poll(() => position.textContent()).toMatch(new RegExp(`^Mention 2 of ${lit.length}$`));
    expect(await painted(page, 'kontekst-current')).toEqual(['Kosovo and Metohija']);
    // A second click clears the page.
    await entry.locator('[data-testid="word-show"]').click();
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('kontekst-mention'))).toBe(false);
  });

  test('a Serbian story: the inflected forms and KiM are one entry, all lit up', async () => {
    const { page, panel } = await open(SERBIAN);
    const entry = panel.locator('[data-testid="word"]').filter({ hasText: 'Serbia (official usage)' });
    await entry.waitFor();
    // One entry for all of Kosovo i Metohija's forms; the other is the story's "zabrana dinara".
    expect(await entry.count()).toBe(1);
    expect(await panel.locator('[data-testid="word"]').count()).toBe(2);
    await entry.locator('[data-testid="word-show"]').click();
    await expect.poll(async () => (await painted(page, 'kontekst-mention')).length).toBeGreaterThan(3);
    const lit = await painted(page, 'kontekst-mention');
    expect(lit).toEqual(expect.arrayContaining(['Kosovu i Metohiji', 'Kosova i Metohije', 'KiM']));
    // The genitive "Kosova" alone (nezavisnost Kosova) is not lit: it is no contested term in Serbian.
    expect(lit).not.toContain('Kosova');
  });
});
