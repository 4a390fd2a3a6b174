import { useId } from 'preact/hooks';
import type { TargetedKeyboardEvent } from 'preact';
import { createProjection } from '@/lib/map/project';
import type { RegionData } from '@/lib/map/region';
import { useT } from './i18n';

export interface MapPlace {
  id: string;
  name: string;
  lat: number;
  lon: number;
  mentions: number;
}

export interface LocatorMapProps {
  places: readonly MapPlace[];
  onSelect(id: string): void;
  /** assets/map/region.json, loaded lazily by the panel. */
  data: RegionData;
}

/** Never zoom closer than a quarter of the region's width: the reader still sees which country it is. */
const MIN_VIEW_FRACTION = 0.25;
/** Sizes in map units at the full view (the map is about as many CSS pixels wide as it has units). */
const FONT = 13;
const COUNTRY_FONT = 10.5;
const LABEL_CHARS = 18;

interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

interface Dot extends MapPlace {
  x: number;
  y: number;
  r: number;
}

interface Label {
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

const overlaps = (a: Rect, b: Rect) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const radius = (mentions: number) => Math.min(10, 3.5 + 1.5 * Math.sqrt(Math.max(1, mentions)));
const shortName = (name: string) => (name.length > LABEL_CHARS ? `${name.slice(0, LABEL_CHARS - 1).trimEnd()}…` : name);

/** The view: the places' extent with a margin, never closer than MIN_VIEW_FRACTION, same shape as the map. */
function fitView(dots: readonly Dot[], width: number, height: number): Rect {
  const xs = dots.map((d) => d.x);
  const ys = dots.map((d) => d.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const aspect = width / height;
  const margin = 0.15;
  let w = Math.max(
    (maxX - minX) * (1 + 2 * margin),
    (maxY - minY) * (1 + 2 * margin) * aspect,
    width * MIN_VIEW_FRACTION,
  );
  w = Math.min(w, width);
  const h = w / aspect;
  const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);
  const x0 = clamp((minX + maxX) / 2 - w / 2, 0, width - w);
  const y0 = clamp((minY + maxY) / 2 - h / 2, 0, height - h);
  return { x0, y0, x1: x0 + w, y1: y0 + h };
}

/** Rough box of a label: 0.58 em per character is generous for system sans fonts. */
function labelBox(l: Label, font: number): Rect {
  const w = l.text.length * font * 0.58;
  const x0 = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
  return { x0, y0: l.y - font * 0.8, x1: x0 + w, y1: l.y + font * 0.25 };
}

/**
 * Greedy labelling, most-mentioned first: right, left, above, below the point, the first spot that collides with
 * no label, no other point and stays in view. A place with no free spot keeps its point, its tooltip and its
 * accessible name, and loses only the visible label. Country names go last, only where there is room.
 */
function placeLabels(dots: readonly Dot[], countries: readonly Label[], view: Rect, k: number) {
  const font = FONT * k;
  const gap = 3 * k;
  const taken: Rect[] = dots.map((d) => ({ x0: d.x - d.r, y0: d.y - d.r, x1: d.x + d.r, y1: d.y + d.r }));
  const fits = (box: Rect, ignore?: Rect) =>
    box.x0 >= view.x0 &&
    box.x1 <= view.x1 &&
    box.y0 >= view.y0 &&
    box.y1 <= view.y1 &&
    !taken.some((t) => t !== ignore && overlaps(t, box));
  const byPlace = new Map<string, Label>();
  dots.forEach((d, i) => {
    const text = shortName(d.name);
    const candidates: Label[] = [
      { text, x: d.x + d.r + gap, y: d.y + font * 0.35, anchor: 'start' },
      { text, x: d.x - d.r - gap, y: d.y + font * 0.35, anchor: 'end' },
      { text, x: d.x, y: d.y - d.r - gap, anchor: 'middle' },
      { text, x: d.x, y: d.y + d.r + gap + font * 0.75, anchor: 'middle' },
    ];
    for (const c of candidates) {
      const box = labelBox(c, font);
      if (fits(box, taken[i])) {
        taken.push(box);
        byPlace.set(d.id, c);
        return;
      }
    }
  });
  const countryLabels = countries.filter((c) => {
    const box = labelBox(c, COUNTRY_FONT * k);
    if (!fits(box)) return false;
    taken.push(box);
    return true;
  });
  return { placeLabels: byPlace, countryLabels };
}

/**
 * Where the article's places are: the region's countries, the disputed Kosovo–Serbia boundary dashed, a point
 * per place sized by its mentions. Each point is a button that opens the place's card. Scales to the panel's
 * width through its viewBox and zooms to the places (never closer than a quarter of the region).
 */
export function LocatorMap({ places, onSelect, data }: LocatorMapProps) {
  const t = useT();
  const mentionText = (n: number) => (n === 1 ? t('mentionOne') : t('mentions', n));
  const captionId = useId();
  const projection = createProjection(data.box, data.width);
  const inside = places.filter((p) => projection.contains(p.lon, p.lat));
  const outside = places.filter((p) => !projection.contains(p.lon, p.lat));
  if (inside.length === 0) return null;

  // Larger points first, so smaller ones are drawn on top and stay clickable; tab order follows.
  const dots: Dot[] = [...inside]
    .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name))
    .map((p) => {
      const [x, y] = projection.project(p.lon, p.lat);
      return { ...p, x, y, r: 0 };
    });
  const view = fitView(dots, data.width, data.height);
  const k = (view.x1 - view.x0) / data.width;
  for (const d of dots) d.r = radius(d.mentions) * k;
  const countries: Label[] = data.countries.flatMap((c) =>
    c.label ? [{ text: c.name, x: c.label[0], y: c.label[1], anchor: 'middle' as const }] : [],
  );
  const { placeLabels: labels, countryLabels } = placeLabels(dots, countries, view, k);
  const names = new Map(data.countries.map((c) => [c.id, c.name]));

  const activate = (id: string) => (e: TargetedKeyboardEvent<SVGGElement>) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    onSelect(id);
  };

  return (
    <figure class="locator-map" data-testid="locator-map">
      <figcaption id={captionId}>{t('mapTitle')}</figcaption>
      <svg
        viewBox={[view.x0, view.y0, view.x1 - view.x0, view.y1 - view.y0].map((v) => +v.toFixed(1)).join(' ')}
        aria-labelledby={captionId}
        preserveAspectRatio="xMidYMid meet"
      >
        <rect class="map-sea" x={0} y={0} width={data.width} height={data.height} />
        <g aria-hidden="true">
          {data.countries.map((c) => (
            <path key={c.id} class="map-land" d={c.path} stroke-width={0.6 * k} data-country={c.id} />
          ))}
        </g>
        {data.contested.map((b) => (
          <path
            key={b.between.join('-')}
            class="map-contested"
            role="img"
            d={b.path}
            stroke-width={1.4 * k}
            stroke-dasharray={`${3 * k} ${2 * k}`}
            data-testid="contested-boundary"
            aria-label={t(
              'boundaryDisputed',
              names.get(b.between[0]) ?? b.between[0],
              names.get(b.between[1]) ?? b.between[1],
            )}
          >
            <title>{b.note}</title>
          </path>
        ))}
        <g aria-hidden="true">
          {countryLabels.map((l) => (
            <text
              key={l.text}
              class="map-country-label"
              x={l.x}
              y={l.y}
              text-anchor="middle"
              font-size={COUNTRY_FONT * k}
            >
              {l.text}
            </text>
          ))}
        </g>
        {dots.map((d) => (
          <g
            key={d.id}
            class="map-place"
            role="button"
            tabindex={0}
            aria-label={t('mapPoint', d.name, mentionText(d.mentions))}
            data-place={d.id}
            onClick={() => onSelect(d.id)}
            onKeyDown={activate(d.id)}
          >
            <title>{`${d.name} (${mentionText(d.mentions)})`}</title>
            {/* A larger invisible target, so a point is easy to hit on a narrow panel. */}
            <circle class="map-hit" cx={d.x} cy={d.y} r={Math.max(d.r, 8 * k)} />
            <circle class="map-point" cx={d.x} cy={d.y} r={d.r} stroke-width={1.2 * k} />
            <circle class="map-focus" cx={d.x} cy={d.y} r={d.r + 2.5 * k} stroke-width={2 * k} />
          </g>
        ))}
        <g aria-hidden="true">
          {dots.map((d) => {
            const l = labels.get(d.id);
            return (
              l && (
                <text
                  key={d.id}
                  class="map-label"
                  x={l.x}
                  y={l.y}
                  text-anchor={l.anchor}
                  font-size={FONT * k}
                  stroke-width={3 * k}
                  data-label-for={d.id}
                >
                  {l.text}
                </text>
              )
            );
          })}
        </g>
      </svg>
      {outside.length > 0 && <p class="map-note">{t('notOnMap', outside.map((p) => p.name).join(', '))}</p>}
    </figure>
  );
}
