import type { Entity, EntityId, EntityType, Name, NameLang } from '../kb/types';
import { tokenize } from '../text/tokens';
import { MIN_STEM, PREFIX } from './suffixes';
import {
  englishVariants,
  federationVariants,
  germanVariants,
  republicVariants,
  slovenianStateVariants,
  slovenianVariants,
  type VariantName,
} from './variants';

/** What an alias points at. */
export interface AliasTarget {
  id: EntityId;
  type: EntityType;
  /** The name as the knowledge base writes it. */
  name: string;
  lang: NameLang;
  /** Acronyms must be upper case in the text; other names must start with a capital. */
  caps: boolean;
  /** Links only when the entity is otherwise present or in context (bare surnames, Nis, Rama). */
  needsContext: boolean;
  /** A demonym/adjective: a topic signal, not a mention worth a card on its own. */
  adjective: boolean;
  /** A derived name that holds its country's adjective or name: the country is mentioned too. */
  signals?: EntityId;
  /** That country is the name's last words, this many (Regierung Serbiens 1, Vlada Republike Srpske 2), not its first word (serbische Regierung). */
  signalsWords?: number;
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  targets: AliasTarget[];
}

export interface Gazetteer {
  root: TrieNode;
  /** Every folded alias word long enough to take an ending: inflected text words are tried against it. */
  stems: Set<string>;
  /** The first PREFIX letters of those words: most text words fail here, before any ending is tried. */
  stemPrefixes: Set<string>;
  /** Entities by id (context look-ups). */
  context: Map<EntityId, readonly EntityId[]>;
  regionOf: Map<EntityId, 'balkans' | 'outside'>;
  importance: Map<EntityId, number>;
  nameOf: Map<EntityId, string>;
  typeOf: Map<EntityId, EntityType>;
  kindOf: Map<EntityId, string>;
}

const ACRONYM = /^[\p{Lu}\d-]{2,8}$/u;
/** A name the knowledge base writes in lower case, which may match lower case in the text (not "the Alliance"). */
export const LOWER_FIRST = /^(?!the\s)\p{Ll}/u;

/** Relations that make a short form safe: the person's country, the town's municipality. */
const CONTEXT_KINDS = new Set([
  'part-of',
  'located-in',
  'capital-of',
  'member-of',
  'leads',
  'led',
  'party-of',
  'deployed-in',
]);

/** Builds the gazetteer from the knowledge base: the one source of truth for names. */
export function buildGazetteer(entities: readonly Entity[]): Gazetteer {
  const root: TrieNode = { next: new Map(), targets: [] };
  const stems = new Set<string>();
  const stemPrefixes = new Set<string>();
  const signalOf = stateSignals(entities);
  const english = englishVariants(entities);
  const german = germanVariants(entities);
  const slovenian = slovenianVariants(entities);
  const republic = republicVariants(entities);
  const federation = federationVariants(entities);
  const slovenianStates = slovenianStateVariants(entities);
  for (const entity of entities) {
    const names: VariantName[] = [
      ...entity.names,
      ...(english.get(entity.id) ?? []),
      ...(german.get(entity.id) ?? []),
      ...(slovenian.get(entity.id) ?? []),
      ...(republic.get(entity.id) ?? []),
      ...(federation.get(entity.id) ?? []),
      ...(slovenianStates.get(entity.id) ?? []),
    ];
    for (const name of names) {
      const words = tokenize(name.text.replace(/^the\s+/i, ''));
      if (words.length === 0) continue;
      const node = nodeAt(
        root,
        words.map((w) => w.key),
      );
      for (const word of words) {
        if (word.key.length < MIN_STEM) continue;
        stems.add(word.key);
        stemPrefixes.add(word.key.slice(0, PREFIX));
        // A short word's ending may change its third letter (Ana → Ane).
        if (word.key.length === MIN_STEM) stemPrefixes.add(`#${word.key.slice(0, 2)}`);
      }
      const caps = ACRONYM.test(name.text) && name.text !== name.text.toLowerCase();
      // One target per entity, context rule and case rule: "Državni zbor" and "državni zbor" match differently.
      const lower = LOWER_FIRST.test(name.text);
      const same = node.targets.find(
        (t) => t.id === entity.id && t.needsContext === !!name.needsContext && LOWER_FIRST.test(t.name) === lower,
      );
      // "KFOR" and "Kfor" are one alias: the looser case rule wins.
      if (same) {
        if (!caps) same.caps = false;
        // "ZZZS" is English and Slovenian alike: the region's language is the one the home rule asks about.
        if (same.lang === 'en' && name.lang !== 'en') same.lang = name.lang;
        continue;
      }
      node.targets.push({
        id: entity.id,
        type: entity.type,
        name: name.text,
        lang: name.lang,
        caps,
        needsContext: !!name.needsContext,
        adjective: name.form === 'adjective',
        ...signalOf(name, words, entity),
      });
    }
  }
  return { root, stems, stemPrefixes, ...entityMaps(entities) };
}

/**
 * Which place an institution's name names, and where: a derived name says so itself; a name the knowledge
 * base writes ends with its state's (Vlada Srbije, Kuvendi i Kosovës, National Assembly of Republika
 * Srpska) or its own town's (Skupština grada Beograda, Gradsko vijeće Grada Splita), the words compared
 * by their first five letters so that the genitive meets the nominative.
 */
function stateSignals(entities: readonly Entity[]) {
  const stem = (keys: readonly string[]) => keys.map((k) => k.slice(0, 5)).join(' ');
  const tailsOf = (names: readonly Name[], min = 4) =>
    names
      .filter((n) => n.form !== 'adjective')
      .map((n) => tokenize(n.text).map((t) => t.key))
      .filter((keys) => keys.length > 0 && keys.length <= 3 && keys.join('').length >= min)
      .map(stem);
  const states = new Map<string, EntityId>();
  const byId = new Map(entities.map((e) => [e.id, e]));
  for (const e of entities) {
    if (e.type !== 'place' || e.region !== 'balkans' || !['country', 'territory', 'entity'].includes(e.kind)) continue;
    for (const t of tailsOf(e.names.filter((n) => !n.needsContext))) states.set(t, e.id);
  }
  /** The towns and regions an institution stands in or belongs to (located-in, part-of), by their names' stems. */
  const townsOf = (entity: Entity) => {
    const towns = new Map<string, EntityId>();
    for (const r of entity.relations ?? []) {
      const place = byId.get(r.to);
      if ((r.kind !== 'located-in' && r.kind !== 'part-of') || place?.type !== 'place') continue;
      // A town's short name too (Niš, Bar): its own institution's name is context enough.
      for (const t of tailsOf(place.names, 3)) towns.set(t, place.id);
    }
    return towns;
  };
  return (name: VariantName, words: readonly { key: string }[], entity: Entity): Partial<AliasTarget> => {
    if (name.signals)
      return { signals: name.signals, ...(name.signalsWords ? { signalsWords: name.signalsWords } : {}) };
    if (entity.type !== 'organization') return {};
    const towns = townsOf(entity);
    for (let k = Math.min(3, words.length - 1); k >= 1; k--) {
      const tail = stem(words.slice(-k).map((w) => w.key));
      // A short town's case ending makes a stem of its own: "Nišu" is Niš.
      const last = words.at(-1)!.key;
      const short =
        k === 1 && last.length <= 5 ? [last.slice(0, -1), last.slice(0, -2)].filter((x) => x.length >= 3) : [];
      const id = states.get(tail) ?? towns.get(tail) ?? short.map((x) => towns.get(x)).find(Boolean);
      if (id && id !== entity.id) return { signals: id, signalsWords: k };
    }
    return {};
  };
}

/** The trie node of a name's word keys, made on the way where missing. */
export function nodeAt(root: TrieNode, keys: readonly string[]): TrieNode {
  let node = root;
  for (const key of keys) {
    let child = node.next.get(key);
    if (!child) {
      child = { next: new Map(), targets: [] };
      node.next.set(key, child);
    }
    node = child;
  }
  return node;
}

/** What the gazetteer knows of each entity besides its names. */
export function entityMaps(
  entities: readonly Entity[],
): Pick<Gazetteer, 'context' | 'regionOf' | 'importance' | 'nameOf' | 'typeOf' | 'kindOf'> {
  const context = new Map<EntityId, readonly EntityId[]>();
  const regionOf = new Map<EntityId, 'balkans' | 'outside'>();
  const importance = new Map<EntityId, number>();
  const nameOf = new Map<EntityId, string>();
  const typeOf = new Map<EntityId, EntityType>();
  const kindOf = new Map<EntityId, string>();
  for (const entity of entities) {
    regionOf.set(entity.id, entity.region);
    importance.set(entity.id, entity.importance);
    nameOf.set(entity.id, entity.name);
    typeOf.set(entity.id, entity.type);
    kindOf.set(entity.id, entity.kind);
  }
  for (const entity of entities) {
    const related = [...(entity.relations ?? []), ...(entity.type === 'place' ? (entity.within ?? []) : [])];
    // A plain "related" link to a country is the entity's country: Janša's Slovenia, SDS's Slovenia.
    const isContext = (r: { to: EntityId; kind: string }) =>
      CONTEXT_KINDS.has(r.kind) || (r.kind === 'related' && kindOf.get(r.to) === 'country');
    context.set(
      entity.id,
      related.filter(isContext).map((r) => r.to),
    );
  }
  return { context, regionOf, importance, nameOf, typeOf, kindOf };
}
