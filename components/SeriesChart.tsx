import { useId, useState } from 'preact/hooks';
import { formatNumber } from '@/lib/cards/card';
import type { DataPoint, SeriesFigure, Source } from '@/lib/kb/types';
import { formatDate, hostOf, isWebUrl } from './format';
import { useT } from './i18n';

/** Chart size in SVG units; the SVG scales to the panel's width. */
const W = 320;
const H = 150;
const PAD = { left: 34, right: 10, top: 22, bottom: 20 };
const FONT = 10;

/** The middle of the period an ISO date names: a year → 1 July, a month → the 15th, a day → noon. */
export function dateToTime(iso: string): number {
  const [y = 0, m, d] = iso.split('-').map(Number);
  if (m === undefined) return Date.UTC(y, 6, 1);
  if (d === undefined) return Date.UTC(y, m - 1, 15);
  return Date.UTC(y, m - 1, d, 12);
}

/** The smallest of 1, 2, 2.5, 5 × 10ⁿ at or above v: a round top for the y axis. */
function niceCeil(v: number): number {
  if (v <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  return [1, 2, 2.5, 5, 10].map((m) => m * p).find((c) => c >= v)!;
}

const compact = new Intl.NumberFormat('en-GB', { notation: 'compact', maximumFractionDigits: 1 });
const YEAR_MS = 365.25 * 24 * 3600 * 1000;

function yearTicks(t0: number, t1: number): number[] {
  const y0 = new Date(t0).getUTCFullYear();
  const y1 = new Date(t1).getUTCFullYear();
  const step = [1, 2, 5, 10, 20, 25, 50, 100].find((s) => (y1 - y0) / s <= 4) ?? 100;
  const ticks: number[] = [];
  for (let y = Math.ceil(y0 / step) * step; y <= y1; y += step) {
    const t = Date.UTC(y, 0, 1);
    if (t >= t0 && t <= t1) ticks.push(y);
  }
  return ticks;
}

interface Placed {
  point: DataPoint;
  x: number;
  y: number;
}

/**
 * A figure that changes over time: a line with its points, x proportional in time, y from zero, the first, last
 * and highest values written on the chart with their qualifiers. Every point, with its note and source, is in a
 * table that screen readers always get and that "Show data" reveals.
 */
export function SeriesChart({ figure }: { figure: SeriesFigure }) {
  const t = useT();
  const [showData, setShowData] = useState(false);
  const tableId = useId();
  const points = figure.points;
  const times = points.map((p) => dateToTime(p.date));
  const t0 = Math.min(...times);
  const t1 = Math.max(...times);
  const top = niceCeil(Math.max(...points.map((p) => p.value)));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const xOf = (t: number) => PAD.left + (t1 === t0 ? plotW / 2 : ((t - t0) / (t1 - t0)) * plotW);
  const yOf = (v: number) => PAD.top + plotH - (v / top) * plotH;
  const placed: Placed[] = points.map((point, i) => ({ point, x: xOf(times[i]!), y: yOf(point.value) }));

  const last = points.length - 1;
  const maxIndex = points.reduce((best, p, i) => (p.value > points[best]!.value ? i : best), 0);
  // First and last always; the highest only when it is another point and its label has room.
  const labelled = [...new Set([0, last, maxIndex])];
  const labels: { i: number; x: number; y: number; anchor: 'start' | 'middle' | 'end'; text: string }[] = [];
  const span = (l: { x: number; anchor: string; text: string }) => {
    const w = l.text.length * FONT * 0.56;
    const x0 = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
    return [x0, x0 + w] as const;
  };
  for (const i of labelled) {
    const { point, x, y } = placed[i]!;
    // The first label runs right from its point, the last one left, so both stay inside the chart.
    const anchor = last === 0 ? 'middle' : i === 0 ? 'start' : i === last ? 'end' : 'middle';
    const text = formatNumber(point.value, point.qualifier);
    const half = (text.length * FONT * 0.56) / 2;
    const lx = anchor === 'middle' ? Math.min(Math.max(x, half), W - half) : x;
    const label = { i, x: lx, y: y - 7, anchor, text } as const;
    const [a0, a1] = span(label);
    const clash = labels.some((l) => {
      const [b0, b1] = span(l);
      return a0 < b1 && b0 < a1 && Math.abs(l.y - label.y) < FONT;
    });
    if (!clash) labels.push(label);
  }

  const first = points[0];
  const end = points[last]!;
  const max = points[maxIndex]!;
  const summary =
    t('chartFrom', figure.label, formatNumber(first.value, first.qualifier), figure.unit, formatDate(first.date)) +
    (last > 0 ? t('chartTo', formatNumber(end.value, end.qualifier), formatDate(end.date)) : '') +
    (maxIndex !== 0 && maxIndex !== last
      ? t('chartHighest', formatNumber(max.value, max.qualifier), formatDate(max.date))
      : '') +
    '.';

  return (
    <figure class="series-chart" data-testid="series-chart">
      <figcaption>
        {figure.label} <span class="series-unit">({figure.unit})</span>
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary}>
        <title>{summary}</title>
        <g class="chart-axis" aria-hidden="true">
          {[0, top / 2, top].map((v) => (
            <g key={v}>
              <line class="chart-grid" x1={PAD.left} x2={W - PAD.right} y1={yOf(v)} y2={yOf(v)} />
              <text x={PAD.left - 4} y={yOf(v) + 3.5} text-anchor="end" font-size={FONT}>
                {compact.format(v)}
              </text>
            </g>
          ))}
          {(t1 - t0 > YEAR_MS ? yearTicks(t0, t1) : [new Date(t0).getUTCFullYear()]).map((year) => {
            const x = t1 - t0 > YEAR_MS ? xOf(Date.UTC(year, 0, 1)) : xOf(t0);
            return (
              <g key={year}>
                <line class="chart-grid" x1={x} x2={x} y1={yOf(0)} y2={yOf(0) + 3} />
                <text x={x} y={H - 5} text-anchor="middle" font-size={FONT}>
                  {year}
                </text>
              </g>
            );
          })}
        </g>
        <polyline class="chart-line" points={placed.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ')} />
        {placed.map((p, i) => (
          <circle key={i} class="chart-point" cx={p.x} cy={p.y} r={2.5} />
        ))}
        {labels.map((l) => (
          <text
            key={l.i}
            class="chart-value"
            x={l.x}
            y={l.y}
            text-anchor={l.anchor}
            font-size={FONT}
            data-testid="chart-value"
          >
            {l.text}
          </text>
        ))}
      </svg>
      <button
        type="button"
        class="chart-toggle"
        aria-expanded={showData}
        aria-controls={tableId}
        onClick={() => setShowData(!showData)}
      >
        {showData ? t('hideData') : t('showData')}
      </button>
      <div id={tableId} class={showData ? 'chart-data' : 'chart-data visually-hidden'} data-testid="chart-data">
        <table>
          <caption>{t('everyDataPoint', figure.label)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('colDate')}</th>
              <th scope="col">{t('colValue', figure.unit)}</th>
              <th scope="col">{t('colNote')}</th>
              <th scope="col">{t('colSource')}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p, i) => (
              <tr key={i}>
                <th scope="row">
                  <time dateTime={p.date}>{formatDate(p.date)}</time>
                </th>
                <td>{formatNumber(p.value, p.qualifier)}</td>
                <td>{p.note ?? ''}</td>
                <td>
                  <SourceLinks sources={p.sources} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

/** Sources as links (http(s) only), named by publisher. */
export function SourceLinks({ sources }: { sources: readonly Source[] }) {
  return (
    <>
      {sources.map((s, i) => (
        <span key={s.url}>
          {i > 0 && ', '}
          {isWebUrl(s.url) ? (
            <a href={s.url} target="_blank" rel="noopener noreferrer" title={s.title}>
              {s.publisher || hostOf(s.url)}
            </a>
          ) : (
            s.publisher
          )}
        </span>
      ))}
    </>
  );
}
