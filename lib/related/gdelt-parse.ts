/**
 * Reads a GDELT DOC 2.0 ArtList response. GDELT reports problems as plain text, often with HTTP 200
 * ("Queries containing OR'd terms must be surrounded by ().", "Please limit requests to one every 5 seconds…"),
 * so only a JSON object counts as an answer; everything else is an error with GDELT's words kept for the panel.
 */
import { fold } from '@/lib/text/fold';
import type { CoverageItem, CoverageResult } from './coverage';
import { plainText } from './plain-text';
import { httpUrl, urlKey } from './url-key';

const MESSAGE_MAX = 200;

function message(text: string, fallback: string): string {
  const plain = plainText(text, MESSAGE_MAX);
  return plain === '' ? fallback : plain;
}

/** GDELT's throttle notice, whatever status it came with. */
const RATE_LIMIT_TEXT = /limit requests to one every|too many requests|rate limit/i;

/**
 * GDELT's JSON sometimes carries raw control characters or invalid escapes inside strings; one repair pass
 * (control characters to spaces, stray backslashes dropped) saves those answers.
 */
function repairJson(body: string): string {
  return body
    .replace(/[\u0000-\u001f]/g, ' ')
    .replace(/\\(["\\/bfnrt]|u[0-9a-fA-F]{4})|\\/g, (m: string, valid: string | undefined) => (valid ? m : ''));
}

function parseJson(body: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch {
    try {
      return { ok: true, value: JSON.parse(repairJson(body)) as unknown };
    } catch {
      return { ok: false };
    }
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const optionalText = (v: unknown, max = 80): string | null => {
  const text = plainText(v, max);
  return text === '' ? null : text;
};

/** `20260301T123000Z` → `2026-03-01T12:30:00Z`. */
export function gdeltSeenDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = /^(\d{4})(\d{2})(\d{2})T?(\d{2})(\d{2})(\d{2})Z?$/.exec(value.trim());
  if (!m) return null;
  const iso = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`;
  const ms = Date.parse(iso);
  // Date.parse rolls 31 February over; a date that does not survive the round trip is not one.
  return Number.isFinite(ms) && new Date(ms).toISOString().slice(0, 19) + 'Z' === iso ? iso : null;
}

function toItem(raw: unknown): CoverageItem | null {
  if (!isRecord(raw)) return null;
  const url = httpUrl(raw.url);
  if (!url) return null;
  const title = plainText(raw.title);
  if (title === '') return null;
  const domain = (optionalText(raw.domain) ?? url.hostname).toLowerCase();
  return {
    title,
    url: url.href,
    domain,
    date: gdeltSeenDate(raw.seendate),
    language: optionalText(raw.language),
    sourceCountry: optionalText(raw.sourcecountry),
  };
}

function titleTokens(title: string): Set<string> {
  return new Set(
    fold(title)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((t) => t !== ''),
  );
}

/** Share of the larger title's words found in the other: 1 for the same words in any order. */
export function titleOverlap(a: Set<string>, b: Set<string>): number {
  const larger = Math.max(a.size, b.size);
  if (larger === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / larger;
}

const NEAR_IDENTICAL = 0.9;

/** Drops repeats: the same article under another URL spelling, or the same story syndicated with one word changed. */
export function dedupeCoverage(items: readonly CoverageItem[], currentUrl: string | null = null): CoverageItem[] {
  const current = urlKey(currentUrl);
  const seenUrls = new Set<string>();
  const keptTitles: Set<string>[] = [];
  const out: CoverageItem[] = [];
  for (const item of items) {
    const key = urlKey(item.url);
    if (key === null || key === current || seenUrls.has(key)) continue;
    const tokens = titleTokens(item.title);
    if (keptTitles.some((t) => titleOverlap(t, tokens) >= NEAR_IDENTICAL)) continue;
    seenUrls.add(key);
    keptTitles.push(tokens);
    out.push(item);
  }
  return out;
}

export function parseGdeltResponse(
  status: number,
  contentType: string | null,
  body: string,
  currentUrl: string | null,
): CoverageResult {
  if (status === 429)
    return { ok: false, error: 'rate-limited', message: message(body, 'GDELT asked us to slow down') };
  if (status >= 500) return { ok: false, error: 'unavailable', message: `GDELT answered HTTP ${status}` };
  if (status < 200 || status >= 300) {
    return { ok: false, error: 'gdelt-error', message: message(body, `GDELT answered HTTP ${status}`) };
  }

  const text = body.trim();
  if (text === '') return { ok: false, error: 'malformed', message: 'GDELT sent an empty answer' };
  // The body decides: GDELT's refusals come with 200, so neither the status nor `contentType` proves an answer.
  if (!text.startsWith('{') && !text.startsWith('[')) {
    if (RATE_LIMIT_TEXT.test(text)) return { ok: false, error: 'rate-limited', message: message(text, '') };
    return { ok: false, error: 'gdelt-error', message: message(text, 'GDELT refused the query') };
  }

  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, error: 'malformed', message: 'GDELT sent broken JSON' };
  if (!isRecord(parsed.value)) return { ok: false, error: 'malformed', message: 'GDELT sent an unexpected answer' };
  const articles = parsed.value.articles;
  // GDELT answers a query with no matches with `{}`.
  if (articles === undefined) return { ok: true, items: [] };
  if (!Array.isArray(articles)) return { ok: false, error: 'malformed', message: 'GDELT sent an unexpected answer' };

  const items: CoverageItem[] = [];
  for (const raw of articles) {
    const item = toItem(raw);
    if (item) items.push(item);
  }
  return { ok: true, items: dedupeCoverage(items, currentUrl) };
}
