import type { EntityResult } from '../analysis/types';
import type { KnowledgeBase } from '../kb/knowledge-base';

export interface PlacePoint {
  id: string;
  name: string;
  lat: number;
  lon: number;
  mentions: number;
}

/** Areas are drawn as shapes, not points: a country's dot would stand on its capital. */
const AREAS = new Set(['country', 'territory', 'region', 'entity', 'district']);

/** The places the article names, with coordinates, for the locator map. */
export function placesFor(entities: readonly EntityResult[], kb: Pick<KnowledgeBase, 'get'>): PlacePoint[] {
  const out: PlacePoint[] = [];
  for (const e of entities) {
    const entity = e.id ? kb.get(e.id) : undefined;
    if (!entity || entity.type !== 'place' || AREAS.has(entity.kind)) continue;
    out.push({
      id: entity.id,
      name: entity.name,
      lat: entity.coords.lat,
      lon: entity.coords.lon,
      mentions: Math.max(1, e.count),
    });
  }
  return out;
}
