import { NEWS_SITES } from '../../lib/sites/news-sites';

/** Where the content script runs: the curated news sites (the local build adds its test server in wxt.config.ts). */
export function contentMatches(): string[] {
  return NEWS_SITES.map((host) => `*://${host}/*`);
}
