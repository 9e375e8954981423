// `npm run train:ner`: trains the two-stage averaged-perceptron tagger on CoNLL-2003 eng.train and
// writes models/ner-perceptron.bin (hashed, pruned, int16 weights); eng.testa is only reported.
// Stage 2 reads stage 1's labels (its neighbours' and the document's); to train it on realistic
// stage-1 output, stage 1 labels each fifth of the training documents after training on the other
// four (jackknife). Deterministic: documents are shuffled with a fixed seed.
import { existsSync, readFileSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConll, scoreChunks } from '../src/nlp/ner/conll.ts';
import { LABELS, LABEL_INDEX } from '../src/nlp/ner/labels.ts';
import { extractDocument, FEATURE_SET_VERSION } from '../src/nlp/ner/features.ts';
import { decodeDocument } from '../src/nlp/ner/decode.ts';
import { TrainableWeights, trainEpoch } from '../src/nlp/ner/perceptron.ts';
import { PackedWeights, encodeModel, encodeStages } from '../src/nlp/ner/weights.ts';
import { stackFeatures } from '../src/nlp/ner/stacking.ts';
import type { DocumentFeatures } from '../src/nlp/ner/features.ts';
import { MODEL_PATH } from '../src/nlp/ner/index.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const conllDir = resolve(repoRoot, '../shared/data/conll2003');
const EPOCHS = Number(process.env.NER_EPOCHS ?? 10);
const SEED = 20030;
/** Rows whose largest averaged weight is below this are dropped (size vs. accuracy, fitted on testa). */
const PRUNE = Number(process.env.NER_PRUNE ?? 0.05);

function prepare(file: string) {
  return readConll(readFileSync(file, 'utf8')).map((d) => ({
    features: extractDocument(d.sentences.map((s) => s.tokens)),
    gold: Uint8Array.from(d.sentences.flatMap((s) => s.tags.map((t) => LABEL_INDEX.get(t)!))),
    sentences: d.sentences,
  }));
}

function evaluate(weights: PackedWeights | TrainableWeights, docs: ReturnType<typeof prepare>) {
  const pairs: { gold: string[]; pred: string[] }[] = [];
  for (const d of docs) {
    const labels = decodeDocument(d.features, weights);
    let k = 0;
    for (const s of d.sentences) pairs.push({ gold: s.tags, pred: s.tokens.map(() => LABELS[labels[k++]]) });
  }
  return scoreChunks(pairs);
}

// Mulberry32: small seeded generator for a reproducible shuffle.
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function main() {
  if (!existsSync(resolve(conllDir, 'eng.train'))) {
    console.log(`skipped: ${conllDir}/eng.train is absent (CoNLL-2003 lives in ../shared)`);
    return;
  }
  const t0 = Date.now();
  const train = prepare(resolve(conllDir, 'eng.train'));
  const dev = prepare(resolve(conllDir, 'eng.testa'));
  console.log(`features ready in ${((Date.now() - t0) / 1000).toFixed(1)}s: ${train.length} train docs, ${dev.length} dev docs`);
  type Doc = { features: DocumentFeatures; gold: Uint8Array; sentences: (typeof train)[number]['sentences'] };
  const fit = (docs: Doc[], label: string): TrainableWeights => {
    const weights = new TrainableWeights();
    const random = rng(SEED);
    const order = [...docs];
    for (let epoch = 1; epoch <= EPOCHS; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
      const errors = trainEpoch(weights, order);
      if (epoch === EPOCHS) console.log(`${label}: ${EPOCHS} epochs, last ${errors} token errors, ${weights.rowOf.size} features, ${((Date.now() - t0) / 1000).toFixed(0)}s`);
    }
    return weights;
  };
  const pack = (w: TrainableWeights, minAbs: number) => {
    const { keys, values } = w.averaged(minAbs);
    return { keys, values, packed: new PackedWeights(keys, values) };
  };
  // Stage 1 on everything, and jackknifed stage-1 labels for the training documents.
  const stage1 = pack(fit(train, 'stage 1'), PRUNE);
  const FOLDS = 5;
  const stacked: Doc[] = new Array(train.length);
  for (let f = 0; f < FOLDS; f++) {
    const held = train.filter((_, k) => k % FOLDS === f);
    const fold = pack(fit(train.filter((_, k) => k % FOLDS !== f), `stage 1, fold ${f + 1}/${FOLDS}`), PRUNE).packed;
    train.forEach((d, k) => {
      if (k % FOLDS === f) stacked[k] = { ...d, features: stackFeatures(d.features, decodeDocument(d.features, fold)) };
    });
    void held;
  }
  const stage2 = pack(fit(stacked, 'stage 2'), PRUNE);
  const devStacked = dev.map((d) => ({ ...d, features: stackFeatures(d.features, decodeDocument(d.features, stage1.packed)) }));
  const f1Stage1 = evaluate(stage1.packed, dev).overall.f1;
  const scores = evaluate(stage2.packed, devStacked);
  console.log(`dev F1: stage 1 ${(100 * f1Stage1).toFixed(2)}, stage 2 ${(100 * scores.overall.f1).toFixed(2)}`);
  const header = (id: string, devF1: number) => ({
    id, featureSetVersion: FEATURE_SET_VERSION, labels: [...LABELS],
    trainedOn: 'CoNLL-2003 eng.train', epochs: EPOCHS, seed: SEED, devF1: Number(devF1.toFixed(4)),
  });
  const keys = stage2.keys;
  const file = encodeStages([
    encodeModel(header('ner:perceptron-v1-stage1', f1Stage1), stage1.keys, stage1.values),
    encodeModel(header('ner:perceptron-v1', scores.overall.f1), stage2.keys, stage2.values),
  ]);
  const out = process.env.NER_OUT ?? MODEL_PATH;
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, file);
  console.log(`stage 1 ${stage1.keys.length} + stage 2 ${keys.length} features; dev F1 ${(100 * scores.overall.f1).toFixed(2)}`);
  for (const [t, s] of Object.entries(scores.perType)) console.log(`  ${t.padEnd(5)} P ${(100 * s.p).toFixed(2)} R ${(100 * s.r).toFixed(2)} F1 ${(100 * s.f1).toFixed(2)}`);
  console.log(`wrote ${out} (${(statSync(out).size / 1e6).toFixed(1)} MB) in ${((Date.now() - t0) / 1000).toFixed(0)}s`);
}

await main();
