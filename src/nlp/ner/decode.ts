// Greedy left-to-right decoding of one document, shared by training and tagging: each token takes
// the best label allowed after the previous one (IOB2), given static and dynamic features.
import { NUM_LABELS, LABEL_TYPE, IS_INSIDE, allowedAfter } from './labels.ts';
import { dynamicKeys, MAX_DYNAMIC, type DocumentFeatures } from './features.ts';

/** Adds the weights of feature `key` for every label into scores[0..NUM_LABELS). */
export interface Scorer {
  addScores(key: number, scores: Float64Array): void;
}

/** Called at each token with the features used, the prediction, and its position (training hook). */
export type OnToken = (i: number, keys: Int32Array, staticFrom: number, staticTo: number, dynamic: Int32Array, dynamicCount: number, predicted: number) => number;

const scores = new Float64Array(NUM_LABELS);
const dynamic = new Int32Array(MAX_DYNAMIC);

/** Labels (indices into LABELS) for every token of the document. */
export function decodeDocument(doc: DocumentFeatures, scorer: Scorer, onToken?: OnToken, reverse = false): Uint8Array {
  const out = new Uint8Array(doc.length);
  const history = new Map<number, number>();
  let prev1 = 0;
  let prev2 = 0;
  const { keys, offsets } = doc;
  const n = doc.length;
  const step = reverse ? -1 : 1;
  for (let c = 0; c < n; c++) {
    const i = reverse ? n - 1 - c : c;
    const first = reverse ? i + 1 >= n || doc.sentenceStart[i + 1] !== doc.sentenceStart[i] : i === doc.sentenceStart[i];
    if (first) {
      prev1 = 0;
      prev2 = 0;
    }
    if (doc.outside[i]) {
      // (Labelled O unscored, and unlearned: see DocumentFeatures.outside. Never capitalised, so no history.)
      out[i] = 0;
      prev2 = prev1;
      prev1 = 0;
      continue;
    }
    const hist = doc.capitalised[i] ? (history.get(doc.lowerHash[i]) ?? 0) : -1;
    const nd = dynamicKeys(doc, i, prev1, prev2, hist, dynamic, step);
    scores.fill(0);
    for (let k = offsets[i], e = offsets[i + 1]; k < e; k++) scorer.addScores(keys[k], scores);
    for (let k = 0; k < nd; k++) scorer.addScores(dynamic[k], scores);
    const p = first ? 0 : prev1;
    let best = 0;
    let bestScore = -Infinity;
    for (let l = 0; l < NUM_LABELS; l++) {
      if (scores[l] > bestScore && allowedAfter(p, l)) {
        best = l;
        bestScore = scores[l];
      }
    }
    if (onToken) best = onToken(i, keys, offsets[i], offsets[i + 1], dynamic, nd, best);
    out[i] = best;
    if (doc.capitalised[i]) history.set(doc.lowerHash[i], best === 0 ? 1 : 2 + LABEL_TYPE[best]);
    prev2 = prev1;
    prev1 = best;
  }
  return out;
}

/**
 * Right-to-left labels: an entity is labelled from its last word (B-) leftwards (I-), so the IOB2
 * transition rule holds in the decoding direction. These convert forward IOB2 ⇄ that scheme.
 */
export function toReverseLabels(labels: Uint8Array, sentenceStart: Int32Array): Uint8Array {
  const out = new Uint8Array(labels.length);
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i];
    if (l === 0) continue;
    const t = LABEL_TYPE[l];
    const next = i + 1 < labels.length && sentenceStart[i + 1] === sentenceStart[i] ? labels[i + 1] : 0;
    const continues = next !== 0 && IS_INSIDE[next] && LABEL_TYPE[next] === t;
    out[i] = 1 + 2 * t + (continues ? 1 : 0);
  }
  return out;
}

export function fromReverseLabels(labels: Uint8Array, sentenceStart: Int32Array, out = new Uint8Array(labels.length)): Uint8Array {
  out.fill(0);
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i];
    if (l === 0) continue;
    const t = LABEL_TYPE[l];
    const prev = i > 0 && sentenceStart[i - 1] === sentenceStart[i] ? labels[i - 1] : 0;
    const continues = prev !== 0 && IS_INSIDE[prev] && LABEL_TYPE[prev] === t;
    out[i] = 1 + 2 * t + (continues ? 1 : 0);
  }
  return out;
}
