import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { describe, expect, test } from 'vitest';
import { entities } from '@/lib/kb';
import { createProjection } from '@/lib/map/project';
import { buildRegion, simplify, type RegionData } from '@/lib/map/region';
import { pathBounds, pathContains, pathRings } from './path-points';

const require = createRequire(import.meta.url);
const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology;
const REGION_FILE = new URL('../../../assets/map/region.json', import.meta.url);
const committed = JSON.parse(readFileSync(REGION_FILE, 'utf8')) as RegionData;
const built = buildRegion(topology);
const projection = createProjection(built.box, built.width);
const byId = new Map(built.countries.map((c) => [c.id, c]));

const coordsOf = (id: string) => {
  const e = entities.find((x) => x.id === id);
  if (e?.type !== 'place') throw new Error(`${id} is not a place in the knowledge base`);
  return projection.project(e.coords.lon, e.coords.lat);
};

describe('region.json', () => {
  test('is up to date with buildRegion (run `npm run map:build`)', () => {
    expect(committed).toEqual(built);
  });

  test('stays small: at most 60 KB', () => {
    expect(statSync(REGION_FILE).size).toBeLessThanOrEqual(60 * 1024);
  });

  test('buildRegion is deterministic', () => {
    expect(JSON.stringify(buildRegion(topology))).toBe(JSON.stringify(built));
  });
});

describe('buildRegion', () => {
  test.each([
    'slovenia',
    'croatia',
    'bosnia-and-herzegovina',
    'serbia',
    'kosovo',
    'montenegro',
    'north-macedonia',
    'albania',
    'italy',
    'austria',
    'hungary',
    'romania',
    'bulgaria',
    'greece',
  ])('keeps %s, with a name and a label inside the map', (id) => {
    const c = byId.get(id);
    expect(c?.path).toMatch(/^M[\d.]+ [\d.]+l/);
    expect(c?.name).not.toMatch(/\.$/); // display names, not Natural Earth's "Bosnia and Herz."
    const [x, y] = c!.label!;
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(built.width);
    expect(y).toBeGreaterThan(0);
    expect(y).toBeLessThan(built.height);
    expect(pathContains(c!.path, c!.label!)).toBe(true);
  });

  test('drops countries outside the box', () => {
    for (const id of ['france', 'turkey', 'ukraine', 'switzerland', 'czechia', 'russia'])
      expect(byId.has(id)).toBe(false);
  });

  test('Kosovo, which world-atlas gives no numeric id, is found by name', () => {
    expect(byId.get('kosovo')?.name).toBe('Kosovo');
  });

  test('Pristina lies inside the bounding box of Kosovo’s path', () => {
    const [x, y] = coordsOf('pristina');
    const b = pathBounds(byId.get('kosovo')!.path);
    expect(x).toBeGreaterThan(b.minX);
    expect(x).toBeLessThan(b.maxX);
    expect(y).toBeGreaterThan(b.minY);
    expect(y).toBeLessThan(b.maxY);
  });

  test.each([
    ['pristina', 'kosovo'],
    ['belgrade', 'serbia'],
    ['sarajevo', 'bosnia-and-herzegovina'],
    ['zagreb', 'croatia'],
    ['ljubljana', 'slovenia'],
    ['podgorica', 'montenegro'],
    ['skopje', 'north-macedonia'],
    ['tirana', 'albania'],
  ])('%s falls inside %s and no other country', (place, country) => {
    const point = coordsOf(place);
    const hits = built.countries.filter((c) => pathContains(c.path, point)).map((c) => c.id);
    expect(hits).toEqual([country]);
  });

  test('the open Adriatic is sea: clipping did not turn a coast inside out', () => {
    const point = projection.project(15.0, 43.0);
    expect(built.countries.filter((c) => pathContains(c.path, point))).toEqual([]);
  });

  test('every path stays within the map', () => {
    for (const c of [...built.countries, ...built.contested]) {
      const b = pathBounds(c.path);
      expect(b.minX).toBeGreaterThanOrEqual(0);
      expect(b.minY).toBeGreaterThanOrEqual(0);
      expect(b.maxX).toBeLessThanOrEqual(built.width);
      expect(b.maxY).toBeLessThanOrEqual(built.height);
    }
  });

  test('the Kosovo–Serbia boundary is contested: an open line along Kosovo’s edge', () => {
    expect(built.contested).toHaveLength(1);
    const [line] = built.contested;
    expect(line!.between).toEqual(['kosovo', 'serbia']);
    expect(line!.note).toMatch(/disputed/);
    expect(line!.path).not.toMatch(/z/);
    const kosovo = pathBounds(byId.get('kosovo')!.path);
    const points = pathRings(line!.path).flat();
    expect(points.length).toBeGreaterThan(10);
    for (const [x, y] of points) {
      expect(x).toBeGreaterThanOrEqual(kosovo.minX - 0.2);
      expect(x).toBeLessThanOrEqual(kosovo.maxX + 0.2);
      expect(y).toBeGreaterThanOrEqual(kosovo.minY - 0.2);
      expect(y).toBeLessThanOrEqual(kosovo.maxY + 0.2);
    }
    // Only the northern and eastern edge: Kosovo's borders with Albania, Montenegro and North Macedonia are not in it.
    const [skopjeX, skopjeY] = coordsOf('skopje');
    expect(points.every(([x, y]) => Math.hypot(x - skopjeX, y - skopjeY) > 8)).toBe(true);
  });

  test('paths are rounded to one decimal', () => {
    for (const c of built.countries) expect(c.path).not.toMatch(/\.\d\d/);
  });
});

describe('simplify', () => {
  test.each([
    [
      'a straight line keeps its ends',
      [
        [0, 0],
        [1, 0.1],
        [2, 0],
        [3, 0.2],
        [4, 0],
      ],
      0.5,
      [
        [0, 0],
        [4, 0],
      ],
    ],
    [
      'a spike beyond the tolerance stays',
      [
        [0, 0],
        [1, 1.4],
        [2, 3],
        [3, 1.6],
        [4, 0],
      ],
      0.5,
      [
        [0, 0],
        [2, 3],
        [4, 0],
      ],
    ],
    [
      'two points stay two points',
      [
        [0, 0],
        [1, 1],
      ],
      0.5,
      [
        [0, 0],
        [1, 1],
      ],
    ],
    [
      'a closed ring keeps its far side',
      [
        [0, 0],
        [2, 0],
        [2, 2],
        [0, 2],
        [0, 0],
      ],
      0.5,
      [
        [0, 0],
        [2, 0],
        [2, 2],
        [0, 2],
        [0, 0],
      ],
    ],
  ] as [string, [number, number][], number, [number, number][]][])('%s', (_, points, tolerance, expected) => {
    expect(simplify(points, tolerance)).toEqual(expected);
  });
});
