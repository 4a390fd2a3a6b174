import type { Analysis } from '../analysis/types';
import type { Entity } from '../kb/types';
import type { GroupedCoverage } from '../related/group';
import type { RelatedEntry } from '../related/history';
import type { CuratedLink } from '../related/outlets';
import type { WikiSummary } from '../wiki/summary';
import type { FactCheck } from '../wikidata/facts';
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
  'page/rescan': { accepted: boolean };
  'tab/show-anyway': { accepted: boolean };
  /** started: the page's script was injected; false when the browser did not allow it. */
  'tab/read-once': { started: boolean };
  'analyser/run': Analysis | null;
  'analyser/warm': { warming: boolean };
  'kb/records': { records: Entity[] };
  'analyser/records': { records: Entity[] };
  'coverage/get': CoverageResponse;
  'site/status': SiteStatus;
  'site/enable': { enabled: boolean };
  'wiki/summary': WikiSummary | { ok: false; error: 'off'; message: string };
  'facts/current': CurrentFactsResponse;
}

/** Wikidata's word on the shown cards' changing facts, and exactly what was sent for it. */
export interface CurrentFactsResponse {
  /** off: look-ups not allowed; none: no shown card has a changing fact with a Q-number. */
  status: 'off' | 'none' | 'ok' | 'error';
  error?: 'rate-limited' | 'unavailable' | 'malformed';
  /** The bundled values Wikidata gives differently today. */
  checks: FactCheck[];
  /** The Q-numbers of the shown entities asked for (empty when nothing was sent). */
  sentIds: string[];
  /** The Q-numbers of the values whose names were asked for (from Wikidata's own answer). */
  labelIds: string[];
}

/** The tab's site as the panel needs it to offer "Enable Kontekst on this site". */
export interface SiteStatus {
  /** Null when the browser does not let Kontekst see the tab's address (status 'none': it may be read once). */
  host: string | null;
  status: 'curated' | 'disabled' | 'enabled' | 'none' | 'unsupported';
}

/** Everything the panel's coverage section shows, and what left the browser for it. */
export interface CoverageResponse {
  /** off: look-ups not allowed; too-old: GDELT covers the last three months only. */
  live:
    | { status: 'off' }
    | { status: 'too-old' | 'no-entities' }
    | { status: 'ok'; groups: GroupedCoverage; total: number }
    | { status: 'error'; error: string; message: string };
  /** Exactly the names sent to GDELT for this page (empty when nothing was sent). */
  sentTerms: string[];
  curated: { entityId: string; entityName: string; links: CuratedLink[] }[];
  /** Earlier reading sharing entities with this article (empty when history is off). */
  history: RelatedEntry[];
  historyEnabled: boolean;
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
