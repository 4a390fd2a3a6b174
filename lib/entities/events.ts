import type { Gazetteer } from '../gazetteer/build';
import type { EntityId, EventEntity } from '../kb/types';
import { tokenize, type Token } from '../text/tokens';
import { createCueCounter, type CueCounter } from '../topic/cue-counter';
import { EVENT_CUES, EVENT_WINDOW_YEARS } from './event-cues';
import type { LinkedMention } from './link';

interface EventRule {
  id: EntityId;
  date: string;
  /** Entities whose mention in the same paragraph anchors the event: where it happened, what it is told with. */
  anchors: ReadonlySet<EntityId>;
  /** Place words of the event's own names ("Brussels", "Dayton"), for places the knowledge base lacks. */
  nameWords: ReadonlySet<string>;
  /** The countries involved: with one of them, the article as a whole must keep returning to the event. */
  areas: ReadonlySet<EntityId>;
  cues: CueCounter;
  windowYears: number | null;
}

const AREA_KINDS = new Set(['country', 'territory', 'region', 'entity']);

/** Rules to find events told in prose ("the attack near Banjska"), from the knowledge base's events. */
export function eventRules(gazetteer: Gazetteer, events: readonly EventEntity[]): EventRule[] {
  const rules: EventRule[] = [];
  // One counter per kind of event: rules of one kind share it, and linkEvents scans a text once per counter.
  const counters = new Map<string, CueCounter>();
  for (const e of events) {
    const cues = EVENT_CUES[e.kind];
    if (!cues) continue;
    let counter = counters.get(e.kind);
    if (!counter) counters.set(e.kind, (counter = createCueCounter(cues)));
    const relations = e.relations ?? [];
    const isArea = (id: EntityId) => AREA_KINDS.has(gazetteer.kindOf.get(id) ?? '');
    // Anchors, most specific first: where it happened (a village anchors an attack better than its
    // country), then the places and events it is told with; else the countries involved.
    const specific = relations
      .filter(
        (r) =>
          r.kind === 'located-in' ||
          (r.kind === 'related' && ['place', 'event'].includes(gazetteer.typeOf.get(r.to) ?? '')),
      )
      .map((r) => r.to)
      .filter((id) => !isArea(id));
    const areas = [...relations.filter((r) => r.kind === 'located-in').map((r) => r.to), ...e.participants].filter(
      isArea,
    );
    if (specific.length === 0 && areas.length === 0) continue;
    rules.push({
      id: e.id,
      date: e.date,
      anchors: new Set(specific),
      nameWords: placeWords(e, cues),
      areas: new Set(areas),
      cues: counter,
      windowYears: EVENT_WINDOW_YEARS[e.kind] ?? null,
    });
  }
  // Earlier events first: a later one may be told through an earlier (the 2024 resolution on the 1995 genocide).
  return rules.sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * Events the article tells without naming them: a sentence with the event's place (or subject) and a
 * word for its kind ("attack", "napad", "sulm"), in an article dated within the event's window.
 */
export function linkEvents(
  rules: readonly EventRule[],
  text: string,
  tokens: readonly Token[],
  mentions: readonly LinkedMention[],
  publishedAt: string | null,
): LinkedMention[] {
  const named = new Set(mentions.map((m) => m.id));
  const known = [...mentions];
  const years = fourDigitRuns(text);
  const out: LinkedMention[] = [];
  const paragraphs = paragraphSpans(text).map((p) => ({
    ...p,
    first: firstToken(tokens, p.start),
    last: firstToken(tokens, p.end),
  }));
  const paragraphOf = (offset: number) => {
    let lo = 0;
    let hi = paragraphs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (paragraphs[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  // The first cue word of a kind and whether it comes twice, once per kind's counter.
  const twice = new Map<CueCounter, Token | undefined>();
  const firstOfTwo = (cues: CueCounter): Token | undefined => {
    if (twice.has(cues)) return twice.get(cues);
    let first: Token | undefined;
    let count = 0;
    for (const t of tokens) {
      if (!cues.matches(t)) continue;
      first ??= t;
      if (++count >= 2) break;
    }
    const found = count >= 2 ? first : undefined;
    twice.set(cues, found);
    return found;
  };
  const add = (rule: EventRule, cue: Token, zone: LinkedMention['zone']) => {
    const mention: LinkedMention = {
      id: rule.id,
      type: 'event',
      start: cue.start,
      end: cue.end,
      zone,
      surface: text.slice(cue.start, cue.end),
      adjective: false,
    };
    out.push(mention);
    known.push(mention);
    named.add(rule.id);
  };
  for (const rule of rules) {
    if (named.has(rule.id) || !inWindow(rule, publishedAt, years)) continue;
    // A paragraph with the event's place (or the event it is told with) and a word for its kind.
    const candidates = new Set<number>();
    for (const m of known) if (m.zone !== 'title' && rule.anchors.has(m.id)) candidates.add(paragraphOf(m.start));
    if (rule.nameWords.size > 0 && near(rule, publishedAt, years) && known.some((m) => rule.areas.has(m.id)))
      for (const t of tokens) if (t.capital && rule.nameWords.has(t.key)) candidates.add(paragraphOf(t.start));
    for (const i of [...candidates].sort((x, y) => x - y)) {
      const p = paragraphs[i]!;
      for (let k = p.first; k < p.last; k++) {
        if (!rule.cues.matches(tokens[k]!)) continue;
        add(rule, tokens[k]!, 'body');
        break;
      }
    }
    if (named.has(rule.id)) continue;
    // Events bounded in time may be told by country: "the February election" in a Kosovo story — the
    // kind word twice or more, the country present. A war or an agreement is not told that way.
    if (rule.areas.size === 0 || rule.windowYears === null) continue;
    const anchor = known.find((m) => m.zone !== 'title' && rule.areas.has(m.id));
    if (!anchor) continue;
    const first = firstOfTwo(rule.cues);
    if (first) add(rule, first, anchor.zone);
  }
  return out;
}

/** Index of the first token starting at or after an offset. */
function firstToken(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A city word alone ("Brussels", "Washington": datelines, seats of government) names an agreement only
 * in a story from its time, or one that gives its year.
 */
/** Every four digits in a row the text holds ("2024" of "20245" too): each rule's year is looked up, not searched for. */
function fourDigitRuns(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\d{4,}/g)) for (let i = 0; i + 4 <= m[0].length; i++) out.add(m[0].slice(i, i + 4));
  return out;
}

function near(rule: EventRule, publishedAt: string | null, years: Set<string>): boolean {
  if (years.has(rule.date.slice(0, 4))) return true;
  if (!publishedAt) return false;
  const days = (Date.parse(publishedAt) - Date.parse(rule.date)) / 86_400_000;
  return days >= -30 && days <= 365;
}

function inWindow(rule: EventRule, publishedAt: string | null, years: Set<string>): boolean {
  const year = Number(rule.date.slice(0, 4));
  if (!publishedAt) return years.has(String(year));
  const published = Date.parse(publishedAt);
  const start = Date.parse(
    rule.date.length === 4 ? `${rule.date}-01-01` : rule.date.length === 7 ? `${rule.date}-01` : rule.date,
  );
  // An election or a ban is news a little before its date too.
  if (published < start - 90 * 86_400_000) return false;
  if (rule.windowYears === null) return true;
  return published <= start + rule.windowYears * 365.25 * 86_400_000;
}

/** Capitalised words of an event's names that are neither kind words nor generic ("Brussels" of "Brussels Agreement"). */
function placeWords(e: EventEntity, cues: readonly string[]): Set<string> {
  const cue = createCueCounter(cues);
  const out = new Set<string>();
  for (const n of e.names) {
    if (n.needsContext || !['en', 'de'].includes(n.lang)) continue;
    for (const t of tokenize(n.text)) {
      if (t.capital && t.key.length >= 4 && !/^\d/.test(t.key) && !GENERIC.has(t.key) && cue.count([t]) === 0)
        out.add(t.key);
    }
  }
  return out;
}

const GENERIC = new Set([
  'first',
  'principles',
  'governing',
  'normalization',
  'normalisation',
  'relations',
  'general',
  'framework',
  'peace',
  'military',
  'technical',
  'united',
  'nations',
  'security',
  'council',
  'assembly',
  'kosovo',
  'serbia',
  'bosnia',
  'herzegovina',
  'montenegro',
  'croatia',
  'albania',
  'macedonia',
  'north',
  'nato',
  'serbian',
  'kosovar',
  'montenegrin',
  'bosnian',
  'croatian',
  'operation',
  'allied',
  'force',
  'implementation',
  'economic',
  'path',
  'between',
  'agreement',
  'accords',
  'yugoslavia',
  'republic',
  'national',
  'parliamentary',
  'unabhangigkeit',
]);

/** Paragraphs: a story tells an event across a few sentences ("the attack … near the monastery at Banjska"). */
function paragraphSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(/\n\n/g)) {
    out.push({ start, end: m.index });
    start = m.index + 2;
  }
  out.push({ start, end: text.length });
  return out;
}
