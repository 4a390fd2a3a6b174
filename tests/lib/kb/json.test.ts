import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { jsonFileProblems } from '@/lib/kb/schema';
import { entitiesFromJson } from '@/lib/kb/json';

const DIR = 'lib/kb/data';
// ambiguous.json is the list of shared names, not entities.
const files = readdirSync(DIR).filter((f) => f.endsWith('.json') && f !== 'ambiguous.json');
const read = (f: string) => JSON.parse(readFileSync(`${DIR}/${f}`, 'utf8')) as unknown;

describe('knowledge-base JSON files', () => {
  test('there are some', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  test.each(files)('%s matches the schema', (f) => {
    expect(jsonFileProblems(read(f))).toEqual([]);
  });

  test('a fact without a source, a bad date or an unknown field is caught', () => {
    const good = {
      id: 'sample-town',
      type: 'place',
      kind: 'town',
      name: 'Sample',
      names: [{ text: 'Sample', lang: 'en' }],
      summary: 'A town used to test the schema.',
      region: 'balkans',
      importance: 1,
      facts: [
        {
          text: 'Sample is a town in a test.',
          asOf: '2024-12',
          sources: [{ publisher: 'P', title: 'T', url: 'https://example.org/t' }],
        },
      ],
      coords: { lat: 42, lon: 21 },
    };
    expect(jsonFileProblems({ accessed: '2026-12', entities: [good] })).toEqual([]);
    const noSource = { ...good, facts: [{ ...good.facts[0], sources: [] }] };
    const badDate = { ...good, facts: [{ ...good.facts[0], asOf: '2024-13' }] };
    const extra = { ...good, colour: 'red' };
    const noCoords = { ...good, coords: undefined };
    for (const bad of [noSource, badDate, extra, noCoords])
      expect(jsonFileProblems({ accessed: '2026-12', entities: [bad] }).length).toBeGreaterThan(0);
  });

  test("a source without its own read date takes the file's", () => {
    const [e] = entitiesFromJson({
      accessed: '2026-11',
      entities: [
        {
          id: 'x',
          facts: [
            {
              text: 'A fact of at least fifteen letters.',
              asOf: '2020',
              sources: [{ publisher: 'P', title: 'T', url: 'https://a.b/' }],
            },
          ],
        },
      ],
    });
    expect(e!.facts[0]!.sources[0]!.accessed).toBe('2026-11');
  });
});
