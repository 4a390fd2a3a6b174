import { buildGazetteer, type Gazetteer } from '../gazetteer/build';
import { createKnowledgeBase, type KnowledgeBase } from '../kb';
import type { Entity, EntityId, EventEntity, Measure } from '../kb/types';
import { eventRules } from '../entities/events';
import type { NlpExtractor } from '../nlp/compromise-entities';

/** What analysis needs, built once per context: the knowledge base, its gazetteer, optionally NLP. */
export interface Engine {
  kb: KnowledgeBase;
  gazetteer: Gazetteer;
  measuresOf(id: EntityId): readonly Measure[];
  events: ReturnType<typeof eventRules>;
  nlp?: NlpExtractor;
}

export function createEngine(options: { entities?: readonly Entity[]; nlp?: NlpExtractor } = {}): Engine {
  const kb = createKnowledgeBase(options.entities);
  const gazetteer = buildGazetteer(kb.entities);
  const measures = new Map<string, Measure[]>();
  for (const e of kb.entities) measures.set(e.id, [...new Set((e.figures ?? []).map((f) => f.measure))]);
  const events = eventRules(
    gazetteer,
    kb.entities.filter((e): e is EventEntity => e.type === 'event'),
  );
  return { kb, gazetteer, events, measuresOf: (id) => measures.get(id) ?? [], nlp: options.nlp };
}
