import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '@/lib/analysis/analyze';
import { createEngine } from '@/lib/analysis/engine';

const engine = createEngine();
const figures = (text: string, publishedAt = '2023-09-30') =>
  analyzeArticle({ title: null, text, lang: null, publishedAt }, engine).figures.map((f) => ({
    entity: f.entity,
    measure: f.measure,
    value: f.value,
    qualifier: f.qualifier,
  }));

describe('the article’s own figures', () => {
  test.each([
    [
      'around 3,400 KFOR soldiers',
      'NATO said there were around 3,400 KFOR soldiers in Kosovo.',
      { entity: 'kfor', measure: 'troops', value: 3400, qualifier: 'about' },
    ],
    [
      'German thousands separator',
      'Die KFOR hat derzeit rund 4.500 Soldaten im Kosovo.',
      { entity: 'kfor', measure: 'troops', value: 4500, qualifier: 'about' },
    ],
    [
      'recognitions',
      'Kosovo says more than 100 countries recognise its independence.',
      { entity: 'kosovo', measure: 'recognitions', value: 100, qualifier: 'more-than' },
    ],
    [
      'Serbian',
      'Kosovo je priznalo više od 100 država, tvrdi Priština.',
      { entity: 'kosovo', measure: 'recognitions', value: 100, qualifier: 'more-than' },
    ],
  ])('%s', (_name, text, expected) => {
    expect(figures(text)).toContainEqual(expected);
  });

  test.each([
    ['a date', 'KFOR was attacked on Sept. 24 near Banjska in Kosovo.'],
    ['a year', 'KFOR entered Kosovo in 1999.'],
    ['soldiers injured are not a strength', 'Some 25 KFOR soldiers were injured in Zvečan, Kosovo.'],
    ['another country’s soldiers between number and unit', 'Up to 1,000 Serbian soldiers faced KFOR near Kosovo.'],
    ['people at a protest are not a population', 'About 300,000 people marched in Belgrade, Serbia.'],
  ])('not a figure: %s', (_name, text) => {
    expect(figures(text)).toEqual([]);
  });
});
