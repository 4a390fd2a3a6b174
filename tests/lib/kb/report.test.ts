import { describe, expect, test } from 'vitest';
import { entities } from '@/lib/kb';
import { kbReport } from '@/lib/kb/report';
import type { Entity, SeriesFigure } from '@/lib/kb/types';

describe('kb:report', () => {
  const report = kbReport(entities, '2026-12-01');

  test('the knowledge base is as large as promised, every fact sourced and dated', () => {
    expect(report.entities).toBeGreaterThanOrEqual(120);
    expect(report.facts).toBeGreaterThanOrEqual(400);
    expect(report.factsWithoutSource).toBe(0);
    expect(report.factsWithoutAsOf).toBe(0);
    expect(report.disputedFigures).toBeGreaterThanOrEqual(1);
  });

  test('lists a changing figure as stale a year after its newest point, and not before', () => {
    const kfor = entities.find((e) => e.id === 'kfor')!;
    const strength = kfor.figures!.find((f) => f.id === 'strength') as SeriesFigure;
    const last = strength.points.at(-1)!.date;
    const year = Number(last.slice(0, 4));
    const fresh = kbReport([kfor], `${year}-06-01`).stale.map((s) => s.figure);
    const old = kbReport([kfor], `${year + 2}-06-01`).stale.map((s) => s.figure);
    expect(fresh).not.toContain('strength');
    expect(old).toContain('strength');
  });

  test('counts sources by domain', () => {
    const wiki = report.sourcesByDomain.find((d) => d.domain === 'en.wikipedia.org');
    expect(wiki?.count).toBeGreaterThan(0);
    const one: Entity = entities.find((e) => e.id === 'kosovo')!;
    expect(kbReport([one], '2026-12-01').sourcesByDomain.reduce((n, d) => n + d.count, 0)).toBeGreaterThan(
      one.facts.length - 1,
    );
  });
});
