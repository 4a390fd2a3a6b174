import { buildEngine, type Engine } from '../analysis/build-engine';
import type { Analysis } from '../analysis/types';
import { unpackGazetteer } from '../gazetteer/pack';
import { openKbStore, type KbLoader, type KbStore } from '../kb/store';
import type { NlpEntity, NlpExtractor } from '../nlp/compromise-entities';
import type { NlpSource } from '../nlp/nlp-port';

export interface PackedEngine {
  engine: Engine;
  store: KbStore;
}

let kbOnly: Promise<PackedEngine> | undefined;

/**
 * The engine over the knowledge base's index (fetched as data, not bundled) and its gazetteer: the cards and
 * the topic. The names outside the knowledge base come from an NlpSource beside it (a worker, in the browser).
 */
export function loadKbEngine(loader: KbLoader): Promise<PackedEngine> {
  kbOnly ??= Promise.all([openKbStore(loader), loader.gazetteer?.()]).then(([store, names]) => ({
    store,
    engine: buildEngine(store, undefined, names && unpackGazetteer(names, store.entities)),
  }));
  kbOnly.catch(() => (kbOnly = undefined));
  return kbOnly;
}

/**
 * One analysis in two runs. The first, on the knowledge base alone, finds the entities and asks for what is
 * missing: the records of its cards, and the names compromise would find in its text. Both are fetched at
 * once, and the second run (the cheap part next to fetching) has them. Without `nlp` (it is still loading),
 * the result says its names are pending; when it fails, the result is the knowledge base's alone. A page that is not about the region (and not asked for) stops after
 * the first run: no cards, so nothing to fetch.
 */
export async function analyseInTwoRuns(
  packed: PackedEngine,
  run: (engine: Engine) => Analysis | null,
  options: { onRequest?: boolean; nlp?: NlpSource } = {},
): Promise<Analysis | null> {
  const { engine, store } = packed;
  let asked: { text: string; lang: string | null } | null = null;
  const probe: NlpExtractor = (text, lang = null) => ((asked = { text, lang }), []);
  const first = run({ ...engine, nlp: probe });
  if (!first || !(first.topic.isBalkans || options.onRequest)) return first;
  const want = asked as { text: string; lang: string | null } | null;
  const [loaded, names] = await Promise.all([
    store.load(first.entities.flatMap((e) => (e.id ? [e.id] : []))),
    want && options.nlp ? options.nlp.extract(want.text, want.lang).catch(() => null) : null,
  ]);
  const pending = want !== null && !options.nlp;
  const result = loaded || names ? run({ ...engine, nlp: names ? found(want!.text, names) : probe }) : first;
  return result && pending ? { ...result, namesPending: true } : result;
}

/** The names found for one text, as the engine asks for them. */
const found =
  (text: string, names: NlpEntity[]): NlpExtractor =>
  (asked) =>
    asked === text ? names : [];
