import { describe, expect, test } from 'vitest';
import type { EntityKind, EntityResult } from '@/lib/analysis/types';
import { createKnowledgeBase } from '@/lib/kb/index';
import { entityId, type Entity, type Name } from '@/lib/kb/types';
import { buildGdeltQuery, entityTerms, gdeltDateTime, gdeltTerm, GDELT_DOC_API } from '@/lib/related/gdelt-query';

const kb = createKnowledgeBase();

function fakeEntity(name: string, names: Name[]): Entity {
  return {
    id: entityId(name.toLowerCase().replace(/\W+/g, '-')),
    type: 'place',
    kind: 'city',
    name,
    names: [{ text: name, lang: 'en' }, ...names],
    summary: '',
    region: 'balkans',
    importance: 2,
    facts: [],
    coords: { lat: 0, lon: 0 },
  };
}

const NOW = Date.parse('2026-03-12T10:00:00Z');

function found(id: string | null, salience: number, type: EntityKind = 'place', name = id ?? 'x'): EntityResult {
  return { name, type, id, count: 1, surfaces: [name], mentions: [], inTitle: false, salience };
}

function analysis(entities: EntityResult[], publishedAt: string | null = '2026-03-10T08:00:00Z') {
  return { entities, publishedAt };
}

const params = (url: string) => new URL(url).searchParams;

describe('gdeltTerm', () => {
  test.each([
    ['Kosovo', 'Kosovo'],
    ['KFOR', 'KFOR'],
    ['Nis', 'Nis'],
    ['EU', null],
    ['UN', null],
    ['Aleksandar Vučić', '"Aleksandar Vučić"'],
    ['Kosova', 'Kosova'],
    ['Kosovë', '"Kosovë"'],
    ['Косово', '"Косово"'],
    ['Niš', null],
    ['NATO-KFOR', '"NATO-KFOR"'],
    ['Kosovo*', null],
    ['say "hi"', null],
    ['(Kosovo OR x)', null],
    ['-Kosovo', null],
    ['  Kosovo   Force ', '"Kosovo Force"'],
  ])('%s → %s', (input, expected) => {
    expect(gdeltTerm(input)).toBe(expected);
  });
});

describe('entityTerms', () => {
  test.each([
    ['aleksandar-vucic', ['Aleksandar Vučić', 'Aleksandar Vucic', 'Aleksandar Vuçiq', 'Александар Вучић']],
    ['kosovo', ['Kosovo', 'Kosova', 'Косово']],
    ['kfor', ['KFOR']],
    ['north-mitrovica', ['North Mitrovica', 'Severna Mitrovica', 'Mitrovica e Veriut', 'Северна Митровица']],
  ])('%s', (id, expected) => {
    expect(entityTerms(kb.get(id)!)).toEqual(expected);
  });

  test('drops names GDELT would refuse and duplicates', () => {
    const e = fakeEntity('EU', [
      { text: 'BE', lang: 'sq' },
      { text: 'ЕУ', lang: 'sr-Cyrl' },
      { text: 'eu', lang: 'sr-Latn' },
    ]);
    expect(entityTerms(e)).toEqual([]);
  });

  test('caps variants per entity', () => {
    expect(entityTerms(kb.get('aleksandar-vucic')!, 2)).toEqual(['Aleksandar Vučić', 'Aleksandar Vucic']);
  });
});

describe('buildGdeltQuery', () => {
  const article = analysis([
    found('kosovo', 5.1),
    found('aleksandar-vucic', 7.2, 'person'),
    found(null, 9, 'person', 'John Smith'),
    found('kfor', 3.3, 'organization'),
    found('belgrade', 1.0),
    found('serbia', 0.5, 'other'),
  ]);

  test('ANDs the top three knowledge-base entities by salience, each an OR group of its names', () => {
    const q = buildGdeltQuery(article, kb, { now: NOW });
    expect(q.ok).toBe(true);
    if (!q.ok) return;
    expect(params(q.url).get('query')).toBe(
      '("Aleksandar Vučić" OR "Aleksandar Vucic" OR "Aleksandar Vuçiq" OR "Александар Вучић") (Kosovo OR Kosova OR "Косово") KFOR',
    );
    expect(q.entityIds).toEqual(['aleksandar-vucic', 'kosovo', 'kfor']);
    expect(q.sentTerms).toEqual([
      'Aleksandar Vučić',
      'Aleksandar Vucic',
      'Aleksandar Vuçiq',
      'Александар Вучић',
      'Kosovo',
      'Kosova',
      'Косово',
      'KFOR',
    ]);
  });

  test('sends nothing but the listed names: no unknown names, no article text or URL', () => {
    const q = buildGdeltQuery(article, kb, { now: NOW });
    if (!q.ok) throw new Error('expected a query');
    const query = params(q.url).get('query')!;
    expect(query).not.toContain('John Smith');
    const stripped = q.sentTerms.reduce((rest, t) => rest.replace(t, ''), query);
    expect(stripped.replace(/OR|[()"\s]/g, '')).toBe('');
  });

  test('asks for a JSON article list, newest first, in a window around the article', () => {
    const q = buildGdeltQuery(article, kb, { now: NOW, maxRecords: 50 });
    if (!q.ok) throw new Error('expected a query');
    const p = params(q.url);
    expect(q.url.startsWith(`${GDELT_DOC_API}?`)).toBe(true);
    expect(p.get('mode')).toBe('ArtList');
    expect(p.get('format')).toBe('json');
    expect(p.get('maxrecords')).toBe('50');
    expect(p.get('sort')).toBe('DateDesc');
    expect(p.get('startdatetime')).toBe('20260307080000');
    // +3 days would be past the clock: the window ends now.
    expect(p.get('enddatetime')).toBe('20260312100000');
    expect(p.has('timespan')).toBe(false);
  });

  test.each([
    ['unknown date', null, { timespan: '7d' }],
    ['unparseable date', 'yesterday-ish', { timespan: '7d' }],
    ['a date far in the future is broken metadata', '2027-01-01', { timespan: '7d' }],
    ['a week old', '2026-03-05', { startdatetime: '20260302000000', enddatetime: '20260308000000' }],
    ['89 days old, clipped to the 90-day window', '2025-12-13T10:00:00Z', { startdatetime: '20251212100000' }],
  ])('%s', (_name, publishedAt, expected) => {
    const q = buildGdeltQuery(analysis(article.entities, publishedAt), kb, { now: NOW });
    if (!q.ok) throw new Error('expected a query');
    for (const [key, value] of Object.entries(expected)) expect(params(q.url).get(key)).toBe(value);
    if ('timespan' in expected) expect(params(q.url).has('startdatetime')).toBe(false);
  });

  test.each([
    ['older than 90 days', analysis([found('kosovo', 1)], '2025-12-01'), 'too-old'],
    ['no entities', analysis([], null), 'no-entities'],
    ['only entities outside the knowledge base', analysis([found(null, 3, 'person', 'Jane Doe')]), 'no-entities'],
    ['ids the knowledge base does not have', analysis([found('atlantis', 3)]), 'no-entities'],
    ['only "other" entities', analysis([found('serbia', 3, 'other')]), 'no-entities'],
  ] as const)('%s → %s', (_name, input, reason) => {
    expect(buildGdeltQuery(input, kb, { now: NOW })).toEqual({ ok: false, reason });
  });

  test('skips an entity with no usable name and takes the next one', () => {
    const eu = fakeEntity('EU', [{ text: 'ЕУ', lang: 'sr-Cyrl' }] as Name[]);
    const kbWithEu = { get: (id: string) => (id === eu.id ? eu : kb.get(id)) };
    const q = buildGdeltQuery(analysis([found(eu.id, 9, 'organization'), found('kfor', 1)]), kbWithEu, { now: NOW });
    expect(q.ok && q.entityIds).toEqual(['kfor']);
    expect(q.ok && params(q.url).get('query')).toBe('KFOR');
  });

  test('takes each entity once and honours maxEntities', () => {
    const q = buildGdeltQuery(analysis([found('kfor', 5), found('kfor', 4), found('kosovo', 3)]), kb, {
      now: NOW,
      maxEntities: 2,
    });
    expect(q.ok && q.entityIds).toEqual(['kfor', 'kosovo']);
  });

  test('accepts another base URL for tests', () => {
    const q = buildGdeltQuery(article, kb, { now: new Date(NOW), baseUrl: 'http://127.0.0.1:9999/doc' });
    expect(q.ok && q.url.startsWith('http://127.0.0.1:9999/doc?query=')).toBe(true);
  });

  test('gdeltDateTime is UTC YYYYMMDDHHMMSS', () => {
    expect(gdeltDateTime(Date.parse('2026-01-02T03:04:05.678Z'))).toBe('20260102030405');
  });
});
