// A minimal WebAssembly assembler for the tagger's kernels (simd.ts, decode-kernel.ts): functions
// of i32 parameters and locals over one imported memory, written as calls that name the opcodes.
// Enough for straight-line SIMD sums and a scalar loop; see the WebAssembly core specification,
// section 5 (binary format), for the encodings.

export function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 127;
    n >>>= 7;
    if (n) b |= 128;
    out.push(b);
  } while (n);
  return out;
}

export function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const b = n & 127;
    n >>= 7;
    if ((n === 0 && (b & 64) === 0) || (n === -1 && (b & 64) !== 0)) {
      out.push(b);
      return out;
    }
    out.push(b | 128);
  }
}

function name(s: string): number[] {
  return [...uleb(s.length), ...Array.from(s, (c) => c.charCodeAt(0))];
}

function section(id: number, body: number[]): number[] {
  return [id, ...uleb(body.length), ...body];
}

const I32 = 0x7f;
const SIMD = 0xfd;

/** One function's body: every method appends an instruction (operands from the stack, as in WebAssembly). */
export class Code {
  readonly bytes: number[] = [];
  constructor(readonly params: number, readonly locals = 0) {}
  private op(...b: number[]): this {
    this.bytes.push(...b);
    return this;
  }
  get(local: number): this { return this.op(0x20, ...uleb(local)); }
  set(local: number): this { return this.op(0x21, ...uleb(local)); }
  tee(local: number): this { return this.op(0x22, ...uleb(local)); }
  i32(value: number): this { return this.op(0x41, ...sleb(value | 0)); }
  add(): this { return this.op(0x6a); }
  sub(): this { return this.op(0x6b); }
  mul(): this { return this.op(0x6c); }
  and(): this { return this.op(0x71); }
  or(): this { return this.op(0x72); }
  shl(): this { return this.op(0x74); }
  shrU(): this { return this.op(0x76); }
  eqz(): this { return this.op(0x45); }
  eq(): this { return this.op(0x46); }
  ne(): this { return this.op(0x47); }
  ltS(): this { return this.op(0x48); }
  gtS(): this { return this.op(0x4a); }
  leS(): this { return this.op(0x4c); }
  geS(): this { return this.op(0x4e); }
  geU(): this { return this.op(0x4f); }
  /** (a, b, condition) → condition ? a : b. */
  select(): this { return this.op(0x1b); }
  /** Memory access at the address on the stack plus `offset` bytes. */
  load(offset = 0): this { return this.op(0x28, 2, ...uleb(offset)); }
  load8u(offset = 0): this { return this.op(0x2d, 0, ...uleb(offset)); }
  store8(offset = 0): this { return this.op(0x3a, 0, ...uleb(offset)); }
  v128Load(offset = 0): this { return this.op(SIMD, ...uleb(0x00), 4, ...uleb(offset)); }
  /** Four int16 sign-extended into four int32 lanes. */
  v128Load16x4(offset = 0): this { return this.op(SIMD, ...uleb(0x03), 3, ...uleb(offset)); }
  v128Store(offset = 0): this { return this.op(SIMD, ...uleb(0x0b), 4, ...uleb(offset)); }
  i32x4Add(): this { return this.op(SIMD, ...uleb(0xae)); }
  block(): this { return this.op(0x02, 0x40); }
  loop(): this { return this.op(0x03, 0x40); }
  if(): this { return this.op(0x04, 0x40); }
  else(): this { return this.op(0x05); }
  end(): this { return this.op(0x0b); }
  br(depth: number): this { return this.op(0x0c, ...uleb(depth)); }
  brIf(depth: number): this { return this.op(0x0d, ...uleb(depth)); }
}

/** A module of the given functions (exported by name), importing its memory as "m"."memory". */
export function assemble(functions: Record<string, Code>): Uint8Array<ArrayBuffer> {
  const list = Object.entries(functions);
  const types: number[] = [];
  const bodies: number[] = [];
  for (const [, code] of list) {
    types.push(0x60, ...uleb(code.params), ...new Array(code.params).fill(I32), 0);
    const locals = code.locals ? [1, ...uleb(code.locals), I32] : [0];
    const body = [...locals, ...code.bytes, 0x0b];
    bodies.push(...uleb(body.length), ...body);
  }
  const exports: number[] = [];
  list.forEach(([fn], k) => exports.push(...name(fn), 0x00, ...uleb(k)));
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [...uleb(list.length), ...types]),
    ...section(2, [1, ...name('m'), ...name('memory'), 0x02, 0x00, 0x01]),
    ...section(3, [...uleb(list.length), ...list.map((_, k) => k)]),
    ...section(7, [...uleb(list.length), ...exports]),
    ...section(10, [...uleb(list.length), ...bodies]),
  ]);
}

/** The module's exports over `memory`, or null where WebAssembly (or an instruction it uses, such as SIMD) is missing. */
export function instantiate<T>(bytes: Uint8Array<ArrayBuffer>, memory: WebAssembly.Memory): T | null {
  if (typeof WebAssembly !== 'object' || !WebAssembly.validate(bytes)) return null;
  return new WebAssembly.Instance(new WebAssembly.Module(bytes), { m: { memory } }).exports as unknown as T;
}
