import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { openPanel, settledState, tabIdOf } from './harness/chromium-helpers';
import { EXTENSION_UUID, launchFirefox } from './harness/firefox';
import { startFixtureServer, type FixtureServer } from './harness/server';
import { pngSize } from '../store/png';

/**
 * What the stores show: the toolbar icon as each browser loads it, the listing screenshots (1280×800, light and
 * dark) and the privacy page behind the options page's link. Headless browsers draw no toolbar, so the icon is
 * checked as the browser serves it from the installed extension, and shown on a contact sheet of toolbar colours
 * (toolbar.e2e.ts photographs it in headed browsers' toolbars); the small promo tile (440×280) is drawn from the
 * shipped icon.
 */
const STORE_SHOTS = 'tests/artifacts/store';
const ICONS_PREVIEW = 'tests/artifacts/icons-preview.png';
/** The README shows the contact sheet (a headless browser has no toolbar to photograph). */
const README_ICONS = 'assets/readme/icons-preview.png';
const ARTICLE = 'bk-serbia-troops-kosovo-border-en';

interface Manifest {
  icons: Record<string, string>;
  action: { default_icon: Record<string, string> };
  sidebar_action?: { default_icon: Record<string, string> };
}

/**
 * Fetches an extension file from one of its pages, as bytes (the browser serves what it installed). Base64
 * crosses WebDriver BiDi where a long array of numbers does not.
 */
const fetchBytes = async (page: { evaluate: Page['evaluate'] }, url: string): Promise<Buffer> =>
  Buffer.from(
    await page.evaluate(async (u: string) => {
      let binary = '';
      for (const byte of new Uint8Array(await (await fetch(u)).arrayBuffer())) binary += String.fromCharCode(byte);
      return btoa(binary);
    }, url),
    'base64',
  );

/** Every icon of a manifest's icon sets, checked to be a PNG of the size its key names; the bytes by size. */
async function checkIcons(sets: Record<string, string>[], fetchIcon: (path: string) => Promise<Buffer>) {
  const bySize = new Map<number, Buffer>();
  for (const set of sets) {
    expect(Object.keys(set).map(Number)).toEqual(expect.arrayContaining([16, 32, 48, 128]));
    for (const [size, path] of Object.entries(set)) {
      const png = await fetchIcon(path);
      expect(pngSize(png), path).toEqual({ width: Number(size), height: Number(size) });
      bySize.set(Number(size), png);
    }
  }
  return bySize;
}

let server: FixtureServer;
beforeAll(async () => {
  mkdirSync(STORE_SHOTS, { recursive: true });
  server = await startFixtureServer();
});
afterAll(() => server?.close());

describe('Chromium: icon, listing screenshots, privacy page', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium();
  });
  afterAll(() => session?.close());

  test('the toolbar icon is served at every size, and looks right on light and dark toolbars', async () => {
    const worker = await session.worker();
    const manifest = (await worker.evaluate(() => chrome.runtime.getManifest())) as unknown as Manifest;
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/options.html`);
    const icons = await checkIcons([manifest.icons, manifest.action.default_icon], (path) =>
      fetchBytes(page, `chrome-extension://${session.extensionId}/${path}`),
    );

    // Contact sheet: 16 and 32 px at their own size on Chrome's and Firefox's light and dark toolbar colours,
    // and 16 px magnified (pixelated) to judge its pixels.
    const src = (size: number) => `data:image/png;base64,${icons.get(size)!.toString('base64')}`;
    const toolbars: [name: string, background: string, text: string][] = [
      ['Chrome light', '#ffffff', '#222'],
      ['Chrome dark', '#3c3c3c', '#eee'],
      ['Firefox light', '#f9f9fb', '#222'],
      ['Firefox dark', '#2b2a33', '#eee'],
    ];
    const cells = toolbars
      .map(
        ([name, bg, text]) =>
          `<div style="background:${bg};padding:12px;display:flex;gap:14px;align-items:center">` +
          `<img src="${src(16)}" width="16" height="16"><img src="${src(32)}" width="32" height="32">` +
          `<img src="${src(16)}" width="64" height="64" style="image-rendering:pixelated">` +
          `<span style="font:12px sans-serif;color:${text}">${name}</span></div>`,
      )
      .join('');
    await page.setViewportSize({ width: 260, height: 4 * 88 });
    await page.setContent(`<body style="margin:0">${cells}</body>`);
    await page.screenshot({ path: ICONS_PREVIEW, fullPage: true });
    expect(pngSize(readFileSync(ICONS_PREVIEW)).width).toBe(260);
    copyFileSync(ICONS_PREVIEW, README_ICONS);

    // The Chrome Web Store's small promo tile, 440×280: the 128 px icon as shipped, the name and what it does.
    await page.setViewportSize({ width: 440, height: 280 });
    await page.setContent(
      `<body style="margin:0;width:440px;height:280px;display:flex;align-items:center;gap:24px;box-sizing:border-box;` +
        `padding:0 32px;background:#eef3fb;color:#0d2a5c;font-family:sans-serif">` +
        `<img src="${src(128)}" width="112" height="112">` +
        `<div><div style="font-size:38px;font-weight:700">Kontekst</div>` +
        `<div style="font-size:17px;line-height:1.35;margin-top:8px">Context cards for Balkans news: dated, sourced, ` +
        `beside the article</div></div></body>`,
    );
    const tile = `${STORE_SHOTS}/promo-small-440x280.png`;
    await page.screenshot({ path: tile });
    expect(pngSize(readFileSync(tile))).toEqual({ width: 440, height: 280 });
    await page.close();
  });

  test('listing screenshots, 1280×800, light and dark: the article with KFOR lit and the panel beside it', async () => {
    const article = await session.context.newPage();
    await article.setViewportSize({ width: 900, height: 800 });
    await article.goto(server.article(ARTICLE));
    const tabId = await tabIdOf(session, server.article(ARTICLE));
    expect((await settledState(session, tabId)).status).toBe('ready');
    const panel = await openPanel(session, tabId, { width: 380, height: 800 });
    await panel.click('[data-testid="card-kfor"] .card-head');
    await panel.waitForSelector('[data-testid="highlight-position"]');
    await expect.poll(() => article.evaluate(() => CSS.highlights.has('kontekst-mention'))).toBe(true);
    await panel.click('button[aria-label="Next mention"]');
    await panel.locator('[data-testid="card-kfor"]').scrollIntoViewIfNeeded();

    const sheet = await session.context.newPage();
    await sheet.setViewportSize({ width: 1280, height: 800 });
    const img = (b: Buffer) => `data:image/png;base64,${b.toString('base64')}`;
    for (const scheme of ['light', 'dark'] as const) {
      await article.emulateMedia({ colorScheme: scheme });
      await panel.emulateMedia({ colorScheme: scheme });
      await article.bringToFront();
      const left = await article.screenshot();
      const right = await panel.screenshot();
      await sheet.setContent(
        `<body style="margin:0;display:flex;background:#888"><img src="${img(left)}" width="900" height="800">` +
          `<img src="${img(right)}" width="379" height="800" style="border-left:1px solid #666"></body>`,
      );
      await sheet.waitForFunction(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0));
      const path = `${STORE_SHOTS}/screenshot-${scheme}-1280x800.png`;
      await sheet.screenshot({ path });
      expect(pngSize(readFileSync(path))).toEqual({ width: 1280, height: 800 });
    }
    await Promise.all([article.close(), panel.close(), sheet.close()]);
  });

  test('the options page links to the privacy policy, which the extension ships', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.waitForSelector('body[data-ready="1"]', { state: 'attached' });
    const link = options.locator('[data-testid="privacy-link"]');
    expect(await link.textContent()).toBe('Privacy policy');
    const [policy] = await Promise.all([session.context.waitForEvent('page'), link.click()]);
    await policy.waitForLoadState();
    expect(policy.url()).toBe(`chrome-extension://${session.extensionId}/privacy.html`);
    expect(await policy.locator('h1').textContent()).toBe('Kontekst privacy policy');
    expect(await policy.locator('li').first().textContent()).toMatch(/^Page text never leaves your browser\./);
    await Promise.all([options.close(), policy.close()]);
  });
});

describe('Firefox: icon', () => {
  test('the toolbar and sidebar icons are served at every size from the installed add-on', async () => {
    const session = await launchFirefox();
    try {
      const page = await session.openExtensionPage('sidepanel.html');
      await page.waitForSelector('body[data-ready="1"]');
      const manifest = (await page.evaluate(() =>
        (globalThis as unknown as { browser: typeof chrome }).browser.runtime.getManifest(),
      )) as unknown as Manifest;
      expect(manifest.sidebar_action).toBeDefined();
      await checkIcons([manifest.icons, manifest.action.default_icon, manifest.sidebar_action!.default_icon], (path) =>
        // Firefox hands out icon paths already resolved to moz-extension:// URLs.
        fetchBytes(page, new URL(path, `moz-extension://${EXTENSION_UUID}/`).href),
      );
    } finally {
      await session.close();
    }
  });
});
