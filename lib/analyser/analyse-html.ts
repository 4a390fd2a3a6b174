import { analyzeArticle } from '../analysis/analyze';
import type { Engine } from '../analysis/engine';
import type { Analysis } from '../analysis/types';
import { extractArticle } from '../extract/extract';

/**
 * From a page's HTML to its analysis: parse (the caller's DOM: DOMParser in a browser, linkedom in
 * Node), extract the article, analyse it. Null when the page has no article.
 */
export function analyseDocument(doc: Document, url: string | null, engine: Engine): Analysis | null {
  const article = extractArticle(doc);
  if (!article || article.text.length < 200) return null;
  return analyzeArticle({ ...article, url }, engine);
}
