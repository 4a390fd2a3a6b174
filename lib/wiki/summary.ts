import { plainText } from '../related/plain-text';
import { httpUrl } from '../related/url-key';

/** Wikipedia's REST summary endpoint (English Wikipedia). */
export const WIKIPEDIA_SUMMARY = 'https://en.wikipedia.org/api/rest_v1/page/summary/';

/** Wikipedia asks API clients to say who they are. */
export const API_USER_AGENT = 'Kontekst/0.1 (browser extension showing context for Balkans news)';

export type WikiSummary =
  | {
      ok: true;
      kind: 'article';
      title: string;
      description: string | null;
      extract: string;
      /** When the article was last edited (ISO). */
      lastEdited: string | null;
      url: string;
    }
  | { ok: true; kind: 'ambiguous'; title: string; url: string }
  | { ok: true; kind: 'not-found'; title: string }
  | { ok: false; error: 'unavailable' | 'malformed'; message: string };

/** The summary URL of a name: spaces become underscores, the rest is encoded. */
export function summaryUrl(name: string, base = WIKIPEDIA_SUMMARY): string {
  return base + encodeURIComponent(name.trim().replace(/\s+/g, '_'));
}

/**
 * Reads the endpoint's answer. A disambiguation page is "several possible matches", never a summary of
 * one of them; text is plain text; links are http(s) only.
 */
export function parseWikiSummary(status: number, body: string, name: string): WikiSummary {
  if (status === 404) return { ok: true, kind: 'not-found', title: name };
  if (status === 429 || status >= 500)
    return { ok: false, error: 'unavailable', message: `Wikipedia answered ${status}` };
  if (status !== 200) return { ok: false, error: 'unavailable', message: `Wikipedia answered ${status}` };
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return { ok: false, error: 'malformed', message: 'Wikipedia sent something that is not JSON' };
  }
  if (!data || typeof data !== 'object')
    return { ok: false, error: 'malformed', message: 'Wikipedia sent an empty answer' };
  const d = data as Record<string, unknown>;
  const title = plainText(d.title, 200) || name;
  const page = httpUrl((d.content_urls as { desktop?: { page?: unknown } } | undefined)?.desktop?.page);
  const url = page?.href ?? `https://en.wikipedia.org/wiki/${encodeURIComponent(title.replace(/ /g, '_'))}`;
  if (d.type === 'disambiguation') return { ok: true, kind: 'ambiguous', title, url };
  const extract = plainText(d.extract, 600);
  if (!extract) return { ok: true, kind: 'not-found', title };
  const edited = typeof d.timestamp === 'string' && !Number.isNaN(Date.parse(d.timestamp)) ? d.timestamp : null;
  return {
    ok: true,
    kind: 'article',
    title,
    description: plainText(d.description, 200) || null,
    extract,
    lastEdited: edited,
    url,
  };
}
