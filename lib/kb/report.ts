import type { Entity, Figure, Source } from './types';

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
  /** Sources cited, by domain, most cited first. */
  sourcesByDomain: { domain: string; count: number }[];
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
  const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  for (const e of list) {
    byType[e.type] = (byType[e.type] ?? 0) + 1;
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
      .map(([domain, count]) => ({ domain, count }))
      .sort((a, b) => b.count - a.count || a.domain.localeCompare(b.domain)),
  };
}
