import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for the look-up services (GDELT, Wikipedia) on 127.0.0.1 that records every request it
 * sees — method, path, who sent it and when — so a privacy test can say exactly what reached it. Requests
 * a browser makes by itself for a page it shows (the favicon) are answered and told apart by path; every
 * other request is a look-up.
 */
export interface SeenRequest {
  method: string;
  path: string;
  /** `Origin` header: an extension's fetch carries chrome-extension:// or moz-extension://. */
  origin: string | null;
  referer: string | null;
  /** `Sec-Fetch-Site` / `Sec-Fetch-Dest` (Chromium and Firefox send both). */
  fetchSite: string | null;
  fetchDest: string | null;
  at: string;
}

export interface LookupStandin {
  origin: string;
  /** Every request, in order of arrival. */
  seen: SeenRequest[];
  /** The requests that were look-ups (not the article page, not the browser's own favicon fetch). */
  lookups(): SeenRequest[];
  close(): Promise<void>;
}

/** A request the browser makes on its own for any page it shows. */
const BROWSER_OWN = new Set(['/favicon.ico']);

// A 1×1 transparent PNG: answering the favicon keeps the browser from asking again and again.
const FAVICON = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

export type Responder = (url: URL, req: IncomingMessage, res: ServerResponse) => void;

/**
 * `pages` answers the article pages (paths that are not look-ups); `respond` answers the look-ups.
 */
export async function startLookupStandin(
  pages: Record<string, () => string>,
  respond: Responder,
): Promise<LookupStandin> {
  const seen: SeenRequest[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const header = (name: string) => {
      const v = req.headers[name];
      return typeof v === 'string' ? v : null;
    };
    seen.push({
      method: req.method ?? 'GET',
      path: url.pathname + url.search,
      origin: header('origin'),
      referer: header('referer'),
      fetchSite: header('sec-fetch-site'),
      fetchDest: header('sec-fetch-dest'),
      at: new Date().toISOString(),
    });
    const page = pages[url.pathname];
    if (page) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page());
    else if (BROWSER_OWN.has(url.pathname))
      res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'max-age=3600' }).end(FAVICON);
    else respond(url, req, res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    seen,
    lookups: () =>
      seen.filter(
        (r) => !pages[new URL(r.path, origin).pathname] && !BROWSER_OWN.has(new URL(r.path, origin).pathname),
      ),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
    },
  };
}

/** One line per request, for a failure message. */
export const describeRequests = (list: readonly SeenRequest[]): string =>
  list
    .map(
      (r) =>
        `${r.at} ${r.method} ${r.path} origin=${r.origin} referer=${r.referer} site=${r.fetchSite} dest=${r.fetchDest}`,
    )
    .join('\n') || '(none)';
