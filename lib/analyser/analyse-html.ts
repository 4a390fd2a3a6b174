import { analyzeArticle } from '../analysis/analyze';
import type { Engine } from '../analysis/engine';
import type { Analysis } from '../analysis/types';
import { extractArticle, extractWholePage } from '../extract/extract';

/**
 * From a page's HTML to its analysis: parse (the caller's DOM: DOMParser in a browser, linkedom in
 * Node), extract the article, analyse it. Null when the page has no article. `onRequest`: the reader
 * asked for the context anyway, so the cards are made whatever the topic, and a page without an article
 * is read whole.
 */
export function analyseDocument(doc: Document, url: string | null, engine: Engine, onRequest = false): Analysis | null {
  if (onRequest) return analyseOnRequest(doc, url, engine);
  const article = extractArticle(doc);
  if (!article || article.text.length < 200) return null;
  return analyzeArticle({ ...article, url }, engine);
}

function analyseOnRequest(doc: Document, url: string | null, engine: Engine): Analysis | null {
  // Readability changes the document it reads: the whole page is taken from a copy first.
  const whole = extractWholePage(doc.cloneNode(true) as Document);
  const found = extractArticle(doc);
  const article = found && found.text.length >= 200 ? found : whole;
  return article ? analyzeArticle({ ...article, url }, engine, { onRequest: true }) : null;
}
