import { entities } from '../lib/kb';
import { packKnowledgeBase } from '../lib/kb/pack';
import { KB_INDEX, kbShardPath } from '../lib/kb/store';

/** The knowledge base as extension files (lib/kb/pack.ts): the index and the record shards, minified JSON. */
export function kbAssets(): { relativeDest: string; contents: string }[] {
  const { index, shards } = packKnowledgeBase(entities);
  return [
    { relativeDest: KB_INDEX.slice(1), contents: JSON.stringify(index) },
    ...shards.map((list, n) => ({ relativeDest: kbShardPath(n).slice(1), contents: JSON.stringify(list) })),
  ];
}
