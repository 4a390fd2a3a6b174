import { reprintVerdict } from './reprints';
import type { Entity, Fact, Figure, Source } from './types';

/** The region's countries (and Kosovo), by which entities are counted. */
const COUNTRIES = [
  'serbia',
  'kosovo',
  'bosnia-and-herzegovina',
  'montenegro',
  'north-macedonia',
  'albania',
  'croatia',
  'slovenia',
] as const;
/** Entities that stand for a country's part: counted with the country. */
const PART_OF: Record<string, string> = {
  'republika-srpska': 'bosnia-and-herzegovina',
  'federation-of-bosnia-and-herzegovina': 'bosnia-and-herzegovina',
};

export interface StaleFact {
  entity: string;
  fact: string;
  asOf: string;
}

export interface StaleFigure {
  entity: string;
  figure: string;
  newest: string;
}

export interface KbReport {
  entities: number;
  facts: number;
  factsWithoutSource: number;
  factsWithoutAsOf: number;
  disputedFigures: number;
  stale: StaleFigure[];
  /** Entities by type. */
  byType: Record<string, number>;
  /** Facts (figures counted as facts) by entity type. */
  factsByType: Record<string, number>;
  /** Sources cited, by domain, most cited first, with the reprint lint's verdict (null: an original). */
  sourcesByDomain: { domain: string; count: number; verdict: string | null }[];
  /** Citations of sites on the reprint and aggregator list (lib/kb/reprints.ts). */
  reprintCitations: number;
  /** Entities by the region's country they belong to (its own, where it lies, whose office it is). */
  byCountry: Record<string, number>;
  /** Entities by importance: 3 the main actors, 2 well known, 1 minor. */
  byTier: Record<string, number>;
  /** Entities with three facts or more (figures counted). */
  withThreeFacts: number;
  /** Entities with a Wikidata id. */
  withWikidata: number;
  /** Facts that change (an office, a leader, a count), and the range of their as-of dates. */
  changingFacts: { count: number; oldest: string | null; newest: string | null };
  /** Changing facts whose as-of date is more than twelve months old: what the panel marks. */
  staleFacts: StaleFact[];
}

const changes = (f: Fact) => !!f.changes || !!f.changing;

/** The country an entity is counted under, or 'international' / 'none'. */
function countryOf(e: Entity, byId: Map<string, Entity>): string {
  const own = (id: string) => ((COUNTRIES as readonly string[]).includes(id) ? id : PART_OF[id]);
  const direct = own(e.id);
  if (direct) return direct;
  const links = [...(e.type === 'place' ? (e.within ?? []) : []), ...(e.relations ?? [])].filter((r) => !r.disputed);
  for (const r of links) {
    const c = own(r.to);
    if (c) return c;
  }
  // One step further: a party's country, a town's municipality.
  for (const r of links) {
    const via = byId.get(r.to);
    if (!via) continue;
    for (const r2 of [...(via.type === 'place' ? (via.within ?? []) : []), ...(via.relations ?? [])]) {
      const c = own(r2.to);
      if (c && !r2.disputed) return c;
    }
  }
  return e.region === 'outside' ? 'international' : 'none';
}

function figureSources(f: Figure): readonly Source[] {
  if (f.kind === 'known') return f.sources;
  if (f.kind === 'series') return f.points.flatMap((p) => p.sources);
  return f.claims.flatMap((c) => c.sources);
}

/** The newest date of a figure that changes over time. */
function newest(f: Figure): string {
  if (f.kind === 'known') return f.asOf;
  const dates = f.kind === 'series' ? f.points.map((p) => p.date) : f.claims.map((c) => c.date);
  return [...dates].sort().at(-1)!;
}

/**
 * Counts and checks of the knowledge base: what `npm run kb:report` prints. A figure is stale when it
 * keeps changing (marked `changes`: troop strengths, recognition counts, not a past war's toll) and its
 * newest point is over a year old.
 */
export function kbReport(list: readonly Entity[], today: string): KbReport {
  const byType: Record<string, number> = {};
  const factsByType: Record<string, number> = {};
  const domains = new Map<string, number>();
  let facts = 0;
  let withoutSource = 0;
  let withoutAsOf = 0;
  let disputed = 0;
  const stale: StaleFigure[] = [];
  const staleFacts: StaleFact[] = [];
  const byCountry: Record<string, number> = {};
  const byTier: Record<string, number> = {};
  const changingDates: string[] = [];
  let withThreeFacts = 0;
  let withWikidata = 0;
  let reprintCitations = 0;
  const byId = new Map<string, Entity>(list.map((e) => [e.id, e]));
  const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  for (const e of list) {
    byType[e.type] = (byType[e.type] ?? 0) + 1;
    const country = countryOf(e, byId);
    byCountry[country] = (byCountry[country] ?? 0) + 1;
    byTier[e.importance] = (byTier[e.importance] ?? 0) + 1;
    if (e.facts.length + (e.figures?.length ?? 0) >= 3) withThreeFacts++;
    if (e.wikidata) withWikidata++;
    for (const f of e.facts) {
      if (!changes(f)) continue;
      changingDates.push(f.asOf);
      if (f.asOf < yearAgo) staleFacts.push({ entity: e.id, fact: f.text, asOf: f.asOf });
    }
    const figures = e.figures ?? [];
    const count = e.facts.length + figures.length;
    facts += count;
    factsByType[e.type] = (factsByType[e.type] ?? 0) + count;
    for (const f of e.facts) {
      if (f.sources.length === 0) withoutSource++;
      if (!f.asOf) withoutAsOf++;
    }
    const sources = [...e.facts.flatMap((f) => f.sources), ...figures.flatMap(figureSources)];
    for (const s of sources) {
      const domain = new URL(s.url).hostname.replace(/^www\./, '');
      domains.set(domain, (domains.get(domain) ?? 0) + 1);
      if (reprintVerdict(s.url)) reprintCitations++;
    }
    for (const f of figures) {
      if (f.kind === 'disputed') disputed++;
      if (figureSources(f).length === 0) withoutSource++;
      if (f.changes && newest(f) < yearAgo) stale.push({ entity: e.id, figure: f.id, newest: newest(f) });
    }
  }
  return {
    entities: list.length,
    facts,
    factsWithoutSource: withoutSource,
    factsWithoutAsOf: withoutAsOf,
    disputedFigures: disputed,
    stale: stale.sort((a, b) => a.newest.localeCompare(b.newest)),
    byType,
    factsByType,
    sourcesByDomain: [...domains]
      .map(([domain, count]) => ({ domain, count, verdict: reprintVerdict(`https://${domain}/`) }))
      .sort((a, b) => b.count - a.count || a.domain.localeCompare(b.domain)),
    reprintCitations,
    byCountry,
    byTier,
    withThreeFacts,
    withWikidata,
    changingFacts: {
      count: changingDates.length,
      oldest: changingDates.length ? [...changingDates].sort()[0]! : null,
      newest: changingDates.length ? [...changingDates].sort().at(-1)! : null,
    },
    staleFacts: staleFacts.sort((a, b) => a.asOf.localeCompare(b.asOf)),
  };
}
