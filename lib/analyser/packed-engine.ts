import { buildEngine, type Engine } from '../analysis/build-engine';
import type { Analysis } from '../analysis/types';
import { openKbStore, type KbLoader, type KbStore } from '../kb/store';
import { createNlpExtractor, frozenLexicon } from '../nlp/compromise-entities';

export interface PackedEngine {
  engine: Engine;
  store: KbStore;
}

let pending: Promise<PackedEngine> | undefined;

/**
 * The extension's engine: built from the knowledge base's index (fetched as data, not bundled), with
 * compromise loaded beside it; the full records come shard by shard as articles need them.
 */
export function loadPackedEngine(loader: KbLoader): Promise<PackedEngine> {
  pending ??= Promise.all([openKbStore(loader), import('compromise')]).then(([store, { default: nlp }]) => ({
    store,
    engine: buildEngine(store, createNlpExtractor(nlp, frozenLexicon(store.entities))),
  }));
  pending.catch(() => (pending = undefined));
  return pending;
}

/**
 * Runs an analysis, and when it would show cards whose records are not loaded yet, loads them and runs it
 * again (the second run is the cheap part: the text is short work next to fetching).
 */
export async function analyseWithRecords(
  store: KbStore,
  run: () => Analysis | null,
  onRequest = false,
): Promise<Analysis | null> {
  const first = run();
  if (!first || !(first.topic.isBalkans || onRequest)) return first;
  const loaded = await store.load(first.entities.flatMap((e) => (e.id ? [e.id] : [])));
  return loaded ? run() : first;
}
