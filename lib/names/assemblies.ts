import type { LinkedMention } from '../entities/link';
import type { Token } from '../text/tokens';
import type { Family } from './cues';
import type { FoundName } from './find-names';

/** Assembly and council heads in lower case (folded, any case) and their nominatives. */
const HEADS: [RegExp, string][] = [
  [/^skupstin[aeiu]?$|^skupstinom$/, 'Skupština'],
  [/^vijec[aeu]?$|^vijecem$/, 'Vijeće'],
  [/^vece$|^veca$|^vecu$|^vecem$/, 'Veće'],
  [/^savjet[aeu]?$|^savjetom$/, 'Savjet'],
];

/**
 * A known region's or town's assembly or council written with its head in lower case ("skupština
 * Splitsko-dalmatinske županije", "vijeće Tuzlanskog kantona"): a body of its own beside the place,
 * named in the nominative with the place as the text writes it. The South Slavic languages only.
 */
export function assembliesOf(
  text: string,
  tokens: readonly Token[],
  known: readonly LinkedMention[],
  family: Family,
): FoundName[] {
  if (family !== 'sh') return [];
  const out: FoundName[] = [];
  for (const m of known) {
    if (m.type !== 'place' || m.zone === 'title') continue;
    const at = tokens.findIndex((t) => t.start === m.start);
    const head = tokens[at - 1];
    if (!head || head.capital || !/^ $/.test(text.slice(head.end, m.start))) continue;
    const nominative = HEADS.find(([re]) => re.test(head.key))?.[1];
    if (!nominative) continue;
    out.push({
      name: `${nominative} ${m.surface}`,
      type: 'organization',
      start: head.start,
      end: m.end,
      surface: text.slice(head.start, m.end),
      cued: true,
    });
  }
  return out;
}
