// The trained named-entity tagger: loads models/ner-perceptron.bin once, tags tokens with IOB2
// labels over PER/ORG/LOC/MISC. Rebuild the model with `npm run train:ner`.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LABELS } from './labels.ts';
import { extractDocument, FEATURE_SET_VERSION, tokenWordInfo } from './features.ts';
import { lowerCaseBucket } from './entity-list.ts';
import { decodeDocument, fromReverseLabels } from './decode.ts';
import { decodeStages, type ModelHeader, type PackedWeights } from './weights.ts';
import { stackFeatures } from './stacking.ts';
import { StackedTagger } from './tagger.ts';

export const MODEL_PATH = fileURLToPath(new URL('../../../models/ner-perceptron.bin', import.meta.url));

export interface NerModel {
  header: ModelHeader;
  /** Stage 1, then (optionally) stage 1 right to left, then stage 2 reading stage 1's labels. */
  stages: PackedWeights[];
}

let loaded: NerModel | null = null;

export function nerModelAvailable(): boolean {
  return loaded !== null || existsSync(MODEL_PATH);
}

export function loadNerModel(path = MODEL_PATH): NerModel {
  if (loaded && path === MODEL_PATH) return loaded;
  if (!existsSync(path)) throw new Error(`ner: model file ${path} is missing; run \`npm run train:ner\``);
  const blocks = decodeStages(readFileSync(path));
  const model: NerModel = { header: blocks[blocks.length - 1].header, stages: blocks.map((b) => b.weights) };
  if (model.header.featureSetVersion !== FEATURE_SET_VERSION) {
    throw new Error(`ner: model ${path} was trained with feature set v${model.header.featureSetVersion}, code has v${FEATURE_SET_VERSION}; run \`npm run train:ner\``);
  }
  if (path === MODEL_PATH) loaded = model;
  return model;
}

/** The model's rule id for mentions it finds, e.g. "ner:perceptron-v1". */
export function nerRuleId(): string {
  return loadNerModel().header.id;
}

const taggers = new WeakMap<PackedWeights[], StackedTagger>();

/** IOB2 labels for the sentences of one document (document-level features see all of them). */
export function tagDocument(sentences: string[][], stages: PackedWeights[] = loadNerModel().stages): string[][] {
  if (stages.length !== 3) return tagDocumentReference(sentences, stages);
  let tagger = taggers.get(stages);
  if (!tagger) taggers.set(stages, (tagger = new StackedTagger(stages)));
  return toLabels(sentences, tagger.tag(sentences));
}

/**
 * The same labels by the straightforward path (every key of every token looked up per stage, as in
 * training): what the tagger (tagger.ts) is checked against.
 */
export function tagDocumentReference(sentences: string[][], stages: PackedWeights[] = loadNerModel().stages): string[][] {
  const features = extractDocument(sentences, stages[0].entities);
  let labels = decodeDocument(features, stages[0]);
  if (stages.length === 2) labels = decodeDocument(stackFeatures(features, labels), stages[1]);
  else if (stages.length === 3) {
    // Stage 1 left to right and right to left, then stage 2 over both.
    const right = fromReverseLabels(decodeDocument(features, stages[1], undefined, true), features.sentenceStart);
    labels = decodeDocument(stackFeatures(features, labels, right), stages[2]);
  }
  return toLabels(sentences, labels);
}

function toLabels(sentences: string[][], labels: Uint8Array): string[][] {
  const out: string[][] = [];
  let k = 0;
  for (const s of sentences) {
    out.push(s.map(() => LABELS[labels[k++]]));
  }
  return out;
}

/**
 * Whether the word is an ordinary one: written in lower case in at least two documents of the
 * tagger's training text (a capital that only opens a sentence: "Asylum was granted", "Outside the
 * ministry"). False when the model lacks its entity list.
 */
export function writtenLowercase(word: string): boolean {
  if (!nerModelAvailable()) return false;
  const entities = loadNerModel().stages[0].entities;
  return !!entities && lowerCaseBucket(entities.word(tokenWordInfo(word.toLowerCase()).lower)) >= 2;
}

/** IOB2 labels (B-PER, I-ORG, O, ...) for one sentence's tokens. */
export function tagTokens(tokens: string[]): string[] {
  return tagDocument([tokens])[0];
}
