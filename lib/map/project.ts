/**
 * The locator map's projection: equirectangular with longitude scaled by cos(latitude) at the box's centre
 * latitude. Over the nine degrees of latitude the map spans, shapes stay within a few per cent of true, and the
 * arithmetic is small enough to run both at build time (country outlines) and in the panel (points), so the
 * two always agree. No dependencies.
 */

/** A lon/lat box in degrees. */
export interface Box {
  west: number;
  east: number;
  south: number;
  north: number;
}

/** The region the map shows: Slovenia to Greece's north, Italy's east coast to Romania and Bulgaria. */
export const REGION_BOX: Box = { west: 12.5, east: 24.5, south: 38.5, north: 47.5 };

/** Width of the map in SVG user units; the height follows from the box. */
export const REGION_WIDTH = 400;

export interface Projection {
  box: Box;
  width: number;
  height: number;
  /** lon/lat → SVG x/y (y down); the box's north-west corner is [0, 0]. */
  project(lon: number, lat: number): [x: number, y: number];
  /** SVG x/y → lon/lat. */
  invert(x: number, y: number): [lon: number, lat: number];
  /** Whether a lon/lat lies in the box (edges included). */
  contains(lon: number, lat: number): boolean;
}

const RAD = Math.PI / 180;

export function createProjection(box: Box, width: number): Projection {
  const k = Math.cos(((box.south + box.north) / 2) * RAD);
  const scale = width / ((box.east - box.west) * k);
  const height = Math.round((box.north - box.south) * scale);
  // Scale y by the rounded height so the box's corners land exactly on the viewBox corners.
  const yScale = height / (box.north - box.south);
  return {
    box,
    width,
    height,
    project: (lon, lat) => [(lon - box.west) * k * scale, (box.north - lat) * yScale],
    invert: (x, y) => [box.west + x / (k * scale), box.north - y / yScale],
    contains: (lon, lat) => lon >= box.west && lon <= box.east && lat >= box.south && lat <= box.north,
  };
}
