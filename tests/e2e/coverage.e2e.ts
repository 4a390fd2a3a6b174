import { createServer, type IncomingMessage, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { openPanel, settledState, tabIdOf } from './harness/chromium-helpers';

/**
 * Related coverage against a stand-in for GDELT on 127.0.0.1 (the test build's look-up base is set in
 * extension storage, which no page can reach): success, 429, a timeout, a plain-text error with 200,
 * malformed JSON, a title carrying HTML and script — and, with look-ups off, not one request.
 */
const ARTICLE = readFileSync('tests/fixtures/articles/bk-serbia-troops-kosovo-border-en/source.html', 'utf8');
const TODAY = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);

const gdeltArticles = {
  articles: [
    {
      url: 'https://rs.example/vesti/1',
      title: 'Srbija i Kosovo: tenzije na severu',
      seendate: `${TODAY.replace(/-/g, '')}T101500Z`,
      domain: 'rs.example',
      language: 'Serbian',
      sourcecountry: 'Serbia',
    },
    {
      url: 'https://ks.example/lajme/2',
      title: 'Kosova dhe Serbia pas sulmit',
      seendate: `${TODAY.replace(/-/g, '')}T091500Z`,
      domain: 'ks.example',
      language: 'Albanian',
      sourcecountry: 'Kosovo',
    },
    {
      url: 'https://intl.example/world/3',
      title: 'NATO weighs more troops <img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>',
      seendate: `${TODAY.replace(/-/g, '')}T081500Z`,
      domain: 'intl.example',
      language: 'English',
      sourcecountry: 'United States',
    },
    {
      url: 'javascript:window.__pwned=1',
      title: 'A link that must not survive',
      seendate: `${TODAY.replace(/-/g, '')}T071500Z`,
      domain: 'evil.example',
      language: 'English',
      sourcecountry: 'United States',
    },
  ],
};

let session: ChromiumSession;
let server: Server;
let origin: string;
const requests: string[] = [];

function respond(req: IncomingMessage, res: import('node:http').ServerResponse) {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (url.pathname === '/article/') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE.replaceAll('2023-09-30', TODAY));
    return;
  }
  requests.push(url.pathname + url.search);
  const mode = url.pathname.split('/')[1];
  if (mode === 'ok') res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(gdeltArticles));
  else if (mode === 'plaintext')
    res.writeHead(200, { 'content-type': 'text/html' }).end('Your search contained a phrase that was too short.');
  else if (mode === 'malformed')
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end('{"articles": [ {"url": "https://a.example", "title": ');
  else if (mode === 'ratelimited')
    res.writeHead(429, { 'content-type': 'text/plain' }).end('Please limit requests to one every 5 seconds.');
  else if (mode === 'wiki')
    res.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        type: 'standard',
        title: decodeURIComponent(url.pathname.split('/').pop() ?? '').replace(/_/g, ' '),
        description: 'Person <img src=x onerror="window.__pwned=1">',
        extract:
          'A spokesperson <script>window.__pwned=1</script><b onmouseover="window.__pwned=1">quoted</b> in the story.',
        timestamp: '2026-11-20T10:00:00Z',
        content_urls: { desktop: { page: 'javascript:window.__pwned=1' } },
      }),
    );
  else if (mode === 'slow') setTimeout(() => res.writeHead(200).end(JSON.stringify(gdeltArticles)), 12_000);
  else res.writeHead(404).end();
}

beforeAll(async () => {
  server = createServer(respond);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  session = await launchChromium();
});
afterAll(async () => {
  await session?.close();
  server?.closeAllConnections();
  await new Promise<void>((ok) => server?.close(() => ok()));
});

async function setStorage(items: Record<string, unknown>) {
  const worker = await session.worker();
  await worker.evaluate((i) => chrome.storage.local.set(i), items);
}

async function panelFor(mode: string): Promise<{ panel: Page; page: Page }> {
  await setStorage({ 'test:gdeltBase': `${origin}/${mode}/api` });
  const page = await session.context.newPage();
  const url = `${origin}/article/?${mode}`;
  await page.goto(url);
  const tabId = await tabIdOf(session, url);
  expect((await settledState(session, tabId)).status).toBe('ready');
  return { panel: await openPanel(session, tabId), page };
}

const status = (panel: Page) => panel.locator('[data-testid="live-coverage"]').getAttribute('data-status');

describe('related coverage, look-ups allowed', () => {
  beforeAll(() => setStorage({ settings: { version: 1, networkAsked: true, networkLookups: true } }));

  test('success: grouped by language, names sent listed, HTML in a title is text, bad links dropped', async () => {
    const { panel } = await panelFor('ok');
    await expect.poll(() => status(panel), { timeout: 15_000 }).toBe('ok');
    expect(await panel.textContent('[data-testid="coverage-serbian"]')).toMatch(/Srbija i Kosovo/);
    expect(await panel.textContent('[data-testid="coverage-albanian"]')).toMatch(/Kosova dhe Serbia/);
    expect(await panel.textContent('[data-testid="coverage-international"]')).toMatch(/NATO weighs more troops/);
    expect(await panel.textContent('[data-testid="sent-terms"]')).toMatch(/^Sent to GDELT: .*Kosovo/);
    expect(await panel.locator('[data-testid="related"] img, [data-testid="related"] script').count()).toBe(0);
    expect(await panel.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    const hrefs = await panel
      .locator('[data-testid="related"] a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.every((h) => /^https?:\/\//.test(h))).toBe(true);
    expect(await panel.locator('[data-testid="curated"] a').count()).toBeGreaterThan(2);
    // What the stand-in received is names only: no page text, no URL of the article.
    const sent = decodeURIComponent(requests.at(-1) ?? '');
    expect(sent).toMatch(/query=/);
    expect(sent).not.toMatch(/127\.0\.0\.1|pull back troops|Adria Wire/);
  });

  test.each([
    ['plaintext', 'a plain-text error with HTTP 200'],
    ['malformed', 'malformed JSON'],
    ['slow', 'a timeout'],
  ])('%s: %s says unavailable, and the cards stay', async (mode) => {
    await new Promise((r) => setTimeout(r, 5200)); // GDELT asks for one request every 5 s: the client keeps to it
    const { panel } = await panelFor(mode);
    await expect.poll(() => status(panel), { timeout: 20_000 }).toBe('error');
    expect(await panel.textContent('[data-testid="coverage-unavailable"]')).toMatch(/unavailable/);
    expect(await panel.locator('[data-testid="card-kosovo"]').count()).toBe(1);
    // The reader's own earlier reading (the same story, opened before) is there whatever GDELT does.
    expect(await panel.locator('[data-testid="earlier-reading"] li').count()).toBeGreaterThan(0);
  });

  test('429: says to wait, and backs off', async () => {
    await new Promise((r) => setTimeout(r, 5200));
    const before = requests.length;
    const { panel } = await panelFor('ratelimited');
    await expect.poll(() => status(panel), { timeout: 15_000 }).toBe('error');
    expect(await panel.textContent('[data-testid="coverage-unavailable"]')).toMatch(/wait/);
    // Asking again at once does not reach the server: the client waits after a 429.
    await panel.reload();
    await expect.poll(() => status(panel), { timeout: 15_000 }).toBe('error');
    expect(requests.length - before).toBe(1);
  });

  test('offline: the cards are there, coverage unavailable', async () => {
    await new Promise((r) => setTimeout(r, 11_000)); // past the 429 back-off
    await setStorage({ 'test:gdeltBase': 'http://127.0.0.1:9/api' });
    const page = await session.context.newPage();
    const url = `${origin}/article/?offline`;
    await page.goto(url);
    const tabId = await tabIdOf(session, url);
    await settledState(session, tabId);
    const panel = await openPanel(session, tabId);
    await expect.poll(() => status(panel), { timeout: 15_000 }).toBe('error');
    expect(await panel.locator('[data-testid="card-kfor"]').count()).toBe(1);
  });
});

describe('Wikipedia for a name outside the knowledge base', () => {
  test('a dated summary, credited and linked; markup in it shown as text, bad links replaced', async () => {
    await setStorage({
      settings: { version: 1, networkAsked: true, networkLookups: true },
      'test:wikiBase': `${origin}/wiki/summary/`,
    });
    const { panel } = await panelFor('wikitest');
    const other = panel.locator('[data-testid="card-other"]').filter({ hasText: 'Jake Sullivan' });
    await other.locator('.card-head').click();
    const summary = other.locator('[data-testid="wiki-summary"]');
    await summary.waitFor({ timeout: 15_000 });
    expect(await summary.textContent()).toMatch(/A spokesperson\s+quoted in the story/);
    expect(await summary.textContent()).toMatch(/Last edited/);
    expect(await other.locator('img, script, b').count()).toBe(0);
    const href = await summary.locator('a').getAttribute('href');
    expect(href).toMatch(/^https:\/\/en\.wikipedia\.org\/wiki\/Jake_Sullivan$/);
    expect(await panel.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(requests.some((r) => r.startsWith('/wiki/summary/Jake_Sullivan'))).toBe(true);
    // The page's GDELT request (queued behind the last one) is answered before the next test counts requests.
    await expect.poll(() => status(panel), { timeout: 20_000 }).toMatch(/^(ok|error)$/);
  });
});

describe('related coverage, look-ups off', () => {
  test('no request leaves the browser; the panel says nothing was sent', async () => {
    await setStorage({
      settings: { version: 1, networkAsked: true, networkLookups: false },
      'test:gdeltBase': `${origin}/ok/api`,
    });
    const before = requests.length;
    const { panel } = await panelFor('off');
    await expect.poll(() => status(panel), { timeout: 10_000 }).toBe('off');
    await new Promise((r) => setTimeout(r, 1000));
    expect(requests.length, requests.slice(before).join('\n')).toBe(before);
    expect(await panel.locator('[data-testid="sent-terms"]').count()).toBe(0);
    expect(await panel.locator('[data-testid="card-kosovo"]').count()).toBe(1);
  });
});
