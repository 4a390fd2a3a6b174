import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { analyzeArticle } from '@/lib/analysis/analyze';
import { createEngine } from '@/lib/analysis/engine';
import { extractArticle } from '@/lib/extract/extract';
import { createKnowledgeBase } from '@/lib/kb';
import type { Entity } from '@/lib/kb/types';
import { findTerms } from '@/lib/terms/find-terms';

const kb = createKnowledgeBase();
const kosovo = kb.get('kosovo')!;
const of = (...ids: string[]) => ids.map((id) => kb.get(id)!) as Entity[];

describe('contested terms an article uses', () => {
  test('"Kosovo and Metohija" in English: the term, who uses it, the neutral wording, where', () => {
    const text = 'Belgrade said its police would stay in Kosovo and Metohija, a minister added.';
    const [use, ...rest] = findTerms(text, [kosovo], 'en');
    expect(rest).toEqual([]);
    expect(use!.usedBy).toBe('Serbia (official usage)');
    expect(use!.term).toMatch(/^Kosovo and Metohija/);
    expect(use!.neutral).toMatch(/^Kosovo/);
    expect(use!.mentions).toEqual([{ start: 39, end: 58 }]);
    expect(text.slice(39, 58)).toBe('Kosovo and Metohija');
  });

  test('Serbian inflected forms, Cyrillic, without diacritics, across a line break', () => {
    const text =
      'Vlada je o Kosovu i Metohiji raspravljala. Srbi sa Kosova i Metohije. Косово и Метохија. Na kosovu i\nmetohiji.';
    const [use] = findTerms(text, [kosovo], 'sr');
    expect(use!.count).toBe(4);
    expect(use!.surfaces).toEqual(['Kosovu i Metohiji', 'Kosova i Metohije', 'Косово и Метохија', 'kosovu i metohiji']);
  });

  test('an acronym matches in its own case only: KiM and КиМ, not Kim', () => {
    expect(findTerms('Kim Jong-un met nobody.', [kosovo], 'en')).toEqual([]);
    const [use] = findTerms('Kancelarija za KiM i Srbi na КиМ.', [kosovo], 'sr');
    expect(use!.surfaces).toEqual(['KiM', 'КиМ']);
  });

  test('"Kosova" is the Albanian name in English text, a case ending in Serbian, the plain name in Albanian', () => {
    const text = 'Protesters carried banners reading Kosova.';
    expect(findTerms(text, [kosovo], 'en').map((u) => u.usedBy)).toEqual(['Albanian usage']);
    expect(findTerms('Predsednik Kosova je rekao.', [kosovo], 'sr')).toEqual([]);
    // In Albanian it is just the country's name: no choice of words to point out.
    expect(findTerms('Qeveria e Kosovës tha se Kosova do të vazhdojë.', [kosovo], 'sq')).toEqual([]);
  });

  test('a longer form wins its stretch of text; each side of a pair is listed on its own', () => {
    const text =
      'Serbian media spoke of tzv. Kosovo and of the administrative line, Pristina of the border with Serbia.';
    const uses = findTerms(text, [kosovo], 'en');
    expect(uses.map((u) => u.usedBy)).toEqual([
      'Serbian officials and media (often)',
      'Serbia',
      'Kosovo and the states that recognise it',
    ]);
    expect(uses.every((u) => u.count === 1)).toBe(true);
    // The line's neutral wording is its own, not the entity's.
    expect(uses.map((u) => u.neutral)).toEqual([
      'Kosovo',
      expect.stringMatching(/^boundary/),
      expect.stringMatching(/^boundary/),
    ]);
  });

  test('the plain name is no contested term; a term of an entity the article does not name is not looked for', () => {
    expect(findTerms('Kosovo and Serbia met in Brussels.', [kosovo], 'en')).toEqual([]);
    const text = 'The court called it genocide.';
    expect(findTerms(text, of('kosovo'), 'en')).toEqual([]);
    expect(findTerms(text, of('srebrenica-genocide'), 'en').map((u) => u.term)).toEqual(['genocide']);
  });

  test('in order of first use, across entities', () => {
    const text = 'The NATO aggression, Serbian TV said, began before the clash in Banjska and Kosovska Mitrovica.';
    const uses = findTerms(text, of('mitrovica', 'banjska-attack', 'nato-bombing-of-yugoslavia'), 'en');
    expect(uses.map((u) => u.entityId)).toEqual(['nato-bombing-of-yugoslavia', 'banjska-attack', 'mitrovica']);
  });
});

describe('in the analysis', () => {
  const engine = createEngine();
  const analyse = (slug: string) => {
    const html = readFileSync(`tests/fixtures/articles/${slug}/source.html`, 'utf8');
    const { document } = parseHTML(html);
    const article = extractArticle(document as unknown as Document)!;
    return { ...analyzeArticle({ ...article, url: null }, engine), text: article.text };
  };

  test('an English story quoting Belgrade: "Kosovo and Metohija" and "administrative line", at their offsets', () => {
    const analysis = analyse('bk-belgrade-kosovo-metohija-en');
    const text = analysis.text;
    expect(analysis.terms.map((t) => [t.usedBy, t.count])).toEqual([
      ['Serbia (official usage)', 2],
      ['Serbia', 1],
    ]);
    for (const t of analysis.terms)
      for (const m of t.mentions) expect(t.surfaces).toContain(text.slice(m.start, m.end));
  });

  test('a Serbian story: its cases of Kosovo i Metohija and KiM, not the genitive Kosova as Albanian', () => {
    const analysis = analyse('bk-kancelarija-kim-sr');
    // "o zabrani dinara": the story also tells the 2024 euro-only rule by the Serbian side's name for it.
    expect(analysis.terms.map((t) => t.usedBy)).toEqual([
      'Serbia (official usage)',
      'Serbian officials and media; much international press',
    ]);
    expect(analysis.terms[0]!.surfaces).toEqual(
      expect.arrayContaining(['Kosovu i Metohiji', 'Kosova i Metohije', 'KiM']),
    );
  });

  test('a page that is not about the Balkans has no cards and so no terms', () => {
    expect(analyse('ord-market-report-en').terms).toEqual([]);
  });
});
