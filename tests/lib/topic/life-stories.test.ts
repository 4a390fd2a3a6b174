import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '@/lib/analysis/analyze';
import { createEngine } from '@/lib/analysis/engine';

const engine = createEngine();
const topic = (title: string, text: string, lang: string) => analyzeArticle({ title, text, lang }, engine).topic;

describe('a life story that names the region is not a story about it', () => {
  test.each([
    [
      'en',
      'The inventor who lit the world',
      'He was born in 1856 in a village in Lika, then part of the Austrian Empire and now in Croatia, to a family of Serbian origin. After his childhood he studied in Graz and worked in Budapest and Paris. The physicist and inventor married late in life; his inventions in alternating current made him famous in America, and a scientist of his time called him the greatest inventor of the age. He visited Belgrade in 1892, where crowds greeted him, and Zagreb the same year; Serbia and Croatia both claim him, and Belgrade keeps his museum.',
    ],
    [
      'hr',
      'Veliki pisac i nobelovac',
      'Rođen je 1892. u Travniku, a djetinjstvo je proveo u Višegradu. Književnik je studirao u Zagrebu, Beču i Krakovu, a za roman o mostu na Drini dobio je Nobelovu nagradu. Bio je i diplomat, ali ga pamtimo kao književnika.',
    ],
  ])('%s', (lang, title, text) => {
    expect(topic(title, text, lang).isBalkans).toBe(false);
  });

  test('a political story with a birthplace in it still counts', () => {
    const t = topic(
      'Serbian president meets EU envoy over Kosovo',
      'President Aleksandar Vučić, who was born in Belgrade, met the EU envoy Miroslav Lajčák in Belgrade on Monday to discuss the dialogue with Kosovo. The government said the talks on the association of Serb-majority municipalities would continue, while Prime Minister Albin Kurti in Pristina rejected the proposal and the opposition called for elections.',
      'en',
    );
    expect(t.isBalkans).toBe(true);
  });
});
