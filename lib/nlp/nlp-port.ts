import type { NlpEntity, NlpExtractor } from './compromise-entities';

/** What both ends of the NLP worker need of it: a Worker, a worker's global scope, or a MessagePort. */
export interface MessageEndpoint {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

type Request = { id: number; text: string; lang: string | null };
type Reply = { id: number; names: NlpEntity[] } | { id: number; error: string };

/** The names outside the knowledge base, found off the analyser's thread. */
export interface NlpSource {
  /** True once the worker has said it is ready (compromise loaded): a request now costs no wait for it. */
  ready(): boolean;
  /**
   * True once the worker has answered a request: compromise's first read in a fresh worker costs about
   * three times a later one (measured 212 against 58 ms on an article), so until then a first analysis
   * does not wait for it.
   */
  warm(): boolean;
  extract(text: string, lang: string | null): Promise<NlpEntity[]>;
}

/**
 * The analyser's side. compromise takes a few hundred milliseconds to load and tens to read an article:
 * in a worker that costs the panel nothing, where on the offscreen document's thread it would hold up every
 * extension page of the same process (the panel's first cards among them).
 */
export function nlpClient(worker: MessageEndpoint): NlpSource {
  let next = 0;
  let isReady = false;
  let served = false;
  const pending = new Map<number, { resolve(names: NlpEntity[]): void; reject(error: Error): void }>();
  worker.addEventListener('message', ({ data }) => {
    if (data === READY) {
      isReady = true;
      return;
    }
    const reply = data as Reply;
    if ('names' in reply) served = true;
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    if ('names' in reply) waiting.resolve(reply.names);
    else waiting.reject(new Error(reply.error));
  });
  return {
    ready: () => isReady,
    warm: () => served,
    extract(text, lang) {
      const id = ++next;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, text, lang } satisfies Request);
      });
    },
  };
}

const READY = 'kontekst-nlp-ready';

/**
 * The worker's side: answers each request with the extractor once it is loaded. Requests that come before
 * then wait for it; when it cannot load, each gets the reason.
 */
export function serveNlp(scope: MessageEndpoint, load: Promise<NlpExtractor>): void {
  void load.then(
    () => scope.postMessage(READY),
    () => undefined,
  );
  scope.addEventListener('message', ({ data }) => {
    const { id, text, lang } = data as Request;
    const fail = (why: string) => (error: unknown) =>
      scope.postMessage({
        id,
        error: `${why}: ${error instanceof Error ? error.message : String(error)}`,
      } satisfies Reply);
    load.then((extract) => {
      try {
        scope.postMessage({ id, names: extract(text, lang) } satisfies Reply);
      } catch (error) {
        fail('NLP failed on this text')(error);
      }
    }, fail('NLP unavailable'));
  });
}
