import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

export const ARTICLES = resolve('tests/fixtures/articles');

export interface FixtureServer {
  origin: string;
  /** URL of a fixture article. */
  article(slug: string): string;
  close(): Promise<void>;
}

/** Serves the fixture articles on 127.0.0.1 (a random port): /articles/<slug>/. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const m = /^\/articles\/([a-z0-9-]+)\/?$/.exec(url.pathname);
    if (!m) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    readFile(join(ARTICLES, m[1]!, 'source.html')).then(
      (body) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body),
      () => res.writeHead(404, { 'content-type': 'text/plain' }).end('no such article'),
    );
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    article: (slug) => `${origin}/articles/${slug}/`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
