import { createEngine, type Engine } from '../analysis/engine';
import { entities } from '../kb';
import { createNlpExtractor, frozenLexicon } from '../nlp/compromise-entities';

let pending: Promise<Engine> | undefined;

/**
 * The engine with NLP, built on first use: compromise (~140 KiB gzip, ~200 ms to load) is imported only
 * when an article needs it, and once per analyser.
 */
export function loadEngine(): Promise<Engine> {
  pending ??= import('compromise').then(({ default: nlp }) =>
    createEngine({ entities, nlp: createNlpExtractor(nlp, frozenLexicon(entities)) }),
  );
  return pending;
}
