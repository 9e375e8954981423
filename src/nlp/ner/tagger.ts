// The tagging path of the three-stage tagger (stage 1 left to right, stage 1 right to left,
// stage 2 stacked): the same features and the same greedy decoding as the reference path
// (features.ts → decode.ts → stacking.ts, which training uses), arranged so that little is looked
// up per token. Labels are identical: scores are integer sums of int16 weights, so summing the
// same keys in another order or in advance gives the same scores, hence the same labels.
//   - Per word form, the summed weights (every stage) of the keys that depend on that form only:
//     its own (wordKeys) and what a token reads from it as a neighbour (neighbourKeys). A token
//     then adds five cached vectors instead of about thirty lookups per stage.
//   - The context keys over small-valued facts (smallContextKeys) and over the shape trigram
//     (shapeContextKeys) repeat across tokens: their summed weights are cached per distinct input
//     row (FieldCache, exact: the row is compared, not just hashed).
//   - The remaining static keys (lexicalContextKeys) are looked up once for all stages (StackedWeights).
//   - The dynamic keys (previous labels, history) take few values: their summed weights are tables
//     indexed by those values, per model, per word form (label and word) and per shape.
//   - Stacking keys are added as whole rows once both stage-1 decodes have read their lanes; the
//     key of a stage-1 label with the word is looked up once per form and label.
//   - Every vector, table and weight row lives in one VectorArena (simd.ts): WebAssembly SIMD sums
//     the vectors, and greedy decoding runs as a WebAssembly function (decode-kernel.ts); both
//     have JavaScript fallbacks over the same layout, which give the same labels.
import { allowedAfter, LABEL_TYPE, NUM_LABELS } from './labels.ts';
import {
  casingField, ContextBuffers, documentContext, lexicalContextKeys, shapeContextKeys, shapeTrigram, SMALL_FIELDS, smallContextFields, smallContextKeys, historyKeys, historyShapeKeys, isFirstInDirection, isSecondInDirection, labelKeys, labelShapeKeys, labelWordKeys,
  MAX_KEYS_PER_TOKEN, NEIGHBOUR_OFFSETS, neighbourKeys, wordKeys, type DocumentContext, type WordInfo,
} from './features.ts';
import { fromReverseLabels } from './decode.ts';
import { LABEL_FIELDS, MAX_STACK_KEYS, stackContext, stackDocumentKeys, stackLabelFields, stackLabelKeys, stackLabelWordKey } from './stacking.ts';
import { StackedWeights, type PackedWeights } from './weights.ts';
import type { EntityList } from './entity-list.ts';
import { VectorArena } from './simd.ts';
import { decodeKernel, type DecodeArgs } from './decode-kernel.ts';

/** Static vectors per form: its own, then as the neighbour at each of NEIGHBOUR_OFFSETS. */
const VECTORS = 1 + NEIGHBOUR_OFFSETS.length;
/** The O score of a token labelled O unscored: far above any sum of weights (int16 weights over a few hundred keys stay below 2^24). */
const OUTSIDE_MARGIN = 1 << 28;
/** After a form's VECTORS rows: per stage-1 label, the weight row of its stackLabelWordKey (rowOf; -1 none), padded to 16 int32. */
const LABEL_WORD_ROWS = 16;
if (NUM_LABELS > LABEL_WORD_ROWS) throw new Error(`ner: ${NUM_LABELS} labels do not fit the form record's ${LABEL_WORD_ROWS} label-word rows`);
// tag() sums a token's neighbour vectors in one unrolled pass written for these offsets.
if (NEIGHBOUR_OFFSETS.join() !== '-2,-1,1,2') throw new Error(`ner: the tagger sums neighbours at -2, -1, +1, +2, the features read ${NEIGHBOUR_OFFSETS.join(', ')}`);
/** Previous-label values (0..8 labels, 99 none → index 9) and history values (-1..5 → index 0..6). */
const PREV = NUM_LABELS + 1;
const HIST = 7;
/** Word forms whose vectors are kept (about 0.5 kB each, 1.6 kB with label-word weights). */
const FORM_CACHE_LIMIT = 30_000;
/** int32 per block of the arena for form and shape records (blocks are reused once the forms are dropped). */
const FORM_BLOCK = 1 << 16;

/** Odd multipliers for FieldCache's hash, one per field. */
const FIELD_MULTIPLIERS = Int32Array.from({ length: 32 }, (_, k) => (Math.imul(k + 1, 0x9e3779b1) | 1));

/** Whether m[from .. to) holds only zeros (a loop: a subarray and every() cost more than the weights' sums of a new form). */
function allZero(m: Int32Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (m[k] !== 0) return false;
  return true;
}

/** allowedAfter(p, l) at p * NUM_LABELS + l. */
const ALLOWED_AFTER = Uint8Array.from({ length: NUM_LABELS * NUM_LABELS }, (_, k) => (allowedAfter(Math.floor(k / NUM_LABELS), k % NUM_LABELS) ? 1 : 0));

function prevValue(index: number): number {
  return index === NUM_LABELS ? 99 : index;
}

/**
 * Slots for the summed weights of distinct rows of integers (a token's small context fields, its
 * shape trigram, its stage-1 label fields), direct-mapped: a row hashes to one slot, which keeps the
 * last row stored there. The vectors themselves are the caller's, one per slot.
 */
class FieldCache {
  private readonly rows: Int32Array;
  private readonly used: Uint8Array;
  private readonly mask: number;
  constructor(private readonly fields: number, slots: number) {
    if (fields > FIELD_MULTIPLIERS.length) throw new Error(`ner: a cached row of ${fields} fields exceeds the hash's ${FIELD_MULTIPLIERS.length}`);
    this.mask = slots - 1;
    this.rows = new Int32Array(slots * fields);
    this.used = new Uint8Array(slots);
  }

  /**
   * The slot of f[from .. from + fields) when it holds that row; else its bitwise complement (a
   * negative number): the slot now records the row, and its vector is the caller's to refill.
   */
  slotOf(f: Int32Array, from: number): number {
    const n = this.fields;
    // Each field times its own odd constant, summed, then mixed: the products do not wait on each
    // other as a chained hash's steps do (a slot only has to spread rows, equal rows are compared).
    let h = 0;
    for (let k = 0; k < n; k++) h = (h + Math.imul(f[from + k], FIELD_MULTIPLIERS[k])) | 0;
    h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
    const slot = (h ^ (h >>> 16)) & this.mask;
    const rows = this.rows;
    const r = slot * n;
    let same = this.used[slot] === 1;
    for (let k = 0; same && k < n; k++) same = rows[r + k] === f[from + k];
    if (same) return slot;
    for (let k = 0; k < n; k++) rows[r + k] = f[from + k];
    this.used[slot] = 1;
    return ~slot;
  }
}

/**
 * A form's summed weights, as arena indices of rows: `fixed`, VECTORS static vectors (its own,
 * then as each neighbour), then LABEL_WORD_ROWS stage-2 weight rows; `byPrevious`, per previous
 * label PREV vectors of its labelWordKeys plus its shape's labelShapeKeys (the shape is the
 * form's, so decoding adds one vector for both); `shape`, its shape's vectors (shapeVectors).
 */
interface FormVectors {
  fixed: number;
  byPrevious: number;
  shape: number;
}

export class StackedTagger {
  private readonly table: StackedWeights;
  /** Scores per token: the three stages' NUM_LABELS side by side. */
  private readonly width: number;
  /** The static vectors, context vectors, token scores and weight rows (see simd.ts). */
  private readonly arena: VectorArena;
  /** int32 per arena row (width rounded up to SIMD lanes; the padding lanes stay zero or are ignored). */
  private readonly row: number;
  private readonly entities: EntityList | null;
  /** Forms whose WordInfo holds this tagger's vectors (see formVectors), to drop them past FORM_CACHE_LIMIT. */
  private readonly formsWithVectors: WordInfo[] = [];
  /** Tokens that differ from their WordInfo's form (curly quotes folded) → summed weights. */
  private readonly otherForms = new Map<string, FormVectors>();
  /** Arena blocks (FORM_BLOCK int32 each) of form and shape records, the block being filled and the int32 used in it. */
  private readonly formBlocks: number[] = [];
  private formBlock = -1;
  private usedInBlock = FORM_BLOCK;
  private formCount = 0;
  /** Shape hash → arena index of its rows: per previous label PREV of labelShapeKeys, then per history HIST of historyShapeKeys. */
  private readonly shapes = new Map<number, number>();
  /** Arena rows per (previous label, label before): labelKeys; per (history, previous label): historyKeys. */
  private readonly labelTableAt: number;
  private readonly historyTableAt: number;
  /** PREV arena rows where a form's label-word weights are summed before it is known whether it has any. */
  private readonly labelWordAt: number;
  /** Arena index of what a token reads at each neighbour offset outside its sentence (VECTORS rows; row 0 unused). */
  private readonly outsideAt: number;
  /** Arena index of the score row of a token labelled O unscored (DocumentContext.outside). */
  private readonly outsideLabelAt: number;
  /** Arena index of the keys being looked up (written there by the key templates, summed by one kernel call). */
  private readonly keysAt: number;
  /** Context rows → arena vectors (one row per slot, from smallAt / trigramsAt). */
  private readonly small: FieldCache;
  private readonly smallAt: number;
  private readonly trigrams: FieldCache;
  private readonly trigramsAt: number;
  /** Arrays reused from one document to the next (allocating them costs more than tagging short sentences). */
  private readonly buffers = new ContextBuffers();
  /** Arena index of the token scores (one row per token) and how many tokens they have room for. */
  private scoresAt = 0;
  private scoresRoom = 0;
  /** The WebAssembly decoding (decode-kernel.ts), null where it is missing (then decode runs as JavaScript). */
  private readonly decodeWasm: ((args: DecodeArgs) => void) | null;
  /** Byte addresses of its tables (ALLOWED_AFTER, then the history value of each label) and of its per-token arrays (see room). */
  private readonly allowedByte: number;
  private readonly historyValueByte: number;
  private readonly tokenArrays = { byPrevious: 0, shapes: 0, sentenceStart: 0, capitalised: 0, wordOf: 0, history: 0, out: [0, 0, 0] };
  /** Per token: its form's FormVectors (arena indices). */
  private fixedAt = new Int32Array(0);
  private byPreviousAt = new Int32Array(0);
  private shapeAt = new Int32Array(0);
  /** The JavaScript decoding's history (what each capitalised word was last tagged in the document, see History in features.ts) per word (doc.wordOf). */
  private history = new Int8Array(0);
  /** Stage 1's labels left to right, right to left, and the latter in IOB2 (n each). */
  private stage1 = new Uint8Array(0);
  /** Stage 2's summed weights of the stacking keys over labels only, per distinct row of labels (an arena row per slot from stackLabelsAt). */
  private readonly stackLabels: FieldCache;
  private readonly stackLabelsAt: number;
  /** One token's small fields, then its shape trigram (or its label fields). */
  private readonly fields = new Int32Array(Math.max(SMALL_FIELDS + 3, LABEL_FIELDS));

  constructor(stages: PackedWeights[], options: { simd?: boolean } = {}) {
    if (stages.length !== 3) throw new Error(`ner: the stacked tagger needs 3 stages, the model has ${stages.length}`);
    this.arena = new VectorArena(stages.length * NUM_LABELS, options);
    this.row = this.arena.lanes;
    this.keysAt = this.arena.alloc(Math.max(MAX_KEYS_PER_TOKEN, MAX_STACK_KEYS));
    this.table = new StackedWeights(stages, this.arena);
    this.width = this.table.width;
    this.entities = stages[0].entities;
    const slots = 1 << 13;
    this.small = new FieldCache(SMALL_FIELDS, slots);
    this.smallAt = this.arena.alloc(slots * this.row);
    this.trigrams = new FieldCache(3, slots);
    this.trigramsAt = this.arena.alloc(slots * this.row);
    this.stackLabels = new FieldCache(LABEL_FIELDS, 1 << 12);
    this.stackLabelsAt = this.arena.alloc((1 << 12) * this.row);
    this.outsideAt = this.arena.alloc(VECTORS * this.row);
    this.outsideLabelAt = this.arena.alloc(this.row);
    for (let stage = 0; stage < stages.length; stage++) this.arena.i32[this.outsideLabelAt + stage * NUM_LABELS] = OUTSIDE_MARGIN;
    this.decodeWasm = decodeKernel(this.arena.memory, NUM_LABELS, PREV);
    this.allowedByte = 4 * this.arena.alloc(Math.ceil((ALLOWED_AFTER.length + NUM_LABELS) / 4));
    this.historyValueByte = this.allowedByte + ALLOWED_AFTER.length;
    this.arena.u8.set(ALLOWED_AFTER, this.allowedByte);
    for (let l = 0; l < NUM_LABELS; l++) this.arena.u8[this.historyValueByte + l] = l === 0 ? 1 : 2 + LABEL_TYPE[l];
    NEIGHBOUR_OFFSETS.forEach((d, k) => {
      this.sumKeysInArena(neighbourKeys(d, null, 0, 0, !!this.entities, this.arena.i32, this.keysAt), this.outsideAt + (1 + k) * this.row);
    });
    const R = this.row;
    this.labelTableAt = this.arena.alloc(PREV * PREV * R);
    this.historyTableAt = this.arena.alloc(HIST * PREV * R);
    this.labelWordAt = this.arena.alloc(PREV * R);
    for (let a = 0; a < PREV; a++) {
      for (let b = 0; b < PREV; b++) this.sumKeysInArena(labelKeys(prevValue(a), prevValue(b), this.arena.i32, this.keysAt), this.labelTableAt + (a * PREV + b) * R);
      for (let h = 0; h < HIST; h++) this.sumKeysInArena(historyKeys(h - 1, prevValue(a), this.arena.i32, this.keysAt), this.historyTableAt + (h * PREV + a) * R);
    }
  }

  /** Whether the sums run as WebAssembly SIMD. */
  get simd(): boolean {
    return this.arena.simd;
  }

  /** Adds the weights (all stages) of the keys at arena.i32[keysAt .. end) into the arena row at `at`. */
  private sumKeysInArena(end: number, at: number): void {
    this.table.addKeysInArena(this.keysAt, end - this.keysAt, at);
  }

  /**
   * Arena index of the summed weights of a context row in this.fields from `from` (cache slots
   * from `base`); on a miss the slot's vector is recomputed from the row's keys (keysOf).
   */
  private contextVector(cache: FieldCache, base: number, from: number, keysOf: (f: Int32Array, from: number, out: Int32Array, at: number) => number): number {
    const slot = cache.slotOf(this.fields, from);
    if (slot >= 0) return base + slot * this.row;
    const at = base + ~slot * this.row;
    this.arena.i32.fill(0, at, at + this.row);
    this.sumKeysInArena(keysOf(this.fields, from, this.arena.i32, this.keysAt), at);
    return at;
  }

  private shapeVectors(shape: number): number {
    let v = this.shapes.get(shape);
    if (v !== undefined) return v;
    const R = this.row;
    v = this.formRecord((PREV + HIST) * R);
    for (let a = 0; a < PREV; a++) this.sumKeysInArena(labelShapeKeys(prevValue(a), shape, this.arena.i32, this.keysAt), v + a * R);
    for (let h = 0; h < HIST; h++) this.sumKeysInArena(historyShapeKeys(h - 1, shape, this.arena.i32, this.keysAt), v + (PREV + h) * R);
    this.shapes.set(shape, v);
    return v;
  }

  /** Room for `size` int32 of form or shape rows in the arena (zeroed). */
  private formRecord(size: number): number {
    if (size > FORM_BLOCK) throw new Error(`ner: a form record of ${size} int32 exceeds the arena block`);
    if (this.usedInBlock + size > FORM_BLOCK) {
      this.formBlock++;
      if (this.formBlock === this.formBlocks.length) this.formBlocks.push(this.arena.alloc(FORM_BLOCK));
      this.usedInBlock = 0;
    }
    const at = this.formBlocks[this.formBlock] + this.usedInBlock;
    this.usedInBlock += size;
    this.arena.i32.fill(0, at, at + size);
    return at;
  }

  /** Forgets every form's and shape's vectors and reuses their arena blocks (between documents only: a document's tokens point into them). */
  private dropForms(): void {
    for (const f of this.formsWithVectors) f.tagged = null;
    this.formsWithVectors.length = 0;
    this.otherForms.clear();
    this.shapes.clear();
    this.formBlock = -1;
    this.usedInBlock = FORM_BLOCK;
    this.formCount = 0;
  }

  /** The summed weights of a form's own keys and of the keys its neighbours read from it. */
  private formVectors(raw: string, info: WordInfo, gazFlags: number, entWord: number): FormVectors {
    // The vectors depend on the token (gazFlags reads its own lower case), so they are the form's
    // only when the token is the form.
    const ofForm = raw === info.form;
    if (ofForm && info.tagged?.owner === this) return info.tagged;
    let v = ofForm ? undefined : this.otherForms.get(raw);
    if (v) return v;
    const hasEntities = !!this.entities;
    const R = this.row;
    this.formCount++;
    const fixed = this.formRecord(VECTORS * R + LABEL_WORD_ROWS);
    const m = this.arena.i32;
    for (let l = 0; l < NUM_LABELS; l++) m[fixed + VECTORS * R + l] = this.table.rowOf(stackLabelWordKey(l, info.lower));
    this.sumKeysInArena(wordKeys(info, gazFlags, entWord, hasEntities, this.arena.i32, this.keysAt), fixed);
    for (let k = 0; k < NEIGHBOUR_OFFSETS.length; k++) {
      this.sumKeysInArena(neighbourKeys(NEIGHBOUR_OFFSETS[k], info, gazFlags, entWord, hasEntities, this.arena.i32, this.keysAt), fixed + (1 + k) * R);
    }
    // Nine forms in ten have no label-word weights: they share their shape's vectors.
    const shape = this.shapeVectors(info.shape);
    const words = this.labelWordAt;
    this.arena.i32.fill(0, words, words + PREV * R);
    for (let a = 0; a < PREV; a++) this.sumKeysInArena(labelWordKeys(prevValue(a), info.lower, this.arena.i32, this.keysAt), words + a * R);
    let byPrevious = shape;
    if (!allZero(this.arena.i32, words, words + PREV * R)) {
      byPrevious = this.formRecord(PREV * R);
      const sums = this.arena.i32;
      for (let k = 0; k < PREV * R; k++) sums[byPrevious + k] = sums[words + k] + sums[shape + k];
    }
    if (!ofForm) {
      v = { fixed, byPrevious, shape };
      this.otherForms.set(raw, v);
      return v;
    }
    info.tagged = { owner: this, fixed, byPrevious, shape };
    this.formsWithVectors.push(info);
    return info.tagged;
  }

  /** Label indices for every token of the document (sentences concatenated). */
  tag(sentences: string[][]): Uint8Array {
    const doc = documentContext(sentences, this.entities, this.buffers);
    const n = doc.length;
    const R = this.row;
    const arena = this.arena;
    // Forms are dropped before a document, never during one: its tokens hold their records' indices.
    if (this.formCount + n > FORM_CACHE_LIMIT || this.shapes.size + n > FORM_CACHE_LIMIT) this.dropForms();
    if (this.fixedAt.length < n) {
      const size = Math.max(n, 2 * this.fixedAt.length);
      this.fixedAt = new Int32Array(size);
      this.byPreviousAt = new Int32Array(size);
      this.shapeAt = new Int32Array(size);
    }
    const fixedAt = this.fixedAt;
    let i = 0;
    for (const s of sentences) {
      for (const raw of s) {
        const form = this.formVectors(raw, doc.infos[i], doc.gazFlags[i], doc.entWord[i]);
        fixedAt[i] = form.fixed;
        this.byPreviousAt[i] = form.byPrevious;
        this.shapeAt[i] = form.shape;
        i++;
      }
    }
    if (this.scoresRoom < n) this.makeRoom(n);
    const fields = this.fields;
    const outside = this.outsideAt;
    const sum7 = arena.sum7;
    const outsideLabel = this.outsideLabelAt;
    for (i = 0; i < n; i++) {
      const at = this.scoresAt + i * R;
      if (doc.outside[i]) {
        // O in every stage by a margin no other weight sum reaches (see DocumentContext.outside).
        arena.i32.copyWithin(at, outsideLabel, outsideLabel + R);
        continue;
      }
      smallContextFields(doc, i, fields, 0);
      shapeTrigram(doc, i, fields, SMALL_FIELDS);
      const small = this.contextVector(this.small, this.smallAt, 0, smallContextKeys);
      const trigram = this.contextVector(this.trigrams, this.trigramsAt, SMALL_FIELDS, shapeContextKeys);
      // The form's own vector, what it reads from each neighbour (NEIGHBOUR_OFFSETS: -2, -1, +1, +2,
      // the record's rows 1..4) and the two cached context vectors, summed in one call (byte addresses).
      const st = doc.sentenceStart[i];
      const m2 = i - 2 >= st ? fixedAt[i - 2] : outside;
      const m1 = i - 1 >= st ? fixedAt[i - 1] : outside;
      const p1 = i + 1 < n && doc.sentenceStart[i + 1] === st ? fixedAt[i + 1] : outside;
      const p2 = i + 2 < n && doc.sentenceStart[i + 2] === st ? fixedAt[i + 2] : outside;
      sum7(4 * at, 4 * fixedAt[i], 4 * (m2 + R), 4 * (m1 + 2 * R), 4 * (p1 + 3 * R), 4 * (p2 + 4 * R), 4 * small, 4 * trigram);
      this.sumKeysInArena(lexicalContextKeys(doc, i, casingField(fields, 0), arena.i32, this.keysAt), at);
    }
    // Nothing is allocated in the arena from here on: its views stay valid.
    const scores = arena.i32;
    if (this.stage1.length < 3 * n) this.stage1 = new Uint8Array(Math.max(3 * n, 2 * this.stage1.length));
    if (this.decodeWasm) {
      const t = this.tokenArrays;
      scores.set(this.byPreviousAt.subarray(0, n), t.byPrevious >> 2);
      scores.set(this.shapeAt.subarray(0, n), t.shapes >> 2);
      scores.set(doc.sentenceStart.subarray(0, n), t.sentenceStart >> 2);
      scores.set(doc.wordOf.subarray(0, n), t.wordOf >> 2);
      arena.u8.set(doc.capitalised.subarray(0, n), t.capitalised);
    }
    const left = this.decode(doc, scores, 0, false, 0);
    const rightToLeft = this.decode(doc, scores, 1, true, 1);
    const right = fromReverseLabels(rightToLeft, doc.sentenceStart, this.stage1.subarray(2 * n, 3 * n));
    const stack = stackContext(doc, left, right);
    // Stage 2 adds whole weight rows into each token's scores: the stage-1 lanes it spoils have
    // been read by both stage-1 decodes already, its own lanes get exactly its weights.
    for (i = 0; i < n; i++) {
      if (doc.outside[i]) continue;
      const at = this.scoresAt + i * R;
      stackLabelFields(stack, i, fields, 0);
      arena.addRow32(4 * at, 4 * this.contextVector(this.stackLabels, this.stackLabelsAt, 0, stackLabelKeys));
      // The first stacking word key (label and word) is looked up once per form (formVectors).
      this.table.addRowInArena(scores[fixedAt[i] + VECTORS * R + left[i]], at);
      this.sumKeysInArena(stackDocumentKeys(stack, i, scores, this.keysAt), at);
    }
    return this.decode(doc, scores, 2, false, 2).slice();
  }

  /** Room in the arena for the scores and the decoding arrays of n tokens. */
  private makeRoom(n: number): void {
    const room = Math.max(n, 2 * this.scoresRoom, 64);
    this.scoresRoom = room;
    this.scoresAt = this.arena.alloc(room * this.row);
    // int32 arrays, then uint8 arrays, each room + 2 long (the decoding reads two past the last token).
    const long = room + 2;
    const at = 4 * this.arena.alloc(4 * long + Math.ceil((5 * long) / 4));
    const t = this.tokenArrays;
    t.byPrevious = at;
    t.shapes = at + 4 * long;
    t.sentenceStart = at + 8 * long;
    t.wordOf = at + 12 * long;
    const bytes = at + 16 * long;
    t.capitalised = bytes;
    t.history = bytes + long;
    t.out = [bytes + 2 * long, bytes + 3 * long, bytes + 4 * long];
  }

  /**
   * Greedy decoding of one stage over its static scores, as decode.ts's decodeDocument; every
   * table is a row of the arena (`m`, its current view). The labels are the `slot`-th of three
   * arrays reused by every document.
   */
  private decode(doc: DocumentContext, m: Int32Array, stage: number, reverse: boolean, slot: number): Uint8Array {
    const n = doc.length;
    const R = this.row;
    const column = stage * NUM_LABELS;
    if (this.decodeWasm) {
      const t = this.tokenArrays;
      const u8 = this.arena.u8;
      u8.fill(0, t.history, t.history + n);
      this.decodeWasm({
        n, reverse, scores: 4 * (this.scoresAt + column), rowBytes: 4 * R, labelTable: 4 * (this.labelTableAt + column),
        historyTable: 4 * (this.historyTableAt + column), byPrevious: t.byPrevious, shapes: t.shapes, column: 4 * column,
        sentenceStart: t.sentenceStart, capitalised: t.capitalised, wordOf: t.wordOf, history: t.history, out: t.out[slot],
        allowed: this.allowedByte, historyValue: this.historyValueByte,
      });
      return u8.subarray(t.out[slot], t.out[slot] + n);
    }
    const out = slot < 2 ? this.stage1.subarray(slot * n, (slot + 1) * n) : new Uint8Array(n);
    if (this.history.length < n) this.history = new Int8Array(Math.max(n, 2 * this.history.length));
    const history = this.history;
    const wordOf = doc.wordOf;
    history.fill(0, 0, n);
    const step = reverse ? -1 : 1;
    const labelTable = this.labelTableAt + column;
    const historyTable = this.historyTableAt + column;
    const byPreviousAt = this.byPreviousAt;
    const shapeAt = this.shapeAt;
    const scores = this.scoresAt + column;
    let prev1 = 0;
    let prev2 = 0;
    for (let c = 0; c < n; c++) {
      const i = reverse ? n - 1 - c : c;
      const first = isFirstInDirection(doc, i, step);
      if (first) {
        prev1 = 0;
        prev2 = 0;
      }
      const hist = doc.capitalised[i] ? history[wordOf[i]] : -1;
      // Table rows of the dynamic keys (see dynamicKeys): previous labels 99 → PREV - 1.
      const a = first ? PREV - 1 : prev1;
      const b = isSecondInDirection(doc, i, step) ? PREV - 1 : prev2;
      const h = hist + 1;
      const base = scores + i * R;
      const labelAt = labelTable + (a * PREV + b) * R;
      const historyAt = historyTable + (h * PREV + a) * R;
      // byPrevious (label-word and label-shape weights) is per previous label.
      const prevAt = byPreviousAt[i] + a * R + column;
      const historyShapeAt = shapeAt[i] + (PREV + h) * R + column;
      const p = first ? 0 : prev1;
      let best = 0;
      let bestScore = -Infinity;
      for (let l = 0; l < NUM_LABELS; l++) {
        const score = m[base + l] + m[labelAt + l] + m[historyAt + l] + m[prevAt + l] + m[historyShapeAt + l];
        if (score > bestScore && ALLOWED_AFTER[p * NUM_LABELS + l]) {
          best = l;
          bestScore = score;
        }
      }
      out[i] = best;
      if (doc.capitalised[i]) history[wordOf[i]] = best === 0 ? 1 : 2 + LABEL_TYPE[best];
      prev2 = prev1;
      prev1 = best;
    }
    return out;
  }
}
