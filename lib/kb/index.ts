import { countries } from './data/countries';
import { events } from './data/events';
import { organizations } from './data/organizations';
import { parties } from './data/parties';
import { people } from './data/people';
import { places } from './data/places';
import type { Entity } from './types';
import { knowledgeBase, type KnowledgeBase } from './knowledge-base';
import { entitiesFromJson } from './json';
import placesGeonames from './data/places-geonames.json';

/** Every entity of the knowledge base. */
export const entities: readonly Entity[] = [
  ...countries,
  ...places,
  ...organizations,
  ...parties,
  ...people,
  ...events,
  ...entitiesFromJson(placesGeonames),
];

export type { KnowledgeBase } from './knowledge-base';

/** The whole bundled knowledge base in memory (Node), or the entities given. */
export function createKnowledgeBase(list: readonly Entity[] = entities): KnowledgeBase {
  return knowledgeBase(list);
}
