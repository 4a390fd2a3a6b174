/**
 * A Bloom filter: set membership in a few bits per key, with no false negatives and a chosen rate of false
 * positives. The content script carries the region's names this way (about 6 KB for 2,500 names, where the
 * names themselves were 36 KB for every page to parse); a rare false positive only lets a page through to
 * the analyser, which reads it properly.
 */
export interface BloomFilter {
  /** Bits. */
  m: number;
  /** Hashes per key. */
  k: number;
  bits: Uint8Array;
}

/** The filter as the generated module writes it: the bits six to a character (lib/gate/bloom.ts ALPHABET). */
export interface PackedBloom {
  m: number;
  k: number;
  bits: string;
}

/** Two 32-bit FNV-1a hashes of the key's UTF-16 units, with different offsets: the rest by double hashing. */
function hashes(key: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  // The step must be odd, or half the bits could never be reached when m is even.
  return [a >>> 0, (b | 1) >>> 0];
}

/** A filter for these keys with about `falsePositives` of other keys answered yes. */
export function bloomFrom(keys: readonly string[], falsePositives: number): BloomFilter {
  const n = Math.max(keys.length, 1);
  const m = Math.ceil((-n * Math.log(falsePositives)) / Math.LN2 ** 2);
  const k = Math.max(1, Math.round((m / n) * Math.LN2));
  const bits = new Uint8Array(Math.ceil(m / 8));
  for (const key of keys) {
    const [h1, h2] = hashes(key);
    for (let i = 0; i < k; i++) {
      const bit = (h1 + i * h2) % m;
      bits[bit >>> 3]! |= 1 << (bit & 7);
    }
  }
  return { m, k, bits };
}

export function bloomHas(filter: BloomFilter, key: string): boolean {
  const [h1, h2] = hashes(key);
  for (let i = 0; i < filter.k; i++) {
    const bit = (h1 + i * h2) % filter.m;
    if ((filter.bits[bit >>> 3]! & (1 << (bit & 7))) === 0) return false;
  }
  return true;
}

/** Six bits per character, so the packed filter is read where it lies: no decoding on the page. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const sixBits = (code: number) =>
  code >= 97 ? code - 71 : code >= 65 ? code - 65 : code >= 48 ? code + 4 : code === 43 ? 62 : 63;

export function packBloom(filter: BloomFilter): PackedBloom {
  let bits = '';
  for (let at = 0; at < filter.m; at += 6) {
    let v = 0;
    for (let b = 0; b < 6 && at + b < filter.m; b++) {
      const bit = at + b;
      if (filter.bits[bit >>> 3]! & (1 << (bit & 7))) v |= 1 << b;
    }
    bits += ALPHABET[v];
  }
  return { m: filter.m, k: filter.k, bits };
}

/** Membership in a packed filter, read in place. */
export function packedBloomHas(filter: PackedBloom, key: string): boolean {
  const [h1, h2] = hashes(key);
  for (let i = 0; i < filter.k; i++) {
    const bit = (h1 + i * h2) % filter.m;
    if ((sixBits(filter.bits.charCodeAt((bit / 6) | 0)) & (1 << (bit % 6))) === 0) return false;
  }
  return true;
}
