/**
 * Builds the GDELT DOC 2.0 request for "Related coverage". Only knowledge-base names leave the browser — never
 * the article's text or URL — and `sentTerms` lists exactly which, so the panel can say so.
 *
 * GDELT's query rules (its errors come back as plain text): OR'd terms must sit in parentheses, and parentheses
 * around anything else are an error; single words need at least 3 characters; a quoted phrase at least 5.
 */
import type { Analysis, EntityKind } from '@/lib/analysis/types';
import type { KnowledgeBase } from '@/lib/kb/index';
import type { Entity } from '@/lib/kb/types';
import { asciiFold, nameIn } from './entity-names';

export const GDELT_DOC_API = 'https://api.gdeltproject.org/api/v2/doc/doc';

const DAY = 86_400_000;

export interface GdeltQueryOptions {
  /** The current time (the caller's clock). */
  now: Date | number;
  /** Another endpoint, for tests. */
  baseUrl?: string;
  /** How many of the article's top entities to AND together (2–3). */
  maxEntities?: number;
  /** Name variants per entity, at most. */
  maxTermsPerEntity?: number;
  /** GDELT's `maxrecords` (it allows up to 250). */
  maxRecords?: number;
  /** Days either side of the article's date. */
  windowDays?: number;
  /** GDELT searches a rolling window of about three months. */
  maxAgeDays?: number;
}

export type GdeltQuery =
  | {
      ok: true;
      url: string;
      /** Every name sent to GDELT, as written (unquoted), in query order. */
      sentTerms: string[];
      /** The knowledge-base entities the query is built from. */
      entityIds: string[];
    }
  | { ok: false; reason: 'too-old' | 'no-entities' };

const QUERYABLE: ReadonlySet<EntityKind> = new Set(['person', 'place', 'organization', 'event']);

/** A name as a GDELT term: bare when a plain ASCII word, quoted otherwise; null when GDELT would refuse it. */
export function gdeltTerm(name: string): string | null {
  const text = name.normalize('NFC').replace(/\s+/g, ' ').trim();
  // Letters, digits, spaces and in-word punctuation only: nothing GDELT could read as an operator or a quote.
  if (!/^[\p{L}\p{N}](?:[\p{L}\p{N} .'’-]*[\p{L}\p{N}.])?$/u.test(text)) return null;
  const quoted = text.includes(' ') || /[^A-Za-z0-9]/.test(text);
  if (!quoted) return text.length >= 3 ? text : null; // also drops two-letter acronyms (EU, UN)
  return text.length >= 5 ? `"${text}"` : null;
}

/** Name variants GDELT should match for one entity: English, Serbian Latin, Albanian, Serbian Cyrillic. */
export function entityTerms(entity: Entity, max = 6): string[] {
  const english = entity.name;
  const serbianLatin = nameIn(entity, 'sr-Latn');
  const variants = [
    english,
    asciiFold(english),
    serbianLatin,
    serbianLatin === null ? null : asciiFold(serbianLatin),
    nameIn(entity, 'sq'),
    nameIn(entity, 'sr-Cyrl'),
  ];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of variants) {
    if (v === null || gdeltTerm(v) === null) continue;
    const key = v.normalize('NFC').toLocaleLowerCase('und');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(v.normalize('NFC').replace(/\s+/g, ' ').trim());
    if (out.length >= max) break;
  }
  return out;
}

/** `YYYYMMDDHHMMSS` in UTC, as GDELT's startdatetime/enddatetime take it. */
export function gdeltDateTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\D/g, '').slice(0, 14);
}

function parseDate(value: string | null): number | null {
  if (value === null || value.trim() === '') return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
}

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.round(n)));

export function buildGdeltQuery(
  analysis: Pick<Analysis, 'entities' | 'publishedAt'>,
  kb: Pick<KnowledgeBase, 'get'>,
  options: GdeltQueryOptions,
): GdeltQuery {
  const now = typeof options.now === 'number' ? options.now : options.now.getTime();
  const maxEntities = clamp(options.maxEntities ?? 3, 1, 3);
  const maxRecords = clamp(options.maxRecords ?? 75, 1, 250);
  const windowMs = (options.windowDays ?? 3) * DAY;
  const oldest = now - (options.maxAgeDays ?? 90) * DAY;

  let published = parseDate(analysis.publishedAt);
  // A date more than a day ahead of the clock is broken metadata, not news from the future.
  if (published !== null && published > now + DAY) published = null;
  if (published !== null && published < oldest) return { ok: false, reason: 'too-old' };

  const ranked = analysis.entities
    .filter((e) => e.id !== null && QUERYABLE.has(e.type))
    .map((e, i) => ({ e, i }))
    .sort((a, b) => b.e.salience - a.e.salience || a.i - b.i);

  const groups: string[] = [];
  const sentTerms: string[] = [];
  const entityIds: string[] = [];
  for (const { e } of ranked) {
    if (groups.length >= maxEntities) break;
    const entity = kb.get(e.id!);
    if (!entity || entityIds.includes(entity.id)) continue;
    const names = entityTerms(entity, options.maxTermsPerEntity);
    if (names.length === 0) continue;
    const terms = names.map((n) => gdeltTerm(n)!);
    // Parentheses only around OR'd terms: GDELT rejects them around a single term.
    groups.push(terms.length === 1 ? terms[0]! : `(${terms.join(' OR ')})`);
    sentTerms.push(...names);
    entityIds.push(entity.id);
  }
  if (groups.length === 0) return { ok: false, reason: 'no-entities' };

  const url = new URL(options.baseUrl ?? GDELT_DOC_API);
  url.searchParams.set('query', groups.join(' '));
  url.searchParams.set('mode', 'ArtList');
  url.searchParams.set('format', 'json');
  url.searchParams.set('maxrecords', String(maxRecords));
  url.searchParams.set('sort', 'DateDesc');
  if (published === null) {
    url.searchParams.set('timespan', '7d');
  } else {
    const start = Math.max(published - windowMs, oldest);
    const end = Math.max(Math.min(published + windowMs, now), start + 3_600_000);
    url.searchParams.set('startdatetime', gdeltDateTime(start));
    url.searchParams.set('enddatetime', gdeltDateTime(end));
  }
  return { ok: true, url: url.href, sentTerms, entityIds };
}
