import { analyzeArticle } from '../analysis/analyze';
import type { Engine } from '../analysis/engine';
import type { Analysis, ArticleInput } from '../analysis/types';
import { extractArticle, extractWholePage } from '../extract/extract';

/**
 * From a page's HTML to its analysis: parse (the caller's DOM: DOMParser in a browser, linkedom in
 * Node), extract the article, analyse it. Null when the page has no article. `onRequest`: the reader
 * asked for the context anyway, so the cards are made whatever the topic, and a page without an article
 * is read whole.
 */
export function analyseDocument(doc: Document, url: string | null, engine: Engine, onRequest = false): Analysis | null {
  const article = readArticle(doc, url, onRequest);
  return article ? analyseArticle(article, engine, onRequest) : null;
}

/**
 * The article a page holds, as the analysis reads it (null: none). Readability changes the document it
 * reads: extract once, then analyse the result as often as needed.
 */
export function readArticle(doc: Document, url: string | null, onRequest = false): ArticleInput | null {
  if (!onRequest) {
    const article = extractArticle(doc);
    return article && article.text.length >= 200 ? { ...article, url } : null;
  }
  // The whole page is taken from a copy first.
  const whole = extractWholePage(doc.cloneNode(true) as Document);
  const found = extractArticle(doc);
  const article = found && found.text.length >= 200 ? found : whole;
  return article ? { ...article, url } : null;
}

export function analyseArticle(article: ArticleInput, engine: Engine, onRequest = false): Analysis {
  return analyzeArticle(article, engine, onRequest ? { onRequest: true } : {});
}
