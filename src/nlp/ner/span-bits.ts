// A quick "no listed name is or begins with these words" for extending a multi-word name match
// word by word (the place and name lists' features). One bit per FNV-1a hash of every listed
// name of two or more words and of each of its first two or more words, in 128 KB that stay in
// the CPU caches. A span's hash grows word by word without joining the words, so a clear bit
// ends the extension without building a key string and hashing it in a Map (most extensions end
// there); only on a set bit are the words joined and looked up.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SPACE = 0x20;
/** Bits of the hash that pick the bit: 2^20 bits. */
const INDEX_BITS = 20;

/** FNV-1a of the characters of `word` continued from `h`. */
function fnv(h: number, word: string): number {
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h;
}

/** The hash of a span of one word (see SpanBits.extend). */
export function spanHash(word: string): number {
  return fnv(FNV_OFFSET, word);
}

export class SpanBits {
  private readonly bits = new Uint32Array(1 << (INDEX_BITS - 5));

  /** Adds a listed name (words joined by single spaces): its first two words, first three, …, all. */
  add(name: string): void {
    let h = FNV_OFFSET;
    let words = 1;
    for (let i = 0; i < name.length; i++) {
      const c = name.charCodeAt(i);
      if (c === SPACE) {
        if (words >= 2) this.set(h);
        words++;
      }
      h = Math.imul(h ^ c, FNV_PRIME);
    }
    if (words >= 2) this.set(h);
  }

  /** The hash of the span hashed `h` followed by `word` (its key: the two joined by a space). */
  extend(h: number, word: string): number {
    return fnv(Math.imul(h ^ SPACE, FNV_PRIME), word);
  }

  /** False when the span hashed `h` (two or more words) is no listed name and begins none. */
  mayBegin(h: number): boolean {
    const k = h >>> (32 - INDEX_BITS);
    return ((this.bits[k >>> 5] >>> (k & 31)) & 1) === 1;
  }

  private set(h: number): void {
    const k = h >>> (32 - INDEX_BITS);
    this.bits[k >>> 5] |= 1 << (k & 31);
  }
}
