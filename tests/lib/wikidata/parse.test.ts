import { describe, expect, test } from 'vitest';
import { currentStatement, parseClaims, parseLabels, wikidataTime } from '@/lib/wikidata/parse';
import { claimsAnswer, itemStatement, labelsAnswer, quantityStatement } from './shapes';

const JSON_TYPE = 'application/json; charset=utf-8';
const TODAY = '2026-12-01';

describe('Wikidata statements', () => {
  test('the preferred statement wins over normal ones; its start time is kept', () => {
    const claims = {
      P6: [
        itemStatement('P6', 'Q100', { start: '+2017-06-29T00:00:00Z', end: '+2020-10-28T00:00:00Z' }),
        itemStatement('P6', 'Q200', { rank: 'preferred', start: '+2025-04-16T00:00:00Z' }),
        itemStatement('P6', 'Q300'),
      ],
    };
    expect(currentStatement(claims, 'P6', TODAY)).toEqual({
      values: [{ kind: 'item', id: 'Q200' }],
      since: '2025-04-16',
    });
  });

  test('without a preferred one: the statements not ended, never a deprecated one', () => {
    const claims = {
      P35: [
        itemStatement('P35', 'Q1', { start: '+2012-05-31T00:00:00Z', end: '+2017-05-31T00:00:00Z' }),
        itemStatement('P35', 'Q2', { start: '+2017-05-31T00:00:00Z' }),
        itemStatement('P35', 'Q3', { rank: 'deprecated' }),
        // Ends later than today: still in office.
        itemStatement('P35', 'Q4', { start: '+2022-01-01T00:00:00Z', end: '+2027-01-01T00:00:00Z' }),
      ],
    };
    expect(currentStatement(claims, 'P35', TODAY)).toEqual({
      values: [
        { kind: 'item', id: 'Q2' },
        { kind: 'item', id: 'Q4' },
      ],
      since: '2022-01-01',
    });
  });

  test('a quantity with its point in time; an unknown value or a missing property is no value', () => {
    expect(
      currentStatement({ P2124: [quantityStatement('P2124', '+32', '+2024-03-07T00:00:00Z')] }, 'P2124', TODAY),
    ).toEqual({
      values: [{ kind: 'quantity', amount: 32 }],
      since: '2024-03-07',
    });
    expect(
      currentStatement({ P6: [{ mainsnak: { snaktype: 'somevalue', property: 'P6' }, rank: 'normal' }] }, 'P6', TODAY),
    ).toBeNull();
    expect(currentStatement({}, 'P6', TODAY)).toBeNull();
    expect(currentStatement(null, 'P6', TODAY)).toBeNull();
  });

  test('times at their precision', () => {
    const snak = (time: string, precision: number) => ({ datavalue: { value: { time, precision } } });
    expect(wikidataTime(snak('+2008-02-17T00:00:00Z', 11))).toBe('2008-02-17');
    expect(wikidataTime(snak('+2008-02-00T00:00:00Z', 10))).toBe('2008-02');
    expect(wikidataTime(snak('+2008-00-00T00:00:00Z', 9))).toBe('2008');
    expect(wikidataTime(snak('+2008-00-00T00:00:00Z', 7))).toBeNull();
    expect(wikidataTime(snak('2008', 11))).toBeNull();
  });
});

describe('Wikidata answers', () => {
  const ask = [
    { id: 'Q403' as const, properties: ['P35' as const, 'P6' as const] },
    { id: 'Q1246' as const, properties: ['P6' as const] },
  ];

  test('claims of several items in one answer; an item Wikidata lacks is left out', () => {
    const body = JSON.stringify(
      claimsAnswer({
        Q403: { P35: [itemStatement('P35', 'Q57')], P6: [itemStatement('P6', 'Q200', { rank: 'preferred' })], P17: [] },
      }),
    );
    const parsed = parseClaims(200, JSON_TYPE, body, ask, TODAY);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect([...parsed.value.keys()]).toEqual(['Q403']);
    expect(parsed.value.get('Q403')?.get('P6')?.values).toEqual([{ kind: 'item', id: 'Q200' }]);
  });

  test('labels, as plain text', () => {
    const body = JSON.stringify(labelsAnswer({ Q57: 'Aleksandar Vučić', Q200: 'A <b>bold</b> name' }));
    const parsed = parseLabels(200, JSON_TYPE, body, 'en');
    expect(parsed.ok && [...parsed.value]).toEqual([
      ['Q57', 'Aleksandar Vučić'],
      ['Q200', 'A bold name'],
    ]);
  });

  test.each([
    [429, JSON_TYPE, '{}', 'rate-limited'],
    [503, 'text/html', '<h1>Service unavailable</h1>', 'unavailable'],
    [200, 'text/html', '<!doctype html><p>Wikimedia error</p>', 'malformed'],
    [200, JSON_TYPE, '{"entities": {"Q403": ', 'malformed'],
    [200, JSON_TYPE, '[1, 2]', 'malformed'],
    [200, JSON_TYPE, '{"success": 1}', 'malformed'],
    [200, JSON_TYPE, '{"error": {"code": "maxlag", "info": "Waiting for a database server"}}', 'rate-limited'],
    [200, JSON_TYPE, '{"error": {"code": "no-such-entity", "info": "Could not find an entity"}}', 'unavailable'],
  ])('HTTP %i %s %s: %s', (status, type, body, error) => {
    const parsed = parseClaims(status, type, body, ask, TODAY);
    expect(parsed.ok ? null : parsed.error).toBe(error);
  });
});
