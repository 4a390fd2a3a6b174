import { describe, expect, test } from 'vitest';
import { entities } from '@/lib/kb';
import { packKnowledgeBase, SHARDS, shardOf } from '@/lib/kb/pack';
import { kbRecords, openKbStore, type KbLoader } from '@/lib/kb/store';
import { analyseInTwoRuns } from '@/lib/analyser/packed-engine';
import { buildEngine } from '@/lib/analysis/build-engine';
import { createEngine } from '@/lib/analysis/engine';
import { analyzeArticle } from '@/lib/analysis/analyze';

const packed = packKnowledgeBase(entities);

/** The packed files in memory, counting what is fetched; `failing` shards reject once. */
function memoryLoader(failing = new Set<number>()) {
  const fetched: number[] = [];
  const loader: KbLoader = {
    index: async () => JSON.parse(JSON.stringify(packed.index)),
    shard: async (n) => {
      fetched.push(n);
      if (failing.delete(n)) throw new Error(`shard ${n} unreadable`);
      return JSON.parse(JSON.stringify(packed.shards[n]));
    },
  };
  return { loader, fetched };
}

const article = {
  title: 'Kosovo and Serbia trade blame over the Jarinje crossing',
  text: [
    'Kosovo Prime Minister Albin Kurti accused Serbia of sending armed groups across the boundary, while Serbian President Aleksandar Vučić said Pristina was driving Serbs out of the north.',
    'NATO-led KFOR troops patrolled near Mitrovica and Zvečan after the clashes, and the European Union urged both sides to return to the dialogue in Brussels.',
    'Officials in Belgrade said the talks on the Association of Serb-majority Municipalities had stalled, and Kurti said Kosovo would not accept a mono-ethnic body.',
  ].join('\n\n'),
  lang: 'en',
};

describe('the packed knowledge base', () => {
  test('every entity is in the index without its facts, and in exactly the shard its id names', () => {
    expect(packed.index).toHaveLength(entities.length);
    expect(packed.index.every((e) => e.facts.length === 0)).toBe(true);
    expect(packed.shards).toHaveLength(SHARDS);
    for (const [n, list] of packed.shards.entries()) for (const e of list) expect(shardOf(e.id)).toBe(n);
    expect(packed.shards.flat()).toHaveLength(entities.length);
  });

  test('records come only once their shard is loaded, and each shard is fetched once', async () => {
    const { loader, fetched } = memoryLoader();
    const records = kbRecords(loader.shard);
    expect(records.get('kosovo')).toBeUndefined();
    expect(await records.load(['kosovo', 'serbia', 'kosovo'])).toBe(true);
    expect(records.get('kosovo')?.facts.length).toBeGreaterThan(0);
    expect(records.get('serbia')?.name).toBe('Serbia');
    const before = fetched.length;
    expect(await records.load(['kosovo', 'serbia'])).toBe(false);
    expect(fetched.length).toBe(before);
  });

  test('records the analyser already holds come from it; the shards give only the rest', async () => {
    const { loader, fetched } = memoryLoader();
    const held = new Map(entities.filter((e) => ['kosovo', 'serbia'].includes(e.id)).map((e) => [e.id as string, e]));
    const asked: string[][] = [];
    const records = kbRecords(loader.shard, async (ids) => {
      asked.push(ids);
      return ids.flatMap((id) => held.get(id) ?? []);
    });
    expect(await records.load(['kosovo', 'serbia', 'kfor'])).toBe(true);
    expect(asked).toEqual([['kosovo', 'serbia', 'kfor']]);
    expect(records.get('kosovo')?.name).toBe('Kosovo');
    expect(records.get('kfor')?.name).toBe('KFOR');
    expect(fetched).toEqual([shardOf('kfor')]);
    // The analyser gone (its answer fails): the shards still give the records.
    const fallback = kbRecords(loader.shard, () => Promise.reject(new Error('no analyser')));
    expect(await fallback.load(['montenegro'])).toBe(true);
    expect(fallback.get('montenegro')?.name).toBe('Montenegro');
  });

  test('a shard that fails is fetched again next time', async () => {
    const n = shardOf('kosovo');
    const { loader, fetched } = memoryLoader(new Set([n]));
    const records = kbRecords(loader.shard);
    await expect(records.load(['kosovo'])).rejects.toThrow(/unreadable/);
    expect(records.get('kosovo')).toBeUndefined();
    await records.load(['kosovo']);
    expect(records.get('kosovo')?.name).toBe('Kosovo');
    expect(fetched.filter((x) => x === n)).toHaveLength(2);
  });

  test('the engine over the index, with records on demand, gives the same analysis as the full one', async () => {
    const { loader } = memoryLoader();
    const store = await openKbStore(loader);
    const onDemand = buildEngine(store);
    const full = createEngine();
    const expected = analyzeArticle(article, full);
    // Before loading, the same entities are found, but no card has its record yet.
    const first = analyzeArticle(article, onDemand);
    expect(first.entities.map((e) => e.id)).toEqual(expected.entities.map((e) => e.id));
    expect(first.cards).toEqual([]);
    const result = await analyseInTwoRuns({ store, engine: onDemand }, (e) => analyzeArticle(article, e));
    expect(expected.cards.length).toBeGreaterThan(3);
    expect(result!.cards).toEqual(expected.cards);
    expect(result!.terms).toEqual(expected.terms);
  });
});
