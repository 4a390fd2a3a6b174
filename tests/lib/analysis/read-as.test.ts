import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '@/lib/analysis/analyze';
import { loadEngine } from '@/lib/analyser/lazy-engine';

// With compromise loaded, as the extension and the CLI run: English text goes to it, the rest must not.
const engine = await loadEngine();
// Written for this test; the names are made up, so only the name finder can find them.
const SERBIAN =
  'U Banjaluci je održan sastanak sa Dragoljubom Mitrašinovićem, predsjednikom Narodne skupštine Republike Srpske. Poslanici su podržali prijedlog Dragoljuba Mitrašinovića, a sjednica bi trebalo da bude održana u ponedjeljak.';

describe('the language the text is in decides which name finder reads it', () => {
  test.each([
    ['no lang attribute', undefined],
    ['a wrong lang attribute', 'en'],
    ['the right one', 'sr'],
  ])('%s', (_, lang) => {
    const a = analyzeArticle({ title: null, text: SERBIAN, lang }, engine);
    expect(a.language?.code).toBe('sr-Latn');
    expect(a.entities.map((e) => e.name)).toContain('Dragoljub Mitrašinović');
  });
});

describe('English text: the region’s given names beside compromise', () => {
  test('a regional given name and a capitalised word after it is a person', () => {
    const text =
      'Croatian Prime Minister Andrej Plenković said on Tuesday that the new ministers, Zvonimir Šimunac and Dragica Kovačević, would be presented to parliament next week. Šimunac replaces a minister who resigned in October.';
    const names = analyzeArticle({ title: null, text, lang: 'en' }, engine).entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Zvonimir Šimunac', 'Dragica Kovačević']));
  });

  test('given names outside the knowledge base, from faker’s locales of the region, make a person', () => {
    // Neither Zvonko nor Drago is a given name of anyone in the knowledge base; Tadić is (Duško Tadić).
    const text =
      'Police in Split detained the judge Zvonko Ćurković and the businessman Drago Tadić on Monday, the prosecutors said.';
    const entities = analyzeArticle({ title: null, text, lang: 'en' }, engine).entities;
    expect(entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Zvonko Ćurković', 'Drago Tadić']));
    expect(entities.map((e) => e.id)).not.toContain('dusko-tadic');
  });
  test('not the first words of a longer capitalised name', () => {
    const text = 'The talks were held at the Ivo Andrić Foundation Hall in Belgrade, the Serbian government said.';
    const names = analyzeArticle({ title: null, text, lang: 'en' }, engine).entities.map((e) => e.name);
    expect(names).not.toContain('Ivo Andrić');
  });
});

describe('the region’s names outside the knowledge base', () => {
  test('a head with what it governs is a name of its own; a head with adjectives only is none', () => {
    const text =
      'Predsjednik Sindikata hrvatskih željezničara rekao je da Sindikat hrvatskih željezničara najavljuje štrajk u Zagrebu. U Klinici za tumore nema lijekova, a Strateški savjet o tome šuti.';
    const names = analyzeArticle({ title: null, text, lang: 'hr' }, engine).entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Sindikat hrvatskih željezničara', 'Klinika za tumore']));
    expect(names).not.toContain('Strateški savjet');
  });
});
