import { describe, expect, test } from 'vitest';
import { median, percentile, round } from './stats';

describe('median', () => {
  test.each([
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[7], 7],
  ])('%j → %d', (xs, m) => {
    expect(median(xs)).toBe(m);
  });
  test('of nothing is NaN', () => {
    expect(median([])).toBeNaN();
  });
});

describe('percentile', () => {
  test.each([
    [90, 9],
    [50, 5],
    [100, 10],
    [0, 1],
  ])('p%d of 1..10 is %d', (p, v) => {
    expect(percentile([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], p)).toBe(v);
  });
});

test('round', () => {
  expect(round(1.23456, 2)).toBe(1.23);
});
