/**
 * URL helpers for coverage and history: only http(s) links are ever kept (no javascript:, data:, file:…),
 * and two spellings of the same article (tracking parameters, fragment, trailing slash, `www.`) compare equal.
 */

/** Parses an absolute http(s) URL; anything else (other schemes, credentials, garbage) is null. */
export function httpUrl(raw: unknown): URL | null {
  if (typeof raw !== 'string') return null;
  const text = raw.trim();
  if (text === '' || text.length > 4096) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  // A user:password@ part is how look-alike links hide their real host.
  if (url.username !== '' || url.password !== '') return null;
  if (url.hostname === '') return null;
  return url;
}

const TRACKING = /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|ocid|cmpid|_ga|igshid)$/i;

function dropTracking(url: URL): void {
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) if (TRACKING.test(key)) url.searchParams.delete(key);
}

/** The URL without fragment and tracking parameters: what is stored and linked. */
export function canonicalUrl(raw: unknown): string | null {
  const url = httpUrl(raw);
  if (!url) return null;
  dropTracking(url);
  return url.href;
}

/**
 * Identity of an article for de-duplication: host without `www.`, path without trailing slash, no fragment or
 * tracking parameters. Without `keepQuery` the whole query goes too (GDELT lists carry AMP switches and
 * session parameters there, rarely the article's identity); the reader's history keeps it (`?id=123` sites).
 */
export function urlKey(raw: unknown, { keepQuery = false }: { keepQuery?: boolean } = {}): string | null {
  const url = httpUrl(raw);
  if (!url) return null;
  dropTracking(url);
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const path = url.pathname.replace(/\/+$/, '');
  if (!keepQuery) return `${host}${path}`;
  url.searchParams.sort();
  const query = url.searchParams.toString();
  return query === '' ? `${host}${path}` : `${host}${path}?${query}`;
}
