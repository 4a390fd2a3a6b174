/**
 * Sorts coverage into the panel's four shelves: Serbian-language, Albanian-language, the rest of the region
 * (its other languages, or outlets based there), and international. GDELT names languages and countries in
 * English words ("Serbian", "Bosnia and Herzegovina"); ISO codes are accepted too, for other sources.
 */
import type { CoverageItem } from './coverage';

export type CoverageGroup = 'serbian' | 'albanian' | 'regional' | 'international';

export interface GroupedCoverage {
  serbian: CoverageItem[];
  albanian: CoverageItem[];
  regional: CoverageItem[];
  international: CoverageItem[];
}

const norm = (s: string | null): string =>
  (s ?? '')
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim();

const SERBIAN = new Set(['serbian', 'sr', 'srp']);
const ALBANIAN = new Set(['albanian', 'sq', 'sqi', 'alb']);
/** The region's other languages (Serbo-Croatian's other standards, Macedonian, Slovenian). */
const REGIONAL_LANGUAGES = new Set([
  'croatian',
  'bosnian',
  'montenegrin',
  'serbo croatian',
  'macedonian',
  'slovenian',
  'slovene',
  'hr',
  'hrv',
  'bs',
  'bos',
  'cnr',
  'sh',
  'mk',
  'mkd',
  'sl',
  'slv',
]);
const REGIONAL_COUNTRIES = new Set([
  'serbia',
  'kosovo',
  'albania',
  'bosnia',
  'bosnia and herzegovina',
  'bosnia herzegovina',
  'montenegro',
  'macedonia',
  'north macedonia',
  'croatia',
  'slovenia',
  'rs',
  'xk',
  'al',
  'ba',
  'me',
  'mk',
  'hr',
  'si',
]);
/** Where GDELT gives no country, the region's country-code domains still say where an outlet is. */
const REGIONAL_TLD = /\.(rs|ba|me|mk|hr|si|al)$/i;

export function coverageGroup(item: CoverageItem): CoverageGroup {
  const language = norm(item.language);
  if (SERBIAN.has(language)) return 'serbian';
  if (ALBANIAN.has(language)) return 'albanian';
  if (REGIONAL_LANGUAGES.has(language)) return 'regional';
  const country = norm(item.sourceCountry);
  if (country !== '' ? REGIONAL_COUNTRIES.has(country) : REGIONAL_TLD.test(item.domain)) return 'regional';
  return 'international';
}

/** Newest first; undated items last, in the order they came. */
function newestFirst(items: CoverageItem[]): CoverageItem[] {
  const time = (i: CoverageItem) => {
    const t = i.date === null ? NaN : Date.parse(i.date);
    return Number.isFinite(t) ? t : -Infinity;
  };
  return items
    .map((item, index) => ({ item, index, t: time(item) }))
    .sort((a, b) => (b.t === a.t ? a.index - b.index : b.t > a.t ? 1 : -1))
    .map((x) => x.item);
}

export function groupCoverage(items: readonly CoverageItem[], { cap = 8 }: { cap?: number } = {}): GroupedCoverage {
  const groups: GroupedCoverage = { serbian: [], albanian: [], regional: [], international: [] };
  for (const item of items) groups[coverageGroup(item)].push(item);
  for (const key of Object.keys(groups) as CoverageGroup[]) groups[key] = newestFirst(groups[key]).slice(0, cap);
  return groups;
}
