import type { Entity, EntityId } from '../kb/types';
import { entityMaps, nodeAt, type AliasTarget, type Gazetteer, type TrieNode } from './build';

/**
 * The gazetteer's names as data, built with the extension (modules/kb-assets.ts): each alias as its word
 * keys and targets, so that the analyser makes its trie without tokenising (folding, transliterating) every
 * name of the knowledge base on start-up, the larger part of building it.
 */
export interface PackedGazetteer {
  aliases: [keys: string[], targets: PackedTarget[]][];
  stems: string[];
  stemPrefixes: string[];
}

/**
 * An alias target as a tuple (a third of the bytes): flags 1 caps, 2 needs context, 4 adjective; then,
 * for a name that names its state, the state and how many of its last words do (0: its first word).
 */
type PackedTarget =
  | [id: string, type: AliasTarget['type'], name: string, lang: AliasTarget['lang'], flags: number]
  | [
      id: string,
      type: AliasTarget['type'],
      name: string,
      lang: AliasTarget['lang'],
      flags: number,
      signals: string,
      words: number,
    ];

const packTarget = (t: AliasTarget): PackedTarget => {
  const flags = (t.caps ? 1 : 0) | (t.needsContext ? 2 : 0) | (t.adjective ? 4 : 0);
  return t.signals
    ? [t.id, t.type, t.name, t.lang, flags, t.signals, t.signalsWords ?? 0]
    : [t.id, t.type, t.name, t.lang, flags];
};
const unpackTarget = ([id, type, name, lang, flags, signals, words]: PackedTarget): AliasTarget => ({
  id: id as EntityId,
  type,
  name,
  lang,
  caps: (flags & 1) !== 0,
  needsContext: (flags & 2) !== 0,
  adjective: (flags & 4) !== 0,
  ...(signals ? { signals: signals as EntityId, ...(words ? { signalsWords: words } : {}) } : {}),
});

export function packGazetteer(g: Gazetteer): PackedGazetteer {
  const aliases: PackedGazetteer['aliases'] = [];
  const walk = (node: TrieNode, keys: string[]) => {
    if (node.targets.length > 0) aliases.push([keys, node.targets.map(packTarget)]);
    for (const [key, child] of node.next) walk(child, [...keys, key]);
  };
  walk(g.root, []);
  return { aliases, stems: [...g.stems], stemPrefixes: [...g.stemPrefixes] };
}

/**
 * The root's children, each made from its packed names the first time a text's word asks for it: a page
 * meets a few hundred of the knowledge base's thousands of first words, and making all of them was most of
 * the analyser's start-up (about 50 of 110 ms in Node). The packed aliases of one first word are contiguous
 * (packGazetteer walks the trie depth first), so each is a range.
 */
class LazyRoot extends Map<string, TrieNode> {
  constructor(
    private readonly aliases: PackedGazetteer['aliases'],
    private readonly ranges: Map<string, [from: number, to: number]>,
  ) {
    super();
  }
  override get(key: string): TrieNode | undefined {
    const made = super.get(key);
    if (made) return made;
    const range = this.ranges.get(key);
    if (!range) return undefined;
    this.ranges.delete(key);
    const node: TrieNode = { next: new Map(), targets: [] };
    for (let i = range[0]; i < range[1]; i++) {
      const [keys, targets] = this.aliases[i]!;
      nodeAt(node, keys.slice(1)).targets.push(...targets.map(unpackTarget));
    }
    super.set(key, node);
    return node;
  }
  override get size(): number {
    return super.size + this.ranges.size;
  }
}

/** The gazetteer from its packed names and the knowledge base's index (for what it knows of each entity). */
export function unpackGazetteer(packed: PackedGazetteer, entities: readonly Entity[]): Gazetteer {
  const ranges = new Map<string, [number, number]>();
  const rootTargets: AliasTarget[] = [];
  packed.aliases.forEach(([keys, targets], i) => {
    if (keys.length === 0) {
      rootTargets.push(...targets.map(unpackTarget));
      return;
    }
    const range = ranges.get(keys[0]!);
    if (range && range[1] === i) range[1] = i + 1;
    else if (range) throw new Error(`packed gazetteer: the names of "${keys[0]}" are not together`);
    else ranges.set(keys[0]!, [i, i + 1]);
  });
  const root: TrieNode = { next: new LazyRoot(packed.aliases, ranges), targets: rootTargets };
  return {
    root,
    stems: new Set(packed.stems),
    stemPrefixes: new Set(packed.stemPrefixes),
    ...entityMaps(entities),
  };
}
