/** Test helper: the rings of a path written by buildRegion (absolute M, relative l, optional z). */
export function pathRings(d: string): [number, number][][] {
  const rings: [number, number][][] = [];
  for (const part of d.match(/M[^M]*/g) ?? []) {
    const [head = '', tail = ''] = part.slice(1).replace(/z$/, '').split('l');
    const [x0, y0] = head.trim().split(/\s+/).map(Number) as [number, number];
    const steps = (tail.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    const ring: [number, number][] = [[x0, y0]];
    for (let i = 0; i + 1 < steps.length; i += 2) {
      const [px, py] = ring[ring.length - 1]!;
      // Tenths are exact in the file; round away the float error of adding them up.
      ring.push([Math.round((px + steps[i]!) * 10) / 10, Math.round((py + steps[i + 1]!) * 10) / 10]);
    }
    rings.push(ring);
  }
  return rings;
}

export function pathBounds(d: string): { minX: number; minY: number; maxX: number; maxY: number } {
  const pts = pathRings(d).flat();
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return { minX: Math.min(...xs), minY: Math.min(...ys), maxX: Math.max(...xs), maxY: Math.max(...ys) };
}

/** Even-odd point in polygon over every ring, as an SVG `fill-rule="evenodd"` fill would paint it. */
export function pathContains(d: string, [x, y]: [number, number]): boolean {
  let inside = false;
  for (const ring of pathRings(d)) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}
