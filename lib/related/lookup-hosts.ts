/** GDELT (related coverage) and Wikipedia (summaries of names outside the knowledge base). */
export const COVERAGE_ORIGINS = ['https://api.gdeltproject.org/*', 'https://en.wikipedia.org/*'];
/** Wikidata (the current value of changing facts, asked by Q-number). */
export const WIKIDATA_ORIGINS = ['https://www.wikidata.org/*'];
/**
 * The only hosts Kontekst ever sends anything to, and only names or ids, after the reader allows it. Each
 * service checks its own hosts: a reader who granted the first two before Wikidata came keeps coverage.
 */
export const LOOKUP_ORIGINS = [...COVERAGE_ORIGINS, ...WIKIDATA_ORIGINS];
