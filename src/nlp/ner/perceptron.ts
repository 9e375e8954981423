// Averaged perceptron training over documents (greedy decoding with the model's own previous
// labels), with lazy averaging: avg = w - acc / steps.
import { NUM_LABELS } from './labels.ts';
import { decodeDocument, type Scorer } from './decode.ts';
import type { DocumentFeatures } from './features.ts';

export class TrainableWeights implements Scorer {
  readonly rowOf = new Map<number, number>();
  w = new Float32Array(1 << 20);
  acc = new Float64Array(1 << 20);
  steps = 1;

  addScores(key: number, scores: Float64Array): void {
    const r = this.rowOf.get(key);
    if (r === undefined) return;
    const base = r * NUM_LABELS;
    for (let l = 0; l < NUM_LABELS; l++) scores[l] += this.w[base + l];
  }

  update(key: number, label: number, delta: number): void {
    let r = this.rowOf.get(key);
    if (r === undefined) {
      r = this.rowOf.size;
      this.rowOf.set(key, r);
      if ((r + 1) * NUM_LABELS > this.w.length) this.grow();
    }
    this.w[r * NUM_LABELS + label] += delta;
    this.acc[r * NUM_LABELS + label] += this.steps * delta;
  }

  private grow(): void {
    const w = new Float32Array(this.w.length * 2);
    w.set(this.w);
    const acc = new Float64Array(this.acc.length * 2);
    acc.set(this.acc);
    this.w = w;
    this.acc = acc;
  }

  /** Averaged weights, dropping rows whose largest |weight| is below `minAbs` (pruning). */
  averaged(minAbs: number): { keys: Int32Array; values: Float32Array } {
    const keys: number[] = [];
    const values: number[] = [];
    for (const [key, r] of this.rowOf) {
      const row: number[] = [];
      let max = 0;
      for (let l = 0; l < NUM_LABELS; l++) {
        const v = this.w[r * NUM_LABELS + l] - this.acc[r * NUM_LABELS + l] / this.steps;
        row.push(v);
        max = Math.max(max, Math.abs(v));
      }
      if (max < minAbs) continue;
      keys.push(key);
      values.push(...row);
    }
    return { keys: Int32Array.from(keys), values: Float32Array.from(values) };
  }
}

/** One pass over the documents in the given order; returns the number of token errors. */
export function trainEpoch(weights: TrainableWeights, docs: { features: DocumentFeatures; gold: Uint8Array }[], reverse = false): number {
  let errors = 0;
  for (const { features, gold } of docs) {
    decodeDocument(features, weights, (i, keys, from, to, dynamic, nd, predicted) => {
      const truth = gold[i];
      if (predicted !== truth) {
        errors++;
        for (let k = from; k < to; k++) {
          weights.update(keys[k], truth, 1);
          weights.update(keys[k], predicted, -1);
        }
        for (let k = 0; k < nd; k++) {
          weights.update(dynamic[k], truth, 1);
          weights.update(dynamic[k], predicted, -1);
        }
      }
      weights.steps++;
      return predicted;
    }, reverse);
  }
  return errors;
}
