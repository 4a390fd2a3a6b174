import { describe, expect, test, vi } from 'vitest';
import { parseRequest } from '@/lib/protocol/schema';
import { handleMessages, send, type RawSender, type RuntimeLike } from '@/lib/protocol/messenger';

type Listener = (message: unknown, sender: RawSender, sendResponse: (r: unknown) => void) => boolean | undefined;

/** A runtime whose onMessage we drive by hand, like the browser would. */
function fakeRuntime() {
  const listeners: Listener[] = [];
  const runtime: RuntimeLike = {
    id: 'kontekst-test',
    getURL: (path) => `chrome-extension://kontekst-test${path}`,
    sendMessage: vi.fn(),
    onMessage: {
      addListener: (l) => listeners.push(l),
      removeListener: (l) => listeners.splice(listeners.indexOf(l), 1),
    },
  };
  const deliver = (message: unknown, sender: RawSender) =>
    new Promise<unknown>((resolve) => {
      let answered = false;
      for (const l of listeners) {
        const async = l(message, sender, (r) => {
          answered = true;
          resolve(r);
        });
        if (async) return;
      }
      if (!answered) resolve(undefined);
    });
  return { runtime, deliver };
}

const fromTab: RawSender = { id: 'kontekst-test', tab: { id: 7 }, frameId: 0, url: 'https://news.example/a' };
const fromPanel: RawSender = { id: 'kontekst-test', url: 'chrome-extension://kontekst-test/sidepanel.html' };

describe('handleMessages', () => {
  const { runtime, deliver } = fakeRuntime();
  const tabGet = vi.fn(async ({ tabId }: { tabId: number }) => ({ status: 'idle', tabId }));
  handleMessages(
    runtime,
    {
      'tab/get': tabGet as never,
      'page/skip': async () => ({ accepted: true }),
    },
    parseRequest,
  );

  test('answers a valid request', async () => {
    expect(await deliver({ kontekst: 1, type: 'tab/get', payload: { tabId: 3 } }, fromPanel)).toEqual({
      ok: true,
      value: { status: 'idle', tabId: 3 },
    });
  });

  test.each([
    ['a wrong payload', { kontekst: 1, type: 'tab/get', payload: { tabId: 'x' } }, fromPanel, 'invalid-request'],
    ['extra fields', { kontekst: 1, type: 'tab/get', payload: { tabId: 1, evil: true } }, fromPanel, 'invalid-request'],
    ['an unknown type', { kontekst: 1, type: 'tab/delete', payload: {} }, fromPanel, 'unknown-type'],
    [
      'another extension',
      { kontekst: 1, type: 'tab/get', payload: { tabId: 1 } },
      { ...fromPanel, id: 'other' },
      'forbidden-sender',
    ],
    [
      'a content script asking for state',
      { kontekst: 1, type: 'tab/get', payload: { tabId: 1 } },
      fromTab,
      'forbidden-sender',
    ],
    [
      'an extension page posing as a content script',
      { kontekst: 1, type: 'page/skip', payload: { url: 'https://a.example/', reason: 'no-signal', title: null } },
      fromPanel,
      'forbidden-sender',
    ],
  ])('rejects %s with a typed error', async (_name, message, sender, code) => {
    const reply = (await deliver(message, sender)) as { ok: boolean; error: { code: string } };
    expect(reply.ok).toBe(false);
    expect(reply.error.code).toBe(code);
  });

  test('ignores messages that are not ours', async () => {
    expect(await deliver({ hello: 'world' }, fromPanel)).toBeUndefined();
    expect(await deliver(null, fromPanel)).toBeUndefined();
  });

  test('survives a thousand malformed messages without a throw', async () => {
    const before = tabGet.mock.calls.length;
    const junk = [undefined, 0, 'x', [], {}, { kontekst: 1 }, { kontekst: 1, type: 'tab/get' }];
    for (let i = 0; i < 1000; i++) {
      const payload = junk[i % junk.length];
      const message = i % 3 === 0 ? payload : { kontekst: 1, type: i % 2 ? 'tab/get' : 'page/skip', payload };
      const reply = (await deliver(message, i % 2 ? fromPanel : fromTab)) as { ok?: boolean } | undefined;
      if (reply !== undefined) expect(reply.ok).toBe(false);
    }
    expect(tabGet.mock.calls.length).toBe(before);
  });
});

describe('send', () => {
  test('turns a rejected sendMessage into a typed error', async () => {
    const runtime = { sendMessage: vi.fn().mockRejectedValue(new Error('Receiving end does not exist.')) };
    expect(await send(runtime, 'tab/get', { tabId: 1 })).toEqual({
      ok: false,
      error: { code: 'unavailable', message: 'Receiving end does not exist.' },
    });
  });
});
