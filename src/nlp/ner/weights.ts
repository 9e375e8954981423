// The tagger's learned weights in a compact, fast form: an open-addressing table from 32-bit
// feature key to a row of NUM_LABELS weights, quantised to int16 with one scale per model.
// File format (little-endian): magic "NERW", u32 version, u32 rows, u32 labels, f32 scale,
// u32 header-json length, header json, then rows × i32 keys, then rows × labels × i16 weights.
import { NUM_LABELS } from './labels.ts';
import type { Scorer } from './decode.ts';
import { EntityCounts, ENTL_MAGIC, type EntityList } from './entity-list.ts';
import type { VectorArena } from './simd.ts';
import { addKeysKernel } from './weights-kernel.ts';

export interface ModelHeader {
  id: string;
  featureSetVersion: number;
  labels: string[];
  trainedOn: string;
  epochs: number;
  seed: number;
  devF1?: number;
}

export class PackedWeights implements Scorer {
  /** Open addressing: slots[2h] = key, slots[2h+1] = row + 1 (0 = empty). */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** Weights as int16 rows (weight / scale). */
  private readonly q: Int16Array;
  /** The training-set entity list the stage-1 features read (stored beside the weights). */
  entities: EntityList | null = null;
  constructor(keys: Int32Array, values: Float32Array | Int16Array, readonly scale = 1) {
    let size = 1;
    while (size < keys.length * 2) size <<= 1;
    this.mask = size - 1;
    this.slots = new Int32Array(size * 2);
    for (let r = 0; r < keys.length; r++) {
      let h = keys[r] & this.mask;
      while (this.slots[2 * h + 1] !== 0) h = (h + 1) & this.mask;
      this.slots[2 * h] = keys[r];
      this.slots[2 * h + 1] = r + 1;
    }
    if (values instanceof Int16Array) this.q = values;
    else {
      // Float weights (fresh from training) are quantised the same way as in the file.
      let max = 0;
      for (const v of values) max = Math.max(max, Math.abs(v));
      this.scale = max / 32767 || 1;
      this.q = new Int16Array(values.length);
      for (let k = 0; k < values.length; k++) this.q[k] = Math.round(values[k] / this.scale);
    }
  }
  addScores(key: number, scores: Float64Array): void {
    const slots = this.slots;
    let h = key & this.mask;
    for (;;) {
      const row = slots[2 * h + 1];
      if (row === 0) return;
      if (slots[2 * h] === key) {
        const base = (row - 1) * NUM_LABELS;
        const q = this.q;
        // Scores stay in int16 units; only their order matters to the decoder.
        for (let l = 0; l < NUM_LABELS; l++) scores[l] += q[base + l];
        return;
      }
      h = (h + 1) & this.mask;
    }
  }

  /** Calls fn with every row's key and its weights (q[base .. base + NUM_LABELS)). */
  forEachRow(fn: (key: number, q: Int16Array, base: number) => void): void {
    for (let h = 0; h <= this.mask; h++) {
      const row = this.slots[2 * h + 1];
      if (row !== 0) fn(this.slots[2 * h], this.q, (row - 1) * NUM_LABELS);
    }
  }
}

/** Bits of the presence filter: 128 kB, so it stays in the nearest caches (the 75k keys of the shipped model set about one bit in 14). */
const PRESENT_BITS = 1 << 20;
const PRESENT_MULTIPLIER = 0x9e3779b1;
const PRESENT_SHIFT = 12;
function presentBit(key: number): number {
  return Math.imul(key, PRESENT_MULTIPLIER) >>> PRESENT_SHIFT;
}

/**
 * Every stage's weights in one table: per key, the rows of all stages side by side (absent rows are
 * zeros), so that the tagger looks each static key up once for all stages. The index of (key, row)
 * pairs (1 MB for the shipped model) stays in the CPU caches, which matters because most keys looked up (about six
 * in ten) are absent; only a present key reads its weights, one 64-byte line. The rows live in the
 * tagger's VectorArena, where its SIMD adds read them.
 */
export class StackedWeights {
  readonly stages: number;
  /** Weights per row: stages × NUM_LABELS. */
  readonly width: number;
  /** int16 per row, a power of two (64 bytes for three stages), so a row is one cache line. */
  private readonly stride: number;
  private readonly mask: number;
  /** Open addressing: index[2h] = key, index[2h+1] = row + 1 (0 = empty). */
  private readonly index: Int32Array;
  /** One bit per hash of the key (other bits than the index's): a clear bit says the key is absent without reading the index. */
  private readonly present: Int32Array;
  /** The rows' first int16 index in arena.i16. */
  private readonly rowsAt: number;
  /** addKeysInArena as one WebAssembly call (weights-kernel.ts; a copy of the filter and index lives in the arena), null without it. */
  private readonly addKeys: ((dst: number, keys: number, count: number) => void) | null;
  constructor(stages: PackedWeights[], private readonly arena: VectorArena) {
    this.stages = stages.length;
    this.width = stages.length * NUM_LABELS;
    this.stride = 1 << Math.ceil(Math.log2(this.width));
    if (this.stride < arena.lanes) throw new Error(`ner: weight rows of ${this.stride} int16 are shorter than the arena's ${arena.lanes} lanes`);
    const keys = new Set<number>();
    for (const w of stages) w.forEachRow((key) => keys.add(key));
    let size = 1;
    while (size < keys.size * 1.6) size <<= 1;
    this.mask = size - 1;
    this.index = new Int32Array(size * 2);
    this.rowsAt = 2 * arena.alloc((keys.size * this.stride) / 2);
    this.present = new Int32Array(PRESENT_BITS >>> 5);
    let count = 0;
    for (const key of keys) {
      const b = presentBit(key);
      this.present[b >>> 5] |= 1 << (b & 31);
      let h = key & this.mask;
      while (this.index[2 * h + 1] !== 0) h = (h + 1) & this.mask;
      this.index[2 * h] = key;
      this.index[2 * h + 1] = ++count;
    }
    const rows = arena.i16;
    stages.forEach((w, s) => {
      w.forEachRow((key, q, base) => {
        const o = this.rowOf(key) + s * NUM_LABELS;
        for (let l = 0; l < NUM_LABELS; l++) rows[o + l] = q[base + l];
      });
    });
    let kernel = null;
    if (arena.memory) {
      const present = arena.alloc(this.present.length);
      arena.i32.set(this.present, present);
      const index = arena.alloc(this.index.length);
      arena.i32.set(this.index, index);
      kernel = addKeysKernel(arena.memory, {
        present: 4 * present, presentShift: PRESENT_SHIFT, presentMultiplier: PRESENT_MULTIPLIER, index: 4 * index, mask: this.mask,
        rows: 2 * this.rowsAt, rowBytes: 2 * this.stride, chunks: arena.lanes / 4,
      });
    }
    this.addKeys = kernel;
  }

  /** The int16 index in arena.i16 of the key's row (its padding lanes are zeros), -1 when absent. */
  rowOf(key: number): number {
    const b = presentBit(key);
    if ((this.present[b >>> 5] & (1 << (b & 31))) === 0) return -1;
    const index = this.index;
    let h = key & this.mask;
    for (;;) {
      const row = index[2 * h + 1];
      if (row === 0) return -1;
      if (index[2 * h] === key) return this.rowsAt + (row - 1) * this.stride;
      h = (h + 1) & this.mask;
    }
  }

  /** Adds the key's weights of every stage into the arena's vector at int32 index `at` (all its lanes). */
  addAllInArena(key: number, at: number): void {
    this.addRowInArena(this.rowOf(key), at);
  }

  /** addAllInArena of each of the `count` keys at arena.i32[keysAt ..). */
  addKeysInArena(keysAt: number, count: number, at: number): void {
    if (this.addKeys) {
      this.addKeys(4 * at, 4 * keysAt, count);
      return;
    }
    for (let j = 0; j < count; j++) this.addAllInArena(this.arena.i32[keysAt + j], at);
  }

  /** addAllInArena of a row found by rowOf (none when negative). */
  addRowInArena(row: number, at: number): void {
    if (row >= 0) this.arena.addRow16(4 * at, 2 * row);
  }
}

const MAGIC = 0x5752454e; // "NERW"

/** Quantises rows to int16 and writes the model file's bytes. */
export function encodeModel(header: ModelHeader, keys: Int32Array, values: Float32Array): Buffer {
  let max = 0;
  for (const v of values) max = Math.max(max, Math.abs(v));
  const scale = max / 32767 || 1;
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const rows = keys.length;
  const buf = Buffer.alloc(24 + json.length + rows * 4 + rows * NUM_LABELS * 2);
  buf.writeUInt32LE(MAGIC, 0);
  buf.writeUInt32LE(1, 4);
  buf.writeUInt32LE(rows, 8);
  buf.writeUInt32LE(NUM_LABELS, 12);
  buf.writeFloatLE(scale, 16);
  buf.writeUInt32LE(json.length, 20);
  json.copy(buf, 24);
  let o = 24 + json.length;
  for (let r = 0; r < rows; r++, o += 4) buf.writeInt32LE(keys[r], o);
  for (let k = 0; k < values.length; k++) buf.writeInt16LE(Math.round(values[k] / scale), o + 2 * k);
  return buf;
}

export function decodeModel(buf: Buffer): { header: ModelHeader; weights: PackedWeights } {
  if (buf.readUInt32LE(0) !== MAGIC) throw new Error('ner: model file is not a NERW weights file');
  const rows = buf.readUInt32LE(8);
  if (buf.readUInt32LE(12) !== NUM_LABELS) throw new Error(`ner: model has ${buf.readUInt32LE(12)} labels, code expects ${NUM_LABELS}`);
  const scale = buf.readFloatLE(16);
  const jsonLen = buf.readUInt32LE(20);
  const header = JSON.parse(buf.toString('utf8', 24, 24 + jsonLen)) as ModelHeader;
  let o = 24 + jsonLen;
  const keys = new Int32Array(rows);
  for (let r = 0; r < rows; r++, o += 4) keys[r] = buf.readInt32LE(o);
  const q = new Int16Array(rows * NUM_LABELS);
  for (let k = 0; k < q.length; k++) q[k] = buf.readInt16LE(o + 2 * k);
  return { header, weights: new PackedWeights(keys, q, scale) };
}

const STACK_MAGIC = 0x324b5453; // "STK2"

/** A model file holding one weights block per stage (stage 1, then the stacked stage 2). */
export function encodeStages(blocks: Buffer[]): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32LE(STACK_MAGIC, 0);
  head.writeUInt32LE(blocks.length, 4);
  const parts: Buffer[] = [head];
  for (const b of blocks) {
    const len = Buffer.alloc(4);
    len.writeUInt32LE(b.length, 0);
    parts.push(len, b);
  }
  return Buffer.concat(parts);
}

export function decodeStages(buf: Buffer): { header: ModelHeader; weights: PackedWeights }[] {
  if (buf.readUInt32LE(0) !== STACK_MAGIC) return [decodeModel(buf)];
  const count = buf.readUInt32LE(4);
  const out: { header: ModelHeader; weights: PackedWeights }[] = [];
  let o = 8;
  for (let k = 0; k < count; k++) {
    const len = buf.readUInt32LE(o);
    const block = buf.subarray(o + 4, o + 4 + len);
    o += 4 + len;
    // An entity-list block belongs to the stage before it (stage 1).
    if (block.readUInt32LE(0) === ENTL_MAGIC) {
      if (out.length) out[out.length - 1].weights.entities = EntityCounts.decode(block);
      continue;
    }
    out.push(decodeModel(block));
  }
  return out;
}
