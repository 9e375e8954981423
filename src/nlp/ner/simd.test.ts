// The arena's sums (WebAssembly SIMD, and the JavaScript fallback) against plain loops.
import { describe, expect, it } from 'vitest';
import { VectorArena } from './simd.ts';

function check(arena: VectorArena): void {
  const L = arena.lanes;
  const vectors = Array.from({ length: 7 }, () => arena.alloc(L));
  const row = arena.alloc(L / 2 + 4); // int16 lanes (plus room: rows are read L lanes long)
  const dst = arena.alloc(L);
  // Growing the memory keeps what is stored and replaces the views.
  const before = arena.i32;
  arena.alloc(1 << 20);
  expect(arena.i32.length).toBeGreaterThan(before.length);
  let seed = 7;
  const next = () => ((seed = (seed * 1103515245 + 12345) >>> 0) % 200_001) - 100_000;
  for (const v of vectors) for (let l = 0; l < L; l++) arena.i32[v + l] = next();
  for (let l = 0; l < L; l++) arena.i16[2 * row + l] = next() % 32_768;
  arena.sum7(4 * dst, ...(vectors.map((v) => 4 * v) as [number, number, number, number, number, number, number]));
  const expected = Array.from({ length: L }, (_, l) => vectors.reduce((s, v) => s + arena.i32[v + l], 0));
  expect(Array.from(arena.i32.subarray(dst, dst + L))).toEqual(expected);
  arena.addRow16(4 * dst, 4 * row);
  const withRow = expected.map((x, l) => x + arena.i16[2 * row + l]);
  expect(Array.from(arena.i32.subarray(dst, dst + L))).toEqual(withRow);
  arena.addRow32(4 * dst, 4 * vectors[3]);
  expect(Array.from(arena.i32.subarray(dst, dst + L))).toEqual(withRow.map((x, l) => x + arena.i32[vectors[3] + l]));
}

describe('VectorArena', () => {
  it('rounds rows up to SIMD lanes', () => {
    expect(new VectorArena(27).lanes).toBe(28);
    expect(new VectorArena(8).lanes).toBe(8);
  });

  it('sums vectors and adds int16 rows with WebAssembly SIMD', () => {
    const arena = new VectorArena(27);
    expect(arena.simd).toBe(true); // Node 20's V8 has SIMD: a fallback here would be a slow tagger
    check(arena);
  });

  it('sums the same without WebAssembly', () => {
    const arena = new VectorArena(27, { simd: false });
    expect(arena.simd).toBe(false);
    check(arena);
  });
});
