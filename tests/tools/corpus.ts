import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { analyseDocument } from '../../lib/analyser/analyse-html';
import type { Engine } from '../../lib/analysis/engine';
import type { Analysis } from '../../lib/analysis/types';

export const ARTICLES = resolve('tests/fixtures/articles');
/** Articles written by someone else, never used to develop the rules: the honest figures. */
export const HELDOUT = resolve('tests/fixtures/heldout');

export interface Expected {
  topic: 'balkans' | 'not-balkans';
  kind: 'balkans' | 'hard-negative' | 'ordinary';
  lang: string;
  title: string;
  publishedAt: string;
  keyEntities: string[];
  otherEntities?: string[];
  figures?: { entity: string; measure: string; value: number }[];
  note?: string;
}

export interface Fixture {
  slug: string;
  html: string;
  expected: Expected;
}

/** Every labelled fixture article. */
export function loadCorpus(dir: string = ARTICLES): Fixture[] {
  return readdirSync(dir)
    .filter((slug) => existsSync(join(dir, slug, 'expected.json')) && existsSync(join(dir, slug, 'source.html')))
    .sort()
    .map((slug) => ({
      slug,
      html: readFileSync(join(dir, slug, 'source.html'), 'utf8'),
      expected: JSON.parse(readFileSync(join(dir, slug, 'expected.json'), 'utf8')) as Expected,
    }));
}

export function analyseFixture(fixture: Fixture, engine: Engine): Analysis | null {
  const { document } = parseHTML(fixture.html);
  return analyseDocument(document as unknown as Document, null, engine);
}

export interface CorpusScore {
  articles: number;
  truePositives: number;
  falsePositives: string[];
  falseNegatives: string[];
  precision: number;
  recall: number;
  keyEntities: number;
  keyEntitiesFound: number;
  keyEntityRecall: number;
  missedEntities: string[];
}

/** Detection precision and recall, and key-entity recall on the Balkans articles. */
export function scoreCorpus(corpus: readonly Fixture[], engine: Engine): CorpusScore {
  let tp = 0;
  const fp: string[] = [];
  const fn: string[] = [];
  let keys = 0;
  let found = 0;
  const missed: string[] = [];
  for (const fixture of corpus) {
    const a = analyseFixture(fixture, engine);
    const predicted = a?.topic.isBalkans ?? false;
    const actual = fixture.expected.topic === 'balkans';
    if (predicted && actual) tp++;
    else if (predicted) fp.push(fixture.slug);
    else if (actual) fn.push(fixture.slug);
    if (actual) {
      const ids = new Set(a?.entities.map((e) => e.id) ?? []);
      for (const id of fixture.expected.keyEntities) {
        keys++;
        if (ids.has(id)) found++;
        else missed.push(`${fixture.slug}:${id}`);
      }
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    articles: corpus.length,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: ratio(tp, tp + fp.length),
    recall: ratio(tp, tp + fn.length),
    keyEntities: keys,
    keyEntitiesFound: found,
    keyEntityRecall: ratio(found, keys),
    missedEntities: missed,
  };
}
