// Word shingles, MinHash signatures and LSH banding for near-copy detection.
import { fold } from './names.ts';

/** 32-bit FNV-1a. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Murmur3 finaliser: a cheap, well-mixed 32-bit permutation of x under a seed. */
function mix(x: number, seed: number): number {
  let h = (x ^ seed) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Hashes of the article's k-word shingles, over accent- and case-folded words. */
export function shingleSet(text: string, k: number): Set<number> {
  const words = fold(text).split(' ').filter(Boolean);
  const out = new Set<number>();
  for (let i = 0; i + k <= words.length; i++) out.add(fnv1a(words.slice(i, i + k).join(' ')));
  return out;
}

export function minhash(shingles: Set<number>, permutations: number): Uint32Array {
  const sig = new Uint32Array(permutations).fill(0xffffffff);
  for (const s of shingles) {
    for (let i = 0; i < permutations; i++) {
      const v = mix(s, Math.imul(i + 1, 0x9e3779b1) >>> 0);
      if (v < sig[i]) sig[i] = v;
    }
  }
  return sig;
}

/** Buckets up to this size are compared pair by pair. */
const SMALL_BUCKET = 8;

/** Pairs of items whose signatures agree on every row of at least one band. Items in the given order. */
export function lshCandidates(signatures: Uint32Array[], rows: number): Array<[number, number]> {
  const pairs = new Set<string>();
  const out: Array<[number, number]> = [];
  const bands = signatures.length ? signatures[0].length / rows : 0;
  for (let b = 0; b < bands; b++) {
    const buckets = new Map<string, number[]>();
    signatures.forEach((sig, item) => {
      if (sig[0] === 0xffffffff) return; // no shingles
      const key = Array.from(sig.subarray(b * rows, (b + 1) * rows)).join(',');
      let bucket = buckets.get(key);
      if (!bucket) buckets.set(key, (bucket = []));
      bucket.push(item);
    });
    const emit = (a: number, b: number) => {
      const id = `${a},${b}`;
      if (!pairs.has(id)) {
        pairs.add(id);
        out.push([a, b]);
      }
    };
    for (const bucket of buckets.values()) {
      if (bucket.length <= SMALL_BUCKET) {
        for (let i = 0; i < bucket.length; i++) for (let j = i + 1; j < bucket.length; j++) emit(bucket[i], bucket[j]);
        continue;
      }
      // Hundreds of copies of one wire story share a bucket: compare each with the first and with
      // its neighbour instead of every pair; near-copy groups are closed transitively anyway.
      for (let i = 1; i < bucket.length; i++) {
        emit(bucket[0], bucket[i]);
        if (i > 1) emit(bucket[i - 1], bucket[i]);
      }
    }
  }
  return out.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

export function overlap(a: Set<number>, b: Set<number>): { jaccard: number; containment: number } {
  if (a.size === 0 || b.size === 0) return { jaccard: 0, containment: 0 };
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return { jaccard: shared / (a.size + b.size - shared), containment: shared / small.size };
}
