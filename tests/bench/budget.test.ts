import { describe, expect, test } from 'vitest';
import { failing, renderTable, status, type Row } from './budget';

const row = (over: Partial<Row>): Row => ({ figure: 'f', kind: 'budget', value: 1, shown: '1', max: 2, ...over });

describe('status', () => {
  test.each([
    ['within the budget', row({ value: 2 }), 'ok'],
    ['over, within 25 %', row({ value: 2.5 }), 'over'],
    ['over by more than 25 %', row({ value: 2.51 }), 'blown'],
    ['not measured', row({ value: null }), 'failed'],
    ['NaN (no samples)', row({ value: NaN }), 'failed'],
    ['a reference row is judged the same way', row({ kind: 'reference', value: 3 }), 'blown'],
    ['a passed check', row({ kind: 'check', passed: true }), 'ok'],
    ['a failed check', row({ kind: 'check', passed: false }), 'failed'],
    ['info rows have no status', row({ kind: 'info', value: 99 }), ''],
  ])('%s', (_name, r, expected) => {
    expect(status(r)).toBe(expected);
  });
});

describe('failing', () => {
  test.each([
    ['budget over by < 25 % does not fail', [row({ value: 2.4 })], 0],
    ['budget over by > 25 % fails', [row({ value: 3 })], 1],
    ['a blown reference row does not fail', [row({ kind: 'reference', value: 30 })], 0],
    ['a failed check fails', [row({ kind: 'check', passed: false })], 1],
    ['an unmeasured budget fails', [row({ value: null })], 1],
  ])('%s', (_name, rows, n) => {
    expect(failing(rows)).toHaveLength(n);
  });
});

describe('renderTable', () => {
  test('one Markdown table, budget and status beside each figure, pipes escaped', () => {
    const md = renderTable([
      row({ figure: 'A | B', shown: '1.0 ms', budget: '≤ 2 ms' }),
      row({ figure: 'C', value: 5, shown: '5 ms', budget: '≤ 2 ms' }),
      row({ figure: 'D', kind: 'reference', value: 2.2, shown: '2.2 ms', budget: '(≤ 2 ms)' }),
      row({ figure: 'E', kind: 'info', value: null, shown: 'n/a' }),
    ]).split('\n');
    expect(md[0]).toBe('| Figure | Measured | Budget | Status | Notes |');
    expect(md).toHaveLength(6);
    expect(md[2]).toBe('| A \\| B | 1.0 ms | ≤ 2 ms | ok |  |');
    expect(md[3]).toContain('**over by > 25 %**');
    expect(md[4]).toContain('**over** (reference)');
    expect(md[5]).toBe('| E | n/a | — |  |  |');
  });
});
