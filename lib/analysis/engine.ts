import { createKnowledgeBase, type KnowledgeBase } from '../kb';
import type { Entity } from '../kb/types';
import type { NlpExtractor } from '../nlp/compromise-entities';
import { buildEngine, type Engine } from './build-engine';

export type { Engine } from './build-engine';

/** The engine over the bundled knowledge base (Node: the CLI, tests, bench), or over the entities given. */
export function createEngine(
  options: { entities?: readonly Entity[]; kb?: Pick<KnowledgeBase, 'entities' | 'get'>; nlp?: NlpExtractor } = {},
): Engine {
  return buildEngine(options.kb ?? createKnowledgeBase(options.entities), options.nlp);
}
