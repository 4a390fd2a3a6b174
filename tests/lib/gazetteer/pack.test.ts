import { describe, expect, test } from 'vitest';
import { entities } from '@/lib/kb';
import { buildGazetteer } from '@/lib/gazetteer/build';
import { packGazetteer, unpackGazetteer } from '@/lib/gazetteer/pack';
import { indexEntry } from '@/lib/kb/pack';

describe('the gazetteer packed at build time', () => {
  test('unpacks, from JSON and the index, to the gazetteer built from the knowledge base', () => {
    const built = buildGazetteer(entities);
    const packed = JSON.parse(JSON.stringify(packGazetteer(built)));
    const unpacked = unpackGazetteer(packed, entities.map(indexEntry));
    expect(unpacked.stems).toEqual(built.stems);
    expect(unpacked.stemPrefixes).toEqual(built.stemPrefixes);
    expect(unpacked.context).toEqual(built.context);
    // The root's children are made when a word asks for them: every one the built trie has, made, is equal.
    expect(unpacked.root.next.size).toBe(built.root.next.size);
    expect(unpacked.root.targets).toEqual(built.root.targets);
    for (const [key, child] of built.root.next) expect(unpacked.root.next.get(key)).toEqual(child);
    expect(unpacked.root.next.get('no-such-first-word')).toBeUndefined();
    // Spot checks: inflection stems, and a two-word alias with its flags.
    expect(built.stems.has('kosovo')).toBe(true);
    const srpska = unpacked.root.next.get('republika')?.next.get('srpska');
    expect(srpska?.targets.map((t) => t.id)).toContain('republika-srpska');
  });
});
