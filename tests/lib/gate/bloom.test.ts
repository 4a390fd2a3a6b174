import { describe, expect, test } from 'vitest';
import { bloomFrom, bloomHas, packBloom, packedBloomHas } from '@/lib/gate/bloom';
import { gateKeys } from '@/lib/gate/gate-keys';
import { GATE_FILTERS } from '@/lib/gate/gate-keys.generated';
import { filterIndex } from '@/lib/gate/signal';
import { entities } from '@/lib/kb';
import { readdirSync, readFileSync } from 'node:fs';
import { stemOf } from '@/lib/gate/signal';
import { fold } from '@/lib/text/fold';

const keys = gateKeys(entities);

/**
 * Distinct strings shaped like keys (stems of five letters, one to three words) that are not keys. The
 * generator multiplies with Math.imul and reads its high bits: a plain multiply lost precision past 2^53
 * and the low bits repeat, so 50,000 draws had been 1,982 strings, one false positive counted 39 times.
 */
function strangers(n: number): string[] {
  const known = new Set(keys);
  const out = new Set<string>();
  let seed = 7;
  const letter = () => String.fromCharCode(97 + (((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16) % 26));
  while (out.size < n) {
    const words = 1 + (out.size % 3);
    const key = Array.from({ length: words }, () => Array.from({ length: 5 }, letter).join('')).join(' ');
    if (!known.has(key)) out.add(key);
  }
  return [...out];
}

describe('the Bloom filter the content script carries', () => {
  test('every key is in it, also packed four bits to a character and read in place', () => {
    const filter = bloomFrom(keys, 1e-4);
    const packed = JSON.parse(JSON.stringify(packBloom(filter)));
    expect(keys.filter((k) => !bloomHas(filter, k))).toEqual([]);
    expect(keys.filter((k) => !packedBloomHas(packed, k))).toEqual([]);
    // Packed and unpacked answer alike, for keys and for others.
    const others = strangers(5_000);
    expect(others.map((k) => packedBloomHas(packed, k))).toEqual(others.map((k) => bloomHas(filter, k)));
  });

  test('other keys are answered yes about as rarely as asked (1 in 10,000)', () => {
    const filter = bloomFrom(keys, 1e-4);
    const others = strangers(50_000);
    const yes = others.filter((k) => bloomHas(filter, k)).length;
    console.log(
      `# Bloom filter: ${keys.length} keys in ${filter.bits.length} bytes, k=${filter.k}; ${yes} of ${others.length} others answered yes`,
    );
    expect(yes / others.length).toBeLessThan(5e-4);
    expect(filter.bits.length).toBeLessThan(keys.length * 3);
  });

  test('real words answer yes as rarely too: the stems of the fixture articles’ words that are no key', () => {
    const filter = bloomFrom(keys, 1e-4);
    const known = new Set(keys);
    const dir = 'tests/fixtures/articles';
    const words = new Set<string>();
    for (const d of readdirSync(dir)) {
      const text = readFileSync(`${dir}/${d}/source.html`, 'utf8').replace(/<[^>]+>/g, ' ');
      const list = text.match(/\p{L}+/gu) ?? [];
      list.forEach((w, i) => {
        words.add(stemOf(fold(w)));
        if (list[i + 1]) words.add(`${stemOf(fold(w))} ${stemOf(fold(list[i + 1]!))}`);
      });
    }
    const others = [...words].filter((k) => !known.has(k));
    const yes = others.filter((k) => bloomHas(filter, k)).length;
    expect(others.length).toBeGreaterThan(10_000);
    expect(yes / others.length).toBeLessThan(5e-4);
  });

  test('the generated filters hold every name of the knowledge base (npm run generate)', () => {
    const index = filterIndex(GATE_FILTERS);
    expect(keys.filter((k) => !index.names.has(k))).toEqual([]);
    expect(keys.filter((k) => !index.firsts.has(k.split(' ')[0]!))).toEqual([]);
  });
});

describe('the gate keys', () => {
  test('a longer name holding a word that is a key by itself is no key of its own', () => {
    const set = new Set(keys);
    expect(set.has('saraj')).toBe(true);
    expect(keys.filter((k) => k.includes(' ') && k.split(' ').some((w) => set.has(w)))).toEqual([]);
    // The names whose words are no keys alone stay: Republika Srpska, Kosovo Force.
    expect(set.has('repub srpsk')).toBe(true);
  });
});
