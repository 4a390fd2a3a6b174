import { countries } from './data/countries';
import { events } from './data/events';
import { organizations } from './data/organizations';
import { parties } from './data/parties';
import { people } from './data/people';
import { places } from './data/places';
import type { Entity, EntityId } from './types';

/** Every entity of the knowledge base. */
export const entities: readonly Entity[] = [
  ...countries,
  ...places,
  ...organizations,
  ...parties,
  ...people,
  ...events,
];

export interface KnowledgeBase {
  entities: readonly Entity[];
  get(id: EntityId | string): Entity | undefined;
}

export function createKnowledgeBase(list: readonly Entity[] = entities): KnowledgeBase {
  const byId = new Map<string, Entity>(list.map((e) => [e.id, e]));
  return { entities: list, get: (id) => byId.get(id) };
}
