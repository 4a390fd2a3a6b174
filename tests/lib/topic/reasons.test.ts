import { describe, expect, test } from 'vitest';
import de from '@/public/_locales/de/messages.json';
import en from '@/public/_locales/en/messages.json';
import sq from '@/public/_locales/sq/messages.json';
import sr from '@/public/_locales/sr/messages.json';
import { createTranslate } from '@/components/i18n';
import { analyzeArticle } from '@/lib/analysis/analyze';
import { createEngine } from '@/lib/analysis/engine';
import { formatAnalysis } from '@/lib/cli/format-analysis';
import { REASON_MESSAGE, wordReason, type TopicReason } from '@/lib/topic/reasons';

const engine = createEngine();
const balkans = analyzeArticle(
  {
    title: 'Kosovo and Serbia trade accusations as KFOR patrols the north',
    text: 'Kosovo declared independence from Serbia in 2008. President Aleksandar Vučić said Belgrade would not recognise it.\n\nIn Pristina, officials said the police had reinforced the crossing at Jarinje, while Serbia accused Kosovo of provocation. KFOR said it was watching the government closely.',
    lang: 'en',
  },
  engine,
);
const sport = analyzeArticle(
  {
    title: 'Late goal settles the derby',
    text: 'The striker scored in the final minute of the match as the home team won the league derby. The coach praised the players and the fans after the game, and the club now leads the table before the cup final. A midfielder born in Belgrade made his debut in the second half.',
    lang: 'en',
  },
  engine,
);

describe('topic reasons', () => {
  test('are codes with values, not sentences', () => {
    const names = balkans.topic.reasons.find((r) => r.code === 'names');
    expect(names).toMatchObject({ code: 'names', values: expect.arrayContaining(['Kosovo', 'Serbia']) });
    expect(balkans.topic.reasons.find((r) => r.code === 'headline')).toMatchObject({
      values: expect.arrayContaining(['Kosovo', 'Serbia', 'KFOR']),
    });
    const words = balkans.topic.reasons.find((r) => r.code === 'words') as Extract<TopicReason, { code: 'words' }>;
    expect(words.affairs).toBeGreaterThan(0);
    for (const r of balkans.topic.reasons) expect(JSON.stringify(r)).not.toMatch(/Names from|In the headline/);
  });

  test('a story that only passes through the region says why it was turned down', () => {
    expect(sport.topic.isBalkans).toBe(false);
    const codes = sport.topic.reasons.map((r) => r.code);
    expect(codes).toContain('leisure-story');
  });

  test.each([
    ['en', en, 'en-GB', 'Names from the region: Kosovo (3×), KFOR (1.5×)', '2.5 regional mentions per 100 words'],
    ['de', de, 'de', 'Namen aus der Region: Kosovo (3×), KFOR (1,5×)', '2,5 Erwähnungen der Region pro 100 Wörter'],
    ['sr', sr, 'sr-Latn', 'Imena iz regiona: Kosovo (3×), KFOR (1,5×)', '2,5 pominjanja regiona na 100 reči'],
    ['sq', sq, 'sq', 'Emra nga rajoni: Kosovo (3×), KFOR (1,5×)', '2,5 përmendje të rajonit për 100 fjalë'],
  ])('are worded in %s, numbers in its format', (_lang, catalog, locale, names, density) => {
    const t = createTranslate(catalog);
    expect(wordReason({ code: 'names', values: ['Kosovo', 'KFOR'], counts: [3, 1.5] }, t, locale)).toBe(names);
    expect(wordReason({ code: 'density', value: 2.5 }, t, locale)).toBe(density);
  });

  test('every code has its message, with the same placeholders, in all four languages', () => {
    for (const key of Object.values(REASON_MESSAGE))
      for (const catalog of [en, de, sr, sq] as Record<string, { message: string }>[]) {
        const placeholders = (m: string) => [...m.matchAll(/\$([A-Z]+)\$/g)].map((x) => x[1]).sort();
        expect(catalog[key], key).toBeDefined();
        expect(placeholders(catalog[key]!.message)).toEqual(placeholders(en[key].message));
      }
  });

  test('npm run analyze words them in English', () => {
    const out = formatAnalysis(balkans);
    expect(out).toMatch(/ {2}- Names from the region: Kosovo \(\d+×\)/);
    expect(out).toMatch(/ {2}- In the headline: .*Kosovo/);
    expect(out).toMatch(/ {2}- \d+\.\d regional mentions per 100 words/);
    expect(out).toMatch(/ {2}- Politics, security or economy words: \d+; sport: \d+; food, culture or travel: \d+/);
    expect(out).not.toMatch(/\$[A-Z]+\$|\[object/);
  });
});
