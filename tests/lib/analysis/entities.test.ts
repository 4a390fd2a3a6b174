import { beforeAll, describe, expect, test } from 'vitest';
import { loadEngine } from '@/lib/analyser/lazy-engine';
import type { Engine } from '@/lib/analysis/engine';
import type { Analysis } from '@/lib/analysis/types';
import { analyzeArticle } from '@/lib/analysis/analyze';
import { analyseFixture, loadCorpus } from '../../tools/corpus';

/**
 * Names outside the knowledge base come from compromise, which sees capitalised words everywhere. None
 * of what it returns may be junk: furniture, section heads, titles glued to names, stubs, time zones.
 */
const JUNK =
  /^(?:related|leave|share|politics|news|world|comments?|photo|cest|cet|et|pm|mp|the|university of)$|^#|[-–/]$|^(?:president|minister|adviser|secretary|commissioner|sergeant|captain|bundeskanzler|verteidigungs)\b|['’]s\b/i;

let engine: Engine;
const results = new Map<string, Analysis | null>();
// Loading compromise and analysing every fixture takes a while on a loaded machine: no 10 s hook limit.
beforeAll(async () => {
  engine = await loadEngine();
  for (const f of loadCorpus()) results.set(f.slug, analyseFixture(f, engine));
}, 180_000);

describe('entities outside the knowledge base', () => {
  test('no junk in any fixture', () => {
    const junk = [...results].flatMap(([slug, a]) =>
      (a?.entities ?? [])
        .filter((e) => !e.id && (JUNK.test(e.name) || !/^[\p{Lu}\d]/u.test(e.name)))
        .map((e) => `${slug}: ${e.name}`),
    );
    expect(junk).toEqual([]);
  });

  test('single given names do not stand alone; surnames join full names', () => {
    const a = results.get('bk-serbia-troops-kosovo-border-en')!;
    const people = a.entities.filter((e) => e.type === 'person' && !e.id);
    expect(people.every((p) => p.name.includes(' '))).toBe(true);
    expect(people.map((p) => p.name)).toContain('Jake Sullivan');
  });

  test('mentions point at the names in the text', () => {
    for (const [, a] of results) {
      if (!a) continue;
      for (const e of a.entities) for (const m of e.mentions) expect(m.end).toBeGreaterThan(m.start);
    }
  });
});

describe('the demo article', () => {
  test('finds the story’s people, places and organisations with knowledge-base ids', () => {
    const ids = new Set(results.get('bk-serbia-troops-kosovo-border-en')!.entities.map((e) => e.id));
    for (const id of [
      'kosovo',
      'serbia',
      'kfor',
      'nato',
      'aleksandar-vucic',
      'antony-blinken',
      'john-kirby',
      'raska',
      'belgrade',
      'banjska-attack',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
  });

  test('states the article’s own KFOR figure', () => {
    const figure = results.get('bk-serbia-troops-kosovo-border-en')!.figures.find((f) => f.entity === 'kfor');
    expect(figure).toMatchObject({ measure: 'troops', value: 3400, qualifier: 'about' });
  });

  test('a Djokovic tennis story is not a Balkans story', () => {
    expect(results.get('neg-djokovic-tennis-en')!.topic.isBalkans).toBe(false);
  });
});

test('German: a noun before a name is not part of it ("Thronfolger Franz Ferdinand", "Führende Mikaela Shiffrin")', async () => {
  const nlpEngine = await loadEngine();
  const text =
    'Gavrilo Princip schoss am 28. Juni 1914 in Sarajevo auf den Thronfolger Franz Ferdinand und seine Frau. ' +
    'Im Slalom von Kranjska Gora gewann die Führende Mikaela Shiffrin vor Petra Vlhova; Shiffrin baute ihren Vorsprung aus.';
  const people = analyzeArticle({ title: null, text }, nlpEngine)
    .entities.filter((e) => e.type === 'person' && e.id === null)
    .map((e) => e.name);
  expect(people).toEqual(expect.arrayContaining(['Franz Ferdinand', 'Mikaela Shiffrin']));
  expect(people.some((n) => /Thronfolger|Führende/.test(n))).toBe(false);
});

test('"in accordance with" names no agreement, and photo credits in capitals are no organisation', async () => {
  const nlpEngine = await loadEngine();
  const text =
    'KFOR will act if stability is threatened, in accordance with its mandate, which emerges from UN Security Council Resolution 1244 of 1999, the NATO mission in Kosovo said. Serbian troops stayed on their side of the line. FOTO: KFOR patrol near Mitrovica.';
  const a = analyzeArticle({ title: null, text }, nlpEngine);
  for (const e of a.entities) expect(e.surfaces).not.toContain('accordance');
  expect(a.entities.map((e) => e.name)).not.toContain('FOTO');
});

describe('a person next to a known name', () => {
  test('a full name right after a known place is its own person, not part of the place', () => {
    const text =
      'The mayor of Budva Lazar Radjenovic and the former deputy mayor Rajko Kuljaca were arrested in Budva on Monday, police in Montenegro said.';
    const a = analyzeArticle({ title: null, text, lang: 'en' }, engine);
    const people = a.entities.filter((e) => e.type === 'person').map((e) => e.name);
    expect(people).toEqual(expect.arrayContaining(['Lazar Radjenovic', 'Rajko Kuljaca']));
  });
});

describe('the region’s given names start a person compromise misses', () => {
  test.each([
    [
      'Milivoje Katnic',
      'The suspects were brought to the office of chief special prosecutor Milivoje Katnic this morning.',
    ],
    ['Rašid Fetić', 'The union leader Rašid Fetić said the workers had not been paid.'],
  ])('%s', (name, text) => {
    const a = analyzeArticle(
      { title: null, text: `${text} Police in Montenegro confirmed the arrests.`, lang: 'en' },
      engine,
    );
    expect(a.entities.map((e) => e.name)).toContain(name);
  });
});
