import type { LinkedMention } from '../entities/link';
import type { EntityId, Measure, Qualifier } from '../kb/types';
import { fold } from '../text/fold';
import { QUALIFIERS, RECOGNISE, SCALE, UNIT_WORDS } from './units';

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
}

// 3,400 · 3.400 · 3 400 · 4500 · 1.5 (with a scale word after it) · €150m
const NUMBER = /(?<![\p{L}\p{N}])(€\s?)?(\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+|\d+(?:[.,]\d+)?)(?![\p{N}])/gu;

/** Measures a figure may be set against, by what the entity's knowledge-base figures count. */
export type FigureMeasures = (id: EntityId) => readonly Measure[];

/**
 * Finds numbers the article states about knowledge-base entities: the number, its qualifier, the unit
 * word after it, and the entity named in the same sentence whose record counts the same thing.
 */
export function extractFigures(
  text: string,
  mentions: readonly LinkedMention[],
  measuresOf: FigureMeasures,
): ArticleFigure[] {
  const out: ArticleFigure[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const start = m.index;
    const raw = m[2]!;
    // Years and dates are not counts.
    if (/^(1[89]|20)\d\d$/.test(raw) && !m[1]) continue;
    let value = parseNumber(raw);
    if (value === null || value === 0) continue;
    let end = start + m[0].length;
    const after = text.slice(end, end + 60);
    for (const s of SCALE) {
      const sm = s.pattern.exec(after);
      if (sm) {
        value *= s.factor;
        end += sm[0].length;
        break;
      }
    }
    const sentence = sentenceAround(text, start);
    const unit = findUnit(text.slice(end, Math.min(sentence.end, end + 48)), !!m[1]);
    if (!unit) continue;
    let measure = unit.measure;
    const sentenceText = text.slice(sentence.start, sentence.end);
    if (measure === 'recognitions' && !RECOGNISE.test(sentenceText)) measure = 'nations';
    const inSentence = mentions.filter((x) => x.start >= sentence.start && x.end <= sentence.end && !x.adjective);
    const entity = pickEntity(inSentence, measure, measuresOf, start);
    if (!entity) continue;
    const before = text.slice(Math.max(sentence.start, start - 30), start);
    const q = QUALIFIERS.find((x) => x.pattern.test(before));
    const qualifierText = q ? (q.pattern.exec(before)?.[0] ?? '') : '';
    const figureStart = start - qualifierText.length;
    const figureEnd = end + unit.offset + unit.length;
    out.push({
      entity,
      measure,
      value,
      qualifier: q?.qualifier ?? null,
      unit: text.slice(end + unit.offset, figureEnd),
      text: text.slice(figureStart, figureEnd).replace(/\s+/g, ' ').trim(),
      start: figureStart,
      end: figureEnd,
      sentence,
    });
  }
  return out;
}

function parseNumber(raw: string): number | null {
  const grouped = /^\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+$/.test(raw);
  const n = grouped ? Number(raw.replace(/[^\d]/g, '')) : Number(raw.replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

function sentenceAround(text: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && !/[.!?\n]/.test(text[start - 1]!)) start--;
  // A full stop inside a number or an abbreviation is not a sentence end; good enough for news prose.
  let end = at;
  while (end < text.length && !(/[.!?\n]/.test(text[end]!) && (end + 1 >= text.length || /\s/.test(text[end + 1]!))))
    end++;
  return {
    start: start + (text.slice(start).length - text.slice(start).trimStart().length),
    end: Math.min(text.length, end + 1),
  };
}

/** The unit word within a few words after the number ("3,400 KFOR soldiers", "117 Staaten"). */
function findUnit(after: string, euroSign: boolean): { measure: Measure; offset: number; length: number } | null {
  if (euroSign) return { measure: 'eur', offset: 0, length: 0 };
  const words = [...after.matchAll(/[\p{L}%€]+/gu)].slice(0, 4);
  for (const w of words) {
    const key = fold(w[0]);
    for (const { measure, words: units } of UNIT_WORDS) {
      if (
        units.some(
          (u) => key.startsWith(fold(u)) || (u.includes(' ') && fold(after.slice(w.index)).startsWith(fold(u))),
        )
      )
        return { measure, offset: w.index, length: w[0].length };
    }
  }
  return null;
}

function pickEntity(
  mentions: readonly LinkedMention[],
  measure: Measure,
  measuresOf: FigureMeasures,
  at: number,
): EntityId | null {
  const withRecord = mentions.filter((m) => measuresOf(m.id).includes(measure));
  if (withRecord.length === 0) return null;
  withRecord.sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at));
  return withRecord[0]!.id;
}
