import type { Gazetteer } from '../gazetteer/build';
import type { LinkedMention } from '../entities/link';
import type { EntityId } from '../kb/types';
import type { Token } from '../text/tokens';
import { createCueCounter } from './cue-counter';
import { AFFAIRS, DIASPORA, LEISURE, SPORT } from './cues';
import { foreignCountryMentions } from './foreign';
import { oldHistoryYears } from './years';
import type { TopicReason } from './reasons';

export interface TopicResult {
  isBalkans: boolean;
  /** 0–1: how strongly the article is about the Balkans. */
  score: number;
  /** Why: codes with values, worded in the reader's language where they are shown. */
  reasons: TopicReason[];
}

const affairs = createCueCounter(AFFAIRS);
const sport = createCueCounter(SPORT);
const leisure = createCueCounter(LEISURE);
const diaspora = createCueCounter(DIASPORA);

const ZONE_WEIGHT = { title: 3, lead: 2, body: 1 } as const;
const IMPORTANCE_WEIGHT: Record<number, number> = { 3: 1, 2: 0.75, 1: 0.5 };

/** Languages the region's own press writes in (German and English are also written about it from abroad). */
const REGION_LANGUAGES = new Set(['sr', 'hr', 'bs', 'cnr', 'sl', 'mk', 'sq']);
/**
 * Affairs words a home-press story needs (one in 40 words, six at most: a short brief on a new mayor has
 * three or four), and the regional weight it then has (a name or two's worth).
 */
const HOME_AFFAIRS = 6;
const HOME_AFFAIRS_MIN = 3;
const WORDS_PER_AFFAIRS_WORD = 40;
const HOME_REGIONAL = 0.6;

/**
 * The region's outlets and wires are a story's source, not its subject: Blic and Tanjug report Japan's
 * elections too. They weigh a quarter of a name, and alone never make a story return to the region.
 */
const SOURCE_KINDS = new Set(['outlet', 'wire']);
const SOURCE_WEIGHT = 0.25;

/** Where the decision lies. */
export const THRESHOLD = 0.5;

/**
 * Decides whether an article is about the Balkans. Two questions, both needed: does the article keep
 * coming back to the region (Balkan names, weighted by where they stand and how important they are), and
 * is it about the region's affairs (politics, security, economy, society) rather than sport, food,
 * entertainment or travel that happen to name it?
 */
export function detectTopic(
  gazetteer: Gazetteer,
  mentions: readonly LinkedMention[],
  tokens: readonly Token[],
  titleTokens: readonly Token[],
  lang: string | null = null,
): TopicResult {
  const reasons: TopicReason[] = [];
  const isSource = (id: EntityId) => SOURCE_KINDS.has(gazetteer.kindOf.get(id) ?? '');
  const balkan = mentions.filter((m) => gazetteer.regionOf.get(m.id) === 'balkans');

  // Presence: each distinct Balkan entity adds its weight once, with a little more for repeats and for
  // standing in the title or lead.
  const perEntity = new Map<EntityId, { weight: number; count: number; best: number; name: string }>();
  for (const m of balkan) {
    const e = perEntity.get(m.id) ?? {
      weight: (IMPORTANCE_WEIGHT[gazetteer.importance.get(m.id) ?? 1] ?? 0.5) * (isSource(m.id) ? SOURCE_WEIGHT : 1),
      count: 0,
      best: 0,
      name: gazetteer.nameOf.get(m.id) ?? m.id,
    };
    e.count += m.adjective ? 0.5 : 1;
    e.best = Math.max(e.best, ZONE_WEIGHT[m.zone] * (m.adjective ? 0.5 : 1));
    perEntity.set(m.id, e);
  }
  let presence = 0;
  for (const e of perEntity.values()) presence += e.weight * (1 + Math.log2(1 + e.count)) * (1 + (e.best - 1) * 0.5);
  const words = Math.max(tokens.length, 1);
  // Density: mentions per 100 words, so one line in a long story counts for less than in a brief.
  const density = (balkan.reduce((n, m) => n + (m.adjective ? 0.5 : 1), 0) * 100) / words;

  const allTokens = [...titleTokens, ...tokens];
  // A text whose every dated year is before 1946 tells history: its wars and rulers are not today's
  // affairs, and count with leisure.
  const oldHistory = oldHistoryYears(allTokens) > 0;
  const affairsWords = affairs.count(allTokens);
  const affairsCount = oldHistory ? 0 : affairsWords;
  const sportCount = sport.count(allTokens);
  // A word for emigrants names the story's kind (a community abroad), as no single leisure word does: it
  // counts twice.
  const leisureCount = leisure.count(allTokens) + diaspora.count(allTokens) + (oldHistory ? affairsWords : 0);
  const affairsShare = (affairsCount + 1) / (affairsCount + sportCount + leisureCount + 2);

  const presenceScore = 1 - Math.exp(-presence / 6);
  const densityScore = Math.min(1, density / 1.5);
  // The region's own press on public affairs, naming no country or person outside it more than the
  // region's: a city council, a health reform, a court in a language only the region writes. Its names
  // are local (a councillor, a minister the knowledge base lacks) but its subject is the region.
  const homePress =
    lang !== null &&
    REGION_LANGUAGES.has(lang.split('-')[0]!.toLowerCase()) &&
    affairsCount >= Math.max(HOME_AFFAIRS_MIN, Math.min(HOME_AFFAIRS, Math.ceil(words / WORDS_PER_AFFAIRS_WORD))) &&
    affairsShare >= 0.7 &&
    outsideMentions(gazetteer, mentions, titleTokens, tokens) <= balkan.filter((m) => !isSource(m.id)).length / 2;
  const regional = Math.max(0.6 * presenceScore + 0.4 * densityScore, homePress ? HOME_REGIONAL : 0);
  // A story about the region returns to it: some name of the region twice or more, or one in the headline
  // or the opening. Names that each pass once, deep in the text, are a passing mention.
  const returns = homePress || [...perEntity].some(([id, e]) => !isSource(id) && (e.count >= 2 || e.best > 1));
  // Naming the region is not being about its affairs: a story of sport, food or a life keeps as little as a
  // tenth of its regional weight, and one where those outweigh affairs half again is that kind of story.
  const leisureStory = sportCount + leisureCount >= Math.max(3, 1.5 * affairsCount);
  const score = round(
    regional * (0.1 + 0.9 * Math.min(1, affairsShare / 0.6)) * (returns ? 1 : 0.6) * (leisureStory ? 0.7 : 1),
  );
  const isBalkans = score >= THRESHOLD;

  const top = [...perEntity.values()].sort((a, b) => b.count - a.count).slice(0, 5);
  if (top.length > 0) reasons.push({ code: 'names', values: top.map((e) => e.name), counts: top.map((e) => e.count) });
  else reasons.push({ code: 'no-names' });
  const namesIn = (zone: string) => [
    ...new Set(balkan.filter((m) => m.zone === zone).map((m) => gazetteer.nameOf.get(m.id) ?? m.id)),
  ];
  const inTitle = namesIn('title');
  if (inTitle.length > 0) reasons.push({ code: 'headline', values: inTitle });
  const inLead = namesIn('lead');
  if (inLead.length > 0) reasons.push({ code: 'opening', values: inLead });
  reasons.push({ code: 'density', value: Math.round(density * 10) / 10 });
  reasons.push({ code: 'words', affairs: affairsCount, sport: sportCount, leisure: leisureCount });
  if (homePress) reasons.push({ code: 'home-press' });
  if (!isBalkans && sportCount + leisureCount > affairsCount && perEntity.size > 0)
    reasons.push({ code: 'leisure-story' });
  else if (!isBalkans && perEntity.size > 0) reasons.push({ code: 'passing' });
  if (!returns && perEntity.size > 0) reasons.push({ code: 'no-return' });
  return { isBalkans, score, reasons };
}

/**
 * Names of people, bodies and countries outside the region: those the knowledge base knows, and every other
 * country and big city, each once (a country the knowledge base linked is not counted again as a word).
 */
function outsideMentions(
  gazetteer: Gazetteer,
  mentions: readonly LinkedMention[],
  titleTokens: readonly Token[],
  tokens: readonly Token[],
): number {
  const outside = mentions.filter((m) => gazetteer.regionOf.get(m.id) === 'outside' && !m.adjective);
  const counted = (title: boolean) => (t: Token) =>
    outside.some((m) => (m.zone === 'title') === title && m.start <= t.start && t.end <= m.end);
  return (
    outside.length + foreignCountryMentions(titleTokens, counted(true)) + foreignCountryMentions(tokens, counted(false))
  );
}

const round = (x: number) => Math.round(x * 1000) / 1000;
