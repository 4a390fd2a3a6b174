import * as v from 'valibot';

/** The shape written today. Bump it together with a new entry in `MIGRATIONS` (migrate.ts). */
export const SETTINGS_VERSION = 1;

export const HIGHLIGHT_STYLES = ['marker', 'underline', 'outline'] as const;
export const UI_LANGUAGES = ['auto', 'en', 'de', 'sr', 'sq'] as const;

/**
 * Cap on each site list: nobody enables more by hand. storage.sync holds only 8 KiB per item (a few
 * hundred hostnames in all), so near the cap a write there fails with the browser's quota error.
 */
export const MAX_SITES = 500;

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * A DNS hostname with at least two labels ("news.example.com", punycode "xn--…" too), lower case.
 * IP addresses and single-label hosts ("localhost") are not news sites and are refused.
 */
export function isHostname(value: string): boolean {
  if (value.length > 253) return false;
  const labels = value.split('.');
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label))) return false;
  return !/^[0-9]+$/.test(labels[labels.length - 1]!);
}

/** A hostname, or a curated-list pattern such as "*.reuters.com" (lib/sites/news-sites.ts). */
export function isSitePattern(value: string): boolean {
  return isHostname(value.startsWith('*.') ? value.slice(2) : value);
}

/** What the reader typed, in the form the lists keep: trimmed and lower case. */
const normalised = <T extends v.GenericSchema<string, string>>(schema: T) => v.pipe(schema, v.trim(), v.toLowerCase());

export const HostnameSchema = v.pipe(
  normalised(v.string('expected a hostname')),
  v.check(isHostname, (issue) => `not a valid hostname (like news.example.com): ${JSON.stringify(issue.input)}`),
);

export const SitePatternSchema = v.pipe(
  normalised(v.string('expected a site')),
  v.check(isSitePattern, (issue) => `not a valid site (like news.example.com): ${JSON.stringify(issue.input)}`),
);

const dedupe = (list: string[]): string[] => [...new Set(list)];

const siteList = <T extends typeof HostnameSchema | typeof SitePatternSchema>(entry: T) =>
  v.pipe(
    v.array(entry, 'expected a list of sites'),
    v.transform(dedupe),
    v.maxLength(MAX_SITES, `at most ${MAX_SITES} sites`),
  );

/** One schema per setting, so a broken field can be checked (and reset) on its own. */
export const SETTINGS_FIELDS = {
  version: v.literal(SETTINGS_VERSION),
  /** Whether anything may leave the browser (lookups beyond the built-in knowledge base). */
  networkLookups: v.boolean(),
  /** Whether the panel has asked the reader about lookups once. */
  networkAsked: v.boolean(),
  highlightStyle: v.picklist(HIGHLIGHT_STYLES),
  uiLanguage: v.picklist(UI_LANGUAGES),
  /** The reader's own reading history. */
  history: v.boolean(),
  /** Hosts the reader enabled beyond the curated list. */
  extraSites: siteList(HostnameSchema),
  /** Curated sites the reader switched off, as written in the curated list. */
  disabledSites: siteList(SitePatternSchema),
};

export const SettingsSchema = v.strictObject(SETTINGS_FIELDS);

export type Settings = v.InferOutput<typeof SettingsSchema>;

/** A change the options page or panel asks for: any subset of the settings, nothing else. */
export const SettingsPatchSchema = v.partial(SettingsSchema);

/** Settings that cannot be changed, lists included. */
export type FrozenSettings = {
  readonly [K in keyof Settings]: Settings[K] extends string[] ? readonly string[] : Settings[K];
};

export const DEFAULT_SETTINGS: FrozenSettings = Object.freeze({
  version: SETTINGS_VERSION,
  // Nothing leaves the browser until the reader allows it.
  networkLookups: false,
  networkAsked: false,
  highlightStyle: 'marker',
  uiLanguage: 'auto',
  history: true,
  extraSites: Object.freeze([]),
  disabledSites: Object.freeze([]),
});

/** A fresh, mutable copy of the defaults (DEFAULT_SETTINGS itself is shared). */
export function defaultSettings(): Settings {
  return { ...DEFAULT_SETTINGS, extraSites: [], disabledSites: [] };
}
