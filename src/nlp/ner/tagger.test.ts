// The tagging path (tagger.ts: cached per-form sums, one table for all stages) must give exactly
// the labels of the straightforward path that training uses (every key looked up per stage).
import { existsSync, readFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadNerModel, nerModelAvailable, tagDocument, tagDocumentReference } from './index.ts';
import { extractDocument, contextKeys, documentContext, MAX_KEYS_PER_TOKEN } from './features.ts';
import { readConll } from './conll.ts';
import { StackedTagger } from './tagger.ts';
import { LABELS } from './labels.ts';
import { tokenize } from '../tokens.ts';
import { splitSentences } from '../sentences.ts';

const testa = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/data/conll2003/eng.testa');

// Invented text: repeated names across sentences (document features), curly quotes, accents, an
// all-caps line, brackets, a one-word sentence and numbers.
const TEXT = `HARBOUR TOWN, March 3 (Coastline Wire) - Admiral Inés Ferreira of the Northern Fleet said on Tuesday that “no vessel” would leave port.
Ferreira told reporters in Port Aldous that the Fisheries Board (FB) had asked the fleet to wait.
The board’s chairman, Tomasz Kowal-Brandt, rejected the request in 2023 and again last month.
KOWAL-BRANDT DENIES REPORT.
Yes.
Officials in São Brava and Nordheim said 1,200 sailors from the Kestrel Islands were on leave until June.`;

function document(text: string): string[][] {
  return splitSentences(text).map((s) => tokenize(s.text).map((t) => t.text));
}

describe.skipIf(!nerModelAvailable())('tagger', () => {
  it('gives the reference path\'s labels on invented sentences, as a document and one by one', () => {
    const doc = document(TEXT);
    expect(tagDocument(doc)).toEqual(tagDocumentReference(doc));
    for (const s of doc) expect(tagDocument([s])).toEqual(tagDocumentReference([s]));
    expect(tagDocument([])).toEqual([]);
  });

  it('gives the same labels with its sums in JavaScript as in WebAssembly SIMD', () => {
    const doc = document(TEXT);
    const plain = new StackedTagger(loadNerModel().stages, { simd: false });
    const simd = new StackedTagger(loadNerModel().stages);
    expect(plain.simd).toBe(false);
    expect(simd.simd).toBe(true);
    expect(plain.tag(doc)).toEqual(simd.tag(doc));
    for (const s of doc) expect(plain.tag([s])).toEqual(simd.tag([s]));
  });

  it('gives the reference path\'s labels, with and without WebAssembly, on random documents', () => {
    // Invented words in every casing, repeated across sentences (document features), with one- and
    // two-token sentences (the decoding's sentence-boundary cases in both directions).
    const word = fc.constantFrom('Kestrel', 'Ferreira', 'board', 'Fleet', 'of', 'the', 'NORDHEIM', 'said', '(', ')', '“', '”', ',', '.', 'Port', 'Aldous', '1,200', 'Inés', 'FB', "'s", 'and');
    const sentence = fc.array(word, { minLength: 1, maxLength: 14 });
    const plain = new StackedTagger(loadNerModel().stages, { simd: false });
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 5 }), (doc) => {
        const reference = tagDocumentReference(doc);
        expect(tagDocument(doc)).toEqual(reference);
        let k = 0;
        const labels = plain.tag(doc);
        expect(doc.map((s) => s.map(() => labels[k++]))).toEqual(tagDocument(doc).map((s) => s.map((l) => LABELS.indexOf(l as (typeof LABELS)[number]))));
      }),
      { numRuns: 150 },
    );
  });

  it('labels lower-case words outside names O unscored, but not name-inner words or an all-lower-case sentence', () => {
    const doc = [
      ['The', 'Bank', 'of', 'Ostland', 'said', 'pro-government', 'groups', 'met', 'in', 'Rio', 'de', 'Brava', '.'],
      ['the', 'bank', 'of', 'ostland', 'said', 'so', '.'],
    ];
    const { outside } = documentContext(doc, loadNerModel().stages[0].entities);
    const marked = (s: number) => doc[s].filter((_, k) => outside[(s ? doc[0].length : 0) + k] === 1);
    expect(marked(0)).toEqual(['said', 'pro-government', 'groups', 'met']);
    expect(marked(1)).toEqual([]);
    const labels = tagDocument(doc);
    expect(labels[0].slice(1, 4)).toEqual(['B-ORG', 'I-ORG', 'I-ORG']);
    expect(labels[0][4]).toBe('O');
  });

  it('splits every static key into word, neighbour and context keys without losing one', () => {
    const doc = document(TEXT);
    const features = extractDocument(doc, loadNerModel().stages[0].entities);
    const context = documentContext(doc, loadNerModel().stages[0].entities);
    const out = new Int32Array(MAX_KEYS_PER_TOKEN);
    for (let i = 0; i < features.length; i++) {
      const all = features.keys.subarray(features.offsets[i], features.offsets[i + 1]);
      const ctx = out.subarray(0, contextKeys(context, i, out, 0));
      for (const k of ctx) expect(all).toContain(k);
    }
  });

  it.skipIf(!existsSync(testa))('gives the reference path\'s labels on the first eng.testa documents', () => {
    const docs = readConll(readFileSync(testa, 'utf8')).slice(0, 20);
    for (const d of docs) {
      const sentences = d.sentences.map((s) => s.tokens);
      expect(tagDocument(sentences)).toEqual(tagDocumentReference(sentences));
    }
  }, 60_000);
});
