import { describe, expect, test } from 'vitest';
import { createKnowledgeBase } from '@/lib/kb';
import type { Entity } from '@/lib/kb/types';
import type { ResolvedStatement, WikidataResult } from '@/lib/wikidata/client';
import { differences, planChecks } from '@/lib/wikidata/facts';

const kb = createKnowledgeBase();
const of = (...ids: string[]) => ids.map((id) => kb.get(id)!) as Entity[];
const nameOf = (id: string) => kb.get(id)?.name;

const item = (labels: string[], since: string | null = null): ResolvedStatement => ({
  values: labels.map((_, i) => ({ kind: 'item', id: `Q${i + 1}` })),
  since,
  labels,
});
const answer = (statements: Record<string, Record<string, ResolvedStatement>>): WikidataResult & { ok: true } => ({
  ok: true,
  statements: new Map(
    Object.entries(statements).map(([q, ps]) => [q as `Q${number}`, new Map(Object.entries(ps)) as never]),
  ),
  retrieved: Date.parse('2026-12-01T09:00:00Z'),
  labelIds: [],
});

describe('facts checked against Wikidata', () => {
  test('only entities with a Q-number and changing facts are asked, each once, with their properties', () => {
    const plan = planChecks(of('serbia', 'kosovo', 'kfor', 'serbia', 'nato'));
    expect(plan.ask).toEqual([
      { id: 'Q403', properties: ['P35', 'P6'] },
      { id: 'Q1246', properties: ['P6'] },
    ]);
  });

  test('a new head of government differs; the same people, written without diacritics, agree', () => {
    const plan = planChecks(of('serbia'));
    const found = differences(
      plan,
      answer({ Q403: { P35: item(['Aleksandar Vucic']), P6: item(['Someone New'], '2026-10-01') } }),
      nameOf,
    );
    const serbia = kb.get('serbia')!;
    expect(found).toEqual([
      {
        entityId: 'serbia',
        factIndex: serbia.facts.findIndex((f) => f.changing?.some((c) => c.property === 'P6')),
        property: 'P6',
        bundled: 'Đuro Macut',
        today: ['Someone New'],
        since: '2026-10-01',
        retrieved: '2026-12-01',
      },
    ]);
  });

  test('a property Wikidata has no statement for is no difference', () => {
    expect(differences(planChecks(of('serbia')), answer({ Q403: {} }), nameOf)).toEqual([]);
    expect(differences(planChecks(of('serbia')), answer({}), nameOf)).toEqual([]);
  });
});
