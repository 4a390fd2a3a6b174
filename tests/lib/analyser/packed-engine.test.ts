import nlp from 'compromise';
import { describe, expect, test } from 'vitest';
import { entities } from '@/lib/kb';
import { packKnowledgeBase } from '@/lib/kb/pack';
import type { KbLoader } from '@/lib/kb/store';
import { analyseInTwoRuns, loadKbEngine } from '@/lib/analyser/packed-engine';
import { analyzeArticle } from '@/lib/analysis/analyze';
import { createNlpExtractor, frozenLexicon } from '@/lib/nlp/compromise-entities';
import type { NlpSource } from '@/lib/nlp/nlp-port';
import type { Analysis } from '@/lib/analysis/types';

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

/** compromise in this thread, counting what it is asked. */
function localNlp(): NlpSource & { asked: string[] } {
  const extract = createNlpExtractor(nlp, frozenLexicon(entities));
  const asked: string[] = [];
  return {
    asked,
    ready: () => true,
    warm: () => asked.length > 0,
    extract: async (text, lang) => (asked.push(text), extract(text, lang)),
  };
}
const outside = (a: Analysis | null) => a!.entities.filter((e) => !e.id).map((e) => e.name);

describe('an analysis in two runs over the packed knowledge base', () => {
  test('without NLP: the cards and the topic from the knowledge base, the names marked pending', async () => {
    const engine = await loadKbEngine(loader);
    const quick = await analyseInTwoRuns(engine, (e) => analyzeArticle(article, e));
    const names = localNlp();
    const whole = await analyseInTwoRuns(engine, (e) => analyzeArticle(article, e), { nlp: names });
    expect(quick!.namesPending).toBe(true);
    expect(whole!.namesPending).toBeUndefined();
    expect(quick!.topic).toEqual(whole!.topic);
    expect(quick!.cards).toEqual(whole!.cards);
    expect(quick!.cards.length).toBeGreaterThan(3);
    expect(outside(quick)).not.toContain('Jake Sullivan');
    expect(outside(whole)).toContain('Jake Sullivan');
    // compromise reads the article's text once, for both runs.
    expect(names.asked).toEqual([article.text]);
  });

  test('the same result as the whole engine in one run', async () => {
    const engine = await loadKbEngine(loader);
    const whole = await analyseInTwoRuns(engine, (e) => analyzeArticle(article, e), { nlp: localNlp() });
    await engine.store.load(whole!.entities.flatMap((e) => (e.id ? [e.id] : [])));
    const direct = analyzeArticle(article, { ...engine.engine, nlp: createNlpExtractor(nlp, frozenLexicon(entities)) });
    expect(whole!.entities.map((e) => e.name)).toEqual(direct.entities.map((e) => e.name));
    expect(whole!.cards).toEqual(direct.cards);
  });

  test('a text compromise does not read (Serbian) has no names pending: the quick answer is the whole one', async () => {
    const engine = await loadKbEngine(loader);
    const serbian = {
      title: 'Vučić i Kurti u Briselu',
      text: 'Predsednik Srbije Aleksandar Vučić i premijer Kosova Albin Kurti sastali su se u Briselu sa Miroslavom Lajčákom. Razgovori o Zajednici srpskih opština nastavljeni su bez dogovora, a Kfor je pojačao patrole na severu Kosova, kod Zvečana i Leposavića.',
      lang: 'sr',
    };
    const names = localNlp();
    const quick = await analyseInTwoRuns(engine, (e) => analyzeArticle(serbian, e));
    const whole = await analyseInTwoRuns(engine, (e) => analyzeArticle(serbian, e), { nlp: names });
    expect(quick!.topic.isBalkans).toBe(true);
    expect(quick!.namesPending).toBeUndefined();
    expect(names.asked).toEqual([]);
    expect(whole).toEqual(quick);
  });

  test('NLP that fails leaves the knowledge base’s analysis, not one waiting for ever', async () => {
    const engine = await loadKbEngine(loader);
    const broken: NlpSource = {
      ready: () => true,
      warm: () => true,
      extract: () => Promise.reject(new Error('worker gone')),
    };
    const result = await analyseInTwoRuns(engine, (e) => analyzeArticle(article, e), { nlp: broken });
    expect(result!.namesPending).toBeUndefined();
    expect(result!.cards.length).toBeGreaterThan(3);
    expect(outside(result)).not.toContain('Jake Sullivan');
  });

  test('a page not about the region stops after the first run: nothing fetched, no NLP', async () => {
    const engine = await loadKbEngine(loader);
    const names = localNlp();
    const recipe = {
      title: 'A slow-cooked bean stew for winter',
      text: 'Soak the beans overnight, then simmer them for two hours with onion, paprika and a bay leaf. Season with salt at the end, and serve the stew with fresh bread and a green salad. It keeps for three days in the fridge and tastes better on the second day.',
      lang: 'en',
    };
    const result = await analyseInTwoRuns(engine, (e) => analyzeArticle(recipe, e), { nlp: names });
    expect(result!.topic.isBalkans).toBe(false);
    expect(names.asked).toEqual([]);
  });
});
