import type { Analysis } from '../analysis/types';
import type { MessageType, RequestOf } from './schema';
import type { TabState } from './tab-state';

/** The response type of each message. */
export interface Responses {
  'page/candidate': { accepted: boolean };
  'page/skip': { accepted: boolean };
  'tab/get': TabState;
  'highlight/show': HighlightResult;
  'highlight/clear': { cleared: boolean };
  'page/highlight': HighlightResult;
  'page/clear-highlight': { cleared: boolean };
  'analyser/run': Analysis | null;
}

export interface HighlightResult {
  /** Mentions found in the page. */
  count: number;
  /** The one scrolled to (wrapped into range), -1 when none. */
  index: number;
  /** 'highlight-api' or the fallback. */
  method: 'highlight-api' | 'overlay' | 'none';
}

export type ErrorCode =
  'invalid-request' | 'unknown-type' | 'forbidden-sender' | 'unavailable' | 'internal' | 'too-large';

export interface ProtocolError {
  code: ErrorCode;
  message: string;
}

/** Every response crosses the boundary as one of these: no throws. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ProtocolError };

export interface Envelope<K extends MessageType = MessageType> {
  kontekst: 1;
  type: K;
  payload: RequestOf<K>;
}

export type Handlers = {
  [K in MessageType]?: (payload: RequestOf<K>, sender: SenderInfo) => Promise<Responses[K]> | Responses[K];
};

/** What the receiver knows of who sent a message. */
export interface SenderInfo {
  /** The sending extension's id. */
  id?: string;
  /** The tab a content script runs in. */
  tabId?: number;
  frameId?: number;
  url?: string;
}

export const fail = (code: ErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });
