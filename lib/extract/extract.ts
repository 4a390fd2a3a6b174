import { Readability } from '@mozilla/readability';
import { createBlockFilter } from './furniture';
import { identifyLanguage, type LanguageGuess } from './language';
import { declaredLanguage, publishedDate, siteName } from './metadata';
import { buildTextMap, type TextMap } from './text-map';

/** What Kontekst reads from a page: the article and what the page says about it. */
export interface ExtractedArticle {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  /** Primary language subtag: en, de, sr, hr, bs, sq, mk… */
  lang: string | null;
  /** The language told from the text itself, with its confidence. */
  language: LanguageGuess | null;
  /** YYYY-MM-DD. */
  publishedAt: string | null;
  /** The article's text, blocks separated by blank lines, furniture removed. */
  text: string;
  /** The way back from an offset of `text` to the DOM text node it came from (in the parsed copy). */
  map: TextMap;
}

/** Readability may only take so much: larger pages are cut to the first part. */
export const MAX_ARTICLE_CHARS = 200_000;

/**
 * Extracts the article of a document. Readability changes the document it reads, so pass a copy
 * (`document.cloneNode(true)`) or a parsed string, never the live page.
 */
export function extractArticle(doc: Document): ExtractedArticle | null {
  // Metadata first: Readability removes parts of the document.
  const published = publishedDate(doc);
  const declared = declaredLanguage(doc);
  const site = siteName(doc);
  const parsed = new Readability(doc, { serializer: (el: Node) => el, charThreshold: 300 }).parse();
  if (!parsed || !parsed.content) return null;
  const content = parsed.content as unknown as Node;
  const map = buildTextMap(content, createBlockFilter(parsed.title ?? null));
  if (map.text.length > MAX_ARTICLE_CHARS) {
    map.text = map.text.slice(0, MAX_ARTICLE_CHARS);
    map.segments = map.segments.filter((s) => s.end <= MAX_ARTICLE_CHARS);
  }
  const title = cleanTitle(parsed.title ?? null, site);
  const language = identifyLanguage(`${title ?? ''}\n${map.text}`, doc.location?.hostname);
  const guessed = guessedSubtag(language);
  return {
    title,
    byline: parsed.byline?.trim() || null,
    siteName: site ?? (parsed.siteName?.trim() || null),
    lang: pickLanguage(declared, guessed),
    language,
    publishedAt: published ?? publishedDate(doc, parsed.publishedTime),
    text: map.text,
    map,
  };
}

/**
 * The whole page's text, for a page the reader asked to read though it does not look like an article
 * (Readability finds none): every block of the body, furniture removed.
 */
export function extractWholePage(doc: Document): ExtractedArticle | null {
  if (!doc.body) return null;
  const site = siteName(doc);
  const title = cleanTitle(doc.querySelector('h1')?.textContent?.trim() || doc.title || null, site);
  const map = buildTextMap(doc.body, createBlockFilter(title));
  if (map.text.length > MAX_ARTICLE_CHARS) {
    map.text = map.text.slice(0, MAX_ARTICLE_CHARS);
    map.segments = map.segments.filter((s) => s.end <= MAX_ARTICLE_CHARS);
  }
  if (!map.text) return null;
  const language = identifyLanguage(`${title ?? ''}\n${map.text}`, doc.location?.hostname);
  return {
    title,
    byline: null,
    siteName: site,
    lang: pickLanguage(declaredLanguage(doc), guessedSubtag(language)),
    language,
    publishedAt: publishedDate(doc),
    text: map.text,
    map,
  };
}

/** The primary subtag of a guess confident enough to weigh against the page's declaration. */
const guessedSubtag = (language: LanguageGuess | null): string | null =>
  language && language.confidence >= 0.3 ? language.code.split('-')[0]! : null;

/** A declared `en` on a Serbian page is a template default; trust the text when they clearly differ. */
function pickLanguage(declared: string | null, guessed: string | null): string | null {
  if (!declared) return guessed;
  if (!guessed || declared === guessed) return declared;
  const southSlavic = new Set(['sr', 'hr', 'bs', 'sh', 'cnr', 'me']);
  if (southSlavic.has(declared) && southSlavic.has(guessed)) return declared;
  return guessed;
}

/** "Headline | Outlet" → "Headline". */
function cleanTitle(title: string | null, site: string | null): string | null {
  if (!title) return null;
  let t = title.trim();
  if (site) {
    for (const sep of [' | ', ' - ', ' – ', ' — ', ' :: ', ' · ']) {
      if (t.endsWith(`${sep}${site}`)) t = t.slice(0, -(sep.length + site.length));
      if (t.startsWith(`${site}${sep}`)) t = t.slice(site.length + sep.length);
    }
  }
  return t.trim() || null;
}
