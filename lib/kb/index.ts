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
import alHrSi from './data/al-hr-si.json';
import ba from './data/ba.json';
import history from './data/history.json';
import intl from './data/intl.json';
import media from './data/media.json';
import universities from './data/universities.json';
import rivers from './data/rivers.json';
import economy from './data/economy.json';
import meMk from './data/me-mk.json';
import rs from './data/rs.json';
import xk from './data/xk.json';

/** Every entity of the knowledge base. */
export const entities: readonly Entity[] = [
  ...countries,
  ...places,
  ...organizations,
  ...parties,
  ...people,
  ...events,
  // The breadth, as data: one file per country or theme (lib/kb/json.ts), and the generated places.
  ...[rs, xk, ba, meMk, alHrSi, intl, media, universities, rivers, economy, history, placesGeonames].flatMap(
    entitiesFromJson,
  ),
];

export type { KnowledgeBase } from './knowledge-base';

/** The whole bundled knowledge base in memory (Node), or the entities given. */
export function createKnowledgeBase(list: readonly Entity[] = entities): KnowledgeBase {
  return knowledgeBase(list);
}
