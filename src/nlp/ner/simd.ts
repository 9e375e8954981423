// The tagger's score vectors in one block of memory, summed by a small WebAssembly SIMD module.
//
// Summing a token's score vector is most of the tagger's arithmetic: seven cached int32 vectors of
// 27 lanes per token, plus one int16 weight row per present context key. Written as JavaScript
// loops over typed arrays, each lane costs a bounds-checked load per array (about 165 ns per token
// for the seven vectors); the same sums as 4-lane SIMD adds take about 20 ns. The module is two
// short functions, assembled below into bytes at load time (no binary file, no toolchain). Where
// WebAssembly or its SIMD is missing, the same functions run as JavaScript over the same memory.
//
// Layout: vectors are rows of `lanes` int32 (a multiple of 4), addressed by their int32 index in
// `i32`; weight rows are int16 rows addressed by their int16 index in `i16`. Growing the memory
// replaces the views: read `i32` / `i16` again after any `alloc`.

/** Bytes of one WebAssembly memory page. */
const PAGE = 65536;

function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 127;
    n >>>= 7;
    if (n) b |= 128;
    out.push(b);
  } while (n);
  return out;
}

function name(s: string): number[] {
  return [...uleb(s.length), ...Array.from(s, (c) => c.charCodeAt(0))];
}

function section(id: number, body: number[]): number[] {
  return [id, ...uleb(body.length), ...body];
}

const LOCAL_GET = 0x20;
const END = 0x0b;
const I32 = 0x7f;
/** SIMD opcodes (prefix 0xfd, then the LEB128 op), each followed by a memarg (align, offset). */
const V128_LOAD = [0xfd, ...uleb(0x00)];
const V128_LOAD16X4_S = [0xfd, ...uleb(0x03)];
const V128_STORE = [0xfd, ...uleb(0x0b)];
const I32X4_ADD = [0xfd, ...uleb(0xae)];

/**
 * The module's bytes for vectors of `chunks` × 4 lanes. Exports (byte addresses):
 *   sum7(dst, a0, …, a6): dst = a0 + … + a6, int32 lanes;
 *   addRow16(dst, row): dst += row, the row's int16 lanes sign-extended;
 *   addRow32(dst, src): dst += src, int32 lanes.
 */
function moduleBytes(chunks: number): Uint8Array<ArrayBuffer> {
  const sum7: number[] = [0];
  for (let c = 0; c < chunks; c++) {
    sum7.push(LOCAL_GET, 0);
    for (let k = 0; k < 7; k++) {
      sum7.push(LOCAL_GET, 1 + k, ...V128_LOAD, 4, ...uleb(16 * c));
      if (k > 0) sum7.push(...I32X4_ADD);
    }
    sum7.push(...V128_STORE, 4, ...uleb(16 * c));
  }
  sum7.push(END);
  const addRow: number[] = [0];
  for (let c = 0; c < chunks; c++) {
    addRow.push(LOCAL_GET, 0, LOCAL_GET, 0, ...V128_LOAD, 4, ...uleb(16 * c));
    addRow.push(LOCAL_GET, 1, ...V128_LOAD16X4_S, 3, ...uleb(8 * c), ...I32X4_ADD);
    addRow.push(...V128_STORE, 4, ...uleb(16 * c));
  }
  addRow.push(END);
  const addRow32: number[] = [0];
  for (let c = 0; c < chunks; c++) {
    addRow32.push(LOCAL_GET, 0, LOCAL_GET, 0, ...V128_LOAD, 4, ...uleb(16 * c));
    addRow32.push(LOCAL_GET, 1, ...V128_LOAD, 4, ...uleb(16 * c), ...I32X4_ADD);
    addRow32.push(...V128_STORE, 4, ...uleb(16 * c));
  }
  addRow32.push(END);
  const bytes = [
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    // types: 0 = (i32 × 8) → (), 1 = (i32 × 2) → ()
    ...section(1, [2, 0x60, 8, ...new Array(8).fill(I32), 0, 0x60, 2, I32, I32, 0]),
    // import the memory as "m"."memory", at least one page
    ...section(2, [1, ...name('m'), ...name('memory'), 0x02, 0x00, 0x01]),
    ...section(3, [3, 0, 1, 1]),
    ...section(7, [3, ...name('sum7'), 0x00, 0, ...name('addRow16'), 0x00, 1, ...name('addRow32'), 0x00, 2]),
    ...section(10, [3, ...uleb(sum7.length), ...sum7, ...uleb(addRow.length), ...addRow, ...uleb(addRow32.length), ...addRow32]),
  ];
  return new Uint8Array(bytes);
}

type Sum7 = (dst: number, a0: number, a1: number, a2: number, a3: number, a4: number, a5: number, a6: number) => void;
type AddRow16 = (dst: number, row: number) => void;
type AddRow32 = (dst: number, src: number) => void;
interface Kernels { sum7: Sum7; addRow16: AddRow16; addRow32: AddRow32 }

/** The WebAssembly functions over `memory`, or null where WebAssembly SIMD is not available. */
function instantiate(chunks: number, memory: WebAssembly.Memory): Kernels | null {
  if (typeof WebAssembly !== 'object') return null;
  const bytes = moduleBytes(chunks);
  if (!WebAssembly.validate(bytes)) return null;
  const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), { m: { memory } });
  return instance.exports as unknown as Kernels;
}

export class VectorArena {
  /** int32 lanes per vector: a multiple of 4. */
  readonly lanes: number;
  i32: Int32Array;
  i16: Int16Array;
  /** Whether the sums run as WebAssembly SIMD (else as JavaScript over the same layout). */
  readonly simd: boolean;
  private memory: WebAssembly.Memory | null;
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
      const fns = instantiate(this.lanes / 4, memory);
      return fns ? { memory, fns } : null;
    })();
    this.simd = wasm !== null;
    this.memory = wasm?.memory ?? null;
    this.buffer = this.memory ? this.memory.buffer : new ArrayBuffer(16 * PAGE);
    this.i32 = new Int32Array(this.buffer);
    this.i16 = new Int16Array(this.buffer);
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
    }
    return at >> 2;
  }
}
