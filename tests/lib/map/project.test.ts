import { describe, expect, test } from 'vitest';
import { REGION_BOX, REGION_WIDTH, createProjection } from '@/lib/map/project';

const projection = createProjection(REGION_BOX, REGION_WIDTH);
const KM_PER_DEGREE_LAT = 111.2;

describe('region projection', () => {
  test.each([
    ['north-west corner', REGION_BOX.west, REGION_BOX.north, 0, 0],
    ['south-east corner', REGION_BOX.east, REGION_BOX.south, REGION_WIDTH, projection.height],
    ['north-east corner', REGION_BOX.east, REGION_BOX.north, REGION_WIDTH, 0],
    ['centre', 18.5, 43, REGION_WIDTH / 2, projection.height / 2],
  ])('%s lands on the viewBox', (_, lon, lat, x, y) => {
    const [px, py] = projection.project(lon, lat);
    expect(px).toBeCloseTo(x, 6);
    expect(py).toBeCloseTo(y, 6);
  });

  test('height follows the box: 9° of latitude against 12° of longitude at cos(43°)', () => {
    expect(projection.height).toBe(Math.round((REGION_WIDTH * 9) / (12 * Math.cos((43 * Math.PI) / 180))));
    expect(projection.height).toBe(410);
  });

  test('a kilometre east and a kilometre north are the same length at the centre latitude', () => {
    const [x0, y0] = projection.project(18.5, 43);
    const [x1] = projection.project(18.5 + 1 / (KM_PER_DEGREE_LAT * Math.cos((43 * Math.PI) / 180)), 43);
    const [, y1] = projection.project(18.5, 43 + 1 / KM_PER_DEGREE_LAT);
    expect((x1 - x0) / (y0 - y1)).toBeCloseTo(1, 2);
  });

  test.each([
    [21.164, 42.663],
    [20.457, 44.818],
    [12.5, 38.5],
  ])('invert undoes project at %s, %s', (lon, lat) => {
    const [x, y] = projection.project(lon, lat);
    const [lon2, lat2] = projection.invert(x, y);
    expect(lon2).toBeCloseTo(lon, 9);
    expect(lat2).toBeCloseTo(lat, 9);
  });

  test.each([
    ['Pristina', 21.164, 42.663, true],
    ['Ljubljana', 14.506, 46.051, true],
    ['Brussels', 4.35, 50.85, false],
    ['Vienna (just north of the box)', 16.37, 48.21, false],
    ['Istanbul', 28.98, 41.01, false],
  ])('contains: %s → %s', (_, lon, lat, inside) => {
    expect(projection.contains(lon, lat)).toBe(inside);
  });
});
