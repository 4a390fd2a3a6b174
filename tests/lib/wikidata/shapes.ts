/**
 * Wikidata answers in the shapes `wbgetentities` gives (written for these tests, trimmed to what the
 * parser reads plus some of what it must skip): statements with ranks, qualifiers and references.
 */
const time = (t: string, precision = 11) => ({
  snaktype: 'value',
  property: 'P580',
  datavalue: {
    value: {
      time: t,
      timezone: 0,
      before: 0,
      after: 0,
      precision,
      calendarmodel: 'http://www.wikidata.org/entity/Q1985727',
    },
    type: 'time',
  },
  datatype: 'time',
});

export function itemStatement(
  property: string,
  id: string,
  { rank = 'normal', start, end }: { rank?: string; start?: string; end?: string } = {},
) {
  const qualifiers: Record<string, unknown[]> = {};
  if (start) qualifiers.P580 = [time(start)];
  if (end) qualifiers.P582 = [{ ...time(end), property: 'P582' }];
  return {
    mainsnak: {
      snaktype: 'value',
      property,
      hash: 'a1b2c3',
      datavalue: { value: { 'entity-type': 'item', 'numeric-id': Number(id.slice(1)), id }, type: 'wikibase-entityid' },
      datatype: 'wikibase-item',
    },
    type: 'statement',
    ...(start || end ? { qualifiers, 'qualifiers-order': Object.keys(qualifiers) } : {}),
    id: `${id}$0A1B2C3D-0000-4000-8000-000000000000`,
    rank,
    references: [{ hash: 'ref1', snaks: { P143: [] }, 'snaks-order': ['P143'] }],
  };
}

export function quantityStatement(property: string, amount: string, pointInTime?: string) {
  return {
    mainsnak: {
      snaktype: 'value',
      property,
      datavalue: { value: { amount, unit: '1' }, type: 'quantity' },
      datatype: 'quantity',
    },
    type: 'statement',
    ...(pointInTime ? { qualifiers: { P585: [{ ...time(pointInTime), property: 'P585' }] } } : {}),
    rank: 'normal',
  };
}

export const claimsAnswer = (entities: Record<string, Record<string, unknown[]>>) => ({
  entities: Object.fromEntries(
    Object.entries(entities).map(([id, claims]) => [
      id,
      { pageid: 1, ns: 0, title: id, lastrevid: 2, modified: '2026-11-30T10:00:00Z', type: 'item', id, claims },
    ]),
  ),
  success: 1,
});

export const labelsAnswer = (labels: Record<string, string>) => ({
  entities: Object.fromEntries(
    Object.entries(labels).map(([id, value]) => [id, { type: 'item', id, labels: { en: { language: 'en', value } } }]),
  ),
  success: 1,
});
