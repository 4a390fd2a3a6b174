import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '@/lib/analysis/analyze';
import { createEngine } from '@/lib/analysis/engine';

const engine = createEngine();

describe('the name finder in the analysis', () => {
  test('Serbian: known names link in any case, others become entities with all their forms', () => {
    const text =
      'Viši sud u Novom Sadu odbacio je optužnicu protiv bivšeg ministra Gorana Vesića. Odluku je pozdravio predsednik Aleksandar Vučić.\n\n' +
      'Vesić je rekao da je zadovoljan. Sastanak Gorana Vesića sa Petrom Petkovićem održan je u Kninu.';
    const a = analyzeArticle({ title: null, text, lang: 'sr' }, engine);
    expect(a.language?.code).toBe('sr-Latn');
    const ids = a.entities.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['aleksandar-vucic', 'novi-sad', 'petar-petkovic']));
    const vesic = a.entities.find((e) => e.name === 'Goran Vesić');
    expect(vesic).toMatchObject({ id: null, type: 'person', count: 3 });
    expect(vesic!.surfaces).toEqual(['Gorana Vesića', 'Vesić']);
    for (const m of vesic!.mentions) expect(text.slice(m.start, m.end)).toMatch(/^Vesić|^Gorana Vesića/);
    expect(a.entities.find((e) => e.name === 'Viši sud u Novom Sadu')).toMatchObject({ type: 'organization' });
    expect(a.entities.find((e) => e.name === 'Knin')).toMatchObject({ type: 'place', surfaces: ['Kninu'] });
  });

  test('Albanian: a person and a party outside the knowledge base', () => {
    const text =
      'Kryetari i Komunës së Gjakovës Ardian Gjini tha se Aleanca për Ardhmërinë e Kosovës do të marrë pjesë. Gjini foli në Prishtinë.';
    const a = analyzeArticle({ title: null, text }, engine);
    expect(a.language?.code).toBe('sq');
    expect(a.entities.find((e) => e.name === 'Ardian Gjini')).toMatchObject({ id: null, type: 'person', count: 2 });
    expect(a.entities.map((e) => e.id)).toContain('pristina');
  });

  test('English text is left to compromise: no region names without NLP', () => {
    const a = analyzeArticle(
      { title: null, text: 'Minister Goran Vesic visited Knin on Monday with his staff.' },
      engine,
    );
    expect(a.language?.code).toBe('en');
    expect(a.entities.filter((e) => !e.id)).toEqual([]);
  });
});
