import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { extractArticle } from '@/lib/extract/extract';
import { createBlockFilter, isFurniture } from '@/lib/extract/furniture';
import { loadCorpus } from '../../tools/corpus';

const corpus = loadCorpus();

describe('extraction on every fixture page', () => {
  test.each(corpus.map((f) => [f.slug, f] as const))('%s: headline, date, language, no furniture', (_slug, f) => {
    const article = extractArticle(parseHTML(f.html).document as unknown as Document);
    expect(article).not.toBeNull();
    expect(article!.title).toBe(f.expected.title);
    expect(article!.publishedAt).toBe(f.expected.publishedAt);
    expect(article!.lang).toBe(f.expected.lang);
    const blocks = article!.text.split('\n\n');
    for (const block of blocks) expect(isFurniture(block), block).toBe(false);
    expect(article!.text).not.toMatch(/Leave a (?:Comment|Reply)|Related posts|Share on X|^#\w+/m);
  });
});

describe('furniture', () => {
  test.each([
    '#Kosovo #Serbia #NATO',
    'Related posts',
    'Mehr zum Thema',
    'Povezane vesti',
    'Lajme të ngjashme',
    'Leave a Comment',
    'Photo: AFP/Armend Nimani',
    'This audio version was artificially generated.',
    'Editorial standards · Corrections · Licensing & syndication',
    'BREAKINGHouse passes stopgap funding bill · Storms expected',
    'By Jane Doe · April 19, 2013 22:50 CEST',
    'Sie wollen keine Nachricht verpassen? Abonnieren Sie unseren Newsletter.',
  ])('drops %j', (block) => {
    expect(isFurniture(block)).toBe(true);
  });

  test.each([
    'Serbia and Kosovo reached an agreement on Friday.',
    'KFOR said it had around 3,400 soldiers in Kosovo.',
    'Premijer je rekao da će vlada odgovoriti.',
  ])('keeps %j', (block) => {
    expect(isFurniture(block)).toBe(false);
  });

  test('drops kickers and the repeated headline above the story, not short lines inside it', () => {
    const keep = createBlockFilter('Serbia moves troops');
    expect(
      [
        'Europe',
        'Serbia moves troops',
        'BELGRADE, Sept 29 – Serbia has moved troops toward the line, officials said.',
        'Analysis',
      ].filter(keep),
    ).toEqual(['BELGRADE, Sept 29 – Serbia has moved troops toward the line, officials said.', 'Analysis']);
  });
});

describe('text map', () => {
  test('a 50,000-deep DOM does not overflow the stack, and text keeps its blocks', async () => {
    const { buildTextMap } = await import('@/lib/extract/text-map');
    const { document } = parseHTML('<html><body><article><p>Kosovo and <b>Serbia</b></p></article></body></html>');
    let node: Element = document.querySelector('article')!;
    for (let i = 0; i < 50_000; i++) {
      const div = document.createElement('div');
      node.append(div);
      node = div;
    }
    node.append(document.createTextNode('Deep text'));
    const map = buildTextMap(document.querySelector('article') as unknown as Node);
    expect(map.text).toBe('Kosovo and Serbia\n\nDeep text');
    expect(map.segments.map((s) => s.node.data)).toEqual(['Kosovo and ', 'Serbia', 'Deep text']);
  });
});
