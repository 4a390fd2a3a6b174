import type { Gazetteer } from '../gazetteer/build';
import { fold } from '../text/fold';
import type { EntityId } from '../kb/types';
import type { LinkedMention, ScannedZone } from './link';

/** The word for a government, in the forms the region's press and the wires write it (folded). */
const GOVERNMENT_WORD = /^(?:vlad(?:a|e|i|u|o|om)|vladata|qeveri(?:a|e|se|ne)?|government|regierung)$/;
/** A possessive adjective's ending after a surname: Golobova, Vučićeva, Kurtijeva, Мицкоскиева. */
const POSSESSIVE_ENDING = /^j?(?:ov|ev|in)(?:a|e|i|o|u|om|oj|im|ih|oga|ega)?$/;

/**
 * "Golobova vlada", "vlada Plenkovića", "qeveria e Kurtit", "the Golob government", "Regierung Mickoski": a
 * government named after its leader is the government of the leader's state, though the story never names
 * it. The mention is the government word; the leader keeps their own.
 */
export function leaderGovernments(
  gazetteer: Gazetteer,
  zones: readonly ScannedZone[],
  named: readonly LinkedMention[],
): LinkedMention[] {
  const out: LinkedMention[] = [];
  for (const m of named) {
    if (m.type !== 'person') continue;
    const government = governmentOf(gazetteer, m.id);
    const z = zones.find((x) => x.zone === m.zone);
    if (!government || !z) continue;
    const at = z.tokens.findIndex((t) => t.start >= m.start);
    const last = z.tokens.findIndex((t) => t.end >= m.end);
    if (at < 0 || last < 0) continue;
    const surname = fold(gazetteer.nameOf.get(m.id)?.split(/\s+/).at(-1) ?? '');
    const written = z.tokens[last]!.key;
    const possessive = written.startsWith(surname) && POSSESSIVE_ENDING.test(written.slice(surname.length));
    // After the leader: a possessive ("Golobova vlada") or, in English, the name as an attribute ("the
    // Golob government", "Golob's government"). Before: the government word and the leader's name.
    const after = z.tokens[last + 1];
    // Albanian joins them: "qeveria e Kurtit".
    const link = z.tokens[at - 1]?.key === 'e' ? 1 : 0;
    const before = z.tokens[at - 1 - link];
    const word =
      after &&
      GOVERNMENT_WORD.test(after.key) &&
      (possessive || /^(?:s)?$/.test(z.text.slice(m.end, after.start).trim().replace(/^['’]/, '')))
        ? after
        : before && GOVERNMENT_WORD.test(before.key) && !possessive
          ? before
          : undefined;
    if (!word || out.some((o) => o.zone === m.zone && o.start === word.start)) continue;
    out.push({
      id: government,
      type: 'organization',
      start: word.start,
      end: word.end,
      zone: m.zone,
      surface: z.text.slice(word.start, word.end),
      adjective: false,
    });
  }
  return out;
}

const governments = new WeakMap<Gazetteer, Map<EntityId, EntityId>>();

/**
 * The government of a person's state: the body named "Government of …" that belongs to a state the
 * person belongs to, the smaller state first (Republika Srpska's before Bosnia and Herzegovina's).
 */
function governmentOf(gazetteer: Gazetteer, person: EntityId): EntityId | undefined {
  let byState = governments.get(gazetteer);
  if (!byState) {
    byState = new Map();
    for (const [id, kind] of gazetteer.kindOf)
      if (kind === 'government' && /^Government of /.test(gazetteer.nameOf.get(id) ?? ''))
        for (const state of gazetteer.context.get(id) ?? [])
          if (gazetteer.typeOf.get(state) === 'place') byState.set(state, id);
    governments.set(gazetteer, byState);
  }
  const states = (gazetteer.context.get(person) ?? []).filter((c) => byState.has(c));
  const smaller = states.find((s) => (gazetteer.context.get(s) ?? []).some((c) => states.includes(c)));
  const state = smaller ?? (states.length === 1 ? states[0] : undefined);
  return state ? byState.get(state) : undefined;
}
