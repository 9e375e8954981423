// The weight rows of many keys added in one WebAssembly call (StackedWeights.addKeysInArena): the
// same presence filter, open-addressing probe and SIMD row add as rowOf + addRow16, without a call
// from JavaScript per key. The table's layout is baked into the code (its byte addresses in the
// arena do not move when the memory grows).
import { assemble, Code, instantiate } from './wasm.ts';

/** Where StackedWeights keeps its table in the arena (byte addresses) and its sizes. */
export interface TableLayout {
  /** The presence filter (int32 words): a key's bit is imul(key, presentMultiplier) >>> presentShift (presentBit in weights.ts). */
  present: number;
  presentShift: number;
  presentMultiplier: number;
  /** index[2h] = key, index[2h + 1] = row + 1 (0 empty); mask = slots - 1. */
  index: number;
  mask: number;
  /** Row r's int16 weights at rows + r * rowBytes. */
  rows: number;
  rowBytes: number;
  /** 4-lane chunks of a destination vector. */
  chunks: number;
}

/** addKeys(dst, keys, count): adds the rows of the `count` int32 keys at byte address `keys` into the vector at `dst`. */
function addKeysBytes(t: TableLayout): Uint8Array<ArrayBuffer> {
  const dst = 0, keys = 1, count = 2;
  const end = 3, key = 4, bit = 5, h = 6, row = 7, at = 8;
  const f = new Code(3, 6);
  f.get(keys).get(count).i32(2).shl().add().set(end);
  f.block().loop();
  f.get(keys).get(end).geU().brIf(1);
  f.get(keys).load().set(key);
  f.get(key).i32(t.presentMultiplier).mul().i32(t.presentShift).shrU().set(bit);
  // present[bit >>> 5] >>> (bit & 31) & 1
  f.i32(t.present).get(bit).i32(5).shrU().i32(2).shl().add().load().get(bit).i32(31).and().shrU().i32(1).and().if();
  f.get(key).i32(t.mask).and().set(h);
  f.block().loop();
  f.i32(t.index).get(h).i32(3).shl().add().tee(at).load(4).tee(row).eqz().brIf(1);
  f.get(at).load().get(key).eq().if();
  f.i32(t.rows).get(row).i32(1).sub().i32(t.rowBytes).mul().add().set(row);
  for (let c = 0; c < t.chunks; c++) f.get(dst).get(dst).v128Load(16 * c).get(row).v128Load16x4(8 * c).i32x4Add().v128Store(16 * c);
  f.br(2).end();
  f.get(h).i32(1).add().i32(t.mask).and().set(h).br(0);
  f.end().end();
  f.end();
  f.get(keys).i32(4).add().set(keys).br(0);
  f.end().end();
  return assemble({ addKeys: f });
}

/** The kernel over `memory`, or null where WebAssembly SIMD is missing. */
export function addKeysKernel(memory: WebAssembly.Memory | null, layout: TableLayout): ((dst: number, keys: number, count: number) => void) | null {
  if (!memory) return null;
  return instantiate<{ addKeys: (dst: number, keys: number, count: number) => void }>(addKeysBytes(layout), memory)?.addKeys ?? null;
}
