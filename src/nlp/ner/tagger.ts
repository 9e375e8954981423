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
//   - Stacking keys are looked up in stage 2's columns only.
import { allowedAfter, LABEL_TYPE, NUM_LABELS } from './labels.ts';
import {
  casingField, ContextBuffers, documentContext, lexicalContextKeys, shapeContextKeys, shapeTrigram, SMALL_FIELDS, smallContextFields, smallContextKeys, historyKeys, historyShapeKeys, isFirstInDirection, isSecondInDirection, labelKeys, labelShapeKeys, labelWordKeys,
  MAX_KEYS_PER_TOKEN, NEIGHBOUR_OFFSETS, neighbourKeys, wordKeys, type DocumentContext, type WordInfo,
} from './features.ts';
import { fromReverseLabels } from './decode.ts';
import { LABEL_FIELDS, MAX_STACK_KEYS, stackContext, stackLabelFields, stackLabelKeys, stackWordKeys } from './stacking.ts';
import { StackedWeights, type PackedWeights } from './weights.ts';
import type { EntityList } from './entity-list.ts';

/** Static vectors per form: its own, then as the neighbour at each of NEIGHBOUR_OFFSETS. */
const VECTORS = 1 + NEIGHBOUR_OFFSETS.length;
// tag() sums a token's neighbour vectors in one unrolled pass written for these offsets.
if (NEIGHBOUR_OFFSETS.join() !== '-2,-1,1,2') throw new Error(`ner: the tagger sums neighbours at -2, -1, +1, +2, the features read ${NEIGHBOUR_OFFSETS.join(', ')}`);
/** Previous-label values (0..8 labels, 99 none → index 9) and history values (-1..5 → index 0..6). */
const PREV = NUM_LABELS + 1;
const HIST = 7;
/** Word forms whose vectors are kept (about 0.5 kB each, 1.6 kB with label-word weights). */
const FORM_CACHE_LIMIT = 30_000;

/** allowedAfter(p, l) at p * NUM_LABELS + l. */
const ALLOWED_AFTER = Uint8Array.from({ length: NUM_LABELS * NUM_LABELS }, (_, k) => (allowedAfter(Math.floor(k / NUM_LABELS), k % NUM_LABELS) ? 1 : 0));

function prevValue(index: number): number {
  return index === NUM_LABELS ? 99 : index;
}

/**
 * Summed weights per distinct row of integers (a token's small context fields, its shape trigram),
 * direct-mapped: a row hashes to one slot, which keeps the last row stored there and its vector.
 */
class FieldCache {
  private readonly rows: Int32Array;
  private readonly used: Uint8Array;
  readonly vectors: Int32Array;
  private readonly mask: number;
  constructor(private readonly fields: number, private readonly width: number, slots: number) {
    this.mask = slots - 1;
    this.rows = new Int32Array(slots * fields);
    this.used = new Uint8Array(slots);
    this.vectors = new Int32Array(slots * width);
  }

  /**
   * Offset in `vectors` of the summed weights for f[from .. from + fields); on a miss `sum` fills
   * vectors[at .. at + width) (zeroed first).
   */
  offsetOf(f: Int32Array, from: number, sum: (f: Int32Array, from: number, out: Int32Array, at: number) => void): number {
    const n = this.fields;
    let h = 0x811c9dc5;
    for (let k = 0; k < n; k++) h = Math.imul(h ^ f[from + k], 0x01000193);
    const slot = (h ^ (h >>> 15)) & this.mask;
    const rows = this.rows;
    const r = slot * n;
    let same = this.used[slot] === 1;
    for (let k = 0; same && k < n; k++) same = rows[r + k] === f[from + k];
    const at = slot * this.width;
    if (same) return at;
    for (let k = 0; k < n; k++) rows[r + k] = f[from + k];
    this.used[slot] = 1;
    this.vectors.fill(0, at, at + this.width);
    sum(f, from, this.vectors, at);
    return at;
  }
}

/**
 * A form's summed weights: VECTORS static vectors of `width` (its own, then as each neighbour), and
 * per previous label PREV vectors of its labelWordKeys plus its shape's labelShapeKeys (the shape is
 * the form's, so decoding adds one vector for both); `shape` is its shape's vectors (shapeVectors).
 */
interface FormVectors {
  fixed: Int32Array;
  byPrevious: Int32Array;
  shape: Int32Array;
}

export class StackedTagger {
  private readonly table: StackedWeights;
  /** Scores per token: the three stages' NUM_LABELS side by side. */
  private readonly width: number;
  private readonly entities: EntityList | null;
  /** Forms whose WordInfo holds this tagger's vectors (see formVectors), to drop them past FORM_CACHE_LIMIT. */
  private readonly formsWithVectors: WordInfo[] = [];
  /** Tokens that differ from their WordInfo's form (curly quotes folded) → summed weights. */
  private readonly otherForms = new Map<string, FormVectors>();
  /** Shape hash → per previous label PREV vectors of labelShapeKeys, then per history HIST of historyShapeKeys. */
  private readonly shapes = new Map<number, Int32Array>();
  /** Per (previous label, label before): labelKeys; per (history, previous label): historyKeys. */
  private readonly labelTable: Int32Array;
  private readonly historyTable: Int32Array;
  /** What a token reads at each neighbour offset outside its sentence (VECTORS × width; slot 0 unused). */
  private readonly outside: Int32Array;
  private readonly keys = new Int32Array(Math.max(MAX_KEYS_PER_TOKEN, MAX_STACK_KEYS));
  private readonly small: FieldCache;
  private readonly trigrams: FieldCache;
  /** Arrays reused from one document to the next (allocating them costs more than tagging short sentences). */
  private readonly buffers = new ContextBuffers();
  private scores = new Int32Array(0);
  private readonly formsAt: Int32Array[] = [];
  private readonly byPreviousAt: Int32Array[] = [];
  private readonly shapesAt: Int32Array[] = [];
  /** Decoding history (what each capitalised word was last tagged in the document, see History in features.ts) per word (doc.wordOf). */
  private history = new Int8Array(0);
  /** Stage 1's labels left to right, right to left, and the latter in IOB2 (n each). */
  private stage1 = new Uint8Array(0);
  /** Stage 2's summed weights of the stacking keys over labels only, per distinct row of labels. */
  private readonly stackLabels: FieldCache;
  /** One token's small fields, then its shape trigram (or its label fields). */
  private readonly fields = new Int32Array(Math.max(SMALL_FIELDS + 3, LABEL_FIELDS));
  private readonly sumSmall = (f: Int32Array, from: number, out: Int32Array, at: number): void => {
    this.sumKeys(smallContextKeys(f, from, this.keys, 0), out, at);
  };
  private readonly sumTrigram = (f: Int32Array, from: number, out: Int32Array, at: number): void => {
    this.sumKeys(shapeContextKeys(f, from, this.keys, 0), out, at);
  };
  private readonly sumStackLabels = (f: Int32Array, from: number, out: Int32Array, at: number): void => {
    const count = stackLabelKeys(f, from, this.keys, 0);
    for (let j = 0; j < count; j++) this.table.addStage(this.keys[j], 2, out, at);
  };

  constructor(stages: PackedWeights[]) {
    if (stages.length !== 3) throw new Error(`ner: the stacked tagger needs 3 stages, the model has ${stages.length}`);
    this.table = new StackedWeights(stages);
    this.width = this.table.width;
    this.entities = stages[0].entities;
    this.outside = new Int32Array(VECTORS * this.width);
    this.small = new FieldCache(SMALL_FIELDS, this.width, 1 << 13);
    this.trigrams = new FieldCache(3, this.width, 1 << 13);
    this.stackLabels = new FieldCache(LABEL_FIELDS, NUM_LABELS, 1 << 12);
    NEIGHBOUR_OFFSETS.forEach((d, k) => {
      const nk = neighbourKeys(d, null, 0, 0, !!this.entities, this.keys, 0);
      for (let j = 0; j < nk; j++) this.table.addAll(this.keys[j], this.outside, (1 + k) * this.width);
    });
    this.labelTable = new Int32Array(PREV * PREV * this.width);
    this.historyTable = new Int32Array(HIST * PREV * this.width);
    for (let a = 0; a < PREV; a++) {
      for (let b = 0; b < PREV; b++) this.sumKeys(labelKeys(prevValue(a), prevValue(b), this.keys, 0), this.labelTable, (a * PREV + b) * this.width);
      for (let h = 0; h < HIST; h++) this.sumKeys(historyKeys(h - 1, prevValue(a), this.keys, 0), this.historyTable, (h * PREV + a) * this.width);
    }
  }

  /** Adds the weights (all stages) of this.keys[0 .. count) into out[at .. at + width). */
  private sumKeys(count: number, out: Int32Array, at: number): void {
    for (let j = 0; j < count; j++) this.table.addAll(this.keys[j], out, at);
  }

  private shapeVectors(shape: number): Int32Array {
    let v = this.shapes.get(shape);
    if (v) return v;
    v = new Int32Array((PREV + HIST) * this.width);
    for (let a = 0; a < PREV; a++) this.sumKeys(labelShapeKeys(prevValue(a), shape, this.keys, 0), v, a * this.width);
    for (let h = 0; h < HIST; h++) this.sumKeys(historyShapeKeys(h - 1, shape, this.keys, 0), v, (PREV + h) * this.width);
    if (this.shapes.size >= FORM_CACHE_LIMIT) this.shapes.clear();
    this.shapes.set(shape, v);
    return v;
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
    const W = this.width;
    const fixed = new Int32Array(VECTORS * W);
    this.sumKeys(wordKeys(info, gazFlags, entWord, hasEntities, this.keys, 0), fixed, 0);
    for (let k = 0; k < NEIGHBOUR_OFFSETS.length; k++) {
      this.sumKeys(neighbourKeys(NEIGHBOUR_OFFSETS[k], info, gazFlags, entWord, hasEntities, this.keys, 0), fixed, (1 + k) * W);
    }
    // Nine forms in ten have no label-word weights: they share their shape's vectors.
    const shape = this.shapeVectors(info.shape);
    let byPrevious: Int32Array = new Int32Array(PREV * W);
    for (let a = 0; a < PREV; a++) this.sumKeys(labelWordKeys(prevValue(a), info.lower, this.keys, 0), byPrevious, a * W);
    if (byPrevious.every((x) => x === 0)) byPrevious = shape;
    else for (let k = 0; k < PREV * W; k++) byPrevious[k] += shape[k];
    if (!ofForm) {
      if (this.otherForms.size >= FORM_CACHE_LIMIT) this.otherForms.clear();
      v = { fixed, byPrevious, shape };
      this.otherForms.set(raw, v);
      return v;
    }
    if (this.formsWithVectors.length >= FORM_CACHE_LIMIT) {
      for (const f of this.formsWithVectors) f.tagged = null;
      this.formsWithVectors.length = 0;
    }
    info.tagged = { owner: this, fixed, byPrevious, shape };
    this.formsWithVectors.push(info);
    return info.tagged;
  }

  /** Label indices for every token of the document (sentences concatenated). */
  tag(sentences: string[][]): Uint8Array {
    const doc = documentContext(sentences, this.entities, this.buffers);
    const n = doc.length;
    const W = this.width;
    if (this.scores.length < n * W) this.scores = new Int32Array(Math.max(n * W, 2 * this.scores.length));
    const scores = this.scores;
    const vectors = this.formsAt;
    const shapes = this.shapesAt;
    let i = 0;
    for (const s of sentences) {
      for (const raw of s) {
        const form = this.formVectors(raw, doc.infos[i], doc.gazFlags[i], doc.entWord[i]);
        vectors[i] = form.fixed;
        this.byPreviousAt[i] = form.byPrevious;
        shapes[i] = form.shape;
        i++;
      }
    }
    if (this.history.length < n) this.history = new Int8Array(Math.max(n, 2 * this.history.length));
    const keys = this.keys;
    for (i = 0; i < n; i++) {
      const at = i * W;
      const fields = this.fields;
      smallContextFields(doc, i, fields, 0);
      shapeTrigram(doc, i, fields, SMALL_FIELDS);
      const small = this.small.offsetOf(fields, 0, this.sumSmall);
      const trigram = this.trigrams.offsetOf(fields, SMALL_FIELDS, this.sumTrigram);
      // The form's own vector, what it reads from each neighbour (NEIGHBOUR_OFFSETS: -2, -1, +1, +2)
      // and the two cached context vectors, summed in one pass.
      const st = doc.sentenceStart[i];
      const own = vectors[i];
      const m2 = i - 2 >= st ? vectors[i - 2] : this.outside;
      const m1 = i - 1 >= st ? vectors[i - 1] : this.outside;
      const p1 = i + 1 < n && doc.sentenceStart[i + 1] === st ? vectors[i + 1] : this.outside;
      const p2 = i + 2 < n && doc.sentenceStart[i + 2] === st ? vectors[i + 2] : this.outside;
      const smallVectors = this.small.vectors;
      const trigramVectors = this.trigrams.vectors;
      for (let l = 0; l < W; l++) {
        scores[at + l] = own[l] + m2[W + l] + m1[2 * W + l] + p1[3 * W + l] + p2[4 * W + l] + smallVectors[small + l] + trigramVectors[trigram + l];
      }
      const nk = lexicalContextKeys(doc, i, casingField(fields, 0), keys, 0);
      for (let k = 0; k < nk; k++) this.table.addAll(keys[k], scores, at);
    }
    if (this.stage1.length < 3 * n) this.stage1 = new Uint8Array(Math.max(3 * n, 2 * this.stage1.length));
    const left = this.decode(doc, scores, shapes, 0, false, this.stage1.subarray(0, n));
    const rightToLeft = this.decode(doc, scores, shapes, 1, true, this.stage1.subarray(n, 2 * n));
    const right = fromReverseLabels(rightToLeft, doc.sentenceStart, this.stage1.subarray(2 * n, 3 * n));
    const stack = stackContext(doc, left, right);
    const fields = this.fields;
    const labelVectors = this.stackLabels.vectors;
    for (i = 0; i < n; i++) {
      const at = i * W + 2 * NUM_LABELS;
      stackLabelFields(stack, i, fields, 0);
      const labels = this.stackLabels.offsetOf(fields, 0, this.sumStackLabels);
      for (let l = 0; l < NUM_LABELS; l++) scores[at + l] += labelVectors[labels + l];
      const nk = stackWordKeys(stack, i, keys, 0);
      for (let k = 0; k < nk; k++) this.table.addStage(keys[k], 2, scores, at);
    }
    return this.decode(doc, scores, shapes, 2, false);
  }

  /** Greedy decoding of one stage over its static scores, as decode.ts's decodeDocument. */
  private decode(
    doc: DocumentContext, scores: Int32Array, shapes: Int32Array[], stage: number, reverse: boolean, out = new Uint8Array(doc.length),
  ): Uint8Array {
    const n = doc.length;
    const W = this.width;
    const column = stage * NUM_LABELS;
    const history = this.history;
    const wordOf = doc.wordOf;
    history.fill(0, 0, n);
    const step = reverse ? -1 : 1;
    const labelTable = this.labelTable;
    const historyTable = this.historyTable;
    const byPreviousAt = this.byPreviousAt;
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
      const base = i * W + column;
      const labelAt = (a * PREV + b) * W + column;
      const historyAt = (h * PREV + a) * W + column;
      const byPrevious = byPreviousAt[i];
      const shape = shapes[i];
      // byPrevious (label-word and label-shape weights) is per previous label.
      const prevAt = a * W + column;
      const historyShapeAt = (PREV + h) * W + column;
      const p = first ? 0 : prev1;
      let best = 0;
      let bestScore = -Infinity;
      for (let l = 0; l < NUM_LABELS; l++) {
        const score = scores[base + l] + labelTable[labelAt + l] + historyTable[historyAt + l] + byPrevious[prevAt + l] + shape[historyShapeAt + l];
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
