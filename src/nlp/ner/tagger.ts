// The tagging path of the three-stage tagger (stage 1 left to right, stage 1 right to left,
// stage 2 stacked): the same features and the same greedy decoding as the reference path
// (features.ts → decode.ts → stacking.ts, which training uses), arranged so that little is looked
// up per token. Labels are identical: scores are integer sums of int16 weights, so summing the
// same keys in another order or in advance gives the same scores, hence the same labels.
//   - Per word form, the summed weights (every stage) of the keys that depend on that form only:
//     its own (wordKeys) and what a token reads from it as a neighbour (neighbourKeys). A token
//     then adds five cached vectors instead of about thirty lookups per stage.
//   - The remaining static keys (contextKeys) are looked up once for all stages (StackedWeights).
//   - Dynamic and stacking keys are looked up in their stage's columns only.
import { allowedAfter, LABEL_TYPE, NUM_LABELS } from './labels.ts';
import { contextKeys, documentContext, dynamicKeys, MAX_DYNAMIC, MAX_KEYS_PER_TOKEN, NEIGHBOUR_OFFSETS, neighbourKeys, wordKeys, type DocumentContext, type WordInfo } from './features.ts';
import { fromReverseLabels } from './decode.ts';
import { MAX_STACK_KEYS, stackContext, stackKeys } from './stacking.ts';
import { StackedWeights, type PackedWeights } from './weights.ts';
import type { EntityList } from './entity-list.ts';

/** Cached vectors per form: its own, then as the neighbour at each of NEIGHBOUR_OFFSETS. */
const VECTORS = 1 + NEIGHBOUR_OFFSETS.length;
/** Word forms whose vectors are kept (about 0.5 kB each). */
const FORM_CACHE_LIMIT = 50_000;

export class StackedTagger {
  private readonly table: StackedWeights;
  /** Scores per token: the three stages' NUM_LABELS side by side. */
  private readonly width: number;
  private readonly entities: EntityList | null;
  /** Raw token → VECTORS × width summed weights (see formVectors). */
  private readonly forms = new Map<string, Int32Array>();
  /** What a token reads at each neighbour offset outside its sentence (VECTORS × width; slot 0 unused). */
  private readonly outside: Int32Array;
  private readonly keys = new Int32Array(Math.max(MAX_KEYS_PER_TOKEN, MAX_STACK_KEYS));
  private readonly dynamic = new Int32Array(MAX_DYNAMIC);
  private readonly stepScores = new Int32Array(NUM_LABELS);

  constructor(stages: PackedWeights[]) {
    if (stages.length !== 3) throw new Error(`ner: the stacked tagger needs 3 stages, the model has ${stages.length}`);
    this.table = new StackedWeights(stages);
    this.width = this.table.width;
    this.entities = stages[0].entities;
    this.outside = new Int32Array(VECTORS * this.width);
    NEIGHBOUR_OFFSETS.forEach((d, k) => {
      const nk = neighbourKeys(d, null, 0, 0, !!this.entities, this.keys, 0);
      for (let j = 0; j < nk; j++) this.table.addAll(this.keys[j], this.outside, (1 + k) * this.width);
    });
  }

  /** The summed weights of a form's own keys and of the keys its neighbours read from it. */
  private formVectors(raw: string, info: WordInfo, gazFlags: number, entWord: number): Int32Array {
    let v = this.forms.get(raw);
    if (v) return v;
    const hasEntities = !!this.entities;
    v = new Int32Array(VECTORS * this.width);
    let nk = wordKeys(info, gazFlags, entWord, hasEntities, this.keys, 0);
    for (let j = 0; j < nk; j++) this.table.addAll(this.keys[j], v, 0);
    NEIGHBOUR_OFFSETS.forEach((d, k) => {
      nk = neighbourKeys(d, info, gazFlags, entWord, hasEntities, this.keys, 0);
      for (let j = 0; j < nk; j++) this.table.addAll(this.keys[j], v!, (1 + k) * this.width);
    });
    if (this.forms.size >= FORM_CACHE_LIMIT) this.forms.clear();
    this.forms.set(raw, v);
    return v;
  }

  /** Label indices for every token of the document (sentences concatenated). */
  tag(sentences: string[][]): Uint8Array {
    const doc = documentContext(sentences, this.entities);
    const n = doc.length;
    const W = this.width;
    const scores = new Int32Array(n * W);
    const vectors: Int32Array[] = new Array(n);
    let i = 0;
    for (const s of sentences) for (const raw of s) { vectors[i] = this.formVectors(raw, doc.infos[i], doc.gazFlags[i], doc.entWord[i]); i++; }
    const keys = this.keys;
    for (i = 0; i < n; i++) {
      const at = i * W;
      const own = vectors[i];
      for (let l = 0; l < W; l++) scores[at + l] = own[l];
      for (let k = 0; k < NEIGHBOUR_OFFSETS.length; k++) {
        const j = i + NEIGHBOUR_OFFSETS[k];
        const inSentence = j >= 0 && j < n && doc.sentenceStart[j] === doc.sentenceStart[i];
        const v = inSentence ? vectors[j] : this.outside;
        const from = (1 + k) * W;
        for (let l = 0; l < W; l++) scores[at + l] += v[from + l];
      }
      const nk = contextKeys(doc, i, keys, 0);
      for (let k = 0; k < nk; k++) this.table.addAll(keys[k], scores, at);
    }
    const left = this.decode(doc, scores, 0, false);
    const right = fromReverseLabels(this.decode(doc, scores, 1, true), doc.sentenceStart);
    const stack = stackContext(doc, left, right);
    for (i = 0; i < n; i++) {
      const nk = stackKeys(stack, i, keys, 0);
      for (let k = 0; k < nk; k++) this.table.addStage(keys[k], 2, scores, i * W + 2 * NUM_LABELS);
    }
    return this.decode(doc, scores, 2, false);
  }

  /** Greedy decoding of one stage over its static scores, as decode.ts's decodeDocument. */
  private decode(doc: DocumentContext, scores: Int32Array, stage: number, reverse: boolean): Uint8Array {
    const n = doc.length;
    const out = new Uint8Array(n);
    const history = new Map<number, number>();
    const step = reverse ? -1 : 1;
    const s = this.stepScores;
    const dynamic = this.dynamic;
    let prev1 = 0;
    let prev2 = 0;
    for (let c = 0; c < n; c++) {
      const i = reverse ? n - 1 - c : c;
      const first = reverse ? i + 1 >= n || doc.sentenceStart[i + 1] !== doc.sentenceStart[i] : i === doc.sentenceStart[i];
      if (first) {
        prev1 = 0;
        prev2 = 0;
      }
      const hist = doc.capitalised[i] ? (history.get(doc.lowerHash[i]) ?? 0) : -1;
      const nd = dynamicKeys(doc, i, prev1, prev2, hist, dynamic, step);
      const base = i * this.width + stage * NUM_LABELS;
      for (let l = 0; l < NUM_LABELS; l++) s[l] = scores[base + l];
      for (let k = 0; k < nd; k++) this.table.addStage(dynamic[k], stage, s, 0);
      const p = first ? 0 : prev1;
      let best = 0;
      let bestScore = -Infinity;
      for (let l = 0; l < NUM_LABELS; l++) {
        if (s[l] > bestScore && allowedAfter(p, l)) {
          best = l;
          bestScore = s[l];
        }
      }
      out[i] = best;
      if (doc.capitalised[i]) history.set(doc.lowerHash[i], best === 0 ? 1 : 2 + LABEL_TYPE[best]);
      prev2 = prev1;
      prev1 = best;
    }
    return out;
  }
}
