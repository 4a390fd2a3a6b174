/**
 * Why the detector decided as it did: codes with their values, worded by whoever shows them (the panel
 * in its language, the CLI in English), never by the analysis.
 */
export type TopicReason =
  /** The region's most frequent names, with how often each stands in the text. */
  | { code: 'names'; values: string[]; counts: number[] }
  | { code: 'no-names' }
  | { code: 'headline'; values: string[] }
  | { code: 'opening'; values: string[] }
  /** Regional mentions per 100 words. */
  | { code: 'density'; value: number }
  | { code: 'words'; affairs: number; sport: number; leisure: number }
  | { code: 'leisure-story' }
  | { code: 'passing' }
  | { code: 'no-return' }
  /** The region's own language on public affairs, with no country outside it in the lead. */
  | { code: 'home-press' };

/** The message (in public/_locales) that words each code. */
export const REASON_MESSAGE = {
  names: 'reasonNames',
  'no-names': 'reasonNoNames',
  headline: 'reasonHeadline',
  opening: 'reasonOpening',
  density: 'reasonDensity',
  words: 'reasonWords',
  'leisure-story': 'reasonLeisure',
  passing: 'reasonPassing',
  'no-return': 'reasonNoReturn',
  'home-press': 'reasonHomePress',
} as const satisfies Record<TopicReason['code'], string>;
export type ReasonMessage = (typeof REASON_MESSAGE)[TopicReason['code']];

/**
 * A reason in words: its message and the values for the message's placeholders, numbers formatted
 * for `locale`.
 */
export function wordReason(
  reason: TopicReason,
  t: (key: ReasonMessage, ...subs: string[]) => string,
  locale: string,
): string {
  // Counts are whole or halves (an adjective counts half); density always has one decimal.
  const n = (x: number, fixed?: number) =>
    x.toLocaleString(locale, {
      minimumFractionDigits: fixed ?? 0,
      maximumFractionDigits: fixed ?? (Number.isInteger(x) ? 0 : 1),
    });
  const key = REASON_MESSAGE[reason.code];
  switch (reason.code) {
    case 'names':
      return t(key, reason.values.map((name, i) => `${name} (${n(reason.counts[i] ?? 0)}×)`).join(', '));
    case 'headline':
    case 'opening':
      return t(key, reason.values.join(', '));
    case 'density':
      return t(key, n(reason.value, 1));
    case 'words':
      return t(key, n(reason.affairs), n(reason.sport), n(reason.leisure));
    default:
      return t(key);
  }
}
