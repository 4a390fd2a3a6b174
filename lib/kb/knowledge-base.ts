import type { Entity, EntityId } from './types';

export interface KnowledgeBase {
  entities: readonly Entity[];
  get(id: EntityId | string): Entity | undefined;
}

/** A knowledge base over entities in memory; importing this module brings no data with it. */
export function knowledgeBase(list: readonly Entity[]): KnowledgeBase {
  const byId = new Map<string, Entity>(list.map((e) => [e.id, e]));
  return { entities: list, get: (id) => byId.get(id) };
}
