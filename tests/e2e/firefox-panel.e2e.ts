import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { AxeResults } from 'axe-core';
import { launchFirefox, type FirefoxSession } from './harness/firefox';
import { mentionsLit, openPanel, stateOf, textOf } from './harness/firefox-helpers';
import { startFixtureServer, type FixtureServer } from './harness/server';

/**
 * Firefox: the panel's quality (tests/e2e/panel-quality.e2e.ts) — axe-core in light and dark with cards
 * open, keyboard only, 320 px — and the highlight in the article stepping through the mentions.
 *
 * Not here, and why: "no layout jump while the panel loads". Firefox ESR has no Layout Instability API
 * (`layout-shift` is not among PerformanceObserver.supportedEntryTypes), so there is nothing to measure
 * the shift with; the Chromium suite keeps that check.
 */
const SHOTS = 'tests/artifacts/screenshots';
const AXE = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');
const BALKANS = 'bk-serbia-troops-kosovo-border-en';

let session: FirefoxSession;
let server: FixtureServer;
let article: Page;
let tabId: number;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startFixtureServer();
  session = await launchFirefox();
  article = await session.browser.newPage();
  await article.goto(server.article(BALKANS));
  const found = await stateOf(session, server.article(BALKANS));
  expect(found.state.status).toBe('ready');
  tabId = found.tabId;
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

interface Violation {
  id: string;
  impact: string | null;
  targets: string[];
  incomplete: boolean;
}

/**
 * axe-core's violations on the panel as it is now. The extension page's CSP admits only its own scripts;
 * WebDriver BiDi evaluates axe's source as the test's own script, which no page CSP governs.
 */
async function axeViolations(panel: Page): Promise<Violation[]> {
  if (!(await panel.evaluate(() => 'axe' in window))) await panel.evaluate(AXE);
  return panel.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<AxeResults> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations', 'incomplete'] });
    const list = (results: AxeResults['violations'], incomplete: boolean) =>
      results.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        targets: v.nodes.map((n) => n.target.join(' ')),
        incomplete,
      }));
    return [...list(result.violations, false), ...list(result.incomplete, true)];
  });
}

const expanded = (panel: Page, id: string) =>
  panel.evaluate(
    (s: string) => document.querySelector(s)?.getAttribute('aria-expanded') ?? null,
    `[data-testid="card-${id}"] .card-head`,
  );

async function expand(panel: Page, id: string): Promise<void> {
  if ((await expanded(panel, id)) !== 'true') await panel.click(`[data-testid="card-${id}"] .card-head`);
  await panel.waitForSelector(`[data-testid="card-${id}"] [data-testid="fact"]`);
}

/**
 * Light or dark for web content. Puppeteer's emulateMediaFeatures needs CDP, and Firefox ESR's BiDi has no
 * media-feature override; Firefox's own pref for the content colour scheme is set instead, through the
 * browser's chrome scope (allowed by --remote-allow-system-access).
 */
async function setColourScheme(colours: 'light' | 'dark'): Promise<void> {
  const bidi = (session.browser as unknown as { connection: { send(m: string, p: object): Promise<unknown> } })
    .connection;
  const tree = (await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' })) as {
    result: { contexts: { context: string }[] };
  };
  const value = colours === 'dark' ? 0 : 1;
  await bidi.send('script.evaluate', {
    target: { context: tree.result.contexts[0]!.context },
    expression: `Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', ${value})`,
    awaitPromise: false,
  });
}

const scheme = (panel: Page) => panel.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);

const focusVisible = (panel: Page) =>
  panel.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return false;
    const s = getComputedStyle(el);
    return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
  });
const activeLabel = (panel: Page) => panel.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);

/** The mention the article marks as current: its text and where it stands on the page. */
const currentMention = (page: Page) =>
  page.evaluate(() => {
    const h = CSS.highlights.get('kontekst-current') as Highlight | undefined;
    const range = h ? ([...h.keys()][0] as Range | undefined) : undefined;
    if (!range) return null;
    const box = range.getBoundingClientRect();
    return { text: range.toString(), top: Math.round(box.top + scrollY), left: Math.round(box.left) };
  });

describe('Firefox: panel quality, accessibility, keyboard, narrow width', () => {
  test('axe-core finds no serious or critical violation, light and dark, with cards expanded', async () => {
    const panel = await openPanel(session, tabId);
    await panel.waitForSelector('[data-testid="card-kosovo"]');
    const serious: string[] = [];
    for (const colours of ['light', 'dark'] as const) {
      await setColourScheme(colours);
      await expect.poll(() => scheme(panel)).toBe(colours === 'dark');
      for (const id of ['kosovo', 'kfor']) {
        await expand(panel, id);
        if (id === 'kosovo') await panel.waitForSelector('[data-testid="locator-map"]');
        const found = await axeViolations(panel);
        for (const v of found.filter((f) => !f.incomplete)) {
          console.log(`# Firefox axe ${colours} ${id}: ${v.id} (${v.impact}) ${v.targets.join(' | ')}`);
          if (v.impact === 'serious' || v.impact === 'critical') serious.push(`${colours}/${id}: ${v.id}`);
        }
        const review = found.filter((f) => f.incomplete);
        console.log(
          `# Firefox axe ${colours} ${id}: ${found.length - review.length} violations; to review by eye: ` +
            (review.map((v) => `${v.id} ×${v.targets.length}`).join(', ') || 'none'),
        );
      }
      await panel.screenshot({ path: `${SHOTS}/firefox-panel-${colours}.png` });
    }
    expect(serious).toEqual([]);
    await panel.close();
  });

  test('keyboard: Tab to a card, Enter opens it and lights the article, mention buttons, Space closes', async () => {
    const panel = await openPanel(session, tabId);
    await panel.waitForSelector('[data-testid="card-kosovo"]');
    await panel.bringToFront();
    let tabs = 0;
    for (; tabs < 20; tabs++) {
      await panel.keyboard.press('Tab');
      if (await panel.evaluate(() => document.activeElement?.classList.contains('card-head'))) break;
    }
    console.log(`# Firefox keyboard: first card header after ${tabs + 1} Tab presses`);
    expect(await panel.evaluate(() => document.activeElement === document.querySelector('.card-head'))).toBe(true);
    expect(await focusVisible(panel)).toBe(true);
    const card = await panel.evaluate(() => document.activeElement!.closest('.card')!.getAttribute('data-testid')!);
    const head = `[data-testid="${card}"] .card-head`;
    const ariaExpanded = () =>
      panel.evaluate((s: string) => document.querySelector(s)?.getAttribute('aria-expanded'), head);
    const position = () => textOf(panel, `[data-testid="${card}"] [data-testid="highlight-position"]`);

    await panel.keyboard.press('Enter');
    await expect.poll(ariaExpanded).toBe('true');
    await expect.poll(() => mentionsLit(article)).toBeGreaterThan(0);
    await expect.poll(position).toMatch(/Mention 1 of (\d+)/);
    const total = Number(/of (\d+)/.exec((await position()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(1);
    await panel.keyboard.press('Tab'); // previous
    await panel.keyboard.press('Tab'); // next
    expect(await activeLabel(panel)).toBe('Next mention');
    expect(await focusVisible(panel)).toBe(true);
    await panel.keyboard.press('Enter');
    await expect.poll(position).toMatch(/Mention 2 of/);
    await panel.keyboard.press(' ');
    await expect.poll(position).toMatch(/Mention 3 of/);
    await panel.keyboard.down('Shift');
    await panel.keyboard.press('Tab');
    await panel.keyboard.up('Shift');
    expect(await activeLabel(panel)).toBe('Previous mention');
    await panel.keyboard.press('Enter');
    await expect.poll(position).toMatch(/Mention 2 of/);

    await panel.keyboard.down('Shift');
    await panel.keyboard.press('Tab');
    await panel.keyboard.up('Shift');
    expect(await panel.evaluate(() => document.activeElement?.classList.contains('card-head'))).toBe(true);
    await panel.keyboard.press(' ');
    await expect.poll(ariaExpanded).toBe('false');
    await expect.poll(() => article.evaluate(() => CSS.highlights.has('kontekst-mention'))).toBe(false);
    await panel.close();
  });

  test('at 320 px the page never scrolls sideways, with a claims table and a chart open', async () => {
    const panel = await openPanel(session, tabId, { width: 320, height: 800 });
    await panel.waitForSelector('[data-testid="card-kosovo"]');
    // Firefox draws a classic scrollbar inside the 320 px: the width to fit is the document's client width.
    const overflow = () =>
      panel.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
        width: innerWidth,
      }));
    const start = await overflow();
    expect(start.width).toBe(320);
    expect(start.scroll).toBe(start.client);

    await expand(panel, 'kosovo');
    await panel.waitForSelector('[data-testid="card-kosovo"] [data-testid="claims"]');
    if (await panel.$('[data-testid="card-kosovo"] .claims .link-button'))
      await panel.click('[data-testid="card-kosovo"] .claims .link-button');
    await panel.waitForSelector('[data-testid="locator-map"]');
    const kosovo = await overflow();
    console.log(`# Firefox 320 px, Kosovo open: scrollWidth ${kosovo.scroll}`);
    expect(kosovo.scroll).toBeLessThanOrEqual(kosovo.client);
    await panel.screenshot({ path: `${SHOTS}/firefox-panel-320.png` });

    await expand(panel, 'kfor');
    await panel.waitForSelector('[data-testid="card-kfor"] [data-testid="series-chart"]');
    await panel.click('[data-testid="card-kfor"] .chart-toggle');
    const kfor = await overflow();
    console.log(`# Firefox 320 px, KFOR open with its data table: scrollWidth ${kfor.scroll}`);
    expect(kfor.scroll).toBeLessThanOrEqual(kfor.client);
    await panel.close();
  });

  test('highlight: every mention the card counts is lit, next and previous move the current one in the article', async () => {
    const panel = await openPanel(session, tabId);
    await panel.waitForSelector('[data-testid="card-kosovo"]');
    await panel.click('[data-testid="card-kosovo"] .card-head');
    const position = () => textOf(panel, '[data-testid="card-kosovo"] [data-testid="highlight-position"]');
    await expect.poll(position).toMatch(/Mention 1 of \d+/);
    const total = Number(/of (\d+)/.exec((await position())!)![1]);
    expect(await mentionsLit(article)).toBe(total);
    const first = await currentMention(article);
    expect(first?.text).toMatch(/Kosov/);

    await panel.click('[data-testid="card-kosovo"] [aria-label="Next mention"]');
    await expect.poll(position).toMatch(/Mention 2 of/);
    const second = await currentMention(article);
    expect(second?.text).toMatch(/Kosov/);
    expect(second).not.toEqual(first);
    // The article scrolled to the current mention: it is in view.
    const inView = await article.evaluate(() => {
      const range = [...(CSS.highlights.get('kontekst-current') as Highlight).keys()][0] as Range;
      const box = range.getBoundingClientRect();
      return box.bottom > 0 && box.top < innerHeight;
    });
    expect(inView).toBe(true);

    await panel.click('[data-testid="card-kosovo"] [aria-label="Previous mention"]');
    await expect.poll(position).toMatch(/Mention 1 of/);
    expect(await currentMention(article)).toEqual(first);
    // Previous from the first goes round to the last.
    await panel.click('[data-testid="card-kosovo"] [aria-label="Previous mention"]');
    await expect.poll(position).toMatch(new RegExp(`Mention ${total} of ${total}`));

    await panel.click('[data-testid="card-kosovo"] .card-head');
    await expect.poll(() => article.evaluate(() => CSS.highlights.size)).toBe(0);
    await panel.close();
  });
});
