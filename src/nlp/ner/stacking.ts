// Second-stage features: what the first-stage tagger said about this token, its neighbours, and
// every other occurrence of the same word in the document (document-level label consistency:
// "Leeds" tagged ORG in one sentence informs "Leeds" at the start of another).
import { mix } from './hash.ts';
import { IS_INSIDE, LABEL_TYPE } from './labels.ts';
import type { DocumentFeatures } from './features.ts';

const enum S {
  Label = 101, LabelM1, LabelP1, LabelP2, LabelM1P1, DocMajority, DocMajorityShape, InLongerEntity, LabelWord, DocShare, DocShareLabel, RLabel, RPair, RLabelM1, RLabelP1,
}

/** The most stacking keys one token gets. */
export const MAX_STACK_KEYS = 24;

/** What the stacking keys read: the document's tokens and the first stage's labels. */
export interface StackContext {
  doc: Pick<DocumentFeatures, 'length' | 'sentenceStart' | 'lowerHash' | 'shapeHash' | 'capitalised' | 'wordOf'>;
  stage1: Uint8Array;
  stage1r: Uint8Array | undefined;
  /** Per word (doc.wordOf), five counts: how often each type (O, PER, ORG, LOC, MISC) was predicted for its capitalised tokens. */
  counts: Int32Array;
  /** Per word: the type + 1 of the multi-word entity it last belongs to in the document (0 none). */
  inEntity: Int8Array;
}

// The per-word arrays, reused by every call (allocating them cost about as much as stacking a
// short document): a context is read before the next one is made.
let countsBuffer = new Int32Array(0);
let inEntityBuffer = new Int8Array(0);

/** The stacking context of a document; its arrays are reused by the next call. */
export function stackContext(doc: StackContext['doc'], stage1: Uint8Array, stage1r?: Uint8Array): StackContext {
  const n = doc.length;
  if (inEntityBuffer.length < n) {
    const size = Math.max(n, 2 * inEntityBuffer.length, 64);
    countsBuffer = new Int32Array(5 * size);
    inEntityBuffer = new Int8Array(size);
  }
  const counts = countsBuffer.fill(0, 0, 5 * n);
  for (let i = 0; i < n; i++) if (doc.capitalised[i]) counts[5 * doc.wordOf[i] + LABEL_TYPE[stage1[i]] + 1]++;
  // Entities as chunksOf (conll.ts) reads the labels, without building label strings.
  const inEntity = inEntityBuffer.fill(0, 0, n);
  let start = -1;
  let type = -1;
  const close = (end: number): void => {
    if (start >= 0 && end - start >= 2) for (let k = start; k < end; k++) inEntity[doc.wordOf[k]] = type + 1;
  };
  for (let i = 0; i < n; i++) {
    const l = stage1[i];
    const begins = l !== 0 && (!IS_INSIDE[l] || start < 0 || type !== LABEL_TYPE[l]);
    if (start >= 0 && (l === 0 || begins)) {
      close(i);
      start = -1;
    }
    if (begins) {
      start = i;
      type = LABEL_TYPE[l];
    }
  }
  close(n);
  return { doc, stage1, stage1r, counts, inEntity };
}

/** Label of token j when it is in the sentence [st, end), else 99 (written without closures: hot). */
function labelIn(labels: Uint8Array, j: number, st: number, end: number): number {
  return j >= st && j < end ? labels[j] : 99;
}

// Stacking keys in two groups, so that the tagger can cache the first: keys over the first
// stage's labels around the token only (LABEL_FIELDS integers, few distinct rows), and keys over
// the token's word and the document.

/** Integers per token that stackLabelKeys reads. */
export const LABEL_FIELDS = 8;

/** Writes token i's LABEL_FIELDS integers into out from `at`: its stage-1 labels and those around it (99 outside the sentence). */
export function stackLabelFields(ctx: StackContext, i: number, out: Int32Array, at: number): void {
  const { doc, stage1, stage1r } = ctx;
  const n = doc.length;
  const st = doc.sentenceStart[i];
  let end = i + 1;
  while (end < n && end <= i + 2 && doc.sentenceStart[end] === st) end++;
  out[at] = stage1[i];
  out[at + 1] = labelIn(stage1, i - 1, st, end);
  out[at + 2] = labelIn(stage1, i + 1, st, end);
  out[at + 3] = labelIn(stage1, i + 2, st, end);
  out[at + 4] = stage1r ? 1 : 0;
  out[at + 5] = stage1r ? stage1r[i] : 0;
  out[at + 6] = stage1r ? labelIn(stage1r, i - 1, st, end) : 0;
  out[at + 7] = stage1r ? labelIn(stage1r, i + 1, st, end) : 0;
}

/** Keys of the label fields in f[from .. from + LABEL_FIELDS). Writes into out from `at`; returns the new end. */
export function stackLabelKeys(f: Int32Array, from: number, out: Int32Array, at: number): number {
  const label = f[from];
  out[at++] = mix(S.Label, label);
  if (f[from + 4]) {
    // The right-to-left stage-1 tagger's labels (converted to IOB2), alone and with the other's.
    out[at++] = mix(S.RLabel, f[from + 5]);
    out[at++] = mix(S.RPair, label * 16 + f[from + 5]);
    out[at++] = mix(S.RLabelM1, f[from + 6]);
    out[at++] = mix(S.RLabelP1, f[from + 7]);
  }
  const m1 = f[from + 1];
  const p1 = f[from + 2];
  out[at++] = mix(S.LabelM1, m1);
  out[at++] = mix(S.LabelP1, p1);
  out[at++] = mix(S.LabelP2, f[from + 3]);
  out[at++] = mix(S.LabelM1P1, m1 * 128 + p1);
  return at;
}

/** Keys of token i over its word and the document's other occurrences of it. Writes into out from `at`; returns the new end. */
export function stackWordKeys(ctx: StackContext, i: number, out: Int32Array, at: number): number {
  out[at++] = stackLabelWordKey(ctx.stage1[i], ctx.doc.lowerHash[i]);
  return stackDocumentKeys(ctx, i, out, at);
}

/** The key of a stage-1 label with the word (lowerHash): the first of stackWordKeys, which the tagger keeps per word form. */
export function stackLabelWordKey(label: number, lower: number): number {
  return mix(S.LabelWord, mix(label, lower));
}

/** stackWordKeys but the first: keys over the document's other occurrences of token i's word. */
export function stackDocumentKeys(ctx: StackContext, i: number, out: Int32Array, at: number): number {
  const { doc, stage1 } = ctx;
  if (doc.capitalised[i]) {
    const counts = ctx.counts;
    const c = 5 * doc.wordOf[i];
    // Majority over the other occurrences (this one removed).
    const own = LABEL_TYPE[stage1[i]] + 1;
    let best = -1;
    let bestCount = 0;
    for (let t = 0; t < 5; t++) {
      const v = counts[c + t] - (t === own ? 1 : 0);
      if (v > bestCount) {
        best = t;
        bestCount = v;
      }
    }
    out[at++] = mix(S.DocMajority, best);
    out[at++] = mix(S.DocMajorityShape, mix(best, doc.shapeHash[i]));
    out[at++] = mix(S.InLongerEntity, ctx.inEntity[doc.wordOf[i]]);
    // Every type the other occurrences took, with its share (quarters).
    let others = 0;
    for (let t = 0; t < 5; t++) others += counts[c + t] - (t === own ? 1 : 0);
    if (others > 0) {
      for (let t = 0; t < 5; t++) {
        const v = counts[c + t] - (t === own ? 1 : 0);
        if (v <= 0) continue;
        const share = Math.min(4, Math.floor((4 * v) / others));
        out[at++] = mix(S.DocShare, t * 8 + share);
        out[at++] = mix(S.DocShareLabel, (t * 8 + share) * 16 + stage1[i]);
      }
    }
  }
  return at;
}

const labelFields = new Int32Array(LABEL_FIELDS);
/** The stacking keys of token i (both groups). Writes into out from `at`; returns the new end. */
export function stackKeys(ctx: StackContext, i: number, out: Int32Array, at: number): number {
  stackLabelFields(ctx, i, labelFields, 0);
  at = stackLabelKeys(labelFields, 0, out, at);
  return stackWordKeys(ctx, i, out, at);
}

/** A copy of `doc` whose static keys also carry the first stage's view. */
export function stackFeatures(doc: DocumentFeatures, stage1: Uint8Array, stage1r?: Uint8Array): DocumentFeatures {
  const n = doc.length;
  const ctx = stackContext(doc, stage1, stage1r);
  const keys = new Int32Array(doc.keys.length + n * MAX_STACK_KEYS);
  const offsets = new Int32Array(n + 1);
  let nk = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = nk;
    keys.set(doc.keys.subarray(doc.offsets[i], doc.offsets[i + 1]), nk);
    nk += doc.offsets[i + 1] - doc.offsets[i];
    nk = stackKeys(ctx, i, keys, nk);
  }
  offsets[n] = nk;
  return { ...doc, keys: keys.subarray(0, nk), offsets };
}
