import { buildEngine, type Engine } from '../analysis/build-engine';
import type { Analysis } from '../analysis/types';
import { openKbStore, type KbLoader, type KbStore } from '../kb/store';
import { createNlpExtractor, frozenLexicon } from '../nlp/compromise-entities';

export interface PackedEngine {
  engine: Engine;
  store: KbStore;
}

let kbOnly: Promise<PackedEngine> | undefined;
let full: Promise<PackedEngine> | undefined;
let fullReady = false;

/**
 * The engine without NLP: the knowledge base's index (fetched as data, not bundled) and its gazetteer. Enough
 * for the cards and the topic; a few milliseconds to build, where compromise takes a few hundred to load.
 */
export function loadKbEngine(loader: KbLoader): Promise<PackedEngine> {
  kbOnly ??= openKbStore(loader).then((store) => ({ store, engine: buildEngine(store) }));
  kbOnly.catch(() => (kbOnly = undefined));
  return kbOnly;
}

/**
 * The whole engine: the one above with compromise beside it for the names outside the knowledge base. The
 * full records come shard by shard as articles need them.
 */
export function loadPackedEngine(loader: KbLoader): Promise<PackedEngine> {
  full ??= Promise.all([loadKbEngine(loader), import('compromise')]).then(([{ store, engine }, { default: nlp }]) => {
    fullReady = true;
    return { store, engine: { ...engine, nlp: createNlpExtractor(nlp, frozenLexicon(store.entities)) } };
  });
  full.catch(() => (full = undefined));
  return full;
}

/** Whether compromise is loaded: an analysis now costs no wait for it. */
export const nlpReady = () => fullReady;

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
