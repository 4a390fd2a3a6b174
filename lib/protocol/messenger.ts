import type { Envelope, Handlers, ProtocolError, Responses, Result, SenderInfo } from './protocol';
import { fail } from './protocol';
import { isMessageType } from './message-types';
import type { MessageType, RequestOf } from './schema';

/** The parts of `runtime` and `tabs` the messenger uses: passed in, so lib/ imports no browser API. */
export interface RuntimeLike {
  id: string;
  getURL(path: string): string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(
      listener: (message: unknown, sender: RawSender, sendResponse: (r: unknown) => void) => boolean | undefined,
    ): void;
    removeListener(
      listener: (message: unknown, sender: RawSender, sendResponse: (r: unknown) => void) => boolean | undefined,
    ): void;
  };
}

export interface TabsLike {
  sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
}

export interface RawSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** Who may send what: content scripts report pages; only extension pages ask for state or highlights. */
const SENT_BY: Record<MessageType, 'content' | 'extension' | 'background'> = {
  'page/candidate': 'content',
  'page/skip': 'content',
  'tab/get': 'extension',
  'tab/show-anyway': 'extension',
  'tab/read-once': 'extension',
  'highlight/show': 'extension',
  'highlight/clear': 'extension',
  'page/highlight': 'background',
  'page/clear-highlight': 'background',
  'page/rescan': 'background',
  'analyser/run': 'background',
  'analyser/warm': 'extension',
  'kb/records': 'extension',
  'analyser/records': 'background',
  'coverage/get': 'extension',
  'facts/current': 'extension',
  'site/status': 'extension',
  'site/enable': 'extension',
  'wiki/summary': 'extension',
};

function checkSender(type: MessageType, sender: RawSender, runtime: RuntimeLike): ProtocolError | null {
  if (sender.id !== runtime.id)
    return { code: 'forbidden-sender', message: 'message from another extension or a page' };
  const fromExtensionPage = !!sender.url && sender.url.startsWith(runtime.getURL('/'));
  const fromTab = typeof sender.tab?.id === 'number';
  const expected = SENT_BY[type];
  if (expected === 'content' && (!fromTab || fromExtensionPage))
    return { code: 'forbidden-sender', message: `${type} must come from a content script in a tab` };
  if (expected !== 'content' && !fromExtensionPage && !(expected === 'background' && !fromTab))
    return { code: 'forbidden-sender', message: `${type} must come from the extension` };
  return null;
}

/** Checks a payload against its type's rules: schema.ts's parseRequest, or the content script's own. */
export type RequestParser = <K extends MessageType>(
  type: K,
  payload: unknown,
) => { ok: true; value: RequestOf<K> } | { ok: false; issues: string };

/**
 * Answers messages with the given handlers: every message is checked (shape, type, sender, then its
 * payload by `parse`) before a handler sees it, and every failure is answered with a typed error instead of
 * a throw. The parser is passed in so that the content script need not carry the schemas.
 */
export function handleMessages(runtime: RuntimeLike, handlers: Handlers, parse: RequestParser): () => void {
  const listener = (message: unknown, sender: RawSender, sendResponse: (r: unknown) => void) => {
    if (!message || typeof message !== 'object' || (message as { kontekst?: unknown }).kontekst !== 1) return false;
    const { type, payload } = message as { type?: unknown; payload?: unknown };
    if (!isMessageType(type)) {
      // Never String() a stranger's value: an object whose toString is not a function throws.
      const named = typeof type === 'string' ? JSON.stringify(type.slice(0, 60)) : `of type ${typeof type}`;
      sendResponse(fail('unknown-type', `unknown message type ${named}`));
      return false;
    }
    const handler = handlers[type] as ((p: unknown, s: SenderInfo) => unknown) | undefined;
    // Not ours to answer: another context handles this type.
    if (!handler) return false;
    const senderError = checkSender(type, sender, runtime);
    if (senderError) {
      sendResponse({ ok: false, error: senderError });
      return false;
    }
    const parsed = parse(type, payload);
    if (!parsed.ok) {
      sendResponse(fail('invalid-request', parsed.issues));
      return false;
    }
    const info: SenderInfo = { id: sender.id, tabId: sender.tab?.id, frameId: sender.frameId, url: sender.url };
    Promise.resolve()
      .then(() => handler(parsed.value, info))
      .then(
        (value) => sendResponse({ ok: true, value }),
        (error: unknown) => sendResponse(fail('internal', error instanceof Error ? error.message : String(error))),
      );
    return true;
  };
  runtime.onMessage.addListener(listener);
  return () => runtime.onMessage.removeListener(listener);
}

/** Reads a response: anything not shaped as a Result is an error. */
function toResult<T>(raw: unknown): Result<T> {
  if (raw && typeof raw === 'object' && 'ok' in raw) return raw as Result<T>;
  return fail('unavailable', 'no answer from the other side');
}

const envelope = <K extends MessageType>(type: K, payload: RequestOf<K>): Envelope<K> => ({
  kontekst: 1,
  type,
  payload,
});

/** Sends to the extension (background, panel, analyser). Never throws. */
export async function send<K extends MessageType>(
  runtime: Pick<RuntimeLike, 'sendMessage'>,
  type: K,
  payload: RequestOf<K>,
): Promise<Result<Responses[K]>> {
  try {
    return toResult(await runtime.sendMessage(envelope(type, payload)));
  } catch (error) {
    return fail('unavailable', error instanceof Error ? error.message : String(error));
  }
}

/** Sends to a tab's content script. Never throws. */
export async function sendToTab<K extends MessageType>(
  tabs: TabsLike,
  tabId: number,
  type: K,
  payload: RequestOf<K>,
): Promise<Result<Responses[K]>> {
  try {
    return toResult(await tabs.sendMessage(tabId, envelope(type, payload), { frameId: 0 }));
  } catch (error) {
    return fail('unavailable', error instanceof Error ? error.message : String(error));
  }
}
