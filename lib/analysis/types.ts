import type { Card } from '../cards/card';
import type { ArticleFigure } from '../figures/extract-figures';
import type { LanguageGuess } from '../extract/language';
import type { TermUse } from '../terms/find-terms';
import type { MentionCue } from '../highlight/mention-cues';
import type { TopicResult } from '../topic/detect';

export type EntityKind = 'person' | 'place' | 'organization' | 'event' | 'other';

export interface Mention {
  start: number;
  end: number;
}

/** An entity the article names: in the knowledge base (`id`) or not (`id: null`). */
export interface EntityResult {
  name: string;
  type: EntityKind;
  id: string | null;
  /** Mentions in the text (the headline's are not counted). */
  count: number;
  /** Spellings seen in the text and headline. */
  surfaces: string[];
  /** Offsets in the extracted text. */
  mentions: Mention[];
  /** The same mentions with their surroundings, for finding exactly these in the page (one per mention). */
  cues?: MentionCue[];
  /** Named in the headline. */
  inTitle: boolean;
  /** How central the entity is: mentions, headline and lead, importance. */
  salience: number;
}

/** Everything Kontekst knows about one article. A public contract: fields are added, never renamed. */
export interface Analysis {
  title: string | null;
  isArticle: boolean;
  lang: string | null;
  /** The language the text is written in, told from the text itself (en, sr-Latn, sr-Cyrl, hr, bs, cnr, sl, mk, sq…). */
  language: LanguageGuess | null;
  publishedAt: string | null;
  siteName: string | null;
  byline: string | null;
  url: string | null;
  topic: TopicResult;
  entities: EntityResult[];
  figures: ArticleFigure[];
  cards: Card[];
  /** Contested terms of the carded entities that the article itself uses (who uses each, the neutral term). */
  terms: TermUse[];
  /** The text was cut to the analysis bound. */
  truncated: boolean;
  /** Characters of text analysed. */
  length: number;
  /** The reader asked for the context anyway: the cards are made whatever the topic. */
  onRequest?: boolean;
  /**
   * A first, quick analysis from the knowledge base alone (the cards, the topic): the names outside it
   * (compromise's) follow in a second analysis of the same page, which replaces this one.
   */
  namesPending?: true;
}

export interface ArticleInput {
  title: string | null;
  text: string;
  lang?: string | null;
  /** The text's language when the extraction already told it (else the analysis does). */
  language?: LanguageGuess | null;
  publishedAt?: string | null;
  siteName?: string | null;
  byline?: string | null;
  url?: string | null;
}
