import { shardOf } from './pack';
import type { Entity, EntityId } from './types';

/** Where the packed knowledge base comes from: the extension's own files, or memory in Node. */
export interface KbLoader {
  index(): Promise<readonly Entity[]>;
  shard(n: number): Promise<readonly Entity[]>;
}

/**
 * Full records read on demand: `get` gives an entity's record once `load` has fetched its shard (the shard
 * is known from the id alone, so no index is needed for this). A shard that fails is tried again next time.
 */
export interface KbRecords {
  get(id: EntityId | string): Entity | undefined;
  /** Fetches the records of these ids; resolves true when a shard was new. */
  load(ids: Iterable<string>): Promise<boolean>;
}

export function kbRecords(shard: KbLoader['shard']): KbRecords {
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
      const wanted = [...new Set([...ids].filter((id) => !records.has(id)).map(shardOf))];
      const fresh = wanted.filter((n) => !shards.has(n));
      await Promise.all(wanted.map(fetchShard));
      return fresh.length > 0;
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
  const get = async (path: string) => {
    const response = await fetcher(url(path));
    if (!response.ok) throw new Error(`knowledge base file ${path}: HTTP ${response.status}`);
    return (await response.json()) as readonly Entity[];
  };
  return {
    index: () => get(KB_INDEX),
    shard: (n) => get(kbShardPath(n)),
  };
}

export const KB_INDEX = '/kb/index.json';
export const kbShardPath = (n: number) => `/kb/records-${String(n).padStart(2, '0')}.json`;
