import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX_EXTENSION = resolve(process.env.KONTEKST_OUT ?? '.output/local', 'firefox-mv3');
export const GECKO_ID = 'kontekst@kontekst.example';
/** Pinned so the test knows the moz-extension:// host (random per install otherwise). */
export const EXTENSION_UUID = '6f0b7c2e-3a41-4c8e-9d55-2b1e7f4a9c10';

export function firefoxPath(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('No Firefox found: install the firefox-esr package or set FIREFOX_PATH');
  return found;
}

export interface FirefoxSession {
  browser: Browser;
  /** Navigates a page to an extension URL (puppeteer's goto never resolves for moz-extension://). */
  openExtensionPage(path: string, page?: Page): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Firefox over WebDriver BiDi with the built extension installed as a temporary add-on; headless unless asked
 * (a headed one needs a DISPLAY). `prefs` are more Firefox preferences (e.g. a host name for the local
 * server); `uuids` pins the hosts of other add-ons.
 */
export async function launchFirefox(
  options: {
    prefs?: Record<string, unknown>;
    uuids?: Record<string, string>;
    headless?: boolean;
    args?: string[];
  } = {},
): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: options.headless ?? true,
    // A headed window keeps its own size; puppeteer's default 800×600 viewport would resize the page inside it.
    ...(options.headless === false && { defaultViewport: null }),
    args: ['--remote-allow-system-access', ...(options.args ?? [])],
    extraPrefsFirefox: {
      ...options.prefs,
      'extensions.webextensions.uuids': JSON.stringify({ ...options.uuids, [GECKO_ID]: EXTENSION_UUID }),
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION);
  return {
    browser,
    async openExtensionPage(path, existing) {
      const page = existing ?? (await browser.newPage());
      const bidi = (browser as unknown as { connection: { send(method: string, params: object): Promise<unknown> } })
        .connection;
      await bidi.send('browsingContext.navigate', {
        context: (page.mainFrame() as unknown as { _id: string })._id,
        url: `moz-extension://${EXTENSION_UUID}/${path}`,
        wait: 'complete',
      });
      return page;
    },
    close: () => browser.close(),
  };
}
