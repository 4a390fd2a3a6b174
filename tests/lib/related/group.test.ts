import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { CoverageItem } from '@/lib/related/coverage';
import { parseGdeltResponse } from '@/lib/related/gdelt-parse';
import { coverageGroup, groupCoverage } from '@/lib/related/group';

const item = (over: Partial<CoverageItem>): CoverageItem => ({
  title: 't',
  url: 'https://example.com/x',
  domain: 'example.com',
  date: '2026-03-10T00:00:00Z',
  language: 'English',
  sourceCountry: 'United States',
  ...over,
});

describe('coverageGroup', () => {
  test.each([
    ['Serbian outlet in Serbia', { language: 'Serbian', sourceCountry: 'Serbia' }, 'serbian'],
    ['Serbian outlet in Kosovo', { language: 'Serbian', sourceCountry: 'Kosovo' }, 'serbian'],
    ['Serbian-language outlet abroad', { language: 'Serbian', sourceCountry: 'Germany' }, 'serbian'],
    ['Albanian outlet in Kosovo', { language: 'Albanian', sourceCountry: 'Kosovo' }, 'albanian'],
    ['Albanian outlet in North Macedonia', { language: 'Albanian', sourceCountry: 'Macedonia' }, 'albanian'],
    ['Croatian', { language: 'Croatian', sourceCountry: 'Croatia' }, 'regional'],
    ['Bosnian', { language: 'Bosnian', sourceCountry: 'Bosnia and Herzegovina' }, 'regional'],
    ['Macedonian', { language: 'Macedonian', sourceCountry: 'Macedonia' }, 'regional'],
    ['Slovenian', { language: 'Slovenian', sourceCountry: 'Slovenia' }, 'regional'],
    ['Montenegrin (code)', { language: 'cnr', sourceCountry: null }, 'regional'],
    ['English outlet in Serbia', { language: 'English', sourceCountry: 'Serbia' }, 'regional'],
    ['English outlet in Kosovo', { language: 'English', sourceCountry: 'Kosovo' }, 'regional'],
    [
      'English outlet, Bosnia spelled with a hyphen',
      { language: 'English', sourceCountry: 'Bosnia-Herzegovina' },
      'regional',
    ],
    ['English outlet in Montenegro', { language: 'English', sourceCountry: 'Montenegro' }, 'regional'],
    ['German outlet in Germany', { language: 'German', sourceCountry: 'Germany' }, 'international'],
    ['English outlet in the US', { language: 'English', sourceCountry: 'United States' }, 'international'],
    ['no country, regional domain', { sourceCountry: null, domain: 'danas.rs' }, 'regional'],
    ['no country, other domain', { sourceCountry: null, domain: 'lemonde.fr' }, 'international'],
    ['a stated country wins over the domain', { sourceCountry: 'France', domain: 'x.rs' }, 'international'],
    ['nothing known', { language: null, sourceCountry: null }, 'international'],
  ] as const)('%s → %s', (_name, over, expected) => {
    expect(coverageGroup(item(over))).toBe(expected);
  });
});

describe('groupCoverage', () => {
  test('the fixture list lands on four shelves, newest first, undated last', () => {
    const body = readFileSync(new URL('../../fixtures/gdelt/artlist-banjska.json', import.meta.url), 'utf8');
    const result = parseGdeltResponse(200, 'application/json', body, null);
    if (!result.ok) throw new Error('fixture did not parse');
    const g = groupCoverage(result.items);
    const domains = (list: CoverageItem[]) => list.map((i) => i.domain);
    expect(domains(g.serbian)).toEqual(['rts.rs', 'kossev.info', 'kosovo-online.com', 'n1info.rs']);
    expect(domains(g.albanian)).toEqual(['koha.net']);
    expect(domains(g.regional)).toEqual(['index.hr', 'balkaninsight.com']);
    expect(domains(g.international)).toEqual(['dw.com', 'reuters.com']);
  });

  test('caps each group', () => {
    const many = Array.from({ length: 12 }, (_, n) =>
      item({ url: `https://a.rs/${n}`, date: `2026-03-${String(n + 1).padStart(2, '0')}T00:00:00Z` }),
    );
    const g = groupCoverage(many, { cap: 3 });
    expect(g.international.map((i) => i.url)).toEqual(['https://a.rs/11', 'https://a.rs/10', 'https://a.rs/9']);
    expect(g.serbian).toEqual([]);
  });

  test('empty in, empty out', () => {
    expect(groupCoverage([])).toEqual({ serbian: [], albanian: [], regional: [], international: [] });
  });
});
