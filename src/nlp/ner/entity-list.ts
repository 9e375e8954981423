// Training-set entity lists as features: every gold entity of the training documents, kept as the
// chained hash of its lower-cased words (no text) with, per type, the number of training documents
// that tag it so. A token gets the majority type of the longest listed span covering it, and the
// types its word took inside entities. While training, each document sees the list without its own
// contribution (leave one document out), so the weights learn how far such a list can be trusted
// on documents whose entities it has never seen.
import { mix } from './hash.ts';

const SEED = 0x2f6b1d3;
/** PER, ORG, LOC, MISC, and (words only) capitalised but outside any entity, and lower case. */
const TYPES = 6;
const ROW = 4 + 2 * TYPES;

/** Counts of the types (PER, ORG, LOC, MISC; O for words) per key; a view may leave one document out. */
export interface EntityList {
  /** Counts for a span key (chained hash of its words' lower-case hashes), or null. */
  span(key: number): ArrayLike<number> | null;
  /** The most words a listed span starting with this word has (0 none). */
  longest(first: number): number;
  /** Per type, documents where this word occurs inside an entity of the type (null when none). */
  word(lower: number): ArrayLike<number> | null;
}

/** Chained key of a span's words: spanKey(spanKey(…, w0), w1). */
export function spanStart(lower: number): number {
  return mix(SEED, lower);
}
export function spanNext(key: number, lower: number): number {
  return mix(key, lower);
}

export class EntityCounts implements EntityList {
  readonly spans = new Map<number, Uint16Array>();
  readonly longestFrom = new Map<number, number>();
  readonly words = new Map<number, Uint16Array>();

  span(key: number) {
    return this.spans.get(key) ?? null;
  }
  longest(first: number) {
    return this.longestFrom.get(first) ?? 0;
  }
  word(lower: number) {
    return this.words.get(lower) ?? null;
  }

  /** One document's distinct (span, type) and (word, type) pairs: the same sets a view removes. */
  static documentEntries(entities: { lowers: ArrayLike<number>; type: number }[], outside: ArrayLike<number> = [], lowerCase: ArrayLike<number> = []) {
    const spans = new Map<number, number>();
    const words = new Map<number, number>();
    const longest = new Map<number, number>();
    for (const e of entities) {
      let key = spanStart(e.lowers[0]);
      for (let k = 1; k < e.lowers.length; k++) key = spanNext(key, e.lowers[k]);
      spans.set(key, (spans.get(key) ?? 0) | (1 << e.type));
      longest.set(e.lowers[0], Math.max(longest.get(e.lowers[0]) ?? 0, e.lowers.length));
      for (let k = 0; k < e.lowers.length; k++) words.set(e.lowers[k], (words.get(e.lowers[k]) ?? 0) | (1 << e.type));
    }
    for (let k = 0; k < outside.length; k++) words.set(outside[k], (words.get(outside[k]) ?? 0) | (1 << 4));
    for (let k = 0; k < lowerCase.length; k++) words.set(lowerCase[k], (words.get(lowerCase[k]) ?? 0) | (1 << 5));
    return { spans, words, longest };
  }

  add(doc: ReturnType<typeof EntityCounts.documentEntries>): void {
    const bump = (m: Map<number, Uint16Array>, key: number, mask: number) => {
      let c = m.get(key);
      if (!c) m.set(key, (c = new Uint16Array(TYPES)));
      for (let t = 0; t < TYPES; t++) if (mask & (1 << t)) c[t] = Math.min(65535, c[t] + 1);
    };
    for (const [k, mask] of doc.spans) bump(this.spans, k, mask);
    for (const [k, mask] of doc.words) bump(this.words, k, mask);
    for (const [k, n] of doc.longest) this.longestFrom.set(k, Math.max(this.longestFrom.get(k) ?? 0, n));
  }

  /** The list as one document would see it without its own entries. */
  without(doc: ReturnType<typeof EntityCounts.documentEntries>): EntityList {
    const minus = (m: Map<number, Uint16Array>, own: Map<number, number>, key: number): ArrayLike<number> | null => {
      const c = m.get(key);
      if (!c) return null;
      const mask = own.get(key);
      if (!mask) return c;
      const out = [0, 0, 0, 0, 0, 0];
      let any = false;
      for (let t = 0; t < TYPES; t++) {
        out[t] = c[t] - (mask & (1 << t) ? 1 : 0);
        if (out[t] > 0) any = true;
      }
      return any ? out : null;
    };
    return {
      span: (key) => minus(this.spans, doc.spans, key),
      longest: (first) => this.longestFrom.get(first) ?? 0,
      word: (lower) => minus(this.words, doc.words, lower),
    };
  }

  // Serialised form: "ENTL", u32 spans, u32 words, u32 longest; then spans × (i32 key, 4 × u16),
  // words × (i32 key, 4 × u16), longest × (i32 key, i32 length).
  encode(): Buffer {
    const rows = (m: Map<number, Uint16Array>) => [...m].sort((a, b) => a[0] - b[0]);
    const spans = rows(this.spans);
    const words = rows(this.words);
    const longest = [...this.longestFrom].sort((a, b) => a[0] - b[0]);
    const buf = Buffer.alloc(16 + (spans.length + words.length) * ROW + longest.length * 8);
    buf.writeUInt32LE(ENTL_MAGIC, 0);
    buf.writeUInt32LE(spans.length, 4);
    buf.writeUInt32LE(words.length, 8);
    buf.writeUInt32LE(longest.length, 12);
    let o = 16;
    for (const [k, c] of [...spans, ...words]) {
      buf.writeInt32LE(k, o);
      for (let t = 0; t < TYPES; t++) buf.writeUInt16LE(c[t], o + 4 + 2 * t);
      o += ROW;
    }
    for (const [k, n] of longest) {
      buf.writeInt32LE(k, o);
      buf.writeInt32LE(n, o + 4);
      o += 8;
    }
    return buf;
  }

  static decode(buf: Buffer): EntityCounts {
    const out = new EntityCounts();
    const ns = buf.readUInt32LE(4);
    const nw = buf.readUInt32LE(8);
    const nl = buf.readUInt32LE(12);
    let o = 16;
    for (let r = 0; r < ns + nw; r++, o += ROW) {
      const c = new Uint16Array(TYPES);
      for (let t = 0; t < TYPES; t++) c[t] = buf.readUInt16LE(o + 4 + 2 * t);
      (r < ns ? out.spans : out.words).set(buf.readInt32LE(o), c);
    }
    for (let r = 0; r < nl; r++, o += 8) out.longestFrom.set(buf.readInt32LE(o), buf.readInt32LE(o + 4));
    return out;
  }
}

export const ENTL_MAGIC = 0x4c544e45; // "ENTL"

/**
 * Feature value of a span's counts: majority type, how clear the majority is, and whether more
 * than one document backs it. 0 for none.
 */
export function countsValue(c: ArrayLike<number>): number {
  let best = 0;
  let total = 0;
  for (let t = 0; t < 5; t++) {
    total += c[t];
    if (c[t] > c[best]) best = t;
  }
  if (total === 0) return 0;
  const share = c[best] / total;
  const clarity = share === 1 ? 0 : share >= 0.6 ? 1 : 2;
  return 1 + best * 6 + clarity * 2 + (total >= 2 ? 1 : 0) + (total >= 5 ? 30 : 0);
}

/** Bucket (0 none … 4 twenty or more) of the documents where the word was written in lower case. */
export function lowerCaseBucket(c: ArrayLike<number> | null): number {
  const v = c ? c[5] : 0;
  return v === 0 ? 0 : v === 1 ? 1 : v < 5 ? 2 : v < 20 ? 3 : 4;
}
