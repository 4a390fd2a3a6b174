import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { analyseDocument } from '@/lib/analyser/analyse-html';
import { loadEngine } from '@/lib/analyser/lazy-engine';

const fixture = (slug: string) => readFileSync(`tests/fixtures/articles/${slug}/source.html`, 'utf8');
const doc = (html: string) => parseHTML(html).document;

describe('the analysis on the reader’s request', () => {
  test('a story the detector turns down gets its cards, marked as asked for', async () => {
    const engine = await loadEngine();
    const html = fixture('neg-djokovic-tennis-en');
    const plain = analyseDocument(doc(html), null, engine)!;
    expect(plain.topic.isBalkans).toBe(false);
    expect(plain.cards).toEqual([]);
    expect(plain.onRequest).toBeUndefined();
    const asked = analyseDocument(doc(html), null, engine, true)!;
    expect(asked.topic).toEqual(plain.topic);
    expect(asked.onRequest).toBe(true);
    expect(asked.cards.map((c) => c.id)).toContain('serbia');
  });

  test('a page with no article is read whole', async () => {
    const engine = await loadEngine();
    const html = `<html lang="en"><head><title>Briefs</title></head><body><ul>
      <li><a href="/a">Kosovo and Serbia agree on licence plates after EU talks in Brussels</a></li>
      <li><a href="/b">KFOR increases patrols in North Mitrovica</a></li></ul></body></html>`;
    expect(analyseDocument(doc(html), null, engine)).toBeNull();
    const asked = analyseDocument(doc(html), null, engine, true)!;
    expect(asked.onRequest).toBe(true);
    expect(asked.cards.map((c) => c.id)).toEqual(expect.arrayContaining(['kosovo', 'serbia', 'kfor']));
  });
});
