import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const CHROME_EXTENSION = resolve(process.env.KONTEKST_OUT ?? '.output/local', 'chrome-mv3');

/** The Chromium to drive: CHROME_PATH, else Debian's binary (faster than its wrapper script). */
export function chromiumPath(): string {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/lib/chromium/chromium',
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('No Chromium found: install the chromium package or set CHROME_PATH');
  return found;
}

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  worker(): Promise<Worker>;
  close(): Promise<void>;
}

/**
 * The id Chromium gives an unpacked extension: the SHA-256 of its absolute path, first 32 hex digits written with
 * the letters a–p.
 */
export function unpackedExtensionId(path: string): string {
  const hex = createHash('sha256').update(realpathSync(path)).digest('hex').slice(0, 32);
  return [...hex].map((d) => String.fromCharCode(97 + parseInt(d, 16))).join('');
}

/**
 * Chromium with the built extension loaded (headless by default), in a throwaway profile. `preferences` are
 * written as the profile's Default/Preferences before launch, as if a user had set them in an earlier session.
 */
export async function launchChromium(
  options: { headless?: boolean; extension?: string; args?: string[]; preferences?: object } = {},
): Promise<ChromiumSession> {
  const extension = options.extension ?? CHROME_EXTENSION;
  const profile = mkdtempSync(join(tmpdir(), 'kontekst-chromium-'));
  if (options.preferences) {
    mkdirSync(join(profile, 'Default'));
    writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify(options.preferences));
  }
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    viewport: { width: 1200, height: 900 },
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(options.args ?? []),
    ],
  });
  const first = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(first.url()).host;
  return {
    context,
    extensionId,
    // The MV3 worker may be stopped when idle: always ask for the current one.
    async worker() {
      const live = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
      return live ?? (await context.waitForEvent('serviceworker'));
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
