import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

/** A second extension, loaded beside Kontekst, that tries to message it. */
export const OTHER_EXTENSION = realpathSync(resolve('tests/fixtures/hostile/other-extension'));

/** Chromium's id for an unpacked extension: SHA-256 of its path, first 32 hex digits written a–p. */
export function unpackedExtensionId(path: string): string {
  const hex = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/** What a window shows of an attack: the flag a payload sets, and markup no text may turn into. */
export interface Inspection {
  url: string;
  /** `window.__pwned`: set only if a payload ran. */
  pwned: unknown;
  /** Elements a payload would have created (described by their outer HTML, cut short). */
  dangerous: string[];
  /** Links that are not http(s) (same-document `#fragment` links are allowed and counted apart). */
  badLinks: string[];
  links: number;
  fragmentLinks: number;
}

/**
 * Inspects the document it runs in. Passed to `page.evaluate` (or run over `chrome.extension.getViews()`),
 * so it must stay self-contained: no imports, no outer variables.
 */
export function inspectDocument(win: Window = window): Inspection {
  const doc = win.document;
  const cut = (el: Element) => el.outerHTML.slice(0, 160);
  const dangerous: Element[] = [];
  // Markup that never belongs in a page body Kontekst renders or reads.
  const SELECTOR =
    'img[src="x"], svg[onload], iframe, frame, object, embed, base, meta[http-equiv], [srcdoc], [formaction], ' +
    '[style*="expression" i], [style*="javascript:" i], [href*="/pwned/"], [src*="/pwned/"], [data*="/pwned/"]';
  dangerous.push(...doc.querySelectorAll(SELECTOR));
  // Scripts and styles: only the page's own, in the head, from its own origin.
  for (const el of doc.querySelectorAll('script, link, style')) {
    const src = el.getAttribute('src') ?? el.getAttribute('href');
    const own = el.closest('head') !== null && (!src || new URL(src, doc.baseURI).origin === win.location.origin);
    if (!own) dangerous.push(el);
  }
  for (const el of doc.querySelectorAll('*')) {
    const names = el.getAttributeNames();
    // Inline handlers (Preact never writes on* attributes) and script URLs in any URL-bearing attribute.
    if (names.some((n) => n.toLowerCase().startsWith('on'))) dangerous.push(el);
    for (const n of ['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'poster', 'background'])
      if (/^[\s\u0000-\u001f]*(javascript|vbscript|data):/i.test(el.getAttribute(n) ?? '')) dangerous.push(el);
  }
  const links = [...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? '');
  const fragmentLinks = links.filter((h) => /^#[\w-]*$/.test(h));
  // The extension's own pages link to its own files (the options page to privacy.html): those stay inside
  // the extension; everything else must be http(s).
  const own = (h: string) => /^\/[\w-]+\.html$/.test(h) && /^(chrome|moz)-extension:$/.test(win.location.protocol);
  const badLinks = links.filter((h) => !/^https?:\/\//i.test(h) && !fragmentLinks.includes(h) && !own(h));
  return {
    url: win.location.href,
    pwned: (win as unknown as { __pwned?: unknown }).__pwned,
    dangerous: [...new Set(dangerous)].map(cut),
    badLinks,
    links: links.length,
    fragmentLinks: fragmentLinks.length,
  };
}

/** Inspects a page's main world. */
export const inspectPage = (page: Page): Promise<Inspection> =>
  page.evaluate(`(${inspectDocument.toString()})(window)`) as Promise<Inspection>;

/**
 * Inspects every page of the extension the given extension page can reach (panel, offscreen analyser,
 * other panels): `chrome.extension.getViews()` returns their windows.
 */
export const inspectExtensionViews = (extensionPage: Page): Promise<Inspection[]> =>
  extensionPage.evaluate(
    `(() => { const inspect = ${inspectDocument.toString()}; return chrome.extension.getViews().map((w) => inspect(w)); })()`,
  ) as Promise<Inspection[]>;

/** Collects what a page reports that only an injected script or blocked markup would cause. */
export function watchPage(page: Page): string[] {
  const events: string[] = [];
  page.on('pageerror', (error) => events.push(`pageerror: ${error.message}`));
  page.on('dialog', (dialog) => {
    events.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    // A payload injected into an extension page is stopped by its CSP, which says so here.
    if (/Content Security Policy|Refused to (execute|load|run)|unsafe-eval|unsafe-inline/i.test(message.text()))
      events.push(`csp: ${message.text().slice(0, 200)}`);
  });
  return events;
}

/** Opens the panel page for a tab, watching it from the first byte (errors, CSP reports). */
export async function openWatchedPanel(
  context: BrowserContext,
  extensionId: string,
  tabId: number,
): Promise<{ panel: Page; events: string[] }> {
  const panel = await context.newPage();
  const events = watchPage(panel);
  await panel.setViewportSize({ width: 380, height: 900 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
  await panel.waitForSelector('body[data-ready="1"]', { state: 'attached' });
  return { panel, events };
}

/**
 * Runs an expression in Kontekst's content-script world of a page (an isolated world the page cannot
 * reach), through the DevTools protocol: to send messages as the content script would.
 */
export async function inContentScript<T>(
  context: BrowserContext,
  page: Page,
  extensionId: string,
  expression: string,
): Promise<T> {
  const cdp = await context.newCDPSession(page);
  try {
    const worlds: { id: number; origin: string }[] = [];
    cdp.on('Runtime.executionContextCreated', (e: { context: { id: number; origin: string } }) =>
      worlds.push(e.context),
    );
    await cdp.send('Runtime.enable');
    const origin = `chrome-extension://${extensionId}`;
    for (let i = 0; i < 50 && !worlds.some((w) => w.origin === origin); i++)
      await new Promise((r) => setTimeout(r, 50));
    const world = worlds.find((w) => w.origin === origin);
    if (!world) throw new Error('no content-script world in the page');
    const { result, exceptionDetails } = (await cdp.send('Runtime.evaluate', {
      contextId: world.id,
      expression,
      awaitPromise: true,
      returnByValue: true,
    })) as { result: { value: T }; exceptionDetails?: { text: string } };
    if (exceptionDetails) throw new Error(exceptionDetails.text);
    return result.value;
  } finally {
    await cdp.detach();
  }
}
