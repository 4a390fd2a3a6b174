import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '@/lib/analysis/analyze';
import { loadEngine } from '@/lib/analyser/lazy-engine';

// Real knowledge base, real linking; the texts are written for these tests.
const engine = await loadEngine();
const surfacesOf = (text: string, id: string, lang?: string) =>
  analyzeArticle({ title: null, text, lang }, engine).entities.find((e) => e.id === id)?.surfaces ?? [];

describe('a government named after its leader is the government of the leader’s state', () => {
  test.each([
    [
      'sl',
      'Golobova vlada je obljubila reformo zdravstva. Robert Golob je dejal, da bo zakon sprejet.',
      'government-of-slovenia',
      'vlada',
    ],
    [
      'hr',
      'Andrej Plenković je najavio nove mjere. Oporba tvrdi da vlada Plenkovića ne čuje sindikate.',
      'government-of-croatia',
      'vlada',
    ],
    [
      'sq',
      'Albin Kurti foli në Prishtinë. Opozita kritikoi qeverinë e Kurtit për tatimet.',
      'government-of-kosovo',
      'qeverinë',
    ],
    [
      'en',
      'Robert Golob spoke in Ljubljana. Critics of the Golob government say the reform is late.',
      'government-of-slovenia',
      'government',
    ],
  ])('%s', (lang, text, government, surface) => {
    expect(surfacesOf(text, government, lang)).toContain(surface);
  });

  test('a government word that only stands near the leader is not theirs', () => {
    const text = 'U Zagrebu su razgovarali Andrej Plenković, vlada Slovenije i sindikati.';
    expect(surfacesOf(text, 'government-of-croatia', 'hr')).toEqual([]);
  });
});
