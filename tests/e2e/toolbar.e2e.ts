import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHROME_EXTENSION, chromiumPath, launchChromium, unpackedExtensionId } from './harness/chromium';
import { FIREFOX_EXTENSION, launchFirefox } from './harness/firefox';
import { decodePng, findImage, type Pixels } from './harness/png-pixels';
import { startXvfb, type VirtualDisplay } from './harness/xvfb';

/**
 * Both builds' toolbar button as a reader sees it: headed Chromium and Firefox ESR in an X virtual framebuffer,
 * photographed whole (the screen is the window) and cropped to the toolbar strip. The button is found by its
 * pixels: the build's own 16 px icon (a white K on a blue rounded square) must appear in the strip, and must not
 * in the same Chromium without the extension.
 */
const SHOTS = 'tests/artifacts/toolbar';
const README = 'assets/readme';
/** The tab strip and the toolbar (both browsers draw them in the top 86 px of a 1× window), infobars below left out. */
const STRIP = 90;
const WINDOW = ['--window-position=0,0', '--window-size=1280,800'];
/** The icon a 1× toolbar draws, as the build wrote it. */
const icon = (build: string) => decodePng(readFileSync(join(build, 'icons/16.png')));

let screen: VirtualDisplay;
let display: string | undefined;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  screen = await startXvfb(1280, 800);
  // The browsers inherit it; restored after, for the headless browsers of later files.
  display = process.env.DISPLAY;
  process.env.DISPLAY = screen.display;
});
afterAll(async () => {
  if (display === undefined) delete process.env.DISPLAY;
  else process.env.DISPLAY = display;
  await screen?.close();
});

/** Share of the strip's pixels that are not the empty screen's black: the window has been drawn. */
const drawn = (image: Pixels) => {
  let lit = 0;
  for (let i = 0; i < image.rgba.length; i += 4)
    if ((image.rgba[i] ?? 0) + (image.rgba[i + 1] ?? 0) + (image.rgba[i + 2] ?? 0) > 0) lit++;
  return lit / (image.width * image.height);
};

/**
 * Photographs the toolbar strip until `ready` says the picture is the one wanted (or time is up), given it and
 * whether it is the same as the one before (painting has settled: no tab still loading in the README's picture);
 * the last one is kept at `path`.
 */
async function photograph(path: string, ready: (image: Pixels, unchanged: boolean) => boolean, timeout = 20_000) {
  const until = Date.now() + timeout;
  let previous: Buffer | undefined;
  for (;;) {
    screen.screenshot(path, STRIP);
    const bytes = readFileSync(path);
    const image = decodePng(bytes);
    const unchanged = !!previous?.equals(bytes);
    previous = bytes;
    if (ready(image, unchanged) || Date.now() > until) return image;
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('the toolbar button, headed, in an X virtual framebuffer', () => {
  test('Chromium: the pinned button shows the icon; the same Chromium without the extension does not', async () => {
    const needle = icon(CHROME_EXTENSION);
    // Pinned as a reader pins it (puzzle menu, pin): Chromium keeps that choice in the profile's preferences.
    const id = unpackedExtensionId(CHROME_EXTENSION);
    const session = await launchChromium({
      headless: false,
      args: WINDOW,
      preferences: { extensions: { pinned_extensions: [id] } },
    });
    try {
      expect(session.extensionId).toBe(id);
      const shot = await photograph(
        `${SHOTS}/chromium.png`,
        (image, unchanged) => unchanged && findImage(image, needle) !== null,
      );
      expect(findImage(shot, needle), 'Kontekst icon not in the Chromium toolbar').not.toBeNull();
    } finally {
      await session.close();
    }

    const bare = await chromium.launch({
      executablePath: chromiumPath(),
      headless: false,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', ...WINDOW],
    });
    try {
      await (await bare.newContext({ viewport: null })).newPage();
      // Nothing to wait for but the window: drawn, and painted the same twice in a row.
      const shot = await photograph(
        `${SHOTS}/chromium-without-extension.png`,
        (image, unchanged) => unchanged && drawn(image) > 0.9,
      );
      expect(drawn(shot)).toBeGreaterThan(0.9);
      expect(findImage(shot, needle)).toBeNull();
    } finally {
      await bare.close();
    }
    copyFileSync(`${SHOTS}/chromium.png`, `${README}/toolbar-chromium.png`);
  });

  test('Firefox: the button the manifest puts in the toolbar (action.default_area) shows the icon', async () => {
    const needle = icon(FIREFOX_EXTENSION);
    const session = await launchFirefox({ headless: false, args: ['--width', '1280', '--height', '800'] });
    try {
      const shot = await photograph(
        `${SHOTS}/firefox.png`,
        (image, unchanged) => unchanged && findImage(image, needle) !== null,
      );
      expect(findImage(shot, needle), 'Kontekst icon not in the Firefox toolbar').not.toBeNull();
    } finally {
      await session.close();
    }
    copyFileSync(`${SHOTS}/firefox.png`, `${README}/toolbar-firefox.png`);
  });
});
