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

/** The gazetteer from its packed names and the knowledge base's index (for what it knows of each entity). */
export function unpackGazetteer(packed: PackedGazetteer, entities: readonly Entity[]): Gazetteer {
  const root: TrieNode = { next: new Map(), targets: [] };
  for (const [keys, targets] of packed.aliases) nodeAt(root, keys).targets.push(...targets.map(unpackTarget));
  return {
    root,
    stems: new Set(packed.stems),
    stemPrefixes: new Set(packed.stemPrefixes),
    ...entityMaps(entities),
  };
}
