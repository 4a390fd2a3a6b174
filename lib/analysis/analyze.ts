import { cardOf } from '../cards/card';
import { linkEvents } from '../entities/events';
import { leaderGovernments } from '../entities/leader-government';
import { linkMentions, type LinkedMention, type ScannedZone } from '../entities/link';
import { identifyLanguage } from '../extract/language';
import { extractFigures } from '../figures/extract-figures';
import { scan } from '../gazetteer/scan';
import { mentionCues } from '../highlight/mention-cues';
import { fold } from '../text/fold';
import { tokenize, type Token } from '../text/tokens';
import type { NlpEntity } from '../nlp/compromise-entities';
import { familyOf } from '../names/cues';
import { FIRST_NAMES } from '../names/first-names';
import { regionNameEntities } from '../names/entities';
import { NOT_NAMES } from '../nlp/stopwords';
import { findTerms } from '../terms/find-terms';
import { detectTopic } from '../topic/detect';
import type { Engine } from './engine';
import type { Analysis, ArticleInput, EntityKind, EntityResult } from './types';

/** Analysis is bounded: longer texts are cut here, and the panel says so. */
export const MAX_ANALYSIS_CHARS = 100_000;
/** The lead: where a story says what it is about. */
const LEAD_CHARS = 600;

/** Analyses an extracted article with the knowledge base (and NLP, when the engine has it). */
export function analyzeArticle(input: ArticleInput, engine: Engine, options: { onRequest?: boolean } = {}): Analysis {
  const truncated = input.text.length > MAX_ANALYSIS_CHARS;
  const text = truncated ? input.text.slice(0, MAX_ANALYSIS_CHARS) : input.text;
  const title = input.title?.trim() || null;

  const language =
    input.language !== undefined ? input.language : identifyLanguage(`${title ?? ''}\n${text}`, hostOf(input.url));
  const tokens = tokenize(text);
  const titleTokens = title ? tokenize(title) : [];
  const leadEnd = leadBoundary(text);
  const leadCut = tokens.findIndex((t) => t.start >= leadEnd);
  const cut = leadCut < 0 ? tokens.length : leadCut;
  const zones: ScannedZone[] = [
    { zone: 'title', text: title ?? '', tokens: titleTokens, matches: scan(engine.gazetteer, titleTokens), offset: -1 },
    { zone: 'lead', text, tokens, matches: scan(engine.gazetteer, tokens.slice(0, cut)), offset: 0 },
  ];
  const bodyMatches = scan(engine.gazetteer, tokens.slice(cut)).map((m) => ({ ...m, token: m.token + cut }));
  zones.push({ zone: 'body', text, tokens, matches: bodyMatches, offset: 0 });
  // The language the text is in: the page's lang attribute is often wrong or missing on the region's sites
  // (a Serbian WordPress page that says "en"), so the text's own language decides once it is clear.
  const readAs = language && language.confidence >= 0.3 ? language.code : input.lang;
  const linked = linkMentions(engine.gazetteer, zones, readAs);
  const named = [...linked, ...leaderGovernments(engine.gazetteer, zones, linked)];
  const mentions = [...named, ...linkEvents(engine.events, text, tokens, named, input.publishedAt ?? null)];
  // Events found from prose add no evidence of their own: their places and subjects already counted.
  const topic = detectTopic(engine.gazetteer, named, tokens, titleTokens, readAs ?? null);

  const entities = kbEntities(engine, mentions);
  if (engine.nlp && usesNlp(readAs, text))
    entities.push(...otherEntities(engine, text, tokens, mentions, input.lang ?? null, readAs ?? null));
  else {
    // The region's languages: the name finder, beside the knowledge base (compromise reads English).
    const family = familyOf(readAs);
    if (family && family !== 'de')
      entities.push(...regionNameEntities(text, tokens, mentions, family, (name) => isKnownName(engine, name)));
  }
  entities.sort((a, b) => b.salience - a.salience || a.name.localeCompare(b.name));
  for (const e of entities)
    e.cues = mentionCues(
      text,
      [...e.mentions].sort((a, b) => a.start - b.start),
    );

  const figures = extractFigures(text, mentions, engine.measuresOf, (id) => engine.gazetteer.typeOf.get(id));
  // Shown on the reader's request: the cards are made though the detector turned the story down.
  const cards =
    topic.isBalkans || options.onRequest
      ? entities.flatMap((e) => {
          const entity = e.id ? engine.kb.get(e.id) : undefined;
          return entity ? [cardOf(entity)] : [];
        })
      : [];
  // The contested words of the entities with cards, as this article uses them.
  const terms = findTerms(
    text,
    cards.flatMap((c) => engine.entry(c.id) ?? []),
    input.lang ?? null,
  );
  return {
    title,
    isArticle: text.length > 0,
    lang: input.lang ?? null,
    language,
    publishedAt: input.publishedAt ?? null,
    siteName: input.siteName ?? null,
    byline: input.byline ?? null,
    url: input.url ?? null,
    topic,
    entities,
    figures,
    cards,
    terms,
    truncated,
    length: text.length,
    ...(options.onRequest && { onRequest: true }),
  };
}

/** End of the first two paragraphs, or of the first LEAD_CHARS characters. */
function leadBoundary(text: string): number {
  let at = 0;
  for (let i = 0; i < 2; i++) {
    const next = text.indexOf('\n\n', at);
    if (next < 0) return Math.min(text.length, Math.max(at, LEAD_CHARS));
    at = next + 2;
    if (at >= LEAD_CHARS) break;
  }
  return Math.max(at, Math.min(text.length, LEAD_CHARS));
}

function kbEntities(engine: Engine, mentions: readonly LinkedMention[]): EntityResult[] {
  const byId = new Map<string, LinkedMention[]>();
  for (const m of mentions) {
    const list = byId.get(m.id) ?? [];
    list.push(m);
    byId.set(m.id, list);
  }
  const out: EntityResult[] = [];
  for (const [id, list] of byId) {
    const entity = engine.entry(id);
    if (!entity) continue;
    const inText = list.filter((m) => m.zone !== 'title');
    const named = list.filter((m) => !m.adjective);
    const inTitle = list.some((m) => m.zone === 'title');
    const inLead = list.some((m) => m.zone === 'lead');
    out.push({
      name: entity.name,
      type: entity.type,
      id: entity.id,
      count: inText.length,
      surfaces: [...new Set(list.map((m) => m.surface))],
      mentions: inText.map((m) => ({ start: m.start, end: m.end })),
      cues: [],
      inTitle,
      salience: round(
        named.length +
          0.3 * (list.length - named.length) +
          (inTitle ? 3 : 0) +
          (inLead ? 1.5 : 0) +
          entity.importance * 0.5,
      ),
    });
  }
  return out;
}

/** compromise is an English tagger: its names are worth having in English and German (Latin script) text. */
function usesNlp(lang: string | null | undefined, text: string): boolean {
  if (lang && !['en', 'de'].includes(lang.split('-')[0]!)) return false;
  return !/[\u0400-\u04ff]{3}/.test(text.slice(0, 2000));
}

/** Names compromise finds that the knowledge base does not cover, merged by surname. */
function otherEntities(
  engine: Engine,
  text: string,
  tokens: readonly Token[],
  mentions: readonly LinkedMention[],
  lang: string | null,
  readAs: string | null,
): EntityResult[] {
  const compromise = engine.nlp!(text, lang).map((n) => withoutLeadingNoun(text, n, readAs));
  const regional = regionalPersons(text, tokens, compromise);
  // A surname compromise found alone inside a fuller regional name gives way to it.
  const nlp = compromise.filter((n) => !regional.some((r) => r.start <= n.start && n.end <= r.end));
  const found = [...nlp, ...regional, ...acronyms(text, tokens)].filter(
    (n) =>
      // The knowledge base already has it, or it is a larger name around a known one ("Kosovo Energy
      // Corporation" is not an entity "Energy Corporation").
      !mentions.some(
        (m) =>
          (m.start <= n.end + 1 && n.start <= m.end + 1 && !givenNameFirst(n)) || (m.start < n.end && n.start < m.end),
      ) && !isKnownName(engine, n.name),
  );
  const groups = new Map<
    string,
    { name: string; type: EntityKind; spans: { start: number; end: number; surface: string }[] }
  >();
  // Full names first, so a later bare surname ("Kirby") joins "John Kirby".
  found.sort((a, b) => b.name.split(' ').length - a.name.split(' ').length || a.start - b.start);
  for (const n of found) {
    const key = n.name.toLowerCase();
    let group = groups.get(key);
    if (!group && n.type === 'person' && !n.name.includes(' ')) {
      group = [...groups.values()].find(
        (g) =>
          g.type === 'person' && [g.name.split(' ')[0], g.name.split(' ').at(-1)].some((w) => w?.toLowerCase() === key),
      );
    }
    if (!group) {
      group = { name: n.name, type: n.type, spans: [] };
      groups.set(key, group);
    }
    if (!group.spans.some((s) => s.start === n.start))
      group.spans.push({ start: n.start, end: n.end, surface: n.name });
  }
  // A lone single-word person that joined no full name ("Diego", "Novak") is too thin to show.
  return [...groups.values()]
    .filter((g) => g.type !== 'person' || g.name.includes(' '))
    .map((g) => {
      g.spans.sort((a, b) => a.start - b.start);
      return {
        name: g.name,
        type: g.type,
        id: null,
        count: g.spans.length,
        surfaces: [...new Set(g.spans.map((s) => s.surface))],
        mentions: g.spans.map(({ start, end }) => ({ start, end })),
        cues: [],
        inTitle: false,
        salience: round(g.spans.length * 0.8),
      };
    });
}

/** A person found whose name begins with a given name: beside a known name ("the mayor of Budva Lazar Radjenovic") it is no part of it. */
const givenNameFirst = (n: NlpEntity) =>
  n.type === 'person' && n.name.includes(' ') && FIRST_NAMES.has(fold(n.name.split(' ')[0]!));

/**
 * A given name of the region and a capitalised word after it is a person (Branko Bačić, Šime Erlić):
 * compromise, trained on English, misses many names with the region's letters. Only where compromise found
 * nothing at that place.
 */
function regionalPersons(text: string, tokens: readonly Token[], nlp: readonly NlpEntity[]): NlpEntity[] {
  const out: NlpEntity[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const first = tokens[i]!;
    const last = tokens[i + 1]!;
    if (!first.capital || first.allCaps || !last.capital || last.allCaps || !FIRST_NAMES.has(first.key)) continue;
    if (!/^ $/.test(text.slice(first.end, last.start)) || last.key.length < 3 || NOT_NAMES.has(last.key)) continue;
    // Where compromise found a name reaching outside these two words, it stands.
    if (nlp.some((n) => n.start < last.end && first.start < n.end && (n.start < first.start || n.end > last.end)))
      continue;
    if (nlp.some((n) => n.start === first.start && n.end === last.end)) continue;
    // Not the first two words of a longer capitalised run (a street, an organisation).
    const next = tokens[i + 2];
    if (next?.capital && /^ $/.test(text.slice(last.end, next.start))) continue;
    out.push({ name: text.slice(first.start, last.end), type: 'person', start: first.start, end: last.end });
  }
  return out;
}

/**
 * A capitalised word that compromise reads into a person's name before a given name is no part of it:
 * German nouns ("Thronfolger Franz Ferdinand", "Pressesprecher Elvedin Fisek", "Führende Mikaela Shiffrin").
 */
function withoutLeadingNoun(text: string, n: NlpEntity, lang: string | null): NlpEntity {
  if (n.type !== 'person') return n;
  const words = n.name.split(' ');
  if (words.length < 3 || FIRST_NAMES.has(fold(words[0]!))) return n;
  // A given name next, or (German) a noun of a doer or a title first: Sprecher, Führende, Präsident, Ministerin.
  const german = lang?.startsWith('de') && GERMAN_ROLE_NOUN.test(words[0]!);
  if (!german && !FIRST_NAMES.has(fold(words[1]!))) return n;
  const start = text.indexOf(words[1]!, n.start);
  if (start < 0 || start >= n.end) return n;
  return { ...n, name: words.slice(1).join(' '), start };
}

const GERMAN_ROLE_NOUN = /^\p{Lu}\p{L}+(?:er|ende|ender|enden|ent|in|ling|ist|or)$/u;

/** Bare acronyms (SPD, AFP, NALT): organisations more often than not in news. */
function acronyms(text: string, tokens: readonly Token[]): NlpEntity[] {
  const out: NlpEntity[] = [];
  for (const t of tokens) {
    if (!t.allCaps || t.key.length < 3 || t.key.length > 6 || !/^[a-z]+$/.test(t.key) || NOT_NAMES.has(t.key)) continue;
    // A word in capitals at a line's start is a dateline or a heading, not an acronym ("BRUSSELS —").
    if (t.sentenceStart) continue;
    out.push({ name: text.slice(t.start, t.end), type: 'organization', start: t.start, end: t.end });
  }
  return out;
}

/** A name the gazetteer knows as a whole ("U.S.", "Banja Luka" typed as a person by compromise). */
function isKnownName(engine: Engine, name: string): boolean {
  const tokens = tokenize(name);
  const matches = scan(engine.gazetteer, tokens);
  return matches.some((m) => m.start === 0 && m.end >= tokens.at(-1)!.end);
}

const round = (x: number) => Math.round(x * 100) / 100;

/** The host of a page's address, or null (a file, an unparsable address). */
function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}
