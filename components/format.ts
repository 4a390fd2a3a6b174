/** The panel's language (set on <html> from the reader's choice); British English otherwise. */
const uiLanguage = () => {
  const lang = globalThis.document?.documentElement.lang;
  if (!lang || lang === 'en') return 'en-GB';
  // Kontekst's Serbian is in Latin script; ICU's plain 'sr' is Cyrillic.
  return lang === 'sr' ? 'sr-Latn' : lang;
};

/** 2008-02-17 → "17 Feb 2008" (in the panel's language); 2023-10 → "Oct 2023"; 1999 → "1999". */
export function formatDate(iso: string, language: string = uiLanguage()): string {
  const [y, m, d] = iso.split('-');
  if (!m) return y ?? iso;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, d ? Number(d) : 1));
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = d
    ? { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }
    : { month: 'short', year: 'numeric', timeZone: 'UTC' };
  try {
    return new Intl.DateTimeFormat(language, options).format(date);
  } catch {
    return new Intl.DateTimeFormat('en-GB', options).format(date);
  }
}

/** The host of a URL, for a source line ("nato.int"). */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** Only http(s) links are ever rendered as links. */
export const isWebUrl = (url: string) => /^https?:\/\//i.test(url);

/** The panel's language, as a locale for numbers and dates. */
export const panelLocale = uiLanguage;
