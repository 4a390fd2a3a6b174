import { entities } from '../lib/kb';
import { packKnowledgeBase } from '../lib/kb/pack';
import { buildGazetteer } from '../lib/gazetteer/build';
import { packGazetteer } from '../lib/gazetteer/pack';
import { KB_GAZETTEER, KB_INDEX, KB_LEXICON, kbShardPath } from '../lib/kb/store';
import { frozenLexicon } from '../lib/nlp/compromise-entities';

/**
 * The knowledge base as extension files (lib/kb/pack.ts): the index and the record shards, the gazetteer's
 * names (lib/gazetteer/pack.ts) and the NLP worker's lexicon, minified JSON.
 */
export function kbAssets(): { relativeDest: string; contents: string }[] {
  const { index, shards } = packKnowledgeBase(entities);
  return [
    { relativeDest: KB_INDEX.slice(1), contents: JSON.stringify(index) },
    { relativeDest: KB_GAZETTEER.slice(1), contents: JSON.stringify(packGazetteer(buildGazetteer(entities))) },
    { relativeDest: KB_LEXICON.slice(1), contents: JSON.stringify(frozenLexicon(entities)) },
    ...shards.map((list, n) => ({ relativeDest: kbShardPath(n).slice(1), contents: JSON.stringify(list) })),
  ];
}
