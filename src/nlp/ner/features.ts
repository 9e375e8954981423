// Feature extraction shared by training (scripts/train-ner.ts) and tagging (tagger.ts).
// Static features depend only on the words of the document; they are computed once per token as
// 32-bit keys. Dynamic features (previous labels, what this word was tagged earlier in the
// document) are added while decoding left to right.
import { hashString, mix } from './hash.ts';
import { placeClasses, TITLE_WORDS, CUE_WORDS } from './lexicon-features.ts';
import { normalizeToken } from '../words.ts';
import { gazetteerSpans, gazetteerWordFlags } from './gazetteer-features.ts';
import { countsValue, lowerCaseBucket, spanNext, spanStart, type EntityList } from './entity-list.ts';

/** Feature template ids: part of every key, so changing one invalidates the model (bump MODEL_VERSION). */
const enum T {
  Bias = 1, Word, Lower, LowerM1, LowerP1, LowerM2, LowerP2, Shape, ShapeM1, ShapeP1, ShapeM1S0, ShapeS0P1,
  ShapeM1S0P1, Prefix, Suffix, BigramM1, BigramP1, ShortShape, FirstCap, CapsSentence, Place, PlaceM1, PlaceP1,
  TitleM1, TitleM2, Cue, CueP1, CueP2, DocCasing, Length, DigitNorm, InitialWord, InParens, ShapeLowerP1,
  LowerM1ShapeS0, Gaz, GazM1, GazP1, GazShape, GazFlags, GazFlagsM1, GazFlagsP1, Ent, EntM1, EntP1, EntWord, EntShape, AggM1, AggP1, AggEnt, AggGaz, EntWordM1, EntWordP1, EntWordCase, ChunkPos, ChunkLast, ChunkFirst, ChunkLastPos, PrevLabel, PrevTwoLabels, PrevLabelWord, PrevLabelShape, History, HistoryShape, HistoryPrev,
}
export const FEATURE_SET_VERSION = 2;

// Tokens after which a capital letter says nothing (a new clause or quotation starts).
const CHUNK_LINKS = new Set(['of', 'and', '&', 'de', 'del', 'la', 'le', 'du', 'des', 'for', 'the', 'von', 'van', 'der', "'s", 'on', 'di', 'da', 'y']);
const OPENERS = new Set(['"', "'", '(', ':', '-', '--', '``']);

export interface DocumentFeatures {
  /** Number of tokens in the document (all sentences concatenated). */
  length: number;
  /** Static keys of token i are keys[offsets[i] .. offsets[i+1]). */
  keys: Int32Array;
  offsets: Int32Array;
  /** Token index where each token's sentence starts. */
  sentenceStart: Int32Array;
  lowerHash: Int32Array;
  shapeHash: Int32Array;
  /** 1 when the token starts with a capital letter or is all caps. */
  capitalised: Uint8Array;
}

/** What the features need to know about one word form; computed once per form and cached. */
interface WordInfo {
  word: number;
  lower: number;
  /** Shape hash: "Maduro" → "Xxxxx" (runs capped at 4), "1996-08-22" → "dddd-dd-dd". */
  shape: number;
  /** Short shape hash: runs collapsed, "Maduro" → "Xx". */
  short: number;
  /** Hashes of the lower-cased 1..4-character prefixes, then suffixes. */
  affixes: Int32Array;
  digitNorm: number;
  capitalised: boolean;
  allCaps: boolean;
  hasLetter: boolean;
  upperLetters: boolean;
}

const WORD_CACHE = new Map<string, WordInfo>();
const WORD_CACHE_LIMIT = 200_000;

function charClass(w: string, i: number): number {
  const c = w.charCodeAt(i);
  if (c >= 65 && c <= 90) return 88; // X
  if (c >= 97 && c <= 122) return 120; // x
  if (c >= 48 && c <= 57) return 100; // d
  if (c > 127) {
    const ch = w[i];
    if (ch !== ch.toLowerCase()) return 88;
    if (ch !== ch.toUpperCase()) return 120;
  }
  return c;
}

function wordInfo(w: string): WordInfo {
  let info = WORD_CACHE.get(w);
  if (info) return info;
  // Accents folded: the training news is 1996 Reuters English, today's names are "Nicolás", "Guaidó".
  const folded = /[\u0080-\uffff]/.test(w) ? w.normalize('NFD').replace(/\p{M}/gu, '') : w;
  const l = folded.toLowerCase();
  let shape = 0x811c9dc5;
  let short = 0x811c9dc5;
  let last = -1;
  let run = 0;
  let letters = 0;
  let upper = 0;
  let digits = false;
  for (let i = 0; i < w.length; i++) {
    const k = charClass(w, i);
    if (k === 88 || k === 120) {
      letters++;
      if (k === 88) upper++;
    } else if (k === 100) digits = true;
    if (k === last) run++;
    else {
      run = 1;
      last = k;
    }
    if (run <= 4) shape = Math.imul(shape ^ k, 0x01000193);
    if (run === 1) short = Math.imul(short ^ k, 0x01000193);
  }
  const affixes = new Int32Array(8);
  let ph = 0x811c9dc5;
  let sh = 0x7a3c9dc5;
  for (let k = 0; k < 4; k++) {
    if (k < l.length) {
      ph = Math.imul(ph ^ l.charCodeAt(k), 0x01000193);
      sh = Math.imul(sh ^ l.charCodeAt(l.length - 1 - k), 0x01000193);
    }
    affixes[k] = k < l.length ? ph : 0;
    affixes[4 + k] = k < l.length ? sh : 0;
  }
  info = {
    word: hashString(folded), lower: hashString(l), shape: shape | 0, short: short | 0, affixes,
    digitNorm: digits ? hashString(l.replace(/\d/g, '0')) : 0,
    capitalised: w.length > 0 && charClass(w, 0) === 88,
    allCaps: letters > 1 && upper === letters,
    hasLetter: letters > 0,
    upperLetters: letters > 0 && upper === letters,
  };
  if (WORD_CACHE.size >= WORD_CACHE_LIMIT) WORD_CACHE.clear();
  WORD_CACHE.set(w, info);
  return info;
}

/** Features of one document given as sentences of tokens. */
export function extractDocument(sentences: string[][], entities?: EntityList | null): DocumentFeatures {
  const words: string[] = [];
  const infos: WordInfo[] = [];
  const sentenceStart: number[] = [];
  const sentenceCaps: boolean[] = [];
  for (const s of sentences) {
    const start = words.length;
    let letters = 0;
    let upper = 0;
    for (const raw of s) {
      const w = /[’‘“”«»–—‛`´„‹›]/.test(raw) ? normalizeToken(raw) : raw;
      const info = wordInfo(w);
      words.push(w);
      infos.push(info);
      sentenceStart.push(start);
      if (info.hasLetter) {
        letters++;
        if (info.upperLetters) upper++;
      }
    }
    const caps = letters >= 2 && upper / letters > 0.7;
    for (let k = 0; k < s.length; k++) sentenceCaps.push(caps);
  }
  const n = words.length;
  const lowerH = new Int32Array(n);
  const shapeH = new Int32Array(n);
  const shortH = new Int32Array(n);
  const capitalised = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    lowerH[i] = infos[i].lower;
    shapeH[i] = infos[i].shape;
    shortH[i] = infos[i].short;
    capitalised[i] = infos[i].capitalised ? 1 : 0;
  }
  // Document casing: which words appear in lower case, and which appear capitalised mid-sentence
  // in a sentence that is not all caps (tells "BRUSSELS" and a sentence-initial "Police" apart).
  const seenLower = new Set<number>();
  const seenCapMid = new Set<number>();
  for (let i = 0; i < n; i++) {
    if (!capitalised[i]) seenLower.add(lowerH[i]);
    else if (i > sentenceStart[i] && !sentenceCaps[i] && !OPENERS.has(words[i - 1])) seenCapMid.add(lowerH[i]);
  }
  const places = new Int32Array(n);
  const gaz = new Int32Array(n);
  const gazFlags = new Int32Array(n);
  let s0 = 0;
  for (const s of sentences) {
    const lower = s.map((w) => w.toLowerCase());
    places.set(placeClasses(lower), s0);
    gaz.set(gazetteerSpans(words.slice(s0, s0 + s.length), lower), s0);
    for (let k = 0; k < s.length; k++) gazFlags[s0 + k] = capitalised[s0 + k] || infos[s0 + k].allCaps ? gazetteerWordFlags(lower[k]) : 0;
    s0 += s.length;
  }
  // Training-set entity list: longest listed span from each non-lower-case token.
  const ent = new Int32Array(n);
  const entWord = new Int32Array(n);
  if (entities) {
    for (let i = 0; i < n; ) {
      const c0 = words[i].charCodeAt(0);
      let matched = 0;
      if (!(c0 >= 97 && c0 <= 122)) {
        const most = entities.longest(lowerH[i]);
        let key = spanStart(lowerH[i]);
        let best = 0;
        let bestValue = 0;
        for (let k = 1; k <= most && i + k - 1 < n && sentenceStart[i + k - 1] === sentenceStart[i]; k++) {
          if (k > 1) key = spanNext(key, lowerH[i + k - 1]);
          const c = entities.span(key);
          if (c) {
            const v = countsValue(c);
            if (v) {
              best = k;
              bestValue = v;
            }
          }
        }
        if (best) {
          for (let k = 0; k < best; k++) ent[i + k] = bestValue * 4 + (best === 1 ? 3 : k === 0 ? 0 : k === best - 1 ? 2 : 1);
          matched = best;
        }
      }
      i += matched || 1;
    }
    for (let i = 0; i < n; i++) {
      if (!capitalised[i] && !infos[i].allCaps) continue;
      const c = entities.word(lowerH[i]);
      if (c) entWord[i] = countsValue(c) * 8 + lowerCaseBucket(c);
    }
  }

  // Other occurrences of each capitalised word in the document (up to AGG_MAX of them, nearest first
  // in document order): the words around them and the name-list spans they sit in.
  const occurrences = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    if (!capitalised[i]) continue;
    const list = occurrences.get(lowerH[i]);
    if (list) list.push(i);
    else occurrences.set(lowerH[i], [i]);
  }
  const AGG_MAX = 6;
  // Runs of capitalised words, joined over "of", "and", "&", "de", ... when a capitalised word
  // follows ("Test and County Cricket Board"): each token sees its place in the run and the run's
  // first and last words (the last is often the head: "Board", "Exchange", "Open").
  const chunkStart = new Int32Array(n).fill(-1);
  const chunkEnd = new Int32Array(n);
  for (let i = 0; i < n; ) {
    if (!capitalised[i] || sentenceCaps[i]) {
      i++;
      continue;
    }
    let e = i + 1;
    for (;;) {
      if (e < n && sentenceStart[e] === sentenceStart[i] && capitalised[e]) e++;
      else if (e + 1 < n && sentenceStart[e + 1] === sentenceStart[i] && CHUNK_LINKS.has(words[e]) && capitalised[e + 1]) e += 2;
      else break;
    }
    for (let k = i; k < e; k++) {
      chunkStart[k] = i;
      chunkEnd[k] = e;
    }
    i = e;
  }

  let keys = new Int32Array(n * 64 + 8);
  let nk = 0;
  const offsets = new Int32Array(n + 1);
  const BOS = hashString('<s>');
  const EOS = hashString('</s>');
  // Helpers are made once (not per token): they read the loop's current position.
  let i = 0;
  let st = 0;
  const inSent = (j: number) => j >= st && j < n && sentenceStart[j] === st;
  const lw = (j: number) => (inSent(j) ? lowerH[j] : j < i ? BOS : EOS);
  const sh = (j: number) => (inSent(j) ? shapeH[j] : j < i ? BOS : EOS);
  const add = (t: number, v: number) => {
    keys[nk++] = mix(t, v);
  };
  let aggFrom = 0;
  const addOnce = (t: number, v: number) => {
    const key = mix(t, v);
    for (let k = aggFrom; k < nk; k++) if (keys[k] === key) return;
    keys[nk++] = key;
  };
  for (i = 0; i < n; i++) {
    offsets[i] = nk;
    if (nk + 80 + AGG_MAX * 4 > keys.length) {
      const grown = new Int32Array(keys.length * 2);
      grown.set(keys);
      keys = grown;
    }
    st = sentenceStart[i];
    const w = words[i];
    const info = infos[i];
    add(T.Bias, 0);
    add(T.Word, info.word);
    add(T.Lower, lowerH[i]);
    add(T.LowerM1, lw(i - 1));
    add(T.LowerP1, lw(i + 1));
    add(T.LowerM2, lw(i - 2));
    add(T.LowerP2, lw(i + 2));
    add(T.Shape, shapeH[i]);
    add(T.ShapeM1, sh(i - 1));
    add(T.ShapeP1, sh(i + 1));
    add(T.ShapeM1S0, mix(sh(i - 1), shapeH[i]));
    add(T.ShapeS0P1, mix(shapeH[i], sh(i + 1)));
    add(T.ShapeM1S0P1, mix(mix(sh(i - 1), shapeH[i]), sh(i + 1)));
    for (let k = 0; k < 4 && info.affixes[k] !== 0; k++) {
      add(T.Prefix, info.affixes[k]);
      add(T.Suffix, info.affixes[4 + k]);
    }
    add(T.BigramM1, mix(lw(i - 1), lowerH[i]));
    add(T.BigramP1, mix(lowerH[i], lw(i + 1)));
    add(T.ShortShape, shortH[i]);
    if (i === st) add(T.FirstCap, capitalised[i]);
    if (sentenceCaps[i]) add(T.CapsSentence, shortH[i]);
    add(T.Place, places[i]);
    add(T.PlaceM1, inSent(i - 1) ? places[i - 1] : -1);
    add(T.PlaceP1, inSent(i + 1) ? places[i + 1] : -1);
    if (inSent(i - 1) && TITLE_WORDS.has(lowerH[i - 1])) add(T.TitleM1, 1);
    if (inSent(i - 2) && TITLE_WORDS.has(lowerH[i - 2])) add(T.TitleM2, 1);
    const cue = CUE_WORDS.get(lowerH[i]);
    if (cue) add(T.Cue, cue);
    const cue1 = inSent(i + 1) ? CUE_WORDS.get(lowerH[i + 1]) : undefined;
    if (cue1) add(T.CueP1, cue1);
    const cue2 = inSent(i + 2) ? CUE_WORDS.get(lowerH[i + 2]) : undefined;
    if (cue2) add(T.CueP2, cue2);
    const allCaps = info.allCaps;
    const initial = i === st || (inSent(i - 1) && OPENERS.has(words[i - 1]));
    const casing = (seenLower.has(lowerH[i]) ? 1 : 0) + (seenCapMid.has(lowerH[i]) ? 2 : 0) + (allCaps ? 4 : 0) +
      (initial ? 8 : 0) + (sentenceCaps[i] ? 16 : 0) + (capitalised[i] ? 32 : 0);
    add(T.DocCasing, casing);
    add(T.Length, Math.min(w.length, 12));
    if (info.digitNorm) add(T.DigitNorm, info.digitNorm);
    if (initial) add(T.InitialWord, lowerH[i]);
    if (inSent(i - 1) && inSent(i + 1) && words[i - 1] === '(' && words[i + 1] === ')') add(T.InParens, shortH[i]);
    add(T.ShapeLowerP1, mix(shortH[i], lw(i + 1)));
    add(T.LowerM1ShapeS0, mix(lw(i - 1), shortH[i]));
    add(T.Gaz, gaz[i]);
    add(T.GazM1, inSent(i - 1) ? gaz[i - 1] : -1);
    add(T.GazP1, inSent(i + 1) ? gaz[i + 1] : -1);
    if (gaz[i]) add(T.GazShape, mix(gaz[i], shortH[i]));
    add(T.GazFlags, gazFlags[i]);
    if (inSent(i - 1)) add(T.GazFlagsM1, gazFlags[i - 1]);
    if (inSent(i + 1)) add(T.GazFlagsP1, gazFlags[i + 1]);
    if (entities) {
      add(T.Ent, ent[i]);
      add(T.EntM1, inSent(i - 1) ? ent[i - 1] : -1);
      add(T.EntP1, inSent(i + 1) ? ent[i + 1] : -1);
      add(T.EntWord, entWord[i]);
      add(T.EntWordM1, inSent(i - 1) ? entWord[i - 1] : -1);
      add(T.EntWordP1, inSent(i + 1) ? entWord[i + 1] : -1);
      add(T.EntWordCase, entWord[i] * 64 + (casing & 24));
      if (ent[i]) add(T.EntShape, mix(ent[i], shortH[i]));
    }
    if (chunkStart[i] >= 0) {
      const cs = chunkStart[i];
      const ce = chunkEnd[i];
      const len = ce - cs;
      const pos = len === 1 ? 3 : i === cs ? 0 : i === ce - 1 ? 2 : 1;
      add(T.ChunkPos, pos * 8 + Math.min(len, 6));
      add(T.ChunkLast, lowerH[ce - 1]);
      add(T.ChunkLastPos, mix(lowerH[ce - 1], pos));
      if (len > 1) add(T.ChunkFirst, lowerH[cs]);
    }
    const occ = capitalised[i] ? occurrences.get(lowerH[i])! : null;
    if (occ && occ.length > 1) {
      aggFrom = nk;
      let used = 0;
      for (const j of occ) {
        if (j === i) continue;
        if (++used > AGG_MAX) break;
        const sj = sentenceStart[j];
        addOnce(T.AggM1, j > sj ? lowerH[j - 1] : BOS);
        addOnce(T.AggP1, j + 1 < n && sentenceStart[j + 1] === sj ? lowerH[j + 1] : EOS);
        if (ent[j]) addOnce(T.AggEnt, ent[j]);
        if (gaz[j]) addOnce(T.AggGaz, gaz[j]);
      }
    }
  }
  offsets[n] = nk;
  return {
    length: n, keys: keys.subarray(0, nk), offsets, sentenceStart: Int32Array.from(sentenceStart),
    lowerHash: lowerH, shapeHash: shapeH, capitalised,
  };
}

/** History summary for a word: the type it was last tagged with in this document (0 none, 1 O, 2+ types). */
export interface History {
  get(lowerHash: number): number | undefined;
  set(lowerHash: number, value: number): void;
}

/** Keys of the dynamic features at token i, written into `out`; returns how many. */
export function dynamicKeys(doc: DocumentFeatures, i: number, prev1: number, prev2: number, history: number, out: Int32Array, step = 1): number {
  // `step` is the decoding direction: 1 left to right, -1 right to left (then "previous" is the next token).
  const first = step === 1 ? i === doc.sentenceStart[i] : i + 1 >= doc.length || doc.sentenceStart[i + 1] !== doc.sentenceStart[i];
  const second = step === 1 ? i - 1 <= doc.sentenceStart[i] : first || i + 2 >= doc.length || doc.sentenceStart[i + 2] !== doc.sentenceStart[i];
  const p1 = first ? 99 : prev1;
  const p2 = second ? 99 : prev2;
  out[0] = mix(T.PrevLabel, p1);
  out[1] = mix(T.PrevTwoLabels, p2 * 128 + p1);
  out[2] = mix(T.PrevLabelWord, mix(p1, doc.lowerHash[i]));
  out[3] = mix(T.PrevLabelShape, mix(p1, doc.shapeHash[i]));
  out[4] = mix(T.History, history);
  out[5] = mix(T.HistoryShape, mix(history, doc.shapeHash[i]));
  out[6] = mix(T.HistoryPrev, history * 128 + p1);
  return 7;
}
export const MAX_DYNAMIC = 7;
