/**
 * Reads Wikidata's `wbgetentities` answers: the current value of a statement (best rank, not ended) with
 * its start date, and the labels of the items those values point at. Anything that is not the expected
 * JSON is an error with a short reason, never a throw and never "no value".
 */
import { plainText } from '../related/plain-text';
import type { WikidataId, WikidataProperty } from '../kb/types';

/** One current value of a statement: an item (an office holder) or a number (a member count). */
export type StatementValue = { kind: 'item'; id: WikidataId } | { kind: 'quantity'; amount: number };

export interface CurrentStatement {
  values: StatementValue[];
  /** Wikidata's start time (P580) or point in time (P585) of the newest value, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  since: string | null;
}

export type WikidataError = 'rate-limited' | 'unavailable' | 'malformed';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: WikidataError; message: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const QID = /^Q[1-9]\d*$/;
export const isWikidataId = (v: unknown): v is WikidataId => typeof v === 'string' && QID.test(v);

/** Status, content type and JSON: the checks every Wikidata answer goes through first. */
function readBody(status: number, contentType: string | null, body: string): Parsed<Record<string, unknown>> {
  if (status === 429) return { ok: false, error: 'rate-limited', message: 'Wikidata asked us to slow down' };
  if (status < 200 || status >= 300) return { ok: false, error: 'unavailable', message: `HTTP ${status}` };
  if (contentType && !/json/i.test(contentType))
    return { ok: false, error: 'malformed', message: `not JSON: ${plainText(body, 80) || contentType}` };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return { ok: false, error: 'malformed', message: 'not JSON' };
  }
  if (!isRecord(value)) return { ok: false, error: 'malformed', message: 'not a JSON object' };
  // The API's own errors ("maxlag", "ratelimited", a bad id) come as { error: { code, info } } with 200.
  if (isRecord(value.error)) {
    const code = String(value.error.code ?? '');
    return {
      ok: false,
      error: /ratelimit|maxlag/i.test(code) ? 'rate-limited' : 'unavailable',
      message: plainText(`${code}: ${String(value.error.info ?? '')}`, 200),
    };
  }
  if (!isRecord(value.entities)) return { ok: false, error: 'malformed', message: 'no entities' };
  return { ok: true, value: value.entities };
}

/** `+2016-04-07T00:00:00Z` at its precision (9 year, 10 month, 11 day); null when not a usable time. */
export function wikidataTime(snak: unknown): string | null {
  if (!isRecord(snak) || !isRecord(snak.datavalue) || !isRecord(snak.datavalue.value)) return null;
  const { time, precision } = snak.datavalue.value;
  if (typeof time !== 'string') return null;
  const m = /^\+(\d{4,})-(\d{2})-(\d{2})T/.exec(time);
  if (!m) return null;
  if (precision === 9) return m[1]!;
  if (precision === 10) return `${m[1]}-${m[2]}`;
  if (typeof precision === 'number' && precision >= 11) return `${m[1]}-${m[2]}-${m[3]}`;
  return null;
}

function valueOf(snak: unknown): StatementValue | null {
  if (!isRecord(snak) || snak.snaktype !== 'value' || !isRecord(snak.datavalue)) return null;
  const { type, value } = snak.datavalue;
  if (type === 'wikibase-entityid' && isRecord(value) && isWikidataId(value.id)) return { kind: 'item', id: value.id };
  if (type === 'quantity' && isRecord(value) && typeof value.amount === 'string') {
    const amount = Number(value.amount);
    return Number.isFinite(amount) ? { kind: 'quantity', amount } : null;
  }
  return null;
}

const qualifier = (statement: Record<string, unknown>, property: string): unknown =>
  isRecord(statement.qualifiers) && Array.isArray(statement.qualifiers[property])
    ? statement.qualifiers[property][0]
    : undefined;

/**
 * The current value of one property: statements of the best rank present (preferred over normal;
 * deprecated never), without an end time (P582) in the past of `today`.
 */
export function currentStatement(claims: unknown, property: WikidataProperty, today: string): CurrentStatement | null {
  if (!isRecord(claims) || !Array.isArray(claims[property])) return null;
  const live = claims[property].filter(
    (s): s is Record<string, unknown> =>
      isRecord(s) && s.rank !== 'deprecated' && !((wikidataTime(qualifier(s, 'P582')) ?? '9999') <= today),
  );
  const best = live.some((s) => s.rank === 'preferred') ? live.filter((s) => s.rank === 'preferred') : live;
  const values: StatementValue[] = [];
  let since: string | null = null;
  for (const s of best) {
    const value = valueOf(s.mainsnak);
    if (!value) continue;
    values.push(value);
    const start = wikidataTime(qualifier(s, 'P580')) ?? wikidataTime(qualifier(s, 'P585'));
    if (start && (!since || start > since)) since = start;
  }
  return values.length > 0 ? { values, since } : null;
}

/** Claims answer: for each asked item, the current value of each asked property (absent when it has none). */
export function parseClaims(
  status: number,
  contentType: string | null,
  body: string,
  ask: readonly { id: WikidataId; properties: readonly WikidataProperty[] }[],
  today: string,
): Parsed<Map<WikidataId, Map<WikidataProperty, CurrentStatement>>> {
  const read = readBody(status, contentType, body);
  if (!read.ok) return read;
  const out = new Map<WikidataId, Map<WikidataProperty, CurrentStatement>>();
  for (const { id, properties } of ask) {
    const item = read.value[id];
    if (!isRecord(item) || 'missing' in item) continue;
    const found = new Map<WikidataProperty, CurrentStatement>();
    for (const p of properties) {
      const statement = currentStatement(item.claims, p, today);
      if (statement) found.set(p, statement);
    }
    out.set(id, found);
  }
  return { ok: true, value: out };
}

/** Labels answer: each item's label in the asked language, as plain text. */
export function parseLabels(
  status: number,
  contentType: string | null,
  body: string,
  language: string,
): Parsed<Map<WikidataId, string>> {
  const read = readBody(status, contentType, body);
  if (!read.ok) return read;
  const out = new Map<WikidataId, string>();
  for (const [id, item] of Object.entries(read.value)) {
    if (!isWikidataId(id) || !isRecord(item) || !isRecord(item.labels)) continue;
    const label = item.labels[language];
    const text = isRecord(label) ? plainText(label.value, 120) : '';
    if (text) out.set(id, text);
  }
  return { ok: true, value: out };
}
