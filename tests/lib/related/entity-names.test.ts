import { describe, expect, test } from 'vitest';
import { createKnowledgeBase } from '@/lib/kb/index';
import { entityId, type Entity, type Name } from '@/lib/kb/types';
import { asciiFold, nameIn, searchNameFor } from '@/lib/related/entity-names';

const kb = createKnowledgeBase();
const real = (id: string): Entity => {
  const e = kb.get(id);
  if (!e) throw new Error(`no entity ${id} in the knowledge base`);
  return e;
};

function fakeEntity(name: string, names: Name[]): Entity {
  return {
    id: entityId(name.toLowerCase().replace(/\W+/g, '-')),
    type: 'place',
    kind: 'city',
    name,
    names: [{ text: name, lang: 'en' }, ...names],
    summary: '',
    region: 'balkans',
    importance: 2,
    facts: [],
    coords: { lat: 0, lon: 0 },
  };
}

describe('nameIn', () => {
  test.each([
    ['kosovo', 'sq', 'Kosova'],
    ['kosovo', 'sr-Cyrl', 'Косово'],
    // No plain Serbian Latin name: the Cyrillic one, transliterated, beats the official long form.
    ['kosovo', 'sr-Latn', 'Kosovo'],
    ['aleksandar-vucic', 'sq', 'Aleksandar Vuçiq'],
    ['aleksandar-vucic', 'sr-Latn', 'Aleksandar Vučić'],
    ['kfor', 'sq', null],
  ] as const)('%s in %s → %s', (id, lang, expected) => {
    expect(nameIn(real(id), lang)).toBe(expected);
  });

  test('never picks a short form, an adjective, a historic name or one that needs context', () => {
    const e = fakeEntity('Priština', [
      { text: 'Pr', lang: 'sq', form: 'short' },
      { text: 'Prishtinas', lang: 'sq', form: 'adjective' },
      { text: 'Prishtina e vjetër', lang: 'sq', form: 'historic' },
      { text: 'Prishtë', lang: 'sq', needsContext: true },
    ]);
    expect(nameIn(e, 'sq')).toBeNull();
    expect(searchNameFor(e, 'sq')).toBe('Priština');
  });

  test('prefers the plain name, then official, then common, then an acronym', () => {
    const e = fakeEntity('Thing', [
      { text: 'TG', lang: 'sq', form: 'abbreviation' },
      { text: 'Gjëja e zakonshme', lang: 'sq', form: 'common' },
      { text: 'Republika e Gjësë', lang: 'sq', form: 'official' },
    ]);
    expect(nameIn(e, 'sq')).toBe('Republika e Gjësë');
  });
});

describe('searchNameFor', () => {
  test.each([
    ['en', 'Aleksandar Vučić'],
    ['sq', 'Aleksandar Vuçiq'],
    ['sr-Latn', 'Aleksandar Vučić'],
    // Croatian and Bosnian fall back on Serbian Latin, written the same way.
    ['hr', 'Aleksandar Vučić'],
    ['bs', 'Aleksandar Vučić'],
    // No Macedonian name: English.
    ['mk', 'Aleksandar Vučić'],
  ] as const)('Vučić for %s → %s', (lang, expected) => {
    expect(searchNameFor(real('aleksandar-vucic'), lang)).toBe(expected);
  });
});

describe('asciiFold', () => {
  test.each([
    ['Aleksandar Vučić', 'Aleksandar Vucic'],
    ['Đuro Macut', 'Djuro Macut'],
    ['Mitrovicë', 'Mitrovice'],
    ['Вучић', 'Vucic'],
    ['KFOR', 'KFOR'],
  ])('%s → %s', (input, expected) => {
    expect(asciiFold(input)).toBe(expected);
  });
});
