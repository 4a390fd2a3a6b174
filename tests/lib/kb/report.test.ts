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

describe('kb:report counts and freshness', () => {
  const base = entities.find((e) => e.id === 'kosovo')!;
  const changing = (asOf: Entity['facts'][number]['asOf']) =>
    ({
      ...base,
      id: `x-${asOf}`,
      relations: [],
      facts: [{ text: 'She has chaired the party since 2020.', asOf, sources: base.facts[0]!.sources, changes: true }],
    }) as unknown as Entity;

  test('counts by type, country and tier', () => {
    const r = kbReport(entities, '2026-12-01');
    expect(Object.values(r.byType).reduce((a, b) => a + b, 0)).toBe(entities.length);
    expect(Object.values(r.byCountry).reduce((a, b) => a + b, 0)).toBe(entities.length);
    expect(Object.values(r.byTier).reduce((a, b) => a + b, 0)).toBe(entities.length);
    expect(r.byCountry['serbia']).toBeGreaterThan(10);
    expect(r.byCountry['kosovo']).toBeGreaterThan(10);
  });

  test('a changing fact over a year old is stale; a newer one is not', () => {
    const r = kbReport([changing('2025-06'), changing('2026-06')], '2026-12-01');
    expect(r.changingFacts.count).toBe(2);
    expect(r.staleFacts.map((s) => s.asOf)).toEqual(['2025-06']);
  });

  test('a source on the reprint list is counted with its verdict', () => {
    const reprinted = {
      ...base,
      figures: [],
      facts: [
        {
          text: 'A fact sourced to a reprint.',
          asOf: '2024',
          sources: [{ publisher: 'X', title: 'Y', url: 'https://www.deccanherald.com/world/x', accessed: '2026-12' }],
        },
      ],
    } as unknown as Entity;
    const r = kbReport([reprinted], '2026-12-01');
    expect(r.reprintCitations).toBe(1);
    expect(r.sourcesByDomain[0]).toMatchObject({ domain: 'deccanherald.com', verdict: 'wire reprint' });
  });
});
