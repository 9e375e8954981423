// Feature extraction shared by training (scripts/train-ner.ts) and tagging (tagger.ts).
// Static features depend only on the words of the document; they are computed once per token as
// 32-bit keys. Dynamic features (previous labels, what this word was tagged earlier in the
// document) are added while decoding left to right.
import { hashString, mix } from './hash.ts';
import { placeClasses, TITLE_WORDS, CUE_WORDS } from './lexicon-features.ts';
import { normalizeToken } from '../words.ts';

/** Feature template ids: part of every key, so changing one invalidates the model (bump MODEL_VERSION). */
const enum T {
  Bias = 1, Word, Lower, LowerM1, LowerP1, LowerM2, LowerP2, Shape, ShapeM1, ShapeP1, ShapeM1S0, ShapeS0P1,
  ShapeM1S0P1, Prefix, Suffix, BigramM1, BigramP1, ShortShape, FirstCap, CapsSentence, Place, PlaceM1, PlaceP1,
  TitleM1, TitleM2, Cue, CueP1, CueP2, DocCasing, Length, DigitNorm, InitialWord, InParens, ShapeLowerP1,
  LowerM1ShapeS0, PrevLabel, PrevTwoLabels, PrevLabelWord, PrevLabelShape, History, HistoryShape, HistoryPrev,
}
export const FEATURE_SET_VERSION = 1;

// Tokens after which a capital letter says nothing (a new clause or quotation starts).
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
export function extractDocument(sentences: string[][]): DocumentFeatures {
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
  let s0 = 0;
  for (const s of sentences) {
    places.set(placeClasses(s.map((w) => w.toLowerCase())), s0);
    s0 += s.length;
  }

  let keys = new Int32Array(n * 56 + 8);
  let nk = 0;
  const offsets = new Int32Array(n + 1);
  const BOS = hashString('<s>');
  const EOS = hashString('</s>');
  for (let i = 0; i < n; i++) {
    offsets[i] = nk;
    if (nk + 64 > keys.length) {
      const grown = new Int32Array(keys.length * 2);
      grown.set(keys);
      keys = grown;
    }
    const st = sentenceStart[i];
    const inSent = (j: number) => j >= st && j < n && sentenceStart[j] === st;
    const lw = (j: number) => (inSent(j) ? lowerH[j] : j < i ? BOS : EOS);
    const sh = (j: number) => (inSent(j) ? shapeH[j] : j < i ? BOS : EOS);
    const w = words[i];
    const info = infos[i];
    const add = (t: number, v: number) => {
      keys[nk++] = mix(t, v);
    };
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
export function dynamicKeys(doc: DocumentFeatures, i: number, prev1: number, prev2: number, history: number, out: Int32Array): number {
  const p1 = i === doc.sentenceStart[i] ? 99 : prev1;
  const p2 = i - 1 <= doc.sentenceStart[i] ? 99 : prev2;
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
