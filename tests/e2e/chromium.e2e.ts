import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { badgeText, openPanel, settledState, tabIdOf } from './harness/chromium-helpers';
import { startFixtureServer, type FixtureServer } from './harness/server';

const SHOTS = 'tests/artifacts/screenshots';
const BALKANS = 'bk-serbia-troops-kosovo-border-en';
const NOT_BALKANS = 'ord-market-report-en';

let session: ChromiumSession;
let server: FixtureServer;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startFixtureServer();
  session = await launchChromium();
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('Chromium: a Balkans article', () => {
  let page: Page;
  let panel: Page;
  let tabId: number;

  beforeAll(async () => {
    page = await session.context.newPage();
    await page.goto(server.article(BALKANS));
    tabId = await tabIdOf(session, server.article(BALKANS));
  });

  test('the content script hands the article over and the badge counts its cards', async () => {
    const state = await settledState(session, tabId);
    expect(state.status).toBe('ready');
    expect(state.analysis?.topic.isBalkans).toBe(true);
    const cards = state.analysis!.cards.length;
    expect(cards).toBeGreaterThan(3);
    expect(await badgeText(session, tabId)).toBe(String(cards));
    await page.screenshot({ path: `${SHOTS}/chromium-article.png` });
  });

  test('the panel shows the cards with the three flagship facts and their sources', async () => {
    panel = await openPanel(session, tabId);
    await panel.waitForSelector('[data-testid="card-kosovo"]');
    expect(await panel.textContent('[data-testid="article-title"]')).toMatch(/Serbia|Kosovo/);
    for (const id of ['kosovo', 'serbia', 'kfor', 'nato', 'aleksandar-vucic', 'antony-blinken', 'raska', 'belgrade']) {
      expect(await panel.locator(`[data-testid="card-${id}"]`).count(), id).toBe(1);
    }
    await panel.click('[data-testid="card-kosovo"] .card-head');
    const kosovo = panel.locator('[data-testid="card-kosovo"]');
    await expect.poll(() => kosovo.locator('[data-testid="fact"]').count()).toBeGreaterThan(2);
    const kosovoText = (await kosovo.textContent()) ?? '';
    expect(kosovoText).toMatch(/17 Feb(?:ruary)? 2008/);
    expect(kosovoText).toMatch(/Disputed/i);
    // Recognition as a dispute: every claimant with a date and a source.
    const claims = kosovo.locator('[data-testid="claims"]');
    expect(await claims.locator('[data-testid="claim"]').count()).toBeGreaterThan(3);
    expect(await claims.locator('a[href^="https://"]').count()).toBeGreaterThan(1);
    await panel.screenshot({ path: `${SHOTS}/chromium-panel-kosovo.png`, fullPage: true });

    await panel.click('[data-testid="card-kfor"] .card-head');
    const kfor = panel.locator('[data-testid="card-kfor"]');
    await expect.poll(() => kfor.locator('[data-testid="fact"]').count()).toBeGreaterThan(2);
    const kforText = (await kfor.textContent()) ?? '';
    expect(kforText).toMatch(/strength/i);
    expect(kforText).toMatch(/1999/);
    expect(kforText).toMatch(/2023/);
    expect(kforText).toMatch(/2025/);
    await panel.screenshot({ path: `${SHOTS}/chromium-panel-kfor.png`, fullPage: true });
  });

  test('the article’s own figure is set against the record; a timeline and a map', async () => {
    const check = panel.locator('[data-testid="figure-check"]').filter({ hasText: '3,400' });
    expect(await check.count()).toBe(1);
    const text = (await check.textContent()) ?? '';
    expect(text).toMatch(/KFOR/);
    expect(text).toMatch(/Consistent|older|Differs/);
    expect(text).toMatch(/2023/);
    // The timeline marks the article's own date among the events.
    await panel.waitForSelector('[data-testid="timeline-article"]');
    expect(await panel.textContent('[data-testid="timeline-article"]')).toMatch(/30 Sept? 2023/);
    // The map: Raška and Belgrade as points, the contested boundary drawn.
    await panel.waitForSelector('[data-testid="contested-boundary"]');
    const points = await panel
      .locator('svg [role="button"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    expect(points.some((l) => /Raška|Raska/.test(l))).toBe(true);
    expect(points.some((l) => /Belgrade/.test(l))).toBe(true);
  });

  test('opening a card lights up its mentions in the article, and next steps through them', async () => {
    // The KFOR card is open from the previous test: its mentions are highlighted.
    await expect
      .poll(() => page.evaluate(() => (CSS.highlights.get('kontekst-mention') as Highlight | undefined)?.size ?? 0))
      .toBeGreaterThan(0);
    const position = panel.locator('[data-testid="highlight-position"]');
    await expect.poll(() => position.textContent()).toMatch(/Mention 1 of \d+/);
    await panel.click('button[aria-label="Next mention"]');
    await expect.poll(() => position.textContent()).toMatch(/Mention 2 of \d+/);
    const current = await page.evaluate(() => {
      const h = CSS.highlights.get('kontekst-current') as Highlight | undefined;
      const range = h ? ([...h][0] as Range) : undefined;
      if (!range) return null;
      const r = range.getBoundingClientRect();
      return { text: range.toString(), top: r.top, bottom: r.bottom, height: innerHeight };
    });
    expect(current?.text).toMatch(/KFOR|Kosovo Force/);
    // Scrolled into view (in a real window the page is beside the panel and animates; here, bring it up).
    await page.bringToFront();
    await expect
      .poll(async () =>
        page.evaluate(() => {
          const h = CSS.highlights.get('kontekst-current') as Highlight | undefined;
          const r = ([...(h ?? [])][0] as Range | undefined)?.getBoundingClientRect();
          return !!r && r.top >= 0 && r.bottom <= innerHeight;
        }),
      )
      .toBe(true);
    // The page re-renders its article (hydration, a live blog): the highlight follows the new text.
    await page.evaluate(() => {
      const story = [...document.querySelectorAll('p')].find((p) => p.textContent?.includes('KFOR'))!.parentElement!;
      story.replaceWith(story.cloneNode(true));
    });
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const h = CSS.highlights.get('kontekst-mention') as Highlight | undefined;
            return !!h && h.size > 0 && [...h].every((r) => (r as Range).startContainer.isConnected);
          }),
        { timeout: 5000 },
      )
      .toBe(true);
    // Collapsing the card clears the highlight.
    await panel.click('[data-testid="card-kfor"] .card-head');
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('kontekst-mention'))).toBe(false);
  });
});

describe('Chromium: a page that is not about the Balkans', () => {
  test('gets no cards and no badge', async () => {
    const page = await session.context.newPage();
    await page.goto(server.article(NOT_BALKANS));
    const tabId = await tabIdOf(session, server.article(NOT_BALKANS));
    const state = await settledState(session, tabId);
    expect(state.status).toBe('not-balkans');
    expect(state.analysis?.cards ?? []).toHaveLength(0);
    expect(await badgeText(session, tabId)).toBe('');
    const panel = await openPanel(session, tabId);
    await panel.waitForSelector('[data-testid="status-not-balkans"]');
    expect(await panel.locator('[data-testid="cards"]').count()).toBe(0);
  });
});
