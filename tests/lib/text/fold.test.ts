import { describe, expect, test } from 'vitest';
import { fold, foldWithMap, transliterate } from '@/lib/text/fold';
import { tokenize } from '@/lib/text/tokens';

describe('fold', () => {
  test.each([
    ['Vučić', 'vucic'],
    ['Вучић', 'vucic'],
    ['Mitrovicë', 'mitrovice'],
    ['Митровица', 'mitrovica'],
    ['Đuro Macut', 'djuro macut'],
    ['Љубљана', 'ljubljana'],
    ['Скопје', 'skopje'],
    ['Ѓорче Петров', 'gjorce petrov'],
    ['Straße', 'strasse'],
    ['Prishtinë', 'prishtine'],
  ])('%s → %s', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  test('keeps the way back to original offsets', () => {
    const { text, origin } = foldWithMap('Ljubav Љубав');
    expect(text).toBe('ljubav ljubav');
    // "љ" (offset 7) becomes two folded characters, both from offset 7.
    expect(origin[7]).toBe(7);
    expect(origin[8]).toBe(7);
    expect(origin[9]).toBe(8);
  });

  test('transliterates Serbian Cyrillic with diacritics kept', () => {
    expect(transliterate('Александар Вучић у Београду')).toBe('Aleksandar Vučić u Beogradu');
  });
});

describe('tokenize', () => {
  test('cuts English possessives and keeps offsets of the original', () => {
    const tokens = tokenize("Kosovo's premier met Vučić’s envoy.");
    expect(tokens.map((t) => t.key)).toEqual(['kosovo', 'premier', 'met', 'vucic', 'envoy']);
    expect(tokens[3]).toMatchObject({ start: 21, end: 26, capital: true });
  });

  test('marks acronyms and sentence starts', () => {
    const [a, b, c] = tokenize('KFOR said. Troops');
    expect(a).toMatchObject({ allCaps: true, sentenceStart: true });
    expect(b).toMatchObject({ allCaps: false, sentenceStart: false });
    expect(c).toMatchObject({ sentenceStart: true });
  });
});
