// Greedy decoding of one tagger stage as a WebAssembly function over the tagger's VectorArena: the
// same steps as StackedTagger's JavaScript decode (and decode.ts's decodeDocument), in about a third
// of its time (no bounds check per table read, the label loop unrolled).
//
// Per token i (in decoding order) the score of label l is the sum of five arena rows' lane l: its
// static scores, the label table row of the two previous labels, the history table row of the
// word's history and the previous label, its form's label-word row for the previous label and its
// shape's history row. The best label allowed after the previous one wins (the first on ties).
import { assemble, Code, instantiate } from './wasm.ts';

/** Byte addresses and sizes the kernel reads, in its parameter order. */
export interface DecodeArgs {
  n: number;
  reverse: boolean;
  /** Token 0's score row, plus the stage's column. */
  scores: number;
  rowBytes: number;
  /** The label and history tables' first rows, plus the stage's column. */
  labelTable: number;
  historyTable: number;
  /** int32 arrays per token: its form's byPrevious and shape records (int32 indices of the arena). */
  byPrevious: number;
  shapes: number;
  /** The stage's column, in bytes, added to the byPrevious and shape rows. */
  column: number;
  /** int32 array per token (room for n + 2: the reverse direction reads two past the end). */
  sentenceStart: number;
  /** uint8 per token. */
  capitalised: number;
  /** int32 per token. */
  wordOf: number;
  /** uint8 per word, zeroed: what each capitalised word was last tagged (see History in features.ts). */
  history: number;
  /** uint8 per token: the labels. */
  out: number;
  /** uint8 tables: allowed[previous * labels + label]; historyValue[label] (1 for O, 2 + its type). */
  allowed: number;
  historyValue: number;
}

type DecodeFn = (...args: number[]) => void;

const ARGS: (keyof DecodeArgs)[] = [
  'n', 'reverse', 'scores', 'rowBytes', 'labelTable', 'historyTable', 'byPrevious', 'shapes', 'column',
  'sentenceStart', 'capitalised', 'wordOf', 'history', 'out', 'allowed', 'historyValue',
];

/** The decode function for `labels` labels and `previous` previous-label values (labels + 1 for "none"). */
function decodeBytes(labels: number, previous: number): Uint8Array<ArrayBuffer> {
  const p = Object.fromEntries(ARGS.map((k, j) => [k, j])) as Record<keyof DecodeArgs, number>;
  let next = ARGS.length;
  const local = () => next++;
  const c = local(), i = local(), first = local(), second = local(), prev1 = local(), prev2 = local();
  const a = local(), b = local(), h = local(), base = local(), labelAt = local(), historyAt = local();
  const prevAt = local(), shapeAt = local(), allowedRow = local(), best = local(), bestScore = local();
  const score = local(), start = local(), cap = local(), word = local();
  const f = new Code(ARGS.length, next - ARGS.length);
  const int32At = (array: number, index: number) => f.get(array).get(index).i32(2).shl().add();
  f.block().loop();
  f.get(c).get(p.n).geS().brIf(1);
  // i = reverse ? n - 1 - c : c
  f.get(p.n).i32(1).sub().get(c).sub().get(c).get(p.reverse).select().set(i);
  int32At(p.sentenceStart, i).load().set(start);
  f.get(p.reverse).if();
  // first: no next token in the sentence; second: none two ahead either (isFirst/SecondInDirection).
  f.get(i).i32(1).add().get(p.n).geS();
  int32At(p.sentenceStart, i).load(4).get(start).ne().or().set(first);
  f.get(first).get(i).i32(2).add().get(p.n).geS().or();
  int32At(p.sentenceStart, i).load(8).get(start).ne().or().set(second);
  f.else();
  f.get(i).get(start).eq().set(first);
  f.get(i).i32(1).sub().get(start).leS().set(second);
  f.end();
  f.get(first).if().i32(0).set(prev1).i32(0).set(prev2).end();
  // h: the word's history + 1 when capitalised, else 0.
  f.get(p.capitalised).get(i).add().load8u().tee(cap).if();
  int32At(p.wordOf, i).load().set(word);
  f.get(p.history).get(word).add().load8u().i32(1).add().set(h);
  f.else().i32(0).set(h).end();
  f.i32(previous - 1).get(prev1).get(first).select().set(a);
  f.i32(previous - 1).get(prev2).get(second).select().set(b);
  f.get(p.scores).get(i).get(p.rowBytes).mul().add().set(base);
  f.get(p.labelTable).get(a).i32(previous).mul().get(b).add().get(p.rowBytes).mul().add().set(labelAt);
  f.get(p.historyTable).get(h).i32(previous).mul().get(a).add().get(p.rowBytes).mul().add().set(historyAt);
  int32At(p.byPrevious, i).load().i32(2).shl().get(a).get(p.rowBytes).mul().add().get(p.column).add().set(prevAt);
  int32At(p.shapes, i).load().i32(2).shl().get(h).i32(previous).add().get(p.rowBytes).mul().add().get(p.column).add().set(shapeAt);
  f.get(p.allowed).i32(0).get(prev1).get(first).select().i32(labels).mul().add().set(allowedRow);
  f.i32(0).set(best).i32(-0x80000000).set(bestScore);
  for (let l = 0; l < labels; l++) {
    f.get(base).load(4 * l).get(labelAt).load(4 * l).add().get(historyAt).load(4 * l).add();
    f.get(prevAt).load(4 * l).add().get(shapeAt).load(4 * l).add().tee(score);
    f.get(bestScore).gtS().get(allowedRow).load8u(l).and().if();
    f.i32(l).set(best).get(score).set(bestScore).end();
  }
  f.get(p.out).get(i).add().get(best).store8();
  f.get(cap).if().get(p.history).get(word).add().get(p.historyValue).get(best).add().load8u().store8().end();
  f.get(prev1).set(prev2).get(best).set(prev1);
  f.get(c).i32(1).add().set(c).br(0);
  f.end().end();
  return assemble({ decode: f });
}

/** Decoding over `memory` as a function of DecodeArgs, or null where WebAssembly is missing. */
export function decodeKernel(memory: WebAssembly.Memory | null, labels: number, previous: number): ((args: DecodeArgs) => void) | null {
  if (!memory) return null;
  const fns = instantiate<{ decode: DecodeFn }>(decodeBytes(labels, previous), memory);
  if (!fns) return null;
  const decode = fns.decode;
  return (args) => decode(args.n, args.reverse ? 1 : 0, args.scores, args.rowBytes, args.labelTable, args.historyTable, args.byPrevious, args.shapes,
    args.column, args.sentenceStart, args.capitalised, args.wordOf, args.history, args.out, args.allowed, args.historyValue);
}
