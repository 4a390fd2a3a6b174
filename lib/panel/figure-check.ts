import type { ArticleFigure } from '../figures/extract-figures';
import type { Figure, IsoDate, Qualifier, Source } from '../kb/types';

/** A value of the record at a date, with who says so where the figure is disputed. */
export interface RecordValue {
  value: number;
  qualifier: Qualifier | null;
  date: IsoDate;
  claimant: string | null;
  sources: readonly Source[];
}

export type Verdict = 'consistent' | 'outdated' | 'differs' | 'no-record';

export interface FigureCheck {
  figure: ArticleFigure;
  /** The knowledge-base figure it was set against. */
  label: string | null;
  unit: string | null;
  /** The record as it stood at the article's date (the newest value on or before it). */
  atDate: RecordValue[];
  /** The newest value of the record. */
  latest: RecordValue[];
  verdict: Verdict;
  /** Kind of record: a dispute shows every claimant. */
  disputed: boolean;
}

/** How far apart two counts may be and still agree: news rounds ("around 3,400" for 3,735). */
export const TOLERANCE = 0.15;

const agrees = (a: number, b: number) => Math.abs(a - b) <= TOLERANCE * Math.max(Math.abs(a), Math.abs(b));

function values(f: Figure): RecordValue[] {
  if (f.kind === 'known')
    return [{ value: f.value, qualifier: f.qualifier ?? null, date: f.asOf, claimant: null, sources: f.sources }];
  if (f.kind === 'series')
    return f.points.map((p) => ({
      value: p.value,
      qualifier: p.qualifier ?? null,
      date: p.date,
      claimant: null,
      sources: p.sources,
    }));
  return f.claims.map((c) => ({
    value: c.value,
    qualifier: c.qualifier ?? null,
    date: c.date,
    claimant: c.claimant,
    sources: c.sources,
  }));
}

/** The newest value on or before a date; for a dispute, each claimant's newest. */
function asOf(list: readonly RecordValue[], date: string | null, disputed: boolean): RecordValue[] {
  const before = date ? list.filter((v) => v.date.slice(0, date.length) <= date) : list;
  if (!disputed) {
    const newest = [...before].sort((a, b) => a.date.localeCompare(b.date)).at(-1);
    return newest ? [newest] : [];
  }
  const byClaimant = new Map<string, RecordValue>();
  for (const v of [...before].sort((a, b) => a.date.localeCompare(b.date))) byClaimant.set(v.claimant ?? '', v);
  return [...byClaimant.values()];
}

/**
 * Sets a figure the article states beside the knowledge base's record: the value at the article's date
 * and the latest. The verdict is said in words, never "false": consistent (agrees with the record then,
 * within news rounding), outdated (agrees with an older value, not the one at the time), differs.
 */
export function checkFigure(
  figure: ArticleFigure,
  record: Figure | undefined,
  articleDate: string | null,
): FigureCheck {
  if (!record)
    return { figure, label: null, unit: null, atDate: [], latest: [], verdict: 'no-record', disputed: false };
  const disputed = record.kind === 'disputed';
  const all = values(record);
  const atDate = asOf(all, articleDate?.slice(0, 10) ?? null, disputed);
  const latest = asOf(all, null, disputed);
  let verdict: Verdict;
  if (atDate.some((v) => agrees(v.value, figure.value) || qualifiedAgreement(figure, v))) verdict = 'consistent';
  else if (all.some((v) => agrees(v.value, figure.value))) verdict = 'outdated';
  else verdict = atDate.length === 0 ? 'no-record' : 'differs';
  return { figure, label: record.label, unit: record.unit, atDate, latest, verdict, disputed };
}

/** "More than 100 countries" agrees with 117; "fewer than 100" with 92. */
function qualifiedAgreement(figure: ArticleFigure, v: RecordValue): boolean {
  if (figure.qualifier === 'more-than' || figure.qualifier === 'at-least') return v.value >= figure.value;
  if (figure.qualifier === 'fewer-than' || figure.qualifier === 'up-to') return v.value <= figure.value;
  return false;
}

/** The knowledge-base figure an article's figure is about: same entity, same measure. */
export function recordFor(
  figures: readonly Figure[] | undefined,
  measure: ArticleFigure['measure'],
): Figure | undefined {
  return figures?.find((f) => f.measure === measure);
}
