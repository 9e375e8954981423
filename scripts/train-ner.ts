// `npm run train:ner`: trains the two-stage averaged-perceptron tagger on CoNLL-2003 eng.train and
// writes models/ner-perceptron.bin (hashed, pruned, int16 weights); eng.testa is only reported.
// Stage 1 is trained twice, left to right and right to left; stage 2 reads both taggers' labels
// (its neighbours' and the document's). To train stage 2 on realistic stage-1 output, stage 1
// labels each fifth of the training documents after training on the other four (jackknife).
// A list of the training entities (hashed) is a stage-1 feature; each training document sees it
// without its own entities. Every fit is SEEDS differently shuffled runs averaged together.
// Deterministic: documents are shuffled with fixed seeds.
import { existsSync, readFileSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConll, scoreChunks, chunksOf } from '../src/nlp/ner/conll.ts';
import { EntityCounts, type EntityList } from '../src/nlp/ner/entity-list.ts';
import { LABELS, LABEL_INDEX } from '../src/nlp/ner/labels.ts';
import { extractDocument, FEATURE_SET_VERSION } from '../src/nlp/ner/features.ts';
import { decodeDocument, toReverseLabels, fromReverseLabels } from '../src/nlp/ner/decode.ts';
import { TrainableWeights, trainEpoch } from '../src/nlp/ner/perceptron.ts';
import { PackedWeights, encodeModel, encodeStages } from '../src/nlp/ner/weights.ts';
import { stackFeatures } from '../src/nlp/ner/stacking.ts';
import type { DocumentFeatures } from '../src/nlp/ner/features.ts';
import { MODEL_PATH } from '../src/nlp/ner/index.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const conllDir = resolve(repoRoot, '../shared/data/conll2003');
const EPOCHS = Number(process.env.NER_EPOCHS ?? 10);
const SEED = Number(process.env.NER_SEED ?? 20030);
/** Models trained on differently shuffled documents and averaged, per stage and fold. */
const SEEDS = Number(process.env.NER_SEEDS ?? 3);
/** Rows whose largest averaged weight is below this are dropped (size vs. accuracy, fitted on testa). */
const PRUNE = Number(process.env.NER_PRUNE ?? 1);

const USE_ENTITIES = process.env.NER_ENTITIES !== '0';
/** A right-to-left stage-1 tagger whose labels stage 2 also reads. */
const R2L = process.env.NER_R2L !== '0';

/** The gold entities of a document as lower-case word hashes (the same hashes the features use). */
function documentEntities(sentences: { tokens: string[]; tags: string[] }[]) {
  const f = extractDocument(sentences.map((s) => s.tokens));
  const out: { lowers: Int32Array; type: number }[] = [];
  const outside: number[] = [];
  const lowerCase: number[] = [];
  let base = 0;
  for (const s of sentences) {
    s.tags.forEach((t, k) => {
      if (t === 'O' && f.capitalised[base + k]) outside.push(f.lowerHash[base + k]);
      const c = s.tokens[k].charCodeAt(0);
      if (c >= 97 && c <= 122) lowerCase.push(f.lowerHash[base + k]);
    });
    for (const c of chunksOf(s.tags)) {
      out.push({ lowers: f.lowerHash.slice(base + c.start, base + c.end), type: ['PER', 'ORG', 'LOC', 'MISC'].indexOf(c.type) });
    }
    base += s.tokens.length;
  }
  return EntityCounts.documentEntries(out, outside, lowerCase);
}

/** Training documents with their gold entities, and the list of all of them. */
function trainingEntities(file: string) {
  const docs = readConll(readFileSync(file, 'utf8'));
  const entries = docs.map((d) => documentEntities(d.sentences));
  const list = new EntityCounts();
  for (const e of entries) list.add(e);
  return { list, entries };
}

function prepare(file: string, entitiesOf: (k: number) => EntityList | null) {
  return readConll(readFileSync(file, 'utf8')).map((d, k) => ({
    features: extractDocument(d.sentences.map((s) => s.tokens), entitiesOf(k)),
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
  // Leave one document out: each training document sees the entity list without its own entities.
  const ents = trainingEntities(resolve(conllDir, 'eng.train'));
  const train = prepare(resolve(conllDir, 'eng.train'), (k) => (USE_ENTITIES ? ents.list.without(ents.entries[k]) : null));
  const dev = prepare(resolve(conllDir, 'eng.testa'), () => (USE_ENTITIES ? ents.list : null));
  console.log(`features ready in ${((Date.now() - t0) / 1000).toFixed(1)}s: ${train.length} train docs, ${dev.length} dev docs`);
  type Doc = { features: DocumentFeatures; gold: Uint8Array; sentences: (typeof train)[number]['sentences'] };
  const fitOne = (docs: Doc[], label: string, seed: number, reverse = false): TrainableWeights => {
    const weights = new TrainableWeights();
    const random = rng(seed);
    const order = [...docs];
    for (let epoch = 1; epoch <= EPOCHS; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
      const errors = trainEpoch(weights, order, reverse);
      if (epoch === EPOCHS) console.log(`${label}: ${EPOCHS} epochs, last ${errors} token errors, ${weights.rowOf.size} features, ${((Date.now() - t0) / 1000).toFixed(0)}s`);
    }
    return weights;
  };
  // SEEDS models on differently shuffled documents, their averaged weights averaged again
  // (parameter mixing): steadier than any one shuffle.
  const fit = (docs: Doc[], label: string, reverse = false) =>
    Array.from({ length: SEEDS }, (_, k) => fitOne(docs, SEEDS > 1 ? `${label}, seed ${k + 1}/${SEEDS}` : label, SEED + k, reverse));
  // The right-to-left tagger learns the reversed labelling (entities labelled from their last word).
  const reversed = (docs: Doc[]) => docs.map((d) => ({ ...d, gold: toReverseLabels(d.gold, d.features.sentenceStart) }));
  const decodeR = (d: Doc, w: PackedWeights) => fromReverseLabels(decodeDocument(d.features, w, undefined, true), d.features.sentenceStart);
  const pack = (ws: TrainableWeights[], minAbs: number) => {
    const rows = new Map<number, Float64Array>();
    for (const w of ws) {
      const { keys, values } = w.averaged(0);
      for (let r = 0; r < keys.length; r++) {
        let row = rows.get(keys[r]);
        if (!row) rows.set(keys[r], (row = new Float64Array(LABELS.length)));
        for (let l = 0; l < LABELS.length; l++) row[l] += values[r * LABELS.length + l] / ws.length;
      }
    }
    const kept: number[] = [];
    const vals: number[] = [];
    for (const [k, row] of rows) {
      let max = 0;
      for (const v of row) max = Math.max(max, Math.abs(v));
      if (max < minAbs) continue;
      kept.push(k);
      vals.push(...row);
    }
    const keys = Int32Array.from(kept);
    const values = Float32Array.from(vals);
    return { keys, values, packed: new PackedWeights(keys, values) };
  };
  // Stage 1 on everything, and jackknifed stage-1 labels for the training documents.
  const stage1 = pack(fit(train, 'stage 1'), PRUNE);
  const stage1r = R2L ? pack(fit(reversed(train), 'stage 1 right to left', true), PRUNE) : null;
  const FOLDS = 5;
  const stacked: Doc[] = new Array(train.length);
  for (let f = 0; f < FOLDS; f++) {
    const rest = train.filter((_, k) => k % FOLDS !== f);
    const fold = pack(fit(rest, `stage 1, fold ${f + 1}/${FOLDS}`), PRUNE).packed;
    const foldR = R2L ? pack(fit(reversed(rest), `stage 1 right to left, fold ${f + 1}/${FOLDS}`, true), PRUNE).packed : null;
    train.forEach((d, k) => {
      if (k % FOLDS === f) stacked[k] = { ...d, features: stackFeatures(d.features, decodeDocument(d.features, fold), foldR ? decodeR(d, foldR) : undefined) };
    });
  }
  const stage2 = pack(fit(stacked, 'stage 2'), PRUNE);
  const devStacked = dev.map((d) => ({
    ...d, features: stackFeatures(d.features, decodeDocument(d.features, stage1.packed), stage1r ? decodeR(d, stage1r.packed) : undefined),
  }));
  const f1Stage1 = evaluate(stage1.packed, dev).overall.f1;
  let f1Stage1r = 0;
  if (stage1r) {
    const pairs: { gold: string[]; pred: string[] }[] = [];
    for (const d of dev) {
      const labels = decodeR(d, stage1r.packed);
      let k = 0;
      for (const s of d.sentences) pairs.push({ gold: s.tags, pred: s.tokens.map(() => LABELS[labels[k++]]) });
    }
    f1Stage1r = scoreChunks(pairs).overall.f1;
    console.log(`dev F1: stage 1 right to left ${(100 * f1Stage1r).toFixed(2)}`);
  }
  const scores = evaluate(stage2.packed, devStacked);
  console.log(`dev F1: stage 1 ${(100 * f1Stage1).toFixed(2)}, stage 2 ${(100 * scores.overall.f1).toFixed(2)}`);
  const header = (id: string, devF1: number) => ({
    id, featureSetVersion: FEATURE_SET_VERSION, labels: [...LABELS],
    trainedOn: 'CoNLL-2003 eng.train', epochs: EPOCHS, seed: SEED, devF1: Number(devF1.toFixed(4)),
  });
  const keys = stage2.keys;
  const file = encodeStages([
    encodeModel(header('ner:perceptron-v1-stage1', f1Stage1), stage1.keys, stage1.values),
    ...(USE_ENTITIES ? [ents.list.encode()] : []),
    ...(stage1r ? [encodeModel(header('ner:perceptron-v1-stage1-rtl', f1Stage1r), stage1r.keys, stage1r.values)] : []),
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
