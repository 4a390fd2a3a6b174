import * as v from 'valibot';
import { CUE_CONTEXT } from '../highlight/mention-cues';

import { MAX_CUES, MAX_HTML_CHARS } from './message-types';

export { isMessageType, MAX_CUES, MAX_HTML_CHARS, MESSAGE_TYPES } from './message-types';

/**
 * Request schemas: every message is checked against these on receipt, in every context. Built on first use,
 * not at import: the content script starts on every page, and most pages never send it a message.
 */
function buildRequests() {
  const url = v.pipe(
    v.string(),
    v.maxLength(8192),
    v.check((s) => /^(https?|file):/i.test(s), 'not a page URL'),
  );
  const tabId = v.pipe(v.number(), v.integer(), v.minValue(0));
  const entityId = v.pipe(v.string(), v.maxLength(120), v.regex(/^[a-z0-9-]+$/));
  const entityIds = v.pipe(v.array(entityId), v.maxLength(500));

  const surfaces = v.pipe(
    v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(200))),
    v.minLength(1),
    v.maxLength(50),
  );
  /** An entity's mentions as the analysis found them (lib/highlight/mention-cues.ts). */
  const cues = v.optional(
    v.pipe(
      v.array(
        v.strictObject({
          before: v.pipe(v.string(), v.maxLength(CUE_CONTEXT)),
          text: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
          after: v.pipe(v.string(), v.maxLength(CUE_CONTEXT)),
        }),
      ),
      v.maxLength(MAX_CUES),
    ),
  );
  return {
    /** Content script: this page is a candidate article; here is its HTML. */
    'page/candidate': v.strictObject({
      url,
      html: v.pipe(v.string(), v.maxLength(MAX_HTML_CHARS)),
      truncated: v.boolean(),
    }),
    /** Content script: this page is not worth analysing. */
    'page/skip': v.strictObject({
      url,
      reason: v.picklist(['not-article', 'no-signal']),
      title: v.nullable(v.pipe(v.string(), v.maxLength(1000))),
    }),
    /** Panel: the state of a tab. */
    'tab/get': v.strictObject({ tabId }),
    /** Panel: light up an entity's mentions in the tab's page (index: which one to scroll to). */
    'highlight/show': v.strictObject({
      tabId,
      entityId: v.nullable(entityId),
      style: v.optional(v.picklist(['marker', 'underline', 'outline'])),
      surfaces,
      cues,
      index: v.pipe(v.number(), v.integer()),
    }),
    'highlight/clear': v.strictObject({ tabId }),
    /** Background → content script. */
    'page/highlight': v.strictObject({
      style: v.optional(v.picklist(['marker', 'underline', 'outline'])),
      surfaces,
      cues,
      index: v.pipe(v.number(), v.integer()),
    }),
    'page/clear-highlight': v.strictObject({}),
    /**
     * Background → content script: analyse this page again (an analysis was lost), or, `onRequest`, hand it
     * over whatever the gate says (the reader asked for the context anyway).
     */
    'page/rescan': v.strictObject({ onRequest: v.optional(v.boolean()) }),
    /** Panel: the reader asked for the context of this page though it was turned down; lasts for the page. */
    'tab/show-anyway': v.strictObject({ tabId }),
    /** Panel, in the reader's click: read this page once (activeTab), with no permission kept. */
    'tab/read-once': v.strictObject({ tabId }),
    /** Panel: the tab's site, and whether Kontekst runs there. */
    'site/status': v.strictObject({ tabId }),
    /** Panel, after the reader granted the tab's host: run there from now on. */
    'site/enable': v.strictObject({ tabId, host: v.pipe(v.string(), v.maxLength(253), v.regex(/^[a-z0-9.-]+$/)) }),
    /** Panel: related coverage, curated links and earlier reading for a tab's article. */
    'coverage/get': v.strictObject({ tabId }),
    /** Panel: Wikidata's current value of the changing facts of a tab's cards. */
    'facts/current': v.strictObject({ tabId }),
    /** Panel: a Wikipedia summary for a name outside the knowledge base. */
    'wiki/summary': v.strictObject({ name: v.pipe(v.string(), v.minLength(2), v.maxLength(120)) }),
    /** Background → analyser (Chrome's offscreen document). */
    'analyser/run': v.strictObject({
      url,
      html: v.pipe(v.string(), v.maxLength(MAX_HTML_CHARS)),
      onRequest: v.optional(v.boolean()),
      /** Answer from the knowledge base alone while compromise still loads (a second request follows). */
      quick: v.optional(v.boolean()),
    }),
    /** Panel, as it opens: have the analyser loaded for the page the reader is about to read. */
    'analyser/warm': v.strictObject({}),
    /** Panel: the records the analyser holds of these ids (those of the page it just read), if any. */
    'kb/records': v.strictObject({ ids: entityIds }),
    /** Background → analyser (Chrome's offscreen document): the same. */
    'analyser/records': v.strictObject({ ids: entityIds }),
  } as const;
}

type Requests = ReturnType<typeof buildRequests>;
let built: Requests | undefined;
export const requestSchemas = (): Requests => (built ??= buildRequests());

export type MessageType = keyof Requests;
export type RequestOf<K extends MessageType> = v.InferOutput<Requests[K]>;

export function parseRequest<K extends MessageType>(
  type: K,
  payload: unknown,
): { ok: true; value: RequestOf<K> } | { ok: false; issues: string } {
  const result = v.safeParse(requestSchemas()[type], payload);
  if (result.success) return { ok: true, value: result.output as RequestOf<K> };
  // Issues repeat the input they reject: keep the answer short whatever was sent.
  const issues = result.issues
    .slice(0, 5)
    .map((i) => `${i.path?.map((p) => String(p.key).slice(0, 40)).join('.') || 'payload'}: ${i.message.slice(0, 160)}`)
    .join('; ');
  return { ok: false, issues };
}
