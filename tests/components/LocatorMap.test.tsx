// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { LocatorMap, type MapPlace } from '@/components/LocatorMap';
import { createKnowledgeBase } from '@/lib/kb';
import type { RegionData } from '@/lib/map/region';
import { pathBounds } from '../lib/map/path-points';

import region from '@/assets/map/region.json';

// As the panel will load it (a JSON module), cast to the type buildRegion declares.
const data = region as RegionData;
const kb = createKnowledgeBase();

function place(id: string, mentions: number): MapPlace {
  const e = kb.get(id);
  if (e?.type !== 'place') throw new Error(`${id} is not a place`);
  return { id, name: e.name, lat: e.coords.lat, lon: e.coords.lon, mentions };
}

const story = [place('pristina', 3), place('raska', 1), place('belgrade', 2), place('germany', 1)];
const northKosovo = ['mitrovica', 'north-mitrovica', 'zvecan', 'leposavic', 'zubin-potok', 'jarinje', 'banjska'].map(
  (id, i) => place(id, 7 - i),
);

const viewBox = (svg: Element) =>
  svg.getAttribute('viewBox')!.split(' ').map(Number) as [number, number, number, number];
const pointOf = (id: string) => document.querySelector(`[data-place="${id}"] .map-point`)!;

describe('LocatorMap', () => {
  afterEach(cleanup);

  test('an SVG captioned "Places in this article", not an image: its points are controls', () => {
    render(<LocatorMap places={story} onSelect={() => undefined} data={data} />);
    const svg = document.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBeNull();
    const caption = document.getElementById(svg.getAttribute('aria-labelledby')!);
    expect(caption?.textContent).toBe('Places in this article');
    expect(viewBox(svg)).toHaveLength(4);
    expect(svg.getAttribute('width')).toBeNull(); // sized by CSS: scales to any panel width
  });

  test.each([
    ['Raška — 1 mention, show card', 'raska'],
    ['Pristina — 3 mentions, show card', 'pristina'],
    ['Belgrade — 2 mentions, show card', 'belgrade'],
  ])('point "%s" is a focusable button', (label, id) => {
    const onSelect = vi.fn();
    render(<LocatorMap places={story} onSelect={onSelect} data={data} />);
    const button = screen.getByRole('button', { name: label });
    expect(button.getAttribute('tabindex')).toBe('0');
    fireEvent.click(button);
    expect(onSelect).toHaveBeenLastCalledWith(id);
  });

  test.each([
    ['Enter', 1],
    [' ', 1],
    ['Tab', 0],
    ['a', 0],
  ])('key %j on a point selects it %i time(s)', (key, calls) => {
    const onSelect = vi.fn();
    render(<LocatorMap places={story} onSelect={onSelect} data={data} />);
    const button = screen.getByRole('button', { name: /^Raška/ });
    button.focus();
    fireEvent.keyDown(button, { key });
    expect(onSelect).toHaveBeenCalledTimes(calls);
    if (calls) expect(onSelect).toHaveBeenCalledWith('raska');
  });

  test('points are sized by mentions', () => {
    render(<LocatorMap places={story} onSelect={() => undefined} data={data} />);
    const r = (id: string) => Number(pointOf(id).getAttribute('r'));
    expect(r('pristina')).toBeGreaterThan(r('belgrade'));
    expect(r('belgrade')).toBeGreaterThan(r('raska'));
  });

  test('Pristina is drawn inside Kosovo, and inside the view', () => {
    render(<LocatorMap places={story} onSelect={() => undefined} data={data} />);
    const dot = pointOf('pristina');
    const [cx, cy] = [Number(dot.getAttribute('cx')), Number(dot.getAttribute('cy'))];
    const kosovo = pathBounds(document.querySelector('[data-country="kosovo"]')!.getAttribute('d')!);
    expect(cx).toBeGreaterThan(kosovo.minX);
    expect(cx).toBeLessThan(kosovo.maxX);
    expect(cy).toBeGreaterThan(kosovo.minY);
    expect(cy).toBeLessThan(kosovo.maxY);
    const [x, y, w, h] = viewBox(document.querySelector('svg')!);
    for (const id of ['pristina', 'raska', 'belgrade']) {
      const p = pointOf(id);
      expect(Number(p.getAttribute('cx'))).toBeGreaterThan(x);
      expect(Number(p.getAttribute('cx'))).toBeLessThan(x + w);
      expect(Number(p.getAttribute('cy'))).toBeGreaterThan(y);
      expect(Number(p.getAttribute('cy'))).toBeLessThan(y + h);
    }
  });

  test('the Kosovo–Serbia boundary is dashed, with a title saying it is disputed', () => {
    render(<LocatorMap places={story} onSelect={() => undefined} data={data} />);
    const line = screen.getByTestId('contested-boundary');
    expect(line.getAttribute('d')).toBe(data.contested[0]!.path);
    expect(line.getAttribute('stroke-dasharray')).toMatch(/^[\d.]+ [\d.]+$/);
    expect(line.querySelector('title')?.textContent).toMatch(/Kosovo.*Serbia.*disputed/);
    expect(line.getAttribute('aria-label')).toBe('Boundary between Kosovo and Serbia, disputed');
  });

  test('places outside the region are named below the map, not drawn', () => {
    render(<LocatorMap places={story} onSelect={() => undefined} data={data} />);
    expect(document.querySelector('[data-place="germany"]')).toBeNull();
    expect(document.querySelector('.map-note')?.textContent).toBe('Not on this map: Germany');
  });

  test('renders nothing when no place is in the region', () => {
    const { container } = render(
      <LocatorMap places={[place('germany', 2), place('united-states', 1)]} onSelect={() => undefined} data={data} />,
    );
    expect(container.firstChild).toBeNull();
  });

  test('zooms to the places, but never closer than a quarter of the region', () => {
    const { unmount } = render(<LocatorMap places={northKosovo} onSelect={() => undefined} data={data} />);
    const [, , close] = viewBox(document.querySelector('svg')!);
    expect(close).toBeCloseTo(data.width / 4, 0);
    unmount();
    render(<LocatorMap places={[place('ljubljana', 1), place('skopje', 1)]} onSelect={() => undefined} data={data} />);
    const [x, y, wide, high] = viewBox(document.querySelector('svg')!);
    expect(wide).toBeGreaterThan(data.width / 2);
    expect(x).toBeGreaterThanOrEqual(0);
    expect(y).toBeGreaterThanOrEqual(0);
    expect(x + wide).toBeLessThanOrEqual(data.width + 0.1);
    expect(y + high).toBeLessThanOrEqual(data.height + 0.1);
  });

  test('labels in a crowded cluster: the most mentioned is labelled, none overlap, every point stays a button', () => {
    render(<LocatorMap places={northKosovo} onSelect={() => undefined} data={data} />);
    expect(screen.getAllByRole('button')).toHaveLength(northKosovo.length);
    const labels = [...document.querySelectorAll('.map-label')];
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.length).toBeLessThan(northKosovo.length);
    expect(document.querySelector('[data-label-for="mitrovica"]')?.textContent).toBe('Mitrovica');
    // Same estimate of a label's extent as the component's (0.58 em per character).
    const boxes = labels.map((l) => {
      const [x, y, size] = ['x', 'y', 'font-size'].map((a) => Number(l.getAttribute(a)));
      const w = l.textContent!.length * size! * 0.58;
      const anchor = l.getAttribute('text-anchor');
      const x0 = anchor === 'start' ? x! : anchor === 'end' ? x! - w : x! - w / 2;
      return { x0, x1: x0 + w, y0: y! - size! * 0.8, y1: y! + size! * 0.25 };
    });
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).toBe(false);
  });

  test('colours come from CSS custom properties, in assets/map.css', () => {
    const css = readFileSync('assets/map.css', 'utf8');
    for (const name of ['--map-land', '--map-border', '--map-point', '--map-contested'])
      expect(css.match(new RegExp(`${name}:`, 'g'))).toHaveLength(2); // light and dark
    expect(css).toMatch(/\.map-land\s*{[^}]*var\(--map-land\)/);
    expect(css).toMatch(/\.map-contested\s*{[^}]*var\(--map-contested\)/);
  });
});
