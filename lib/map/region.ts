/**
 * The locator map's outlines, built once from Natural Earth (world-atlas `countries-50m.json`) and committed as
 * assets/map/region.json, so the panel ships a few kilobytes of SVG paths and no geography code. Build time
 * only: the panel imports the RegionData type, never this module's functions.
 */
import { geoClipRectangle, geoStream, type GeoStream } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { REGION_BOX, REGION_WIDTH, createProjection, type Box, type Projection } from './project';

export interface RegionCountry {
  /** The knowledge base's id where it has the country (`kosovo`, `north-macedonia`), else kebab-case. */
  id: string;
  name: string;
  /** SVG path in map units, 1 decimal. */
  path: string;
  /** Where the country's name goes, in map units; absent for slivers at the map's edge. */
  label?: [number, number];
}

export interface RegionBoundary {
  /** The two countries' ids. */
  between: [string, string];
  path: string;
  /** Why the line is drawn differently, for its tooltip. */
  note: string;
}

/** What assets/map/region.json holds. */
export interface RegionData {
  width: number;
  height: number;
  box: Box;
  countries: RegionCountry[];
  /** Boundaries whose status is disputed: drawn dashed. */
  contested: RegionBoundary[];
}

/** Douglas–Peucker tolerance in map units: half a pixel at the map's natural width. */
export const SIMPLIFY_TOLERANCE = 0.5;

/** Natural Earth's short names → the knowledge base's ids and display names, with a label point (lon, lat). */
const COUNTRIES: Record<string, { id: string; name: string; label?: [number, number] }> = {
  Slovenia: { id: 'slovenia', name: 'Slovenia', label: [14.8, 46.1] },
  Croatia: { id: 'croatia', name: 'Croatia', label: [16.4, 45.75] },
  'Bosnia and Herz.': { id: 'bosnia-and-herzegovina', name: 'Bosnia and Herzegovina', label: [17.8, 44.2] },
  'Bosnia and Herzegovina': { id: 'bosnia-and-herzegovina', name: 'Bosnia and Herzegovina', label: [17.8, 44.2] },
  Serbia: { id: 'serbia', name: 'Serbia', label: [20.8, 44.0] },
  // world-atlas gives Kosovo no ISO numeric id (it has no ISO 3166-1 code); its name is the key.
  Kosovo: { id: 'kosovo', name: 'Kosovo', label: [20.9, 42.55] },
  Montenegro: { id: 'montenegro', name: 'Montenegro', label: [19.25, 42.8] },
  Macedonia: { id: 'north-macedonia', name: 'North Macedonia', label: [21.7, 41.6] },
  'North Macedonia': { id: 'north-macedonia', name: 'North Macedonia', label: [21.7, 41.6] },
  Albania: { id: 'albania', name: 'Albania', label: [20.0, 40.9] },
  Italy: { id: 'italy', name: 'Italy', label: [15.3, 40.9] },
  Austria: { id: 'austria', name: 'Austria', label: [14.3, 47.15] },
  Hungary: { id: 'hungary', name: 'Hungary', label: [18.9, 46.9] },
  Romania: { id: 'romania', name: 'Romania', label: [22.9, 46.2] },
  Bulgaria: { id: 'bulgaria', name: 'Bulgaria', label: [23.6, 42.7] },
  Greece: { id: 'greece', name: 'Greece', label: [22.0, 39.6] },
};

/** Boundaries drawn dashed, by Natural Earth name. */
const CONTESTED: { between: [string, string]; note: string }[] = [
  { between: ['Kosovo', 'Serbia'], note: "Kosovo–Serbia boundary: Kosovo's status is disputed" },
];

const kebab = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

type Point = [number, number];

/** The topology's arcs as absolute lon/lat (undoing quantisation and delta encoding). */
function decodeArcs(topology: Topology): Point[][] {
  const t = topology.transform;
  return topology.arcs.map((arc) => {
    if (!t) return arc.map(([x, y]) => [x!, y!] as Point);
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx!;
      y += dy!;
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]] as Point;
    });
  });
}

function distanceToSegment([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Douglas–Peucker, iterative. Endpoints stay, so arcs shared by two countries still meet after simplifying. */
export function simplify(points: readonly Point[], tolerance: number): Point[] {
  if (points.length <= 2) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop()!;
    let worst = -1;
    let worstDistance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const d = distanceToSegment(points[i]!, points[first]!, points[last]!);
      if (d > worstDistance) {
        worst = i;
        worstDistance = d;
      }
    }
    if (worst > 0) {
      keep[worst] = 1;
      stack.push([first, worst], [worst, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/** Project and simplify every arc; the result is a topology in map units with no quantisation. */
function projectTopology(topology: Topology, projection: Projection, tolerance: number): Topology {
  const arcs = decodeArcs(topology).map((arc) =>
    simplify(
      arc.map(([lon, lat]) => projection.project(lon, lat)),
      tolerance,
    ),
  );
  return { type: 'Topology', objects: topology.objects, arcs, bbox: topology.bbox };
}

/** Compact SVG path data: 1 decimal, relative moves, no leading zeros ("M12.5 3l.2-1.1"). */
const num = (n: number) => {
  const s = (Math.round(n * 10) / 10).toFixed(1).replace(/\.0$/, '');
  return s.replace(/^(-?)0\./, '$1.');
};

function pathOf(rings: Point[][], closed: boolean): string {
  let out = '';
  for (const ring of rings) {
    // Round absolute positions first, so relative steps add up without drift.
    const pts = ring.map(([x, y]) => [Math.round(x * 10), Math.round(y * 10)] as Point);
    const unique = pts.filter((p, i) => i === 0 || p[0] !== pts[i - 1]![0] || p[1] !== pts[i - 1]![1]);
    if (closed && unique.length > 1) {
      const [f, l] = [unique[0]!, unique[unique.length - 1]!];
      if (f[0] === l[0] && f[1] === l[1]) unique.pop();
    }
    if (unique.length < (closed ? 3 : 2)) continue;
    const [x0, y0] = unique[0]!;
    out += `M${num(x0 / 10)} ${num(y0 / 10)}`;
    let step = '';
    for (let i = 1; i < unique.length; i++) {
      const [x, y] = unique[i]!;
      const [px, py] = unique[i - 1]!;
      const dx = num((x - px) / 10);
      const dy = num((y - py) / 10);
      // Negative numbers separate themselves; positive ones need a space.
      step += `${step && !dx.startsWith('-') ? ' ' : ''}${dx}${dy.startsWith('-') ? '' : ' '}${dy}`;
    }
    out += `l${step}${closed ? 'z' : ''}`;
  }
  return out;
}

/** Collects the rings or lines a d3 stream emits (after clipping). */
function collector(): GeoStream & { rings: Point[][] } {
  const rings: Point[][] = [];
  let ring: Point[] | null = null;
  return {
    rings,
    point: (x, y) => void ring?.push([x, y]),
    lineStart: () => void (ring = []),
    lineEnd: () => {
      if (ring && ring.length) rings.push(ring);
      ring = null;
    },
    polygonStart: () => undefined,
    polygonEnd: () => undefined,
    sphere: () => undefined,
  };
}

function clippedPath(geometry: GeoJSON.Geometry, width: number, height: number, closed: boolean): string {
  const sink = collector();
  geoStream(geometry, geoClipRectangle(0, 0, width, height)(sink));
  return pathOf(sink.rings, closed);
}

/** Does an arc-referencing geometry touch the box? A cheap bounds test before clipping. */
function touchesBox(geometry: GeoJSON.Geometry, width: number, height: number): boolean {
  let hit = false;
  const visit = (c: unknown): void => {
    if (hit || !Array.isArray(c)) return;
    if (typeof c[0] === 'number') {
      const [x, y] = c as Point;
      if (x >= 0 && x <= width && y >= 0 && y <= height) hit = true;
      return;
    }
    for (const inner of c) visit(inner);
  };
  if ('coordinates' in geometry) visit(geometry.coordinates);
  return hit;
}

/**
 * The region's outlines from a world-atlas topology: countries with a vertex in the box, projected, simplified
 * at arc level (shared borders stay shared), clipped to the box; plus the contested boundaries as meshes.
 * Deterministic: the committed region.json is exactly this function's output.
 */
export function buildRegion(
  topology: Topology,
  box: Box = REGION_BOX,
  width: number = REGION_WIDTH,
  tolerance: number = SIMPLIFY_TOLERANCE,
): RegionData {
  const projection = createProjection(box, width);
  const { height } = projection;
  const topo = projectTopology(topology, projection, tolerance);
  const collection = topo.objects.countries as GeometryCollection;
  const nameOf = (g: GeometryObject) => (g.properties as { name?: string } | undefined)?.name ?? '';

  const countries: RegionCountry[] = [];
  for (const g of collection.geometries) {
    // Countries are (multi)polygons, never nested collections: one feature each.
    const { geometry } = feature(topo, g) as GeoJSON.Feature<GeoJSON.Geometry | null>;
    if (!geometry || !touchesBox(geometry, width, height)) continue;
    const path = clippedPath(geometry, width, height, true);
    if (!path) continue;
    const known = COUNTRIES[nameOf(g)];
    const country: RegionCountry = { id: known?.id ?? kebab(nameOf(g)), name: known?.name ?? nameOf(g), path };
    if (known?.label) {
      const [x, y] = projection.project(...known.label);
      country.label = [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
    }
    countries.push(country);
  }
  countries.sort((a, b) => a.id.localeCompare(b.id));

  const contested: RegionBoundary[] = [];
  for (const { between, note } of CONTESTED) {
    const [a, b] = between.map((name) => collection.geometries.find((g) => nameOf(g) === name));
    if (!a || !b) throw new Error(`world-atlas has no ${between.join(' or ')}`);
    const line = mesh(topo, collection, (x, y) => (x === a && y === b) || (x === b && y === a));
    const path = clippedPath(line, width, height, false);
    if (!path) throw new Error(`no shared boundary between ${between.join(' and ')}`);
    contested.push({ between: [COUNTRIES[between[0]]!.id, COUNTRIES[between[1]]!.id], path, note });
  }

  return { width, height, box, countries, contested };
}
