// The tagger's score vectors in one block of memory, summed by a small WebAssembly SIMD module.
//
// Summing a token's score vector is most of the tagger's arithmetic: seven cached int32 vectors of
// 27 lanes per token, plus one int16 weight row per present context key. Written as JavaScript
// loops over typed arrays, each lane costs a bounds-checked load per array (about 165 ns per token
// for the seven vectors); the same sums as 4-lane SIMD adds take about 20 ns. The module is three
// short functions, assembled into bytes at load time by wasm.ts (no binary file, no toolchain).
// Where WebAssembly or its SIMD is missing, the same functions run as JavaScript over the same memory.
//
// Layout: vectors are rows of `lanes` int32 (a multiple of 4), addressed by their int32 index in
// `i32`; weight rows are int16 rows addressed by their int16 index in `i16`. Growing the memory
// replaces the views: read `i32` / `i16` again after any `alloc`.

import { assemble, Code, instantiate } from './wasm.ts';

/** Bytes of one WebAssembly memory page. */
const PAGE = 65536;

/**
 * The kernels for vectors of `chunks` × 4 lanes. Arguments are byte addresses:
 *   sum7(dst, a0, …, a6): dst = a0 + … + a6, int32 lanes;
 *   addRow16(dst, row): dst += row, the row's int16 lanes sign-extended;
 *   addRow32(dst, src): dst += src, int32 lanes.
 */
function kernelBytes(chunks: number): Uint8Array<ArrayBuffer> {
  const sum7 = new Code(8);
  for (let c = 0; c < chunks; c++) {
    sum7.get(0);
    for (let k = 0; k < 7; k++) {
      sum7.get(1 + k).v128Load(16 * c);
      if (k > 0) sum7.i32x4Add();
    }
    sum7.v128Store(16 * c);
  }
  const addRow16 = new Code(2);
  const addRow32 = new Code(2);
  for (let c = 0; c < chunks; c++) {
    addRow16.get(0).get(0).v128Load(16 * c).get(1).v128Load16x4(8 * c).i32x4Add().v128Store(16 * c);
    addRow32.get(0).get(0).v128Load(16 * c).get(1).v128Load(16 * c).i32x4Add().v128Store(16 * c);
  }
  return assemble({ sum7, addRow16, addRow32 });
}

type Sum7 = (dst: number, a0: number, a1: number, a2: number, a3: number, a4: number, a5: number, a6: number) => void;
type AddRow16 = (dst: number, row: number) => void;
type AddRow32 = (dst: number, src: number) => void;
interface Kernels { sum7: Sum7; addRow16: AddRow16; addRow32: AddRow32 }

export class VectorArena {
  /** int32 lanes per vector: a multiple of 4. */
  readonly lanes: number;
  i32: Int32Array;
  i16: Int16Array;
  u8: Uint8Array;
  /** Whether the sums run as WebAssembly SIMD (else as JavaScript over the same layout). */
  readonly simd: boolean;
  /** The WebAssembly memory (null without WebAssembly SIMD), for other kernels over the same layout. */
  readonly memory: WebAssembly.Memory | null;
  private buffer: ArrayBuffer;
  /** Next free byte (16-byte aligned). */
  private top = 0;
  readonly sum7: Sum7;
  readonly addRow16: AddRow16;
  readonly addRow32: AddRow32;

  constructor(width: number, options: { simd?: boolean } = {}) {
    this.lanes = Math.ceil(width / 4) * 4;
    const wasm = options.simd === false ? null : (() => {
      const memory = new WebAssembly.Memory({ initial: 16 });
      const fns = instantiate<Kernels>(kernelBytes(this.lanes / 4), memory);
      return fns ? { memory, fns } : null;
    })();
    this.simd = wasm !== null;
    this.memory = wasm?.memory ?? null;
    this.buffer = this.memory ? this.memory.buffer : new ArrayBuffer(16 * PAGE);
    this.i32 = new Int32Array(this.buffer);
    this.i16 = new Int16Array(this.buffer);
    this.u8 = new Uint8Array(this.buffer);
    if (wasm) {
      this.sum7 = wasm.fns.sum7;
      this.addRow16 = wasm.fns.addRow16;
      this.addRow32 = wasm.fns.addRow32;
    } else {
      const lanes = this.lanes;
      this.sum7 = (dst, a0, a1, a2, a3, a4, a5, a6) => {
        const m = this.i32;
        dst >>= 2; a0 >>= 2; a1 >>= 2; a2 >>= 2; a3 >>= 2; a4 >>= 2; a5 >>= 2; a6 >>= 2;
        for (let l = 0; l < lanes; l++) m[dst + l] = m[a0 + l] + m[a1 + l] + m[a2 + l] + m[a3 + l] + m[a4 + l] + m[a5 + l] + m[a6 + l];
      };
      this.addRow16 = (dst, row) => {
        const m = this.i32;
        const q = this.i16;
        dst >>= 2;
        row >>= 1;
        for (let l = 0; l < lanes; l++) m[dst + l] += q[row + l];
      };
      this.addRow32 = (dst, src) => {
        const m = this.i32;
        dst >>= 2;
        src >>= 2;
        for (let l = 0; l < lanes; l++) m[dst + l] += m[src + l];
      };
    }
  }

  /** Room for `count` int32 (zeroed), 16-byte aligned: its int32 index. Replaces the views when the memory grows. */
  alloc(count: number): number {
    const at = this.top;
    this.top += Math.ceil((count * 4) / 16) * 16;
    if (this.top > this.buffer.byteLength) {
      const pages = Math.ceil((Math.max(this.top, 2 * this.buffer.byteLength) - this.buffer.byteLength) / PAGE);
      if (this.memory) {
        this.memory.grow(pages);
        this.buffer = this.memory.buffer;
      } else {
        const grown = new ArrayBuffer(this.buffer.byteLength + pages * PAGE);
        new Uint8Array(grown).set(new Uint8Array(this.buffer));
        this.buffer = grown;
      }
      this.i32 = new Int32Array(this.buffer);
      this.i16 = new Int16Array(this.buffer);
      this.u8 = new Uint8Array(this.buffer);
    }
    return at >> 2;
  }
}
