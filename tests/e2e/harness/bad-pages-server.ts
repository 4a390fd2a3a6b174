import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

export const BAD_PAGES = resolve('tests/fixtures/bad-pages');

/**
 * Fixtures served in a legacy encoding: written in UTF-8 on disk (so they stay editable), encoded on the
 * way out and labelled only by the Content-Type header (the files carry no <meta charset>).
 */
export const LEGACY_CHARSETS: Readonly<Record<string, string>> = {
  'sr-latin-windows-1250.html': 'windows-1250',
  'sq-iso-8859-2.html': 'iso-8859-2',
};

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
};

export interface BadPagesServer {
  origin: string;
  /** URL of a fixture file in tests/fixtures/bad-pages. */
  page(file: string): string;
  /** URL of a generated article of about `mb` megabytes of text. */
  large(mb: number): string;
  /** URL of the single-page site at one of its routes (every /spa/* path serves the same shell). */
  spa(route?: string): string;
  close(): Promise<void>;
}

/** Encodes text in a single-byte charset the way a legacy CMS would; unmappable characters are an error. */
export function encodeSingleByte(text: string, charset: string): Buffer {
  const decoder = new TextDecoder(charset);
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  const out = Buffer.alloc(text.length);
  let n = 0;
  for (const ch of text) {
    const byte = table.get(ch);
    if (byte === undefined) throw new Error(`${JSON.stringify(ch)} has no byte in ${charset}`);
    out[n++] = byte;
  }
  return out.subarray(0, n);
}

const LARGE_PARAGRAPHS = [
  'Serbian President Aleksandar Vučić met the EU envoy Miroslav Lajčák in Belgrade to discuss the stalled dialogue with Pristina, while Kosovo prime minister Albin Kurti repeated that the association of Serb-majority municipalities must respect the constitution.',
  'In northern Kosovo, KFOR peacekeepers patrolled the bridge over the Ibar in Mitrovica after a night of protests; the mission said its posture had not changed since the Banjska attack in September 2023.',
  'Bosnian Serb leader Milorad Dodik again threatened to take Republika Srpska out of state institutions, and the High Representative Christian Schmidt warned that the Dayton agreement leaves no room for secession.',
  'In Tirana, Edi Rama told parliament that Albania would open the remaining negotiating chapters with the European Union within a year, and Montenegro said it hoped to close its chapters first.',
];

/** A long but ordinary article: the same reporting repeated, numbered, until it reaches `mb` megabytes. */
function largeArticle(mb: number): string {
  const target = Math.round(mb * 1024 * 1024);
  const head =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Kosovo and Serbia: the full record of the talks</title>' +
    '<meta property="og:type" content="article"></head><body><main><article>' +
    '<h1>Kosovo and Serbia: the full record of the talks</h1>';
  const parts = [head];
  let size = head.length;
  for (let i = 0; size < target; i++) {
    const p = `<p>${i + 1}. ${LARGE_PARAGRAPHS[i % LARGE_PARAGRAPHS.length]}</p>\n`;
    parts.push(p);
    size += p.length;
  }
  parts.push('</article></main></body></html>');
  return parts.join('');
}

/** Serves the bad-page fixtures on 127.0.0.1 (a random port). */
export async function startBadPagesServer(): Promise<BadPagesServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // No favicon: answered, so a 404 does not show up as a console error in every page.
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const large = /^\/generated\/large$/.exec(url.pathname);
    if (large) {
      const mb = Math.min(Number(url.searchParams.get('mb') ?? '1') || 1, 64);
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
        .end(largeArticle(mb));
      return;
    }
    const file = url.pathname.startsWith('/spa/') ? 'spa.html' : /^\/bad-pages\/([a-z0-9.-]+)$/.exec(url.pathname)?.[1];
    if (!file || file.includes('..')) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    readFile(join(BAD_PAGES, file)).then(
      (body) => {
        const charset = LEGACY_CHARSETS[file];
        if (charset) {
          res
            .writeHead(200, { 'content-type': `text/html; charset=${charset}` })
            .end(encodeSingleByte(body.toString('utf8'), charset));
          return;
        }
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
      },
      () => res.writeHead(404, { 'content-type': 'text/plain' }).end('no such fixture'),
    );
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    page: (file) => `${origin}/bad-pages/${file}`,
    large: (mb) => `${origin}/generated/large?mb=${mb}`,
    spa: (route = 'start') => `${origin}/spa/${route}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
