// Second-stage features: what the first-stage tagger said about this token, its neighbours, and
// every other occurrence of the same word in the document (document-level label consistency:
// "Leeds" tagged ORG in one sentence informs "Leeds" at the start of another).
import { mix } from './hash.ts';
import { LABEL_TYPE, LABELS } from './labels.ts';
import { chunksOf } from './conll.ts';
import type { DocumentFeatures } from './features.ts';

const enum S {
  Label = 101, LabelM1, LabelP1, LabelP2, LabelM1P1, DocMajority, DocMajorityShape, InLongerEntity, LabelWord, DocShare, DocShareLabel, RLabel, RPair, RLabelM1, RLabelP1,
}

/** A copy of `doc` whose static keys also carry the first stage's view. */
export function stackFeatures(doc: DocumentFeatures, stage1: Uint8Array, stage1r?: Uint8Array): DocumentFeatures {
  const n = doc.length;
  // Per word form (capitalised tokens only): counts of each type (O, PER, ORG, LOC, MISC) predicted.
  const counts = new Map<number, Int32Array>();
  for (let i = 0; i < n; i++) {
    if (!doc.capitalised[i]) continue;
    let c = counts.get(doc.lowerHash[i]);
    if (!c) counts.set(doc.lowerHash[i], (c = new Int32Array(5)));
    c[LABEL_TYPE[stage1[i]] + 1]++;
  }
  // Types of multi-word entities each word belongs to somewhere in the document.
  const inEntity = new Map<number, number>();
  const labels = Array.from(stage1, (l) => LABELS[l]);
  for (const c of chunksOf(labels)) {
    if (c.end - c.start < 2) continue;
    const t = ['PER', 'ORG', 'LOC', 'MISC'].indexOf(c.type);
    for (let k = c.start; k < c.end; k++) inEntity.set(doc.lowerHash[k], t + 1);
  }
  const keys = new Int32Array(doc.keys.length + n * 24);
  const offsets = new Int32Array(n + 1);
  let nk = 0;
  let st = 0;
  const at = (j: number) => (j >= st && j < n && doc.sentenceStart[j] === st ? stage1[j] : 99);
  const atR = (j: number) => (j >= st && j < n && doc.sentenceStart[j] === st ? stage1r![j] : 99);
  for (let i = 0; i < n; i++) {
    offsets[i] = nk;
    keys.set(doc.keys.subarray(doc.offsets[i], doc.offsets[i + 1]), nk);
    nk += doc.offsets[i + 1] - doc.offsets[i];
    st = doc.sentenceStart[i];
    keys[nk++] = mix(S.Label, stage1[i]);
    if (stage1r) {
      // The right-to-left stage-1 tagger's labels (converted to IOB2), alone and with the other's.
      keys[nk++] = mix(S.RLabel, stage1r[i]);
      keys[nk++] = mix(S.RPair, stage1[i] * 16 + stage1r[i]);
      keys[nk++] = mix(S.RLabelM1, atR(i - 1));
      keys[nk++] = mix(S.RLabelP1, atR(i + 1));
    }
    keys[nk++] = mix(S.LabelM1, at(i - 1));
    keys[nk++] = mix(S.LabelP1, at(i + 1));
    keys[nk++] = mix(S.LabelP2, at(i + 2));
    keys[nk++] = mix(S.LabelM1P1, at(i - 1) * 128 + at(i + 1));
    keys[nk++] = mix(S.LabelWord, mix(stage1[i], doc.lowerHash[i]));
    if (doc.capitalised[i]) {
      const c = counts.get(doc.lowerHash[i])!;
      // Majority over the other occurrences (this one removed).
      const own = LABEL_TYPE[stage1[i]] + 1;
      let best = -1;
      let bestCount = 0;
      for (let t = 0; t < 5; t++) {
        const v = c[t] - (t === own ? 1 : 0);
        if (v > bestCount) {
          best = t;
          bestCount = v;
        }
      }
      keys[nk++] = mix(S.DocMajority, best);
      keys[nk++] = mix(S.DocMajorityShape, mix(best, doc.shapeHash[i]));
      keys[nk++] = mix(S.InLongerEntity, inEntity.get(doc.lowerHash[i]) ?? 0);
      // Every type the other occurrences took, with its share (quarters).
      let others = 0;
      for (let t = 0; t < 5; t++) others += c[t] - (t === own ? 1 : 0);
      if (others > 0) {
        for (let t = 0; t < 5; t++) {
          const v = c[t] - (t === own ? 1 : 0);
          if (v <= 0) continue;
          const share = Math.min(4, Math.floor((4 * v) / others));
          keys[nk++] = mix(S.DocShare, t * 8 + share);
          keys[nk++] = mix(S.DocShareLabel, (t * 8 + share) * 16 + stage1[i]);
        }
      }
    }
  }
  offsets[n] = nk;
  return { ...doc, keys: keys.subarray(0, nk), offsets };
}
