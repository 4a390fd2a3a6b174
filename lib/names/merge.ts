import { fold } from '../text/fold';
import type { FoundName, NameKind } from './find-names';

/** One entity outside the knowledge base: every form the article wrote it in. */
export interface NameGroup {
  name: string;
  type: NameKind;
  cued: boolean;
  spans: { start: number; end: number; surface: string }[];
}

/** The first `letters` letters of each word of a key. */
const firstLetters = (key: string, letters: number) =>
  key
    .split(' ')
    .map((w) => w.slice(0, letters))
    .join(' ');
/** Letters of each word compared when merging forms whose nominatives came out differently. */
const LOOSE = 5;
export const loose = (key: string) => firstLetters(key, LOOSE);
/** The first four letters of each word: a surname's stem before its case ending (Opar-om, Opar-e). */
const stems = (key: string) => firstLetters(key, 4);

/**
 * Merges the forms of a name in one article (Petar Petković, Petra Petkovića, Petkovićem) into one
 * entity: by nominative, then by the words' first letters, and a lone surname joins the full name
 * whose last word it is, an institution's first words its full name. The name shown is the form the article wrote in the nominative, else the
 * most frequent nominative.
 */
export function mergeNames(found: readonly FoundName[]): NameGroup[] {
  const groups: (NameGroup & {
    key: string;
    nominatives: Map<string, number>;
    written: Set<string>;
    alone: Set<string>;
  })[] = [];
  // Full names first, so that a bare surname afterwards joins one.
  const sorted = [...found].sort((a, b) => b.name.split(' ').length - a.name.split(' ').length || a.start - b.start);
  for (const n of sorted) {
    const key = fold(n.name);
    let group =
      groups.find((g) => g.key === key && compatible(g.type, n.type)) ??
      groups.find((g) => loose(g.key) === loose(key) && compatible(g.type, n.type));
    // An institution's short form joins its full name on the page: Viši sud → Viši sud u Novom Sadu.
    if (!group && n.type === 'organization' && key.includes(' '))
      group = groups.find((g) => g.type === 'organization' && g.key.startsWith(`${key} `));
    // Two surnames join the full name they end (Krstulovićem Oparom → Andro Krstulović Opara).
    if (!group && (n.type === 'person' || n.type === 'other') && key.split(' ').length === 2)
      group = groups.find(
        (g) => g.type === 'person' && g.key.split(' ').length > 2 && stems(g.key).endsWith(` ${stems(key)}`),
      );
    if (!group && (n.type === 'person' || n.type === 'other') && !key.includes(' '))
      group = groups.find(
        (g) => g.type === 'person' && g.key.includes(' ') && loose(g.key.split(' ').at(-1)!) === loose(key),
      );
    if (!group) {
      group = {
        name: n.name,
        type: n.type,
        cued: false,
        spans: [],
        key,
        nominatives: new Map(),
        written: new Set(),
        alone: new Set(),
      };
      groups.push(group);
    }
    if (group.type === 'other' && n.type !== 'other') group.type = n.type;
    // A person's group keeps the full name: a bare surname adds a mention, not a name.
    group.cued ||= n.cued;
    if (!group.spans.some((s) => s.start === n.start))
      group.spans.push({ start: n.start, end: n.end, surface: n.surface });
    if (!n.name.includes(' ')) group.alone.add(n.name);
    if (n.name.split(' ').length === group.key.split(' ').length) {
      group.nominatives.set(n.name, (group.nominatives.get(n.name) ?? 0) + 1);
      if (n.surface === n.name) group.written.add(n.name);
    }
  }
  return groups.map(({ type, cued, spans, nominatives, written, alone, name }) => {
    // A full name written with a surname in -a that the lone mentions show in -e, or read as nominative,
    // is in the nominative ("Stipe Petrina" beside "Petrine": not the genitive of a Petrin).
    for (const { surface } of spans) {
      const words = surface.split(' ');
      const last = words.at(-1)!;
      const inE = /a$/.test(last) ? `${last.slice(0, -1)}e` : /а$/.test(last) ? `${last.slice(0, -1)}е` : '';
      if (words.length < 2 || !(alone.has(last) || alone.has(inE))) continue;
      const rest = words.slice(0, -1).join(' ');
      if ([...nominatives.keys()].some((k) => k.slice(0, k.lastIndexOf(' ')) === rest)) {
        nominatives.set(surface, (nominatives.get(surface) ?? 0) + 1);
        written.add(surface);
      }
    }
    // Written in the nominative first, then the most frequent, then the shorter of two forms of one word.
    const ranked = [...nominatives].sort(
      (a, b) =>
        Number(written.has(b[0])) - Number(written.has(a[0])) ||
        b[1] - a[1] ||
        Number(a[0].startsWith(b[0])) - Number(b[0].startsWith(a[0])),
    );
    spans.sort((a, b) => a.start - b.start);
    return { name: ranked[0]?.[0] ?? name, type, cued, spans };
  });
}

/** Forms of one name may be typed differently where the cues differ ("other" joins anything). */
function compatible(a: NameKind, b: NameKind): boolean {
  return a === b || a === 'other' || b === 'other';
}
