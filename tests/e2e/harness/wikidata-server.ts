import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for Wikidata's API on 127.0.0.1 (the test build reads its base from extension storage,
 * which no page can write), serving the article too. Serbia's head of government is someone new
 * here; its head of state and Kosovo's prime minister are as bundled. Every API request is recorded.
 */
export const WIKIDATA_ARTICLE = readFileSync(
  'tests/fixtures/articles/bk-serbia-troops-kosovo-border-en/source.html',
  'utf8',
);

const item = (property: string, id: string, start?: string) => ({
  mainsnak: {
    snaktype: 'value',
    property,
    datavalue: { value: { 'entity-type': 'item', 'numeric-id': Number(id.slice(1)), id }, type: 'wikibase-entityid' },
    datatype: 'wikibase-item',
  },
  type: 'statement',
  ...(start && {
    qualifiers: {
      P580: [
        {
          snaktype: 'value',
          property: 'P580',
          datavalue: { value: { time: `+${start}T00:00:00Z`, precision: 11 }, type: 'time' },
        },
      ],
    },
  }),
  rank: 'normal',
});

const CLAIMS: Record<string, Record<string, unknown[]>> = {
  Q403: { P35: [item('P35', 'Q57')], P6: [item('P6', 'Q9001', '2026-10-01')] },
  Q1246: { P6: [item('P6', 'Q888')] },
};
const LABELS: Record<string, string> = { Q57: 'Aleksandar Vučić', Q9001: 'Jovana Testić', Q888: 'Albin Kurti' };

export interface WikidataStandIn {
  origin: string;
  /** API requests received (path and query), in order. */
  requests: { url: string; headers: IncomingMessage['headers'] }[];
  /** The API base for a mode: ok, malformed, ratelimited. */
  base(mode: 'ok' | 'malformed' | 'ratelimited'): string;
  close(): Promise<void>;
}

export async function startWikidataStandIn(): Promise<WikidataStandIn> {
  const requests: WikidataStandIn['requests'] = [];
  const respond = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/article/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(WIKIDATA_ARTICLE);
      return;
    }
    if (!url.pathname.endsWith('/w/api.php')) {
      res.writeHead(404).end();
      return;
    }
    requests.push({ url: url.pathname + url.search, headers: req.headers });
    const mode = url.pathname.split('/')[1];
    if (mode === 'malformed')
      return void res.writeHead(200, { 'content-type': 'text/html' }).end('<html><p>Wikimedia Error</p></html>');
    if (mode === 'ratelimited')
      return void res.writeHead(429, { 'content-type': 'text/plain', 'retry-after': '60' }).end('Too many requests');
    const ids = (url.searchParams.get('ids') ?? '').split('|');
    const entities =
      url.searchParams.get('props') === 'labels'
        ? Object.fromEntries(
            ids.map((id) => [id, { type: 'item', id, labels: { en: { language: 'en', value: LABELS[id] ?? id } } }]),
          )
        : Object.fromEntries(ids.map((id) => [id, { type: 'item', id, claims: CLAIMS[id] ?? {} }]));
    res
      .writeHead(200, { 'content-type': 'application/json; charset=utf-8' })
      .end(JSON.stringify({ entities, success: 1 }));
  };
  const server: Server = createServer(respond);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    requests,
    base: (mode) => `${origin}/${mode}/w/api.php`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
