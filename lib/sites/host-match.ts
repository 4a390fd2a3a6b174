import { NEWS_SITES } from './news-sites';

/** A site pattern covers a host: "*.reuters.com" covers reuters.com and www.reuters.com; "apnews.com" only itself. */
export function patternCovers(pattern: string, host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (pattern.startsWith('*.')) {
    const base = pattern.slice(2);
    return h === base || h.endsWith(`.${base}`);
  }
  return h === pattern;
}

/** Where Kontekst runs for this reader: a curated site they have not switched off, or a site they enabled. */
export function siteStatus(
  host: string,
  settings: { disabledSites: readonly string[]; extraSites: readonly string[] },
): 'curated' | 'disabled' | 'enabled' | 'none' {
  const curated = NEWS_SITES.find((p) => patternCovers(p, host));
  if (curated) return settings.disabledSites.includes(curated) ? 'disabled' : 'curated';
  return settings.extraSites.some((p) => patternCovers(p, host)) ? 'enabled' : 'none';
}

/** The match pattern that grants a site, for permissions and content-script registration. */
export const originOf = (host: string) => `*://${host}/*`;
