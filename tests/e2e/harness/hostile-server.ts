import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { escapeHtml, hostilePayloads, jsonInScript, type Payload } from './hostile-payloads';

export const HOSTILE = resolve('tests/fixtures/hostile');

/** Where a payload sits in a page. */
export type Slot = 'title' | 'site' | 'byline' | 'body' | 'entity' | 'meta';
export const SLOTS: readonly Slot[] = ['title', 'site', 'byline', 'body', 'entity', 'meta'];

/** Which markup carries the title, site name and byline (Readability reads each differently). */
export type Variant = 'og' | 'jsonld' | 'title-tag';

export interface HostilePage {
  slug: string;
  variant: Variant;
  /** The payloads in each slot of this page. */
  slots: Record<Slot, Payload[]>;
}

export interface HostileServer {
  origin: string;
  payloads: Payload[];
  pages: HostilePage[];
  url(slug: string): string;
  /** Paths requested under /pwned/ (a payload's beacon fired somewhere): must stay empty. */
  beacons: string[];
  close(): Promise<void>;
}

/** Payloads per slot per page: every payload lands once in every kind of slot across the pages. */
const PER_SLOT = 5;

const TEMPLATE = () => readFileSync(join(HOSTILE, 'article.html'), 'utf8');

/** Fills `%%NAME%%` slots; a function replacer, so `$&` and friends in payloads stay literal. */
const fill = (template: string, values: Record<string, string>) =>
  template.replace(/%%([A-Z_]+)%%/g, (_m, name: string) => values[name] ?? '');

const BASE_TITLE = 'Serbia and Kosovo resume talks in Brussels after clashes in the north';

const ENTITY_SENTENCES: ((name: string) => string)[] = [
  (p) => `John ${p} Smith, an adviser to the government in Pristina, said Kosovo wanted the talks to continue.`,
  (p) => `The ${p} Institute in Belgrade published a poll showing most people in Serbia oppose sanctions on Russia.`,
  (p) => `Ambassador Petra ${p} Novak told reporters in Pristina that the European Union expected calm in the north.`,
  (p) => `The ${p} Party, a small movement of Kosovo Serbs, called for a boycott of the local elections in Zvečan.`,
  (p) => `A spokesman for the ${p} Foundation said Belgrade and Pristina should release the detained officers.`,
];

const BODY_SENTENCES: ((text: string) => string)[] = [
  (p) => `Protesters in Mitrovica carried banners reading ${p} as KFOR soldiers watched from the bridge.`,
  (p) => `A post shared widely in Serbia on Monday read simply: ${p}.`,
  (p) => `Police in Kosovo said graffiti reading ${p} had appeared on a wall near the Jarinje crossing.`,
];

/** Builds one hostile page: every payload escaped for where it stands, so the page itself stays inert. */
export function buildHostilePage(page: HostilePage, origin: string): string {
  const { slots, variant } = page;
  const t = (list: Payload[]) => list.map((p) => p.text).join(' ');
  const title = `${BASE_TITLE} ${t(slots.title)}`;
  const site = `Balkan Desk ${t(slots.site)}`;
  const byline = t(slots.byline);
  const head: string[] = [];
  const attr = (name: string, key: 'name' | 'property', value: string) =>
    head.push(`<meta ${key}="${name}" content="${escapeHtml(value)}">`);

  head.push(`<title>${escapeHtml(variant === 'title-tag' ? title : BASE_TITLE)}</title>`);
  if (variant === 'og') {
    attr('og:type', 'property', 'article');
    attr('og:title', 'property', title);
  }
  // The site name: the JSON-LD publisher on JSON-LD pages, og:site_name elsewhere.
  const siteInJsonLd = variant === 'jsonld';
  if (!siteInJsonLd) attr('og:site_name', 'property', site);
  if (variant === 'og') attr('author', 'name', byline);
  // Metadata Readability and the extractor read (dates, descriptions), each carrying the page's meta payloads.
  const meta = slots.meta;
  const m = (i: number) => meta[i % meta.length]!.text;
  attr('article:published_time', 'property', `2025-03-04T10:00:00Z ${m(0)}`);
  attr('date', 'name', m(1));
  attr('description', 'name', `Serbia and Kosovo talks: ${m(2)}`);
  attr('og:description', 'property', `Kosovo and Serbia: ${m(3)}`);
  // Readability prefers twitter:title to <title>: only where og:title outranks it.
  if (variant === 'og') attr('twitter:title', 'name', m(4));
  attr('keywords', 'name', meta.map((p) => p.text).join(', '));
  head.push(`<link rel="canonical" href="${escapeHtml(`${origin}/hostile/${page.slug}?${m(0)}`)}">`);
  const jsonld: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    datePublished: m(1),
    dateModified: `2025-03-04 ${m(2)}`,
    description: m(3),
    keywords: meta.map((p) => p.text),
    image: `javascript:${m(4)}`,
    inLanguage: 'en',
  };
  if (variant === 'jsonld') {
    jsonld.headline = title;
    jsonld.publisher = { '@type': 'Organization', name: site, url: `javascript:${m(0)}` };
    jsonld.author = [{ '@type': 'Person', name: byline, url: `javascript:${m(1)}` }];
  }
  head.push(`<script type="application/ld+json">${jsonInScript(jsonld)}</script>`);

  const bylineHtml =
    variant === 'title-tag'
      ? `<p class="byline">By <span class="author">${escapeHtml(byline)}</span> · <time datetime="${escapeHtml(m(2))}">4 March 2025</time></p>`
      : `<p class="byline"><time datetime="${escapeHtml(m(3))}">4 March 2025</time></p>`;
  const bodies = slots.body.map((p, i) => `<p>${escapeHtml(BODY_SENTENCES[i % BODY_SENTENCES.length]!(p.text))}</p>`);
  const entities = slots.entity.map(
    (p, i) => `<p>${escapeHtml(ENTITY_SENTENCES[i % ENTITY_SENTENCES.length]!(p.text))}</p>`,
  );
  // In the page (scripting on) <noscript> is raw text; in the analyser's DOMParser (scripting off) it is
  // parsed as markup: the payloads become inert elements there. Skip the ones that would close it early.
  const raw = slots.body.filter((p) => !/<\/noscript/i.test(p.text)).map((p) => p.text);
  return fill(TEMPLATE(), {
    HEAD: head.join('\n'),
    H1: escapeHtml(title),
    BYLINE: bylineHtml,
    PAYLOAD_PARAGRAPHS: bodies.join('\n'),
    ENTITY_PARAGRAPHS: entities.join('\n'),
    NOSCRIPT: raw.length ? `<noscript><p>${raw.join(' ')}</p></noscript>` : '',
  });
}

/** A Balkans article with no payloads: the extension still works after the abuse. */
export function buildCleanPage(): string {
  return fill(TEMPLATE(), {
    HEAD: `<title>${BASE_TITLE}</title>\n<meta property="og:type" content="article">\n<meta property="og:site_name" content="Balkan Desk">`,
    H1: BASE_TITLE,
    BYLINE: '<p class="byline">By Ana Petrović</p>',
  });
}

/** Positive control: one payload left raw in the body, so it runs in the page and fires its beacon. */
export function buildControlPage(origin: string): string {
  return fill(TEMPLATE(), {
    HEAD: `<title>Control page</title>`,
    H1: 'Control page',
    PAYLOAD_PARAGRAPHS: `<p>Control: <img src=x onerror="window.__pwned=-1"><img src="${origin}/pwned/control"></p>`,
  });
}

/** The hostile pages for a payload list: slot kinds rotate over the pages, title variants too. */
export function planPages(payloads: Payload[]): HostilePage[] {
  const count = Math.ceil(payloads.length / PER_SLOT);
  const variants: Variant[] = ['og', 'jsonld', 'title-tag'];
  const take = (start: number) => Array.from({ length: PER_SLOT }, (_, i) => payloads[(start + i) % payloads.length]!);
  return Array.from({ length: count }, (_, j) => {
    const slots = Object.fromEntries(SLOTS.map((slot, k) => [slot, take(((j + k) % count) * PER_SLOT)])) as Record<
      Slot,
      Payload[]
    >;
    return { slug: `page-${j + 1}`, variant: variants[j % variants.length]!, slots };
  });
}

/**
 * Serves the hostile pages on 127.0.0.1 (a random port): /hostile/<slug>, /clean, /control, /plain
 * (a page that is no article, for the "a web page cannot message the extension" test). Records every
 * request under /pwned/: a payload's beacon.
 */
export async function startHostileServer(): Promise<HostileServer> {
  const beacons: string[] = [];
  let origin = '';
  let pages: HostilePage[] = [];
  let payloads: Payload[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const html = (body: string) =>
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
    if (url.pathname.startsWith('/pwned/')) {
      beacons.push(url.pathname + url.search);
      res.writeHead(204).end();
      return;
    }
    const m = /^\/hostile\/([a-z0-9-]+)$/.exec(url.pathname);
    const page = m && pages.find((p) => p.slug === m[1]);
    if (page) return void html(buildHostilePage(page, origin));
    if (url.pathname === '/clean') return void html(buildCleanPage());
    if (url.pathname === '/control') return void html(buildControlPage(origin));
    if (url.pathname === '/plain')
      return void html('<!doctype html><html><head><title>Plain</title></head><body><p>Hello.</p></body></html>');
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  payloads = hostilePayloads(origin);
  pages = planPages(payloads);
  return {
    origin,
    payloads,
    pages,
    url: (slug) => (slug.startsWith('/') ? `${origin}${slug}` : `${origin}/hostile/${slug}`),
    beacons,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
