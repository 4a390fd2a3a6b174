import { describe, expect, test } from 'vitest';
import type { Family } from '@/lib/names/cues';
import { findNames } from '@/lib/names/find-names';
import { tokenize } from '@/lib/text/tokens';

const found = (text: string, family: Family) =>
  findNames(text, tokenize(text), family).map((n) => [n.type, n.name, n.surface]);

describe('streets, squares and parks in sentence case', () => {
  test.each([
    [
      'sl',
      'Protestniki so se zbrali na Bulevarju kralja Aleksandra pozno zvečer.',
      'Bulevar kralja Aleksandra',
      'Bulevarju kralja Aleksandra',
    ],
    [
      'sh',
      'Napad se dogodio na Trgu bana Josipa Jelačića u centru grada.',
      'Trg bana Josipa Jelačića',
      'Trgu bana Josipa Jelačića',
    ],
    ['sl', 'Zbrali so se v bližini Pionirskega parka in čakali.', 'Pionirski park', 'Pionirskega parka'],
    ['sl', 'Stanovanje na Emonske ulice je prodano.', 'Emonska ulica', 'Emonske ulice'],
    ['sl', 'Prišli so s Trga Slavija, kjer je bil shod.', 'Trg Slavija', 'Trga Slavija'],
  ])('%s: %s', (family, text, name, surface) => {
    expect(found(text, family as Family)).toContainEqual(['place', name, surface]);
  });

  test('the person a street is named for is no name of the story', () => {
    const names = found('Napad se dogodio na Trgu bana Josipa Jelačića u centru grada.', 'sh');
    expect(names.some(([type]) => type === 'person')).toBe(false);
  });

  test('"Most" before a name is the party, not a bridge', () => {
    const names = found('Zastupnik stranke Most Nikola Grmoja rekao je da će glasati protiv.', 'sh');
    expect(names.some(([type, name]) => type === 'place' && /^Most/.test(name as string))).toBe(false);
  });
});
