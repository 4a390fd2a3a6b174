import type { PackedGazetteer } from '../gazetteer/pack';
import { shardOf } from './pack';
import type { Entity, EntityId } from './types';

/** Where the packed knowledge base comes from: the extension's own files, or memory in Node. */
export interface KbLoader {
  index(): Promise<readonly Entity[]>;
  shard(n: number): Promise<readonly Entity[]>;
  /** The gazetteer's names, built with the extension (else the engine builds them from the index). */
  gazetteer?(): Promise<PackedGazetteer>;
}

/**
 * Full records read on demand: `get` gives an entity's record once `load` has fetched its shard (the shard
 * is known from the id alone, so no index is needed for this). A shard that fails is tried again next time.
 */
export interface KbRecords {
  get(id: EntityId | string): Entity | undefined;
  /** Fetches the records of these ids; resolves true when new records arrived. */
  load(ids: Iterable<string>): Promise<boolean>;
}

/**
 * `nearby`: a place that may hold some of the records already, asked first (the panel asks the analyser,
 * which has just read them: one message instead of a fetch per shard); the shards give the rest.
 */
export function kbRecords(shard: KbLoader['shard'], nearby?: (ids: string[]) => Promise<readonly Entity[]>): KbRecords {
  const records = new Map<string, Entity>();
  const shards = new Map<number, Promise<void>>();
  const fetchShard = (n: number) => {
    let p = shards.get(n);
    if (!p) {
      p = shard(n).then(
        (list) => {
          for (const e of list) records.set(e.id, e);
        },
        (error: unknown) => {
          shards.delete(n);
          throw error;
        },
      );
      shards.set(n, p);
    }
    return p;
  };
  return {
    get: (id) => records.get(id),
    async load(ids) {
      let missing = [...new Set(ids)].filter((id) => !records.has(id));
      const before = records.size;
      if (nearby && missing.length > 0) {
        for (const e of await nearby(missing).catch(() => [])) records.set(e.id, e);
        missing = missing.filter((id) => !records.has(id));
      }
      await Promise.all([...new Set(missing.map(shardOf))].map(fetchShard));
      return records.size > before;
    },
  };
}

/** The index (every entity, without facts) with the records beside it: what the analyser works from. */
export interface KbStore extends KbRecords {
  entities: readonly Entity[];
  /** The index entry: names, type, relations, coordinates; no facts. */
  entry(id: EntityId | string): Entity | undefined;
}

export async function openKbStore(loader: KbLoader): Promise<KbStore> {
  const index = await loader.index();
  const entries = new Map<string, Entity>(index.map((e) => [e.id, e]));
  const records = kbRecords(loader.shard);
  return {
    entities: index,
    get: records.get,
    entry: (id) => entries.get(id),
    load: (ids) => records.load([...ids].filter((id) => entries.has(id))),
  };
}

/** The packed files as the build writes them (modules/kb-assets.ts), fetched from the extension itself. */
export function fetchLoader(url: (path: string) => string, fetcher: typeof fetch = (...a) => fetch(...a)): KbLoader {
  const get = async <T = readonly Entity[]>(path: string): Promise<T> => {
    const response = await fetcher(url(path));
    if (!response.ok) throw new Error(`knowledge base file ${path}: HTTP ${response.status}`);
    return (await response.json()) as T;
  };
  return {
    index: () => get(KB_INDEX),
    shard: (n) => get(kbShardPath(n)),
    gazetteer: () => get<PackedGazetteer>(KB_GAZETTEER),
  };
}

export const KB_INDEX = '/kb/index.json';
/** The gazetteer's names, packed (lib/gazetteer/pack.ts). */
export const KB_GAZETTEER = '/kb/gazetteer.json';
/** compromise's lexicon of the knowledge base's names (lib/nlp/compromise-entities.ts frozenLexicon). */
export const KB_LEXICON = '/kb/lexicon.json';
export const kbShardPath = (n: number) => `/kb/records-${String(n).padStart(2, '0')}.json`;
