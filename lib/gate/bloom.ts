/**
 * A Bloom filter: set membership in a few bits per key, with no false negatives and a chosen rate of false
 * positives. The content script carries the region's names this way (about 6 KB for 2,500 names, where the
 * names themselves were 36 KB for every page to parse); a rare false positive only lets a page through to
 * the analyser, which reads it properly.
 *
 * Every step of hashing and probing stays below 2^30, a small integer to V8: the content script runs once
 * per page, in the interpreter, where each larger intermediate is a heap number allocated (32-bit FNV and
 * (h1 + i·h2) % m were the script's costliest steps, profiled).
 */
export interface BloomFilter {
  /** Bits (a prime, so that every step visits distinct bits). */
  m: number;
  /** Hashes per key. */
  k: number;
  bits: Uint8Array;
}

/** The filter as the generated module writes it: the bits four to a character, as hexadecimal digits. */
export interface PackedBloom {
  m: number;
  k: number;
  bits: string;
}

/** The hash is kept to 25 bits: (h · 31 + unit) then stays under 2^30. */
const MASK = 0x1ffffff;

/**
 * One polynomial hash of the key's UTF-16 units, mixed at the end: where the probes start, and their
 * step (from the hash's other bits). One multiply, add and mask per unit: the interpreter's whole cost.
 */
let start = 0;
let stride = 0;
function hash(key: string, m: number): void {
  let h = key.length;
  for (let i = 0; i < key.length; i++) h = (h * 31 + key.charCodeAt(i)) & MASK;
  // Mixed twice (shift, small multiply): the polynomial's low bits follow the letters' low bits, and a
  // single mix left real words' stems answered yes four times as often as the filter is built for.
  h ^= h >> 11;
  h = (h * 29) & MASK;
  h ^= h >> 13;
  h = (h * 23) & MASK;
  h ^= h >> 10;
  start = h % m;
  stride = 1 + ((((h >> 9) ^ (h & 0x1ff)) * 977) % (m - 1));
}

const isPrime = (n: number) => {
  if (n < 2) return false;
  for (let d = 2; d * d <= n; d++) if (n % d === 0) return false;
  return true;
};

/** A filter for these keys with about `falsePositives` of other keys answered yes. */
export function bloomFrom(keys: readonly string[], falsePositives: number): BloomFilter {
  const n = Math.max(keys.length, 1);
  let m = Math.max(3, Math.ceil((-n * Math.log(falsePositives)) / Math.LN2 ** 2));
  while (!isPrime(m)) m++;
  const k = Math.max(1, Math.round((m / n) * Math.LN2));
  const bits = new Uint8Array(Math.ceil(m / 8));
  for (const key of keys) {
    hash(key, m);
    for (let i = 0, bit = start; i < k; i++, bit = (bit + stride) % m) bits[bit >>> 3]! |= 1 << (bit & 7);
  }
  return { m, k, bits };
}

export function bloomHas(filter: BloomFilter, key: string): boolean {
  const { m, k, bits } = filter;
  hash(key, m);
  for (let i = 0, bit = start; i < k; i++, bit = (bit + stride) % m)
    if ((bits[bit >>> 3]! & (1 << (bit & 7))) === 0) return false;
  return true;
}

const HEX = '0123456789abcdef';
const nibble = (code: number) => (code >= 97 ? code - 87 : code - 48);

export function packBloom(filter: BloomFilter): PackedBloom {
  let bits = '';
  for (let at = 0; at < filter.m; at += 4) {
    let v = 0;
    for (let b = 0; b < 4 && at + b < filter.m; b++) {
      const bit = at + b;
      if (filter.bits[bit >>> 3]! & (1 << (bit & 7))) v |= 1 << b;
    }
    bits += HEX[v];
  }
  return { m: filter.m, k: filter.k, bits };
}

/** Membership in a packed filter, read in place (four bits to a character: shifts, no division). */
export function packedBloomHas(filter: PackedBloom, key: string): boolean {
  const { m, k, bits } = filter;
  hash(key, m);
  for (let i = 0, bit = start; i < k; i++) {
    if ((nibble(bits.charCodeAt(bit >> 2)) & (1 << (bit & 3))) === 0) return false;
    bit += stride;
    if (bit >= m) bit -= m;
  }
  return true;
}
