import type { MessageType } from './schema';

/**
 * What every context needs to know of the protocol without its schemas (valibot): the message types and
 * the limits. The content script, which starts on every page, imports this and not the schemas.
 */

/** The most mentions one highlight request names. */
export const MAX_CUES = 1000;

/** The largest page the content script sends (serialised HTML). */
export const MAX_HTML_CHARS = 5_000_000;

/** Every message type, known without building the schemas. */
export const MESSAGE_TYPES = [
  'page/candidate',
  'page/skip',
  'tab/get',
  'highlight/show',
  'highlight/clear',
  'page/highlight',
  'page/clear-highlight',
  'page/rescan',
  'tab/show-anyway',
  'tab/read-once',
  'site/status',
  'site/enable',
  'coverage/get',
  'facts/current',
  'wiki/summary',
  'analyser/run',
  'analyser/warm',
  'kb/records',
  'analyser/records',
] as const satisfies readonly MessageType[];
// Both ways: a schema whose type is missing from the list does not compile either.
type Missing = Exclude<MessageType, (typeof MESSAGE_TYPES)[number]>;
const complete: [Missing] extends [never] ? true : Missing = true;
void complete;
const TYPES = new Set<string>(MESSAGE_TYPES);

export const isMessageType = (type: unknown): type is MessageType => typeof type === 'string' && TYPES.has(type);
