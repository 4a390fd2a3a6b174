// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { SeriesChart, dateToTime } from '@/components/SeriesChart';
import { createKnowledgeBase } from '@/lib/kb';
import type { SeriesFigure } from '@/lib/kb/types';

const kb = createKnowledgeBase();
const series = (entity: string, id: string) => {
  const f = kb.get(entity)?.figures?.find((x) => x.id === id);
  if (f?.kind !== 'series') throw new Error(`${entity}/${id} is not a series`);
  return f;
};
const strength = series('kfor', 'strength');
const nations = series('kfor', 'nations');

const circles = () => [...document.querySelectorAll('circle.chart-point')];
const cx = (c: Element) => Number(c.getAttribute('cx'));
const cy = (c: Element) => Number(c.getAttribute('cy'));

describe('SeriesChart', () => {
  afterEach(cleanup);

  test('a point per data point, oldest left, x proportional in time', () => {
    render(<SeriesChart figure={strength} />);
    const dots = circles();
    expect(dots).toHaveLength(strength.points.length);
    const t = strength.points.map((p) => dateToTime(p.date));
    const x = dots.map(cx);
    const scale = (x[x.length - 1]! - x[0]!) / (t[t.length - 1]! - t[0]!);
    for (const [i, xi] of x.entries()) expect(xi).toBeCloseTo(x[0]! + (t[i]! - t[0]!) * scale, 6);
    // 1999 → 2009 is a long gap, 2023-05 → 2023-10 a short one.
    expect(x[1]! - x[0]!).toBeGreaterThan(10 * (x[7]! - x[6]!));
  });

  test('the y axis starts at zero: the zero line is the chart’s floor, heights are proportional to values', () => {
    // 27 to 33 contributing countries: an axis from the minimum would make that look like a collapse.
    render(<SeriesChart figure={nations} />);
    const dots = circles();
    const height = Number(document.querySelector('svg')!.getAttribute('viewBox')!.split(' ')[3]);
    const zero = screen.getByText('0', { selector: 'text' });
    const baseline = Number(zero.getAttribute('y')) - 3.5;
    expect(baseline).toBeGreaterThan(height * 0.8);
    expect(baseline).toBeLessThan(height);
    const values = nations.points.map((p) => p.value);
    const hi = values.indexOf(Math.max(...values));
    const lo = values.indexOf(Math.min(...values));
    const ratio = (baseline - cy(dots[lo]!)) / (baseline - cy(dots[hi]!));
    expect(ratio).toBeCloseTo(values[lo]! / values[hi]!, 3);
  });

  test('first, last and highest values are labelled with their qualifiers', () => {
    render(<SeriesChart figure={strength} />);
    const labels = screen.getAllByTestId('chart-value').map((t) => t.textContent);
    // First and highest are the same point (about 50,000 in 1999): labelled once.
    expect(labels).toEqual(['about 50,000', 'about 4,700']);
  });

  test('a highest value in the middle is labelled too', () => {
    const peak: SeriesFigure = {
      ...nations,
      points: [
        nations.points[1]!,
        { ...nations.points[0]!, date: '2015', value: 40, qualifier: 'more-than' },
        nations.points[2]!,
      ],
    };
    render(<SeriesChart figure={peak} />);
    const labels = screen.getAllByTestId('chart-value').map((t) => t.textContent);
    expect(labels).toEqual(['29', '27', 'more than 40']);
  });

  test('the picture has a text summary for screen readers', () => {
    render(<SeriesChart figure={strength} />);
    const svg = document.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe(
      'KFOR troop strength: about 50,000 troops in Jun 1999, about 4,700 in 2025.',
    );
  });

  test('a table with every point, hidden visually until "Show data"', () => {
    render(<SeriesChart figure={strength} />);
    const data = screen.getByTestId('chart-data');
    expect(data.classList.contains('visually-hidden')).toBe(true);
    const rows = within(data).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(strength.points.length);
    const first = within(rows[0]!).getAllByRole('cell');
    expect(rows[0]!.querySelector('th time')?.textContent).toBe('Jun 1999');
    expect(first[0]!.textContent).toBe('about 50,000');
    expect(first[1]!.textContent).toBe(strength.points[0].note);
    const link = within(first[2]!).getByRole('link');
    expect(link.getAttribute('href')).toBe(strength.points[0].sources[0].url);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(within(rows[5]!).getAllByRole('cell')[0]!.textContent).toBe('3,735'); // "exactly": the bare number

    const toggle = screen.getByRole('button', { name: 'Show data' });
    expect(toggle.getAttribute('aria-controls')).toBe(data.id);
    fireEvent.click(toggle);
    expect(data.classList.contains('visually-hidden')).toBe(false);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.textContent).toBe('Hide data');
  });

  test('every link in the chart is http(s)', () => {
    render(<SeriesChart figure={nations} />);
    for (const a of document.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^https?:\/\//);
  });

  test.each([
    ['1999', Date.UTC(1999, 6, 1)],
    ['2023-10', Date.UTC(2023, 9, 15)],
    ['2008-02-17', Date.UTC(2008, 1, 17, 12)],
  ])('dateToTime(%s) is the middle of the period', (iso, t) => {
    expect(dateToTime(iso)).toBe(t);
  });
});
