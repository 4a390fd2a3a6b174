import type { BadPagesServer } from './bad-pages-server';
import type { FixtureServer } from './server';

/*
 * The pages of the page-integrity suites (Chromium and Firefox): pages that run their own scripts, what
 * they watch of themselves, and what a reader does on them.
 */

/** What the fixtures need of a browser page (Playwright's and Puppeteer's both have it). */
export interface Clicker {
  click(selector: string): Promise<unknown>;
}

/**
 * Runs first in every page, in the page's own world: records the DOM mutations after parsing (the
 * parser's own batching varies from run to run), the window's message events, and the key presses it handled.
 */
export const WATCH_PAGE = `(() => {
  const w = { mutations: [], messages: [], keys: 0 };
  window.__integrity = w;
  const name = (n) => n.nodeType === 1 ? n.nodeName + (n.id ? '#' + n.id : '') : n.nodeName;
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver((list) => {
      for (const m of list)
        w.mutations.push([m.type, name(m.target), m.attributeName || '', [...m.addedNodes].map(name).join('+'),
          [...m.removedNodes].map(name).join('+')].join(' '));
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  addEventListener('message', (e) => w.messages.push(typeof e.data === 'string' ? e.data : JSON.stringify(e.data)));
  addEventListener('keydown', () => w.keys++, true);
})();`;

export interface Integrity {
  mutations: string[];
  messages: string[];
  keys: number;
}

/** What the fixture pages (and WATCH_PAGE) put on window. */
export type Win = Window & {
  __integrity: Integrity;
  __pageChecks?: { ready: boolean; clicks: number };
  __counter?: { clicks: number; ticks: number; done: boolean };
  __hashOnLoad?: string;
  __domHash?: () => string;
  __busyDone?: boolean;
};

export interface Fixture {
  name: string;
  url(): string;
  /** The page's own "I am ready" check (runs in the page). */
  ready: () => boolean;
  /** A card the article certainly has. */
  card: string;
  /** What a reader does on the page. */
  act(page: Clicker): Promise<void>;
  /** The page's own view of itself, compared across browsers (runs in the page). */
  checks: () => string;
}

const click = (selector: string, times: number) => async (page: Clicker) => {
  for (let i = 0; i < times; i++) await page.click(selector);
};

/**
 * The pages, served by the fixture servers `servers()` returns (called when a test opens a page: the
 * servers start after the tests are collected).
 */
export const integrityFixtures = (servers: () => { articles: FixtureServer; bad: BadPagesServer }): Fixture[] => [
  {
    name: 'a live blog with its own scripts (window.__pageChecks)',
    url: () => servers().articles.article('bk-kosovo-live-page-en'),
    ready: () => (window as unknown as Win).__pageChecks?.ready === true,
    card: 'kfor',
    act: click('#follow-btn', 2),
    checks: () => JSON.stringify((window as unknown as Win).__pageChecks),
  },
  {
    name: 'a counter and a ticker',
    url: () => servers().bad.page('counter.html'),
    ready: () => (window as unknown as Win).__counter?.done === true,
    card: 'kfor',
    act: click('#inc', 3),
    checks: () => JSON.stringify((window as unknown as Win).__counter),
  },
  {
    name: 'a page that hashes its own DOM',
    url: () => servers().bad.page('dom-hash.html'),
    ready: () => typeof (window as unknown as Win).__hashOnLoad === 'string',
    card: 'montenegro',
    act: async () => undefined,
    checks: () =>
      JSON.stringify({ onLoad: (window as unknown as Win).__hashOnLoad, now: (window as unknown as Win).__domHash!() }),
  },
];
