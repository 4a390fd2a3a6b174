import type { LinkedMention } from '../entities/link';
import type { EntityId, Measure, Qualifier } from '../kb/types';
import { fold } from '../text/fold';
import { INCIDENT, KILLED, MONTH, POPULATION, QUALIFIERS, RECOGNISE, SCALE, UNIT_WORDS } from './units';

/** A number the article states about an entity. */
export interface ArticleFigure {
  entity: EntityId;
  measure: Measure;
  value: number;
  qualifier: Qualifier | null;
  /** The words the article uses for the unit ("soldiers", "Staaten"). */
  unit: string;
  /** The figure as written ("around 3,400 KFOR soldiers"). */
  text: string;
  start: number;
  end: number;
  sentence: { start: number; end: number };
  /** The knowledge base has a record of this measure for the entity, to set the figure beside. */
  hasRecord: boolean;
}

// 3,400 · 3.400 · 3 400 · 4500 · 1.5 (with a scale word after it) · €150m
const NUMBER = /(?<![\p{L}\p{N}.,])(€\s?)?(\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+|\d+(?:[.,]\d+)?)(?![\p{N}])/gu;

/** Measures a figure may be set against, by what the entity's knowledge-base figures count. */
export type FigureMeasures = (id: EntityId) => readonly Measure[];

/** What an entity is, for deciding who a count is about. */
export type EntityKindOf = (id: EntityId) => string | undefined;

/**
 * Finds numbers the article states about knowledge-base entities: the number, its qualifier, the unit
 * word after it, and the entity it is about — the one named between number and unit ("3,400 KFOR
 * soldiers"), else the nearest in the sentence whose record counts the same thing.
 */
export function extractFigures(
  text: string,
  mentions: readonly LinkedMention[],
  measuresOf: FigureMeasures,
  typeOf: EntityKindOf = () => undefined,
): ArticleFigure[] {
  const out: ArticleFigure[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const start = m.index;
    const raw = m[2]!;
    if (/^(1[89]|20)\d\d$/.test(raw) && !m[1]) continue; // a year
    const before = text.slice(Math.max(0, start - 40), start);
    const afterText = text.slice(start + m[0].length, start + m[0].length + 80);
    // A day of the month: "Sept. 24", "24 September", "24. septembra".
    if (
      MONTH.test(before.trimEnd()) ||
      (/^\.?\s*\p{L}+/u.test(afterText) && MONTH.test(/^\.?\s*(\p{L}+\.?)/u.exec(afterText)?.[1] ?? ''))
    )
      continue;
    let value = parseNumber(raw);
    if (value === null || value === 0) continue;
    let end = start + m[0].length;
    for (const s of SCALE) {
      const sm = s.pattern.exec(afterText);
      if (sm) {
        value *= s.factor;
        end += sm[0].length;
        break;
      }
    }
    const sentence = sentenceAround(text, start);
    const sentenceText = text.slice(sentence.start, sentence.end);
    const unit = findUnit(text, end, Math.min(sentence.end, end + 60), !!m[1]);
    if (!unit) continue;
    const measure = measureOf(unit.measure, sentenceText);
    if (!measure) continue;
    const unitEnd = unit.start + unit.length;
    // Named between the number and its unit: "3,400 KFOR soldiers", "1,000 Serbian soldiers".
    const between = mentions.filter((x) => x.start >= end && x.end <= unit.start);
    let entity: EntityId | null = null;
    if (between.length > 0) {
      const owner = between[between.length - 1]!;
      entity = owner.adjective && !measuresOf(owner.id).includes(measure) ? null : owner.id;
      if (!entity) continue;
    } else {
      const inSentence = mentions.filter((x) => x.start >= sentence.start && x.end <= sentence.end && !x.adjective);
      entity = pickEntity(inSentence, measure, measuresOf, typeOf, start);
    }
    if (!entity) continue;
    const q = QUALIFIERS.find((x) => x.pattern.test(text.slice(Math.max(sentence.start, start - 30), start)));
    const qualifierText = q ? (q.pattern.exec(text.slice(Math.max(sentence.start, start - 30), start))?.[0] ?? '') : '';
    const figureStart = start - qualifierText.length;
    out.push({
      entity,
      measure,
      value,
      qualifier: q?.qualifier ?? null,
      unit: text.slice(unit.start, unitEnd),
      text: text.slice(figureStart, unitEnd).replace(/\s+/g, ' ').trim(),
      start: figureStart,
      end: unitEnd,
      sentence,
      hasRecord: measuresOf(entity).includes(measure),
    });
  }
  return out;
}

/** "people" is a death toll or a population only when the sentence says so; countries count recognitions or nations. */
function measureOf(unit: UnitMeasure, sentence: string): Measure | null {
  if (unit === 'people') return KILLED.test(sentence) ? 'deaths' : POPULATION.test(sentence) ? 'population' : null;
  if (unit === 'countries') return RECOGNISE.test(sentence) ? 'recognitions' : 'nations';
  if ((unit === 'troops' || unit === 'police') && INCIDENT.test(sentence)) return null;
  return unit;
}

function parseNumber(raw: string): number | null {
  const grouped = /^\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+$/.test(raw);
  const n = grouped ? Number(raw.replace(/[^\d]/g, '')) : Number(raw.replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

function sentenceAround(text: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && !/[!?\n]/.test(text[start - 1]!) && !(text[start - 1] === '.' && /\s/.test(text[start] ?? '')))
    start--;
  let end = at;
  while (end < text.length && !(/[.!?\n]/.test(text[end]!) && (end + 1 >= text.length || /\s/.test(text[end + 1]!))))
    end++;
  while (start < at && /\s/.test(text[start]!)) start++;
  return { start, end: Math.min(text.length, end + 1) };
}

type UnitMeasure = Measure | 'people' | 'countries';

/** Unit words folded once: short ones match whole words, longer ones as prefixes, phrases by their start. */
const UNITS = UNIT_WORDS.flatMap(({ measure, words }) =>
  words.map((u) => {
    const folded = fold(u);
    return { measure, folded, phrase: u.includes(' '), short: folded.length <= 3 };
  }),
);

/** The unit word within a few words after the number ("3,400 KFOR soldiers", "117 Staaten"). */
function findUnit(
  text: string,
  from: number,
  to: number,
  euroSign: boolean,
): { measure: UnitMeasure; start: number; length: number } | null {
  if (euroSign) return { measure: 'eur', start: from, length: 0 };
  const after = text.slice(from, to);
  let n = 0;
  for (const w of after.matchAll(/[\p{L}%€]+/gu)) {
    if (++n > 5) break;
    const key = fold(w[0]);
    for (const u of UNITS) {
      const hit = u.phrase
        ? key === u.folded.split(' ')[0] && fold(after.slice(w.index)).startsWith(u.folded)
        : u.short
          ? key === u.folded
          : key.startsWith(u.folded);
      if (hit) return { measure: u.measure, start: from + w.index, length: w[0].length };
    }
  }
  return null;
}

const PLACE_FIRST = new Set(['population']);

function pickEntity(
  mentions: readonly LinkedMention[],
  measure: Measure,
  measuresOf: FigureMeasures,
  typeOf: EntityKindOf,
  at: number,
): EntityId | null {
  const near = (a: LinkedMention, b: LinkedMention) => Math.abs(a.start - at) - Math.abs(b.start - at);
  const withRecord = mentions.filter((m) => measuresOf(m.id).includes(measure));
  if (withRecord.length > 0) {
    withRecord.sort((a, b) =>
      PLACE_FIRST.has(measure)
        ? Number(typeOf(a.id) === 'event') - Number(typeOf(b.id) === 'event') || near(a, b)
        : near(a, b),
    );
    return withRecord[0]!.id;
  }
  // No record to set it beside and not named with the number: whose count it is stays unsaid.
  return null;
}
