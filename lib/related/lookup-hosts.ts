/** The only hosts Kontekst ever sends anything to, and only names, after the reader allows it. */
export const LOOKUP_ORIGINS = ['https://api.gdeltproject.org/*', 'https://en.wikipedia.org/*'];
