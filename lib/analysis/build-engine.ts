import { buildGazetteer, type Gazetteer } from '../gazetteer/build';
import type { KnowledgeBase } from '../kb/knowledge-base';
import type { Entity, EntityId, EventEntity, Measure } from '../kb/types';
import { eventRules } from '../entities/events';
import type { NlpExtractor } from '../nlp/compromise-entities';

/** What analysis needs, built once per context: the knowledge base, its gazetteer, optionally NLP. */
export interface Engine {
  /** Full records for the cards: all of them in Node; in the extension, those loaded so far (lib/kb/store.ts). */
  kb: Pick<KnowledgeBase, 'entities' | 'get'>;
  /** Every entity's index entry (without facts, where the KB is read on demand): what matching needs. */
  entry(id: EntityId | string): Entity | undefined;
  gazetteer: Gazetteer;
  measuresOf(id: EntityId): readonly Measure[];
  events: ReturnType<typeof eventRules>;
  nlp?: NlpExtractor;
}

/** The engine over a knowledge base (full, or read on demand): no knowledge-base data imported here. */
export function buildEngine(
  kb: Pick<KnowledgeBase, 'entities' | 'get'>,
  nlp?: NlpExtractor,
  gazetteer: Gazetteer = buildGazetteer(kb.entities),
): Engine {
  const entries = new Map<string, Entity>(kb.entities.map((e) => [e.id, e]));
  const measures = new Map<string, Measure[]>();
  for (const e of kb.entities) measures.set(e.id, [...new Set((e.figures ?? []).map((f) => f.measure))]);
  const events = eventRules(
    gazetteer,
    kb.entities.filter((e): e is EventEntity => e.type === 'event'),
  );
  return { kb, entry: (id) => entries.get(id), gazetteer, events, measuresOf: (id) => measures.get(id) ?? [], nlp };
}
