// Feature extraction shared by training (scripts/train-ner.ts) and tagging (index.ts, tagger.ts).
// Static features depend only on the words of the document; they are computed once per token as
// 32-bit keys. Dynamic features (previous labels, what this word was tagged earlier in the
// document) are added while decoding left to right.
import { hashString, mix } from './hash.ts';
import { placeClasses, placeWordFacts, TITLE_WORDS, CUE_WORDS, type PlaceWordFacts } from './lexicon-features.ts';
import { normalizeToken } from '../words.ts';
import { gazetteerSpans, nameWordFacts, type NameWordFacts } from './gazetteer-features.ts';
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
// Lower-case words found inside names ("Bank of England", "Ould Abdel al-Aziz", "Rio de Janeiro",
// "Ibn Khaldun"): every other lower-case word is outside one (see WordInfo.neverInName). In the
// CoNLL-2003 training set 439 of 112,171 lower-case tokens are in a name, most of them these.
const NAME_INNER_WORDS = new Set([...CHUNK_LINKS, 'in', 'et', 'al', 'den', 'e', 'do', 'dos', 'das', 'bin', 'ibn', 'el', 'at', 'upon', 'am', 'zu', 'ter', 'ten', 'af']);

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
  /** Per token, its word's number (see DocumentContext). */
  wordOf: Int32Array;
  /** 1 when the token is labelled O without being scored (see DocumentContext.outside). */
  outside: Uint8Array;
}

/** What the features need to know about one word form; computed once per form and cached. */
export interface WordInfo {
  /** The form itself (curly quotes folded). */
  form: string;
  /** The form in lower case, accents kept: one string per form, so maps keyed by it hash it once. */
  formLower: string;
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
  /**
   * A lower-case word (no capital anywhere) that is not one of NAME_INNER_WORDS: in a sentence
   * with capitals it is no part of a name, and the tagger labels it O without scoring it (more
   * than half of news tokens; tagging about a seventh faster, CoNLL-2003 F1 unchanged).
   */
  neverInName: boolean;
  /** What the place and name lists say of the form alone, on first use (see listsOf). */
  lists: WordLists | null;
  /** What an entity list says of the form, for the last list asked (see entityFacts). */
  entityFacts: EntityFacts | null;
  /** Where the tagger's summed weights for the form are (arena indices, see tagger.ts), kept here so that a token costs one cache lookup. */
  tagged: { owner: object; fixed: number; byPrevious: number; shape: number } | null;
}

/** What both word lists say of a word alone: one record per form, which placeClasses and gazetteerSpans read per token. */
type WordLists = PlaceWordFacts & NameWordFacts;

function wordLists(form: string, lower: string): WordLists {
  const place = placeWordFacts(lower);
  const names = nameWordFacts(form, lower);
  return {
    placeLongest: place.placeLongest, placeSingle: place.placeSingle, nameLink: names.nameLink, nameCapitalisedOrLink: names.nameCapitalisedOrLink,
    nameLongest: names.nameLongest, nameSingle: names.nameSingle, nameFlags: names.nameFlags,
  };
}

/** The word lists' facts of a token: cached on its form when the token is that form (its lower case is formLower). */
function listsOf(info: WordInfo, raw: string, isForm: boolean): WordLists {
  if (!isForm) return wordLists(info.form, raw.toLowerCase());
  return (info.lists ??= wordLists(info.form, info.formLower));
}

interface EntityFacts {
  list: EntityList;
  /** The most words a listed span starting with the form has (0 none). */
  longest: number;
  /** The key of the span of the form alone, and the countsValue of its counts (0 none; computed when longest > 0). */
  key: number;
  single: number;
  /** entWordOf. */
  word: number;
}

/** An entity list's facts of a form. */
function entityFacts(info: WordInfo, list: EntityList): EntityFacts {
  if (info.entityFacts?.list !== list) {
    const longest = list.longest(info.lower);
    const key = spanStart(info.lower);
    const counts = longest > 0 ? list.span(key) : null;
    info.entityFacts = { list, longest, key, single: counts ? countsValue(counts) : 0, word: entWordOf(info, list) };
  }
  return info.entityFacts;
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
    form: w, formLower: w.toLowerCase(), word: hashString(folded), lower: hashString(l), shape: shape | 0, short: short | 0, affixes,
    digitNorm: digits ? hashString(l.replace(/\d/g, '0')) : 0,
    capitalised: w.length > 0 && charClass(w, 0) === 88,
    allCaps: letters > 1 && upper === letters,
    hasLetter: letters > 0,
    upperLetters: letters > 0 && upper === letters,
    neverInName: w.length > 0 && charClass(w, 0) === 120 && upper === 0 && !NAME_INNER_WORDS.has(w),
    lists: null,
    entityFacts: null,
    tagged: null,
  };
  if (WORD_CACHE.size >= WORD_CACHE_LIMIT) WORD_CACHE.clear();
  WORD_CACHE.set(w, info);
  return info;
}

/** The training-set entity list's view of a capitalised or all-caps word (0 none). */
export function entWordOf(info: WordInfo, entities: EntityList | null | undefined): number {
  if (!entities || (!info.capitalised && !info.allCaps)) return 0;
  const c = entities.word(info.lower);
  return c ? countsValue(c) * 8 + lowerCaseBucket(c) : 0;
}

/** A token's word form as the key templates see it: accents and curly quotes folded, cached. */
export function tokenWordInfo(raw: string): WordInfo {
  // Most tokens need no folding and are cached under themselves: one lookup.
  return WORD_CACHE.get(raw) ?? foldedWordInfo(raw);
}

function foldedWordInfo(raw: string): WordInfo {
  return wordInfo(/[’‘“”«»–—‛`´„‹›]/.test(raw) ? normalizeToken(raw) : raw);
}

/** Everything the context key templates read about one document, token by token. */
export interface DocumentContext {
  length: number;
  words: string[];
  infos: WordInfo[];
  sentenceStart: Int32Array;
  /** 1 when the token's sentence is (nearly) all caps. */
  sentenceCaps: Uint8Array;
  lowerHash: Int32Array;
  shapeHash: Int32Array;
  shortHash: Int32Array;
  capitalised: Uint8Array;
  /**
   * Per token, the index of the first token with the same lower-case hash: the word's number in the
   * arrays below that are per word (a document's word sets as arrays, not hash sets).
   */
  wordOf: Int32Array;
  /** Per word: 1 when it appears in lower case, + 2 when capitalised mid-sentence in a sentence not all caps. */
  seen: Uint8Array;
  places: Int32Array;
  gaz: Int32Array;
  gazFlags: Int32Array;
  hasEntities: boolean;
  ent: Int32Array;
  entWord: Int32Array;
  /** Per word: its first capitalised occurrence (-1 none) and how many there are; per capitalised token, the next (-1 none). */
  firstCapital: Int32Array;
  capitalCount: Int32Array;
  nextCapital: Int32Array;
  chunkStart: Int32Array;
  chunkEnd: Int32Array;
  /**
   * 1 when the token is labelled O without being scored: a neverInName word in a sentence that has
   * a capital somewhere (a text written all in lower case has its names in lower case too).
   */
  outside: Uint8Array;
}

/**
 * Arrays a caller that is done with one document before it reads the next (the tagger) lends
 * documentContext, so that a short document costs no allocations: a typed array costs about as
 * much to allocate as tagging a few tokens. The arrays may be longer than the document; only
 * [0, length) is meaningful.
 */
export class ContextBuffers {
  private capacity = -1;
  private arrays!: Omit<DocumentContext, 'length' | 'hasEntities'>;

  /** The arrays for a document of n tokens, those read before written zeroed (chunkStart and firstCapital: -1). */
  take(n: number, exact = false): Omit<DocumentContext, 'length' | 'hasEntities'> {
    if (exact || n > this.capacity) {
      const size = exact ? n : Math.max(n, 2 * this.capacity, 64);
      this.capacity = size;
      this.arrays = {
        words: [], infos: [], sentenceStart: new Int32Array(size), sentenceCaps: new Uint8Array(size), lowerHash: new Int32Array(size),
        shapeHash: new Int32Array(size), shortHash: new Int32Array(size), capitalised: new Uint8Array(size), wordOf: new Int32Array(size),
        seen: new Uint8Array(size), places: new Int32Array(size), gaz: new Int32Array(size), gazFlags: new Int32Array(size), ent: new Int32Array(size),
        entWord: new Int32Array(size), firstCapital: new Int32Array(size).fill(-1), capitalCount: new Int32Array(size), nextCapital: new Int32Array(size),
        chunkStart: new Int32Array(size).fill(-1), chunkEnd: new Int32Array(size), outside: new Uint8Array(size),
      };
      return this.arrays;
    }
    // (words and infos are written by index, not emptied: setting an array's length to 0 drops
    // its storage, which pushing then grows again.)
    const a = this.arrays;
    a.sentenceCaps.fill(0, 0, n);
    a.places.fill(0, 0, n);
    a.gaz.fill(0, 0, n);
    a.ent.fill(0, 0, n);
    a.entWord.fill(0, 0, n);
    a.chunkStart.fill(-1, 0, n);
    a.seen.fill(0, 0, n);
    a.firstCapital.fill(-1, 0, n);
    a.capitalCount.fill(0, 0, n);
    return a;
  }
}

/**
 * Per token of the document: 1 when the token is its WordInfo's form (not folded). Known from the
 * lookup, where comparing the two strings (equal, but different objects) reads both. Reused.
 */
let tokenIsForm = new Uint8Array(256);
// Per token of the document, its lower case and its word-list facts; reused, written by index.
const tokenLower: string[] = [];
const tokenLists: WordLists[] = [];
/**
 * Lower-case hash → its first token in the document: open addressing over typed arrays, emptied
 * by bumping a generation (a cleared Map shrinks and regrows its table for every document).
 */
class FirstTokens {
  private keys = new Int32Array(256);
  private values = new Int32Array(256);
  private stamps = new Uint32Array(256);
  private generation = 0;

  /** Empties the table for a document of n tokens. */
  reset(n: number): void {
    if (2 * n > this.keys.length) {
      let size = this.keys.length;
      while (size < 2 * n) size *= 2;
      this.keys = new Int32Array(size);
      this.values = new Int32Array(size);
      this.stamps = new Uint32Array(size);
      this.generation = 0;
    } else if (this.generation === 0xffffffff) {
      this.stamps.fill(0);
      this.generation = 0;
    }
    this.generation++;
  }

  /** The first token given for `key` since the last reset; records `token` when there is none. */
  firstOf(key: number, token: number): number {
    const mask = this.keys.length - 1;
    let h = (key ^ (key >>> 16)) & mask;
    for (;;) {
      if (this.stamps[h] !== this.generation) {
        this.stamps[h] = this.generation;
        this.keys[h] = key;
        this.values[h] = token;
        return token;
      }
      if (this.keys[h] === key) return this.values[h];
      h = (h + 1) & mask;
    }
  }
}
const firstTokens = new FirstTokens();

/** The per-token facts of one document given as sentences of tokens (arrays from `buffers` when given). */
export function documentContext(sentences: string[][], entities?: EntityList | null, buffers?: ContextBuffers): DocumentContext {
  let n = 0;
  for (const s of sentences) n += s.length;
  const {
    words, infos, sentenceStart, sentenceCaps, lowerHash: lowerH, shapeHash: shapeH, shortHash: shortH, capitalised,
    wordOf, seen, places, gaz, gazFlags, ent, entWord, firstCapital, capitalCount, nextCapital, chunkStart, chunkEnd, outside,
  } = buffers ? buffers.take(n) : new ContextBuffers().take(n, true);
  if (tokenIsForm.length < n) tokenIsForm = new Uint8Array(Math.max(n, 2 * tokenIsForm.length));
  let t = 0;
  for (const s of sentences) {
    const start = t;
    let letters = 0;
    let upper = 0;
    for (const raw of s) {
      // A token found under itself is its form (cache keys are forms); a folded one is not.
      let info = WORD_CACHE.get(raw);
      let isForm = 1;
      if (info === undefined) {
        info = foldedWordInfo(raw);
        isForm = raw === info.form ? 1 : 0;
      }
      tokenIsForm[t] = isForm;
      sentenceStart[t] = start;
      words[t] = info.form;
      infos[t] = info;
      t++;
      if (info.hasLetter) {
        letters++;
        if (info.upperLetters) upper++;
      }
    }
    if (letters >= 2 && upper / letters > 0.7) sentenceCaps.fill(1, start, t);
    let capitals = false;
    for (let i = start; i < t && !capitals; i++) capitals = infos[i].capitalised || infos[i].upperLetters;
    for (let i = start; i < t; i++) outside[i] = capitals && infos[i].neverInName ? 1 : 0;
  }
  firstTokens.reset(n);
  for (let i = 0; i < n; i++) {
    lowerH[i] = infos[i].lower;
    shapeH[i] = infos[i].shape;
    shortH[i] = infos[i].short;
    capitalised[i] = infos[i].capitalised ? 1 : 0;
    wordOf[i] = firstTokens.firstOf(lowerH[i], i);
  }
  // Document casing: which words appear in lower case, and which appear capitalised mid-sentence
  // in a sentence that is not all caps (tells "BRUSSELS" and a sentence-initial "Police" apart).
  for (let i = 0; i < n; i++) {
    if (!capitalised[i]) seen[wordOf[i]] |= 1;
    else if (i > sentenceStart[i] && !sentenceCaps[i] && !OPENERS.has(words[i - 1])) seen[wordOf[i]] |= 2;
  }
  let s0 = 0;
  for (const s of sentences) {
    for (let k = 0; k < s.length; k++) {
      const i = s0 + k;
      const info = infos[i];
      const isForm = tokenIsForm[i] === 1;
      const lists = listsOf(info, s[k], isForm);
      tokenLower[i] = isForm ? info.formLower : s[k].toLowerCase();
      tokenLists[i] = lists;
      gazFlags[i] = info.capitalised || info.allCaps ? lists.nameFlags : 0;
      if (entities) entWord[i] = entityFacts(info, entities).word;
    }
    placeClasses(tokenLower, places, s0, s0 + s.length, tokenLists);
    gazetteerSpans(words, tokenLower, gaz, s0, s0 + s.length, tokenLists);
    s0 += s.length;
  }
  // Training-set entity list: longest listed span from each non-lower-case token.
  if (entities) {
    for (let i = 0; i < n; ) {
      const c0 = words[i].charCodeAt(0);
      let matched = 0;
      if (!(c0 >= 97 && c0 <= 122)) {
        const facts = entityFacts(infos[i], entities);
        const most = facts.longest;
        // The span of the token alone is the form's (cached); longer ones are looked up.
        let best = most >= 1 && facts.single ? 1 : 0;
        let bestValue = best ? facts.single : 0;
        let key = facts.key;
        for (let k = 2; k <= most && i + k - 1 < n && sentenceStart[i + k - 1] === sentenceStart[i]; k++) {
          key = spanNext(key, lowerH[i + k - 1]);
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
  }

  // Other occurrences of each capitalised word in the document (up to AGG_MAX of them, nearest first
  // in document order): the words around them and the name-list spans they sit in.
  for (let i = n - 1; i >= 0; i--) {
    if (!capitalised[i]) continue;
    const w = wordOf[i];
    nextCapital[i] = firstCapital[w];
    firstCapital[w] = i;
    capitalCount[w]++;
  }
  // Runs of capitalised words, joined over "of", "and", "&", "de", ... when a capitalised word
  // follows ("Test and County Cricket Board"): each token sees its place in the run and the run's
  // first and last words (the last is often the head: "Board", "Exchange", "Open").
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
  return {
    length: n, words, infos, sentenceStart, sentenceCaps, lowerHash: lowerH, shapeHash: shapeH, shortHash: shortH, capitalised,
    wordOf, seen, places, gaz, gazFlags, hasEntities: !!entities, ent, entWord, firstCapital, capitalCount, nextCapital, chunkStart, chunkEnd, outside,
  };
}

const AGG_MAX = 6;
/** The most keys one token gets from wordKeys + neighbourKeys + contextKeys. */
export const MAX_KEYS_PER_TOKEN = 80 + AGG_MAX * 4;
const BOS = hashString('<s>');
const EOS = hashString('</s>');

// A token's static keys are three groups: its own word form's (wordKeys), what it reads from each
// neighbour's word form within two tokens (neighbourKeys), and the rest, which depends on the
// sentence and document around it (contextKeys). The first two depend on word forms only, so the
// tagger (tagger.ts) can sum their weights once per form; training reads the keys themselves.

/** Keys of the token's own word form. Writes into out from `at`; returns the new end. */
export function wordKeys(info: WordInfo, gazFlags: number, entWord: number, hasEntities: boolean, out: Int32Array, at: number): number {
  out[at++] = mix(T.Bias, 0);
  out[at++] = mix(T.Word, info.word);
  out[at++] = mix(T.Lower, info.lower);
  out[at++] = mix(T.Shape, info.shape);
  for (let k = 0; k < 4 && info.affixes[k] !== 0; k++) {
    out[at++] = mix(T.Prefix, info.affixes[k]);
    out[at++] = mix(T.Suffix, info.affixes[4 + k]);
  }
  out[at++] = mix(T.ShortShape, info.short);
  const cue = CUE_WORDS.get(info.lower);
  if (cue) out[at++] = mix(T.Cue, cue);
  out[at++] = mix(T.Length, Math.min(info.form.length, 12));
  if (info.digitNorm) out[at++] = mix(T.DigitNorm, info.digitNorm);
  out[at++] = mix(T.GazFlags, gazFlags);
  if (hasEntities) out[at++] = mix(T.EntWord, entWord);
  return at;
}

/**
 * Keys a token reads from its neighbour at offset d (-2, -1, 1 or 2) in the sentence; `info` is
 * null when that position is outside the sentence. Writes into out from `at`; returns the new end.
 */
export function neighbourKeys(d: number, info: WordInfo | null, gazFlags: number, entWord: number, hasEntities: boolean, out: Int32Array, at: number): number {
  if (d === -1) {
    out[at++] = mix(T.LowerM1, info ? info.lower : BOS);
    out[at++] = mix(T.ShapeM1, info ? info.shape : BOS);
    if (info && TITLE_WORDS.has(info.lower)) out[at++] = mix(T.TitleM1, 1);
    if (info) out[at++] = mix(T.GazFlagsM1, gazFlags);
    if (hasEntities) out[at++] = mix(T.EntWordM1, info ? entWord : -1);
  } else if (d === -2) {
    out[at++] = mix(T.LowerM2, info ? info.lower : BOS);
    if (info && TITLE_WORDS.has(info.lower)) out[at++] = mix(T.TitleM2, 1);
  } else if (d === 1) {
    out[at++] = mix(T.LowerP1, info ? info.lower : EOS);
    out[at++] = mix(T.ShapeP1, info ? info.shape : EOS);
    const cue = info ? CUE_WORDS.get(info.lower) : undefined;
    if (cue) out[at++] = mix(T.CueP1, cue);
    if (info) out[at++] = mix(T.GazFlagsP1, gazFlags);
    if (hasEntities) out[at++] = mix(T.EntWordP1, info ? entWord : -1);
  } else if (d === 2) {
    out[at++] = mix(T.LowerP2, info ? info.lower : EOS);
    const cue = info ? CUE_WORDS.get(info.lower) : undefined;
    if (cue) out[at++] = mix(T.CueP2, cue);
  }
  return at;
}

/** The neighbour offsets neighbourKeys knows. */
export const NEIGHBOUR_OFFSETS = [-2, -1, 1, 2] as const;

// A token's context keys are three groups again, so that the tagger can cache what repeats:
//  - small: keys over small-valued facts (gazetteer and name-list classes, casing, the short
//    shape), read from SMALL_FIELDS integers per token (smallContextFields); most tokens share
//    a few hundred distinct field rows;
//  - shape: the shape trigram around the token;
//  - lexical: keys over word forms of the token and its neighbours, and over the document.

/** Integers per token that smallContextKeys reads. */
export const SMALL_FIELDS = 13;
const enum F { Short, Flags, Place, PlaceM1, PlaceP1, Casing, Gaz, GazM1, GazP1, Ent, EntM1, EntP1, EntWord }
const enum Flag { First = 1, Capitalised = 2, SentenceCaps = 4, InParens = 8, HasEntities = 16 }
const CASING_INITIAL = 8;

/** Token i's casing summary (DocCasing): document casing of its word, and its place in the sentence. */
function casingOf(doc: DocumentContext, i: number): number {
  const st = doc.sentenceStart[i];
  const initial = i === st || (i - 1 >= st && OPENERS.has(doc.words[i - 1]));
  return (doc.seen[doc.wordOf[i]] & 3) + (doc.infos[i].allCaps ? 4 : 0) +
    (initial ? CASING_INITIAL : 0) + (doc.sentenceCaps[i] ? 16 : 0) + (doc.capitalised[i] ? 32 : 0);
}

/** Writes token i's SMALL_FIELDS integers into out from `at`. */
export function smallContextFields(doc: DocumentContext, i: number, out: Int32Array, at: number): void {
  const { sentenceStart, places, gaz, ent, words } = doc;
  const st = sentenceStart[i];
  const hasM1 = i - 1 >= st;
  const hasP1 = i + 1 < doc.length && sentenceStart[i + 1] === st;
  out[at + F.Short] = doc.shortHash[i];
  out[at + F.Flags] = (i === st ? Flag.First : 0) | (doc.capitalised[i] ? Flag.Capitalised : 0) | (doc.sentenceCaps[i] ? Flag.SentenceCaps : 0) |
    (hasM1 && hasP1 && words[i - 1] === '(' && words[i + 1] === ')' ? Flag.InParens : 0) | (doc.hasEntities ? Flag.HasEntities : 0);
  out[at + F.Place] = places[i];
  out[at + F.PlaceM1] = hasM1 ? places[i - 1] : -1;
  out[at + F.PlaceP1] = hasP1 ? places[i + 1] : -1;
  out[at + F.Casing] = casingOf(doc, i);
  out[at + F.Gaz] = gaz[i];
  out[at + F.GazM1] = hasM1 ? gaz[i - 1] : -1;
  out[at + F.GazP1] = hasP1 ? gaz[i + 1] : -1;
  out[at + F.Ent] = ent[i];
  out[at + F.EntM1] = hasM1 ? ent[i - 1] : -1;
  out[at + F.EntP1] = hasP1 ? ent[i + 1] : -1;
  out[at + F.EntWord] = doc.entWord[i];
}

/** The casing summary among the small fields in f[from ..). */
export function casingField(f: Int32Array, from: number): number {
  return f[from + F.Casing];
}

/** Keys of the small-valued context facts in f[from .. from + SMALL_FIELDS). Writes into out from `at`; returns the new end. */
export function smallContextKeys(f: Int32Array, from: number, out: Int32Array, at: number): number {
  const short = f[from + F.Short];
  const flags = f[from + F.Flags];
  const casing = f[from + F.Casing];
  if (flags & Flag.First) out[at++] = mix(T.FirstCap, flags & Flag.Capitalised ? 1 : 0);
  if (flags & Flag.SentenceCaps) out[at++] = mix(T.CapsSentence, short);
  out[at++] = mix(T.Place, f[from + F.Place]);
  out[at++] = mix(T.PlaceM1, f[from + F.PlaceM1]);
  out[at++] = mix(T.PlaceP1, f[from + F.PlaceP1]);
  out[at++] = mix(T.DocCasing, casing);
  if (flags & Flag.InParens) out[at++] = mix(T.InParens, short);
  const gaz = f[from + F.Gaz];
  out[at++] = mix(T.Gaz, gaz);
  out[at++] = mix(T.GazM1, f[from + F.GazM1]);
  out[at++] = mix(T.GazP1, f[from + F.GazP1]);
  if (gaz) out[at++] = mix(T.GazShape, mix(gaz, short));
  if (flags & Flag.HasEntities) {
    const ent = f[from + F.Ent];
    out[at++] = mix(T.Ent, ent);
    out[at++] = mix(T.EntM1, f[from + F.EntM1]);
    out[at++] = mix(T.EntP1, f[from + F.EntP1]);
    out[at++] = mix(T.EntWordCase, f[from + F.EntWord] * 64 + (casing & 24));
    if (ent) out[at++] = mix(T.EntShape, mix(ent, short));
  }
  return at;
}

/** Token i's shape trigram: the shapes before it, of it and after it in the sentence (BOS / EOS outside). */
export function shapeTrigram(doc: DocumentContext, i: number, out: Int32Array, at: number): void {
  const st = doc.sentenceStart[i];
  out[at] = i - 1 >= st ? doc.shapeHash[i - 1] : BOS;
  out[at + 1] = doc.shapeHash[i];
  out[at + 2] = i + 1 < doc.length && doc.sentenceStart[i + 1] === st ? doc.shapeHash[i + 1] : EOS;
}

/** Keys of a shape trigram (see shapeTrigram) in f[from .. from + 3). Writes into out from `at`; returns the new end. */
export function shapeContextKeys(f: Int32Array, from: number, out: Int32Array, at: number): number {
  const shapeM1 = f[from];
  const shape = f[from + 1];
  const shapeP1 = f[from + 2];
  out[at++] = mix(T.ShapeM1S0, mix(shapeM1, shape));
  out[at++] = mix(T.ShapeS0P1, mix(shape, shapeP1));
  out[at++] = mix(T.ShapeM1S0P1, mix(mix(shapeM1, shape), shapeP1));
  return at;
}

/** Keys of token i over word forms around it and over the document. Writes into out from `at`; returns the new end. */
export function lexicalContextKeys(doc: DocumentContext, i: number, casing: number, out: Int32Array, at: number): number {
  const { lowerHash: lowerH, sentenceStart, capitalised, gaz, ent } = doc;
  const n = doc.length;
  const st = sentenceStart[i];
  const hasM1 = i - 1 >= st;
  const hasP1 = i + 1 < n && sentenceStart[i + 1] === st;
  const lowerM1 = hasM1 ? lowerH[i - 1] : BOS;
  const lowerP1 = hasP1 ? lowerH[i + 1] : EOS;
  const lower = lowerH[i];
  const short = doc.shortHash[i];
  out[at++] = mix(T.BigramM1, mix(lowerM1, lower));
  out[at++] = mix(T.BigramP1, mix(lower, lowerP1));
  if (casing & CASING_INITIAL) out[at++] = mix(T.InitialWord, lower);
  out[at++] = mix(T.ShapeLowerP1, mix(short, lowerP1));
  out[at++] = mix(T.LowerM1ShapeS0, mix(lowerM1, short));
  if (doc.chunkStart[i] >= 0) {
    const cs = doc.chunkStart[i];
    const ce = doc.chunkEnd[i];
    const len = ce - cs;
    const pos = len === 1 ? 3 : i === cs ? 0 : i === ce - 1 ? 2 : 1;
    out[at++] = mix(T.ChunkPos, pos * 8 + Math.min(len, 6));
    out[at++] = mix(T.ChunkLast, lowerH[ce - 1]);
    out[at++] = mix(T.ChunkLastPos, mix(lowerH[ce - 1], pos));
    if (len > 1) out[at++] = mix(T.ChunkFirst, lowerH[cs]);
  }
  const word = doc.wordOf[i];
  if (capitalised[i] && doc.capitalCount[word] > 1) {
    // Each distinct key once.
    const aggFrom = at;
    let used = 0;
    for (let j = doc.firstCapital[word]; j >= 0; j = doc.nextCapital[j]) {
      if (j === i) continue;
      if (++used > AGG_MAX) break;
      const sj = sentenceStart[j];
      at = pushOnce(out, aggFrom, at, mix(T.AggM1, j > sj ? lowerH[j - 1] : BOS));
      at = pushOnce(out, aggFrom, at, mix(T.AggP1, j + 1 < n && sentenceStart[j + 1] === sj ? lowerH[j + 1] : EOS));
      if (ent[j]) at = pushOnce(out, aggFrom, at, mix(T.AggEnt, ent[j]));
      if (gaz[j]) at = pushOnce(out, aggFrom, at, mix(T.AggGaz, gaz[j]));
    }
  }
  return at;
}

const contextFields = new Int32Array(SMALL_FIELDS + 3);
/** Keys of token i that depend on its sentence and document (all three groups). Writes into out from `at`; returns the new end. */
export function contextKeys(doc: DocumentContext, i: number, out: Int32Array, at: number): number {
  smallContextFields(doc, i, contextFields, 0);
  shapeTrigram(doc, i, contextFields, SMALL_FIELDS);
  at = smallContextKeys(contextFields, 0, out, at);
  at = shapeContextKeys(contextFields, SMALL_FIELDS, out, at);
  return lexicalContextKeys(doc, i, casingField(contextFields, 0), out, at);
}

/** Writes key at out[at] unless out[from .. at) has it; returns the new end. */
function pushOnce(out: Int32Array, from: number, at: number, key: number): number {
  for (let k = from; k < at; k++) if (out[k] === key) return at;
  out[at] = key;
  return at + 1;
}

/** Features of one document given as sentences of tokens (every static key of every token). */
export function extractDocument(sentences: string[][], entities?: EntityList | null): DocumentFeatures {
  const doc = documentContext(sentences, entities);
  const n = doc.length;
  const { sentenceStart, infos, gazFlags, entWord, hasEntities } = doc;
  let keys = new Int32Array(n * 64 + 8);
  let nk = 0;
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    offsets[i] = nk;
    if (nk + MAX_KEYS_PER_TOKEN > keys.length) {
      const grown = new Int32Array(keys.length * 2);
      grown.set(keys);
      keys = grown;
    }
    nk = wordKeys(infos[i], gazFlags[i], entWord[i], hasEntities, keys, nk);
    for (const d of NEIGHBOUR_OFFSETS) {
      const j = i + d;
      const inSentence = j >= 0 && j < n && sentenceStart[j] === sentenceStart[i];
      nk = inSentence ? neighbourKeys(d, infos[j], gazFlags[j], entWord[j], hasEntities, keys, nk) : neighbourKeys(d, null, 0, 0, hasEntities, keys, nk);
    }
    nk = contextKeys(doc, i, keys, nk);
  }
  offsets[n] = nk;
  return {
    length: n, keys: keys.subarray(0, nk), offsets, sentenceStart,
    lowerHash: doc.lowerHash, shapeHash: doc.shapeHash, capitalised: doc.capitalised, wordOf: doc.wordOf, outside: doc.outside,
  };
}

/** History summary for a word: the type it was last tagged with in this document (0 none, 1 O, 2+ types). */
export interface History {
  get(lowerHash: number): number | undefined;
  set(lowerHash: number, value: number): void;
}

type DecodeView = Pick<DocumentFeatures, 'length' | 'sentenceStart' | 'lowerHash' | 'shapeHash'>;

/**
 * Whether token i has no previous token, and no token before that, in the decoding direction
 * (`step` 1 left to right, -1 right to left, where "previous" is the next token).
 */
export function isFirstInDirection(doc: DecodeView, i: number, step: number): boolean {
  return step === 1 ? i === doc.sentenceStart[i] : i + 1 >= doc.length || doc.sentenceStart[i + 1] !== doc.sentenceStart[i];
}
export function isSecondInDirection(doc: DecodeView, i: number, step: number): boolean {
  return step === 1 ? i - 1 <= doc.sentenceStart[i] : isFirstInDirection(doc, i, step) || i + 2 >= doc.length || doc.sentenceStart[i + 2] !== doc.sentenceStart[i];
}

// The dynamic keys in groups by what they read (p1, p2: the previous labels, 99 where there is
// none; history: see History), so the tagger can tabulate each group. Each writes into out from
// `at` and returns the new end.
export function labelKeys(p1: number, p2: number, out: Int32Array, at: number): number {
  out[at++] = mix(T.PrevLabel, p1);
  out[at++] = mix(T.PrevTwoLabels, p2 * 128 + p1);
  return at;
}
export function labelWordKeys(p1: number, lower: number, out: Int32Array, at: number): number {
  out[at++] = mix(T.PrevLabelWord, mix(p1, lower));
  return at;
}
export function labelShapeKeys(p1: number, shape: number, out: Int32Array, at: number): number {
  out[at++] = mix(T.PrevLabelShape, mix(p1, shape));
  return at;
}
export function historyKeys(history: number, p1: number, out: Int32Array, at: number): number {
  out[at++] = mix(T.History, history);
  out[at++] = mix(T.HistoryPrev, history * 128 + p1);
  return at;
}
export function historyShapeKeys(history: number, shape: number, out: Int32Array, at: number): number {
  out[at++] = mix(T.HistoryShape, mix(history, shape));
  return at;
}

/** Keys of the dynamic features at token i, written into `out`; returns how many. */
export function dynamicKeys(doc: DecodeView, i: number, prev1: number, prev2: number, history: number, out: Int32Array, step = 1): number {
  const p1 = isFirstInDirection(doc, i, step) ? 99 : prev1;
  const p2 = isSecondInDirection(doc, i, step) ? 99 : prev2;
  let at = labelKeys(p1, p2, out, 0);
  at = labelWordKeys(p1, doc.lowerHash[i], out, at);
  at = labelShapeKeys(p1, doc.shapeHash[i], out, at);
  at = historyKeys(history, p1, out, at);
  return historyShapeKeys(history, doc.shapeHash[i], out, at);
}
export const MAX_DYNAMIC = 7;
