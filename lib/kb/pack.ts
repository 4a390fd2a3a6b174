import type { Entity } from './types';

/**
 * The knowledge base as the extension ships it: an index that holds everything matching and linking need
 * (names, type, region, importance, relations, figures' measures, contested terms, coordinates) and the
 * full records (facts and their sources, which are most of the bytes) in shards fetched when a card needs them.
 */
export interface PackedKnowledgeBase {
  index: readonly Entity[];
  shards: readonly (readonly Entity[])[];
}

/** Enough shards that a page's dozen cards fetch a few small files, few enough to keep the package tidy. */
export const SHARDS = 32;

/** Which shard holds an entity's record: FNV-1a of its id, so it is stable across builds. */
export function shardOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) % SHARDS;
}

/** The index form of an entity: its record without facts or links out. */
export function indexEntry(e: Entity): Entity {
  const entry = { ...e, facts: [] } as Entity;
  delete entry.wikipedia;
  return entry;
}

export function packKnowledgeBase(list: readonly Entity[]): PackedKnowledgeBase {
  const shards: Entity[][] = Array.from({ length: SHARDS }, () => []);
  for (const e of list) shards[shardOf(e.id)]!.push(e);
  return { index: list.map(indexEntry), shards };
}
