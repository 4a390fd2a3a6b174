/**
 * What "Related coverage" shows: other outlets' articles found through GDELT. The result is honest about
 * failure: `ok: true` with no items means "no coverage found"; `ok: false` means "we could not ask right now",
 * and the panel must not present the one as the other.
 */

/** One article from GDELT, cleaned: the title is plain text, the URL is http(s). */
export interface CoverageItem {
  /** Plain text, never HTML: render it as text. */
  title: string;
  url: string;
  /** The outlet's domain, e.g. `balkaninsight.com`. */
  domain: string;
  /** When GDELT saw it, ISO 8601 UTC (`2026-03-01T12:30:00Z`); null where GDELT gave no usable date. */
  date: string | null;
  /** GDELT's English language name: "Serbian", "Albanian", "English"… */
  language: string | null;
  /** GDELT's English country name of the outlet: "Serbia", "Kosovo"… */
  sourceCountry: string | null;
}

export type CoverageError = 'rate-limited' | 'unavailable' | 'malformed' | 'gdelt-error';

export type CoverageResult =
  | { ok: true; items: CoverageItem[] }
  | {
      ok: false;
      error: CoverageError;
      /** Plain text for the panel (GDELT's own words for 'gdelt-error', at most 200 characters). */
      message: string;
      /** With 'rate-limited': how long until the client will ask GDELT again. */
      retryAfterMs?: number;
    };
