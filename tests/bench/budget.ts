/** The bench's table: each figure beside its budget, and what is over. */

/** How far over a budget a figure may go before the bench fails: the machine is noisy. */
export const TOLERANCE = 1.25;

/**
 * budget: a figure with a ceiling; the run fails when it is blown by more than TOLERANCE.
 * reference: a figure shown against the same ceiling for comparison (e.g. a cross-check); marked, never fails.
 * check: the measurement itself must work (a positive control); fails the run when it does not.
 * info: reported only.
 */
export type RowKind = 'budget' | 'reference' | 'check' | 'info';

export type Status = 'ok' | 'over' | 'blown' | 'failed' | '';

export interface Row {
  /** The figure's name; a leading '↳ ' marks a part of the row above. */
  figure: string;
  kind: RowKind;
  /** The number compared with the budget (null: not measured). */
  value: number | null;
  /** How the measured value reads in the table. */
  shown: string;
  /** The ceiling, in the value's unit (budget and reference rows). */
  max?: number;
  /** How the budget reads in the table. */
  budget?: string;
  /** A check's outcome. */
  passed?: boolean;
  note?: string;
}

export function status(row: Row): Status {
  if (row.kind === 'info') return '';
  if (row.kind === 'check') return row.passed ? 'ok' : 'failed';
  if (row.value === null || row.max === undefined || Number.isNaN(row.value)) return 'failed';
  if (row.value <= row.max) return 'ok';
  return row.value <= row.max * TOLERANCE ? 'over' : 'blown';
}

const SHOWN: Record<Status, string> = {
  ok: 'ok',
  over: '**over**',
  blown: '**over by > 25 %**',
  failed: '**FAILED**',
  '': '',
};

/** True when the run should exit non-zero: a budget blown by more than the tolerance, or a failed check. */
export function failing(rows: readonly Row[]): Row[] {
  return rows.filter((r) => {
    const s = status(r);
    if (r.kind === 'budget') return s === 'blown' || s === 'failed';
    if (r.kind === 'check') return s === 'failed';
    return false;
  });
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The table, in Markdown (it is pasted into the README). */
export function renderTable(rows: readonly Row[]): string {
  const lines = ['| Figure | Measured | Budget | Status | Notes |', '| --- | --: | --: | --- | --- |'];
  for (const r of rows) {
    const budget = r.budget ?? '—';
    const mark = r.kind === 'reference' && status(r) !== 'ok' ? `${SHOWN[status(r)]} (reference)` : SHOWN[status(r)];
    lines.push(`| ${[r.figure, r.shown, budget, mark, r.note ?? ''].map(cell).join(' | ')} |`);
  }
  return lines.join('\n');
}

/** Formats a duration in ms for the table. */
export const ms = (x: number | null, digits = 1): string =>
  x === null || Number.isNaN(x) ? 'n/a' : `${x.toFixed(digits)} ms`;

/** Formats a byte count in KiB. */
export const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
