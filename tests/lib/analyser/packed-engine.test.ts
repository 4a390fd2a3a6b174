import { describe, expect, test } from 'vitest';
import { entities } from '@/lib/kb';
import { packKnowledgeBase } from '@/lib/kb/pack';
import type { KbLoader } from '@/lib/kb/store';
import { analyseWithRecords, loadKbEngine, loadPackedEngine, nlpReady } from '@/lib/analyser/packed-engine';
import { analyzeArticle } from '@/lib/analysis/analyze';

const packed = packKnowledgeBase(entities);
const loader: KbLoader = {
  index: async () => packed.index,
  shard: async (n) => packed.shards[n]!,
};

const article = {
  title: 'Kurti and Vučić trade blame after clashes near Zvečan',
  text: [
    'Kosovo Prime Minister Albin Kurti said on Monday that Serbia had sent armed men into the north, while Serbian President Aleksandar Vučić accused Pristina of provoking the Serb community.',
    'The US envoy Gabriel Escobar and the EU mediator Miroslav Lajčák met both leaders in Brussels, and KFOR troops reinforced their positions near Zvečan and Leposavić.',
    'Jake Sullivan, the US national security adviser, told reporters in Washington that both sides had to step back.',
  ].join('\n\n'),
  lang: 'en',
};

describe('the packed engine in two steps', () => {
  test('the knowledge base alone gives the cards and the topic; the whole engine adds the names outside it', async () => {
    const quick = await loadKbEngine(loader);
    expect(nlpReady()).toBe(false);
    const first = await analyseWithRecords(quick.store, () => analyzeArticle(article, quick.engine));
    const whole = await loadPackedEngine(loader);
    expect(nlpReady()).toBe(true);
    // One index and one set of records for both.
    expect(whole.store).toBe(quick.store);
    const second = await analyseWithRecords(whole.store, () => analyzeArticle(article, whole.engine));
    expect(first!.topic).toEqual(second!.topic);
    expect(first!.cards).toEqual(second!.cards);
    expect(first!.cards.length).toBeGreaterThan(3);
    const outside = (a: typeof first) => a!.entities.filter((e) => !e.id).map((e) => e.name);
    expect(outside(first)).toEqual([]);
    expect(outside(second)).toContain('Jake Sullivan');
  });
});
