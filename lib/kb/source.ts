import type { IsoDate, Source } from './types';

/**
 * The knowledge base was compiled from sources read up to March 2026 (see the fact sheet); a source read
 * later passes its own `accessed`.
 */
export const COMPILED: IsoDate = '2026-03';

export function source(
  publisher: string,
  title: string,
  url: `https://${string}`,
  accessed: IsoDate = COMPILED,
): Source {
  return { publisher, title, url, accessed };
}
