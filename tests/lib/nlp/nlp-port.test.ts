import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, test } from 'vitest';
import { nlpClient, serveNlp, type MessageEndpoint } from '@/lib/nlp/nlp-port';
import type { NlpExtractor } from '@/lib/nlp/compromise-entities';

/** A MessagePort as the DOM's Worker looks: listeners get `{ data }`. */
const endpoint = (port: MessagePort): MessageEndpoint => ({
  postMessage: (m) => port.postMessage(m),
  addEventListener: (_type, listener) => port.on('message', (data: unknown) => listener({ data })),
});

let ports: MessagePort[] = [];
afterEach(() => {
  for (const p of ports) p.close();
  ports = [];
});

function pair(load: Promise<NlpExtractor>) {
  const { port1, port2 } = new MessageChannel();
  ports.push(port1, port2);
  serveNlp(endpoint(port2), load);
  return nlpClient(endpoint(port1));
}

const capitals: NlpExtractor = (text) =>
  [...text.matchAll(/\p{Lu}\p{L}+/gu)].map((m) => ({
    name: m[0],
    type: 'person' as const,
    start: m.index,
    end: m.index + m[0].length,
  }));

describe('the NLP worker’s messages', () => {
  test('each request gets its own answer, also when several are under way', async () => {
    const client = pair(Promise.resolve(capitals));
    const [a, b] = await Promise.all([client.extract('met Kurti today', 'en'), client.extract('and Vučić', 'en')]);
    expect(a.map((n) => n.name)).toEqual(['Kurti']);
    expect(b).toEqual([{ name: 'Vučić', type: 'person', start: 4, end: 9 }]);
    expect(client.ready()).toBe(true);
  });

  test('requests sent while it loads wait for it; ready() says when it has loaded', async () => {
    let loaded!: (x: NlpExtractor) => void;
    const client = pair(new Promise<NlpExtractor>((ok) => (loaded = ok)));
    const answer = client.extract('Lajčák in Brussels', null);
    expect(client.ready()).toBe(false);
    loaded(capitals);
    expect((await answer).map((n) => n.name)).toEqual(['Lajčák', 'Brussels']);
    expect(client.ready()).toBe(true);
  });

  test('a worker that cannot load, or fails on a text, answers with the reason', async () => {
    const down = pair(Promise.reject(new Error('lexicon: HTTP 404')));
    await expect(down.extract('Kurti', 'en')).rejects.toThrow(/NLP unavailable: lexicon: HTTP 404/);
    expect(down.ready()).toBe(false);
    const throwing = pair(
      Promise.resolve<NlpExtractor>(() => {
        throw new Error('bad text');
      }),
    );
    await expect(throwing.extract('x', 'en')).rejects.toThrow(/NLP failed on this text: bad text/);
  });

  test('warm() says when the worker has answered a first text, not merely loaded', async () => {
    let loaded!: (x: NlpExtractor) => void;
    const client = pair(new Promise<NlpExtractor>((ok) => (loaded = ok)));
    expect(client.warm()).toBe(false);
    loaded(capitals);
    const answer = client.extract('Kurti in Brussels', 'en');
    expect(client.warm()).toBe(false);
    await answer;
    expect(client.warm()).toBe(true);
  });
});
