/** Metadata the page states about itself: published date, site name, language. */

const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
  'meta[property="og:published_time"]',
];

/** `YYYY-MM-DD` of a date string, or null when it is not a date. */
export function isoDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  const t = Date.parse(value);
  if (Number.isNaN(t)) return null;
  return new Date(t).toISOString().slice(0, 10);
}

function jsonLdDates(doc: Document): string[] {
  const out: string[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (typeof record.datePublished === 'string') out.push(record.datePublished);
      if (record['@graph']) visit(record['@graph']);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // Broken JSON-LD is common; the other sources still count.
    }
  }
  return out;
}

/** The publication date: meta tags first, then JSON-LD, then the first `<time datetime>`. */
export function publishedDate(doc: Document, readabilityTime?: string | null): string | null {
  for (const selector of DATE_META) {
    const day = isoDay(doc.querySelector(selector)?.getAttribute('content'));
    if (day) return day;
  }
  for (const value of jsonLdDates(doc)) {
    const day = isoDay(value);
    if (day) return day;
  }
  const day = isoDay(readabilityTime);
  if (day) return day;
  return isoDay(doc.querySelector('time[datetime]')?.getAttribute('datetime'));
}

export function siteName(doc: Document, readabilitySite?: string | null): string | null {
  const og = doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content')?.trim();
  return og || readabilitySite?.trim() || null;
}

/** The page's declared language, as a primary subtag (`sr-Latn` → `sr`). */
export function declaredLanguage(doc: Document): string | null {
  const lang =
    doc.documentElement?.getAttribute('lang') ??
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') ??
    doc.querySelector('meta[property="og:locale"]')?.getAttribute('content');
  const primary = lang?.trim().toLowerCase().split(/[-_]/)[0];
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : null;
}
