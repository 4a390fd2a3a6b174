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

  test('not the first words of a longer capitalised name', () => {
    const text = 'The talks were held at the Ivo Andrić Foundation Hall in Belgrade, the Serbian government said.';
    const names = analyzeArticle({ title: null, text, lang: 'en' }, engine).entities.map((e) => e.name);
    expect(names).not.toContain('Ivo Andrić');
  });
});
