import { describe, expect, test } from 'vitest';
import { createKnowledgeBase } from '@/lib/kb/index';
import { curatedLinks, outlets, type Outlet } from '@/lib/related/outlets';

const kb = createKnowledgeBase();
const NAME_LANGS = new Set(['en', 'de', 'sr-Latn', 'sr-Cyrl', 'sq', 'mk', 'bs', 'hr', 'other']);

describe('outlet data', () => {
  test.each(outlets.map((o) => [o.id, o] as const))('%s is well formed', (_id, outlet) => {
    expect(outlet.searchUrl.startsWith('https://')).toBe(true);
    expect(outlet.searchUrl.split('{q}')).toHaveLength(2);
    // The template, with a query in, is a valid https URL on the outlet's own host.
    const url = new URL(outlet.searchUrl.replace('{q}', 'test'));
    expect(url.protocol).toBe('https:');
    expect(url.hostname).toMatch(/^[a-z0-9.-]+\.[a-z]{2,}$/);
    expect(outlet.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(outlet.name.trim()).not.toBe('');
    expect(NAME_LANGS.has(outlet.language)).toBe(true);
    expect(['outlet', 'fact-checker']).toContain(outlet.kind);
  });

  test('ids are unique', () => {
    expect(new Set(outlets.map((o) => o.id)).size).toBe(outlets.length);
  });

  test('the curated set is all there', () => {
    expect(outlets.map((o) => o.id).sort()).toEqual(
      [
        'balkan-insight',
        'rfe-rl-balkan',
        'kossev',
        'kosovo-online',
        'koha',
        'n1',
        'prishtina-insight',
        'istinomer',
        'raskrinkavanje',
        'faktograf',
      ].sort(),
    );
    expect(outlets.filter((o) => o.kind === 'fact-checker').map((o) => o.id)).toEqual([
      'istinomer',
      'raskrinkavanje',
      'faktograf',
    ]);
  });
});

describe('curatedLinks', () => {
  const links = (id: string) => new Map(curatedLinks(kb.get(id)!).map((l) => [l.outlet.id, l.url]));

  test.each([
    ['aleksandar-vucic', 'balkan-insight', 'https://balkaninsight.com/?s=Aleksandar%20Vu%C4%8Di%C4%87'],
    ['aleksandar-vucic', 'koha', 'https://www.koha.net/search?q=Aleksandar%20Vu%C3%A7iq'],
    ['aleksandar-vucic', 'kossev', 'https://kossev.info/?s=Aleksandar%20Vu%C4%8Di%C4%87'],
    ['kosovo', 'koha', 'https://www.koha.net/search?q=Kosova'],
    ['kosovo', 'n1', 'https://n1info.rs/?s=Kosovo'],
    ['serbia', 'koha', 'https://www.koha.net/search?q=Serbi'],
    ['serbia', 'istinomer', 'https://www.istinomer.rs/?s=Srbija'],
    ['serbia', 'faktograf', 'https://faktograf.hr/?s=Srbija'],
    ['north-mitrovica', 'rfe-rl-balkan', 'https://www.slobodnaevropa.org/s?k=Severna%20Mitrovica'],
    ['north-mitrovica', 'prishtina-insight', 'https://prishtinainsight.com/?s=North%20Mitrovica'],
  ])('%s at %s → %s', (id, outlet, expected) => {
    expect(links(id).get(outlet)).toBe(expected);
  });

  test('one link per outlet, outlets before fact-checkers, all https', () => {
    const list = curatedLinks(kb.get('kfor')!);
    expect(list).toHaveLength(outlets.length);
    const kinds = list.map((l) => l.outlet.kind);
    expect(kinds.indexOf('fact-checker')).toBeGreaterThan(kinds.lastIndexOf('outlet'));
    for (const l of list) expect(l.url.startsWith('https://')).toBe(true);
  });

  test('names are URL-encoded: nothing can break out of the query', () => {
    const outlet: Outlet = {
      id: 'x',
      name: 'X',
      language: 'en',
      kind: 'outlet',
      searchUrl: 'https://x.example/?s={q}&lang=en',
    };
    const entity = { ...kb.get('kosovo')!, name: 'A&B #1 $& "q"/?' };
    const [link] = curatedLinks(entity, [outlet]);
    expect(link!.url).toBe('https://x.example/?s=A%26B%20%231%20%24%26%20%22q%22%2F%3F&lang=en');
    expect(new URL(link!.url).searchParams.get('s')).toBe('A&B #1 $& "q"/?');
  });
});
