import { describe, expect, test } from 'vitest';
import { createCueCounter } from '@/lib/topic/cue-counter';
import { AFFAIRS } from '@/lib/topic/cues';
import { tokenize } from '@/lib/text/tokens';

const count = (cues: readonly string[], text: string) => createCueCounter(cues).count(tokenize(text));
const matched = (cues: readonly string[], text: string) => {
  const counter = createCueCounter(cues);
  return tokenize(text)
    .filter((t) => counter.matches(t))
    .map((t) => t.key);
};

describe('cue words', () => {
  test('short cues match whole words, longer ones as prefixes, "$" cues that word only', () => {
    expect(count(['war'], 'war warning wars')).toBe(2);
    expect(count(['negotiat'], 'negotiations negotiator')).toBe(2);
    expect(count(['vlada$'], 'vlada vladajuća Vladan')).toBe(1);
  });

  test('the government in every case is a public-affairs word, a Vladimir is not', () => {
    expect(count(AFFAIRS, 'Vlade, vladi i vladom')).toBe(3);
    expect(count(AFFAIRS, 'Vladimir i Vladan')).toBe(0);
  });

  test('the business of councils and courts counts in the region’s languages', () => {
    expect(matched(AFFAIRS, 'Na sjednici odbornici su usvojili odluku, a tužilaštvo je podiglo optužnicu.')).toEqual([
      'sjednici',
      'odbornici',
      'usvojili',
      'odluku',
      'tuzilastvo',
      'optuznicu',
    ]);
    expect(matched(AFFAIRS, 'Vlada je obravnavala interpelacijo, ministrstvo pa je odstop zavrnilo.')).toEqual([
      'vlada',
      'obravnavala',
      'interpelacijo',
      'ministrstvo',
      'odstop',
    ]);
  });

  test('and in Albanian: prosecutors, courts, officials and the law', () => {
    expect(
      matched(AFFAIRS, 'Prokurori i kërkoi gjykatës masë ndaj zyrtarit, të dyshuar për shkelje të ligjit.'),
    ).toEqual(['prokurori', 'gjykates', 'zyrtarit', 'dyshuar', 'ligjit']);
  });
});
