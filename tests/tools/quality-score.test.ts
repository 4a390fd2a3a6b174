import { describe, expect, test } from 'vitest';
import { add, emptyCounts, figures, fold, junkReason, keyFound } from './quality-score';

describe('quality scorer: folding and key-entity matching', () => {
  test('folds case, diacritics and Cyrillic to one form', () => {
    expect(fold('Вучић')).toBe(fold('vucic'));
    expect(fold('Ђуро Мацут')).toBe('djuro macut');
    expect(fold('  Kosovës ')).toBe('kosoves');
  });

  test('a key entity is found by its name or any labelled surface, in either script', () => {
    const key = { name: 'Aleksandar Vučić', surfaces: ['Aleksandra Vučića', 'Вучић'] };
    expect(keyFound(key, [{ name: 'Aleksandar Vucic', surfaces: [] }])).toBe(true);
    expect(keyFound(key, [{ name: 'Other', surfaces: ['aleksandra vucica'] }])).toBe(true);
    expect(keyFound(key, [{ name: 'Vučić', surfaces: ['Вучић'] }])).toBe(true);
    expect(keyFound(key, [{ name: 'Aleksandar', surfaces: ['Vučićem'] }])).toBe(false);
    expect(keyFound(key, [])).toBe(false);
  });
});

describe('quality scorer: junk rule', () => {
  test.each([
    ['x', 'too short'],
    ['www.example.com', 'URL or markup'],
    ['<b>Vlada</b>', 'URL or markup'],
    ['ministar', 'no capitalised word'],
    ['Predsednik', 'role or furniture word'],
    ['Foto Video', 'role or furniture word'],
    ['of Serbia', 'starts with a lowercase word'],
    ['Vlada Republike i', 'ends with a lowercase word'],
    ['Izvora ured', 'ends with a lowercase word'],
    ['Višeg sud', 'ends with a lowercase word'],
    ['Sindikat hrvatskih željezničara najavljuje', 'ends with a lowercase word'],
    ['Ministarstvo je', 'ends with a lowercase word'],
    ['Федералн трговинска комисија', 'ends with a lowercase word'],
    ['One Two Three Four Five Six Seven', 'fragment (too long)'],
  ])('%s is junk (%s)', (name, why) => {
    expect(junkReason(name)).toBe(why);
  });

  test.each([
    'Aleksandar Vučić',
    'Skupština Srbije',
    'NATO',
    'Bosna i Hercegovina',
    'Ursula von der Leyen',
    'KFOR',
    'Građanska lista',
    'Народната банка',
    'Savezna vlada',
    'Sindikat hrvatskih željezničara',
    'Klinika za tumore',
    'Агенција за конфискација на имот',
    'Управа за спречавање прања новца',
    'Socijaldemokratska partija',
    'Хрватска грађанска иницијатива',
    'Jedinica za specijalne operacije',
    'Pionirski park',
    'Snežniška ulica',
    'Skupština Splitsko-dalmatinske županije',
  ])('%s is a name', (name) => {
    expect(junkReason(name)).toBeNull();
  });
});

describe('quality scorer: figures', () => {
  test('precision, recall, F1, key recall, junk per 20 and language accuracy', () => {
    const c = add(emptyCounts(), {
      articles: 10,
      tp: 6,
      fp: 2,
      fn: 2,
      tn: 0,
      keys: 8,
      keysFound: 6,
      junk: 1,
      langRight: 9,
      langGroupRight: 10,
    });
    const f = figures(c);
    expect(f.precision).toBeCloseTo(0.75);
    expect(f.recall).toBeCloseTo(0.75);
    expect(f.f1).toBeCloseTo(0.75);
    expect(f.keyEntityRecall).toBeCloseTo(0.75);
    expect(f.junkPer20).toBeCloseTo(2);
    expect(f.languageAccuracy).toBeCloseTo(0.9);
    expect(f.languageGroupAccuracy).toBe(1);
  });

  test('no predictions or no positives leave the ratio undefined rather than perfect', () => {
    const f = figures({ ...emptyCounts(), articles: 3, tn: 3 });
    expect(f.precision).toBeNull();
    expect(f.recall).toBeNull();
    expect(f.f1).toBeNull();
    expect(f.keyEntityRecall).toBeNull();
  });

  test('F1 is 0 when nothing is right, also when nothing was predicted', () => {
    expect(figures({ ...emptyCounts(), articles: 2, fp: 1, fn: 1 }).f1).toBe(0);
    const dark = figures({ ...emptyCounts(), articles: 2, fn: 2 });
    expect(dark.precision).toBeNull();
    expect(dark.f1).toBe(0);
  });
});
