import type { DisputedFigure, Entity, EntityType, Figure, Qualifier, SeriesFigure, Source } from '../kb/types';

/** A fact as a card shows it: figures become facts too, disputed ones marked. */
export interface CardFact {
  text: string;
  asOf: string;
  disputed: boolean;
  sources: { title: string; url: string; publisher: string }[];
}

export interface Card {
  id: string;
  title: string;
  type: EntityType;
  kind: string;
  summary: string;
  facts: CardFact[];
}

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  about: 'about ',
  'more-than': 'more than ',
  'at-least': 'at least ',
  'up-to': 'up to ',
  'fewer-than': 'fewer than ',
  exactly: '',
};

export function formatNumber(value: number, qualifier?: Qualifier | null): string {
  return `${qualifier ? QUALIFIER_WORDS[qualifier] : ''}${value.toLocaleString('en-GB')}`;
}

const cite = (sources: readonly Source[]) =>
  sources.map((s) => ({ title: s.title, url: s.url, publisher: s.publisher }));

function uniqueSources(list: readonly (readonly Source[])[]): Source[] {
  const seen = new Map<string, Source>();
  for (const sources of list) for (const s of sources) if (!seen.has(s.url)) seen.set(s.url, s);
  return [...seen.values()];
}

/** A series in one line: "KFOR troop strength: about 50,000 (1999) → … → about 4,700 (2025)". */
function seriesFact(f: SeriesFigure): CardFact {
  const points = f.points.map((p) => `${formatNumber(p.value, p.qualifier)} (${p.date})`);
  const last = f.points[f.points.length - 1]!;
  return {
    text: `${f.label}: ${points.join(' → ')} ${f.unit}`,
    asOf: last.date,
    disputed: false,
    sources: cite(uniqueSources(f.points.map((p) => p.sources))),
  };
}

/** A disputed figure with every claim attributed: never one number alone. */
function disputedFact(f: DisputedFigure): CardFact {
  const claims = [...f.claims].sort((a, b) => b.date.localeCompare(a.date));
  const text = `${f.label} (disputed): ${claims
    .map((c) => `${c.claimant}: ${formatNumber(c.value, c.qualifier)} (${c.date})`)
    .join('; ')}. ${f.why}`;
  return { text, asOf: claims[0]!.date, disputed: true, sources: cite(uniqueSources(claims.map((c) => c.sources))) };
}

export function figureFact(f: Figure): CardFact {
  if (f.kind === 'series') return seriesFact(f);
  if (f.kind === 'disputed') return disputedFact(f);
  return {
    text: `${f.label}: ${formatNumber(f.value, f.qualifier)} ${f.unit}`,
    asOf: f.asOf,
    disputed: false,
    sources: cite(f.sources),
  };
}

/** The card of an entity: its facts (newest first) and its figures. */
export function cardOf(entity: Entity): Card {
  const facts = [...entity.facts]
    .sort((a, b) => b.asOf.localeCompare(a.asOf))
    .map((f) => ({ text: f.text, asOf: f.asOf, disputed: false, sources: cite(f.sources) }));
  return {
    id: entity.id,
    title: entity.name,
    type: entity.type,
    kind: entity.kind,
    summary: entity.summary,
    facts: [...(entity.figures ?? []).map(figureFact), ...facts],
  };
}
