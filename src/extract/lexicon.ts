// Compiles the trigger data (hand rules in data/rules.json, the derived CAMEO lexicon in
// data/cameo-verbs.json) once into Maps keyed by lemma / noun, so matching a sentence is a Map
// lookup per token plus a short scan of the few patterns filed under that word. Derived entries
// pass data/cameo-policy.json first (code families and verb blocks reliable in modern news).
import { createRequire } from 'node:module';
import type { PloverType } from '../types.ts';
import { makeLemmatizer, singular, type Tok } from './tokens.ts';

const require = createRequire(import.meta.url);

interface RuleJson {
  id: string;
  trigger: string;
  pos: 'v' | 'n';
  after?: string[];
  before?: string[];
  type: PloverType | null;
  mode: string | null;
  roles?: Roles;
  /** The trigger is itself the reporting verb of a speech frame ("alleged that …", "admitted that …"): it codes there. */
  speech?: boolean;
  /** A test of the sentence the rule needs besides its words (HOLDS_CONDITIONS; events.ts asks it per match). */
  holds?: string;
  example: string;
}
interface CameoJson {
  sets: Record<string, string[]>;
  forms: Record<string, string>;
  codes: Record<string, [string, string | null] | null>;
  blocks: { name: string; code: string | null; patterns: [string[], string[], string][] }[];
  verbs: Record<string, [number, string | null, string[], string[]][]>;
}

interface CameoPolicy {
  families: Record<string, { fire: boolean; bare: boolean; why: string }>;
  blocks: Record<string, { fire?: boolean; bare?: boolean; why: string }>;
  /** Single derived verbs silenced whatever their block. */
  verbs?: Record<string, { fire: boolean; why: string }>;
}

/**
 * Tests of the sentence a hand rule may need besides its words ("wants Santiago to" asks something
 * of Santiago, "wants to join" is a wish): a rule's `holds` names one, events.ts defines each.
 */
export const HOLDS_CONDITIONS = ['object-then-to-or-passive', 'passive', 'not-civilian-object', 'object-then-that', 'that-someone-do', 'actor-object-or-pair'] as const;
export type HoldsCondition = (typeof HOLDS_CONDITIONS)[number];
const isHoldsCondition = (x: string): x is HoldsCondition => (HOLDS_CONDITIONS as readonly string[]).includes(x);

export interface Roles {
  source?: 'subject' | 'object' | 'modifier' | 'of' | 'with' | 'from' | 'nationality' | 'none';
  target?: 'subject' | 'object' | 'of' | 'on' | 'from' | 'against' | 'with' | 'between' | 'near' | 'none';
}

/**
 * A slot: contiguous elements; an element is a word (its Lexicon.neededId, ≥ 0) or a word set
 * (-1 - its number in Lexicon.sets; NEVER for a set the data names but does not define). Both
 * are answered from the token's WordLexicon, worked out once per word form.
 */
type Slot = number[];
const NEVER = -1_000_000;

export interface Pattern {
  id: string;
  /** From the derived CAMEO lexicon (id "cameo:…"), not a hand rule: asked per match, kept apart from the id. */
  derived: boolean;
  pos: 'v' | 'n';
  /** Words after the anchor that must follow immediately (multiword triggers, verb particles). */
  next: string[];
  /** Particles immediately before the anchor ("wire" in "wire-tap"). */
  prev: string[];
  post: Slot[];
  pre: Slot[];
  type: PloverType | null;
  mode: string | null;
  roles: Roles;
  /** A speech act: codes at a frame's own reporting verb, where other triggers are passed over. */
  speech: boolean;
  /** The sentence test the match must pass (hand rules only), null for none. */
  holds: HoldsCondition | null;
  /** Ranking: hand rules first, then more slots. */
  weight: number;
  /** Literal words the pattern needs somewhere in the sentence (quick rejection before slot matching), by Lexicon.neededId. */
  need: number[];
}

export interface Lexicon {
  verbs: Map<string, Pattern[]>;
  nouns: Map<string, Pattern[]>;
  lemma: (w: string) => string;
  /**
   * Every word some pattern needs (Pattern.need), with how many patterns need it: only these
   * matter in a sentence's word forms, and the rarer a word the better it indexes a pattern.
   */
  needed: Map<string, number>;
  /** A small number for each needed word: a sentence's needed words are marked in an array by it. */
  neededId: Map<string, number>;
  /** The word sets slots name, by number (at most 2 * SET_BITS of them). */
  sets: Set<string>[];
  /** Word → the sets it is in, as WordLexicon.setsLow / setsHigh: a new word form costs one lookup per form, not one per set. */
  setsOf: Map<string, { low: number; high: number }>;
}

/** Set membership is two bit fields of this many bits each. */
const SET_BITS = 30;

let cached: Lexicon | null = null;

/**
 * The compiled lexicon, built on first use. The builder is a function of its own: the accessor is
 * small enough to inline where it is asked per token, and a profile shows the one-time build
 * (what read as getLexicon's own time) under its own name.
 */
export function getLexicon(): Lexicon {
  return cached ?? buildLexicon();
}

function buildLexicon(): Lexicon {
  const cameo = require('./data/cameo-verbs.json') as CameoJson;
  const policy = require('./data/cameo-policy.json') as CameoPolicy;
  const fam = (code: string | null) => (code && code !== '---' ? policy.families[code.slice(0, 2)] : undefined);
  /** May a derived entry with this code, in this block, fire? `bare`: the verb alone, no pattern words. */
  const allowed = (block: string, code: string | null, bare: boolean, ownCode: boolean): boolean => {
    const f = fam(code);
    if (!f || !f.fire) return false;
    const b = policy.blocks[block];
    if (b?.fire === false) return false;
    if (!bare || ownCode) return bare ? f.bare || b?.bare === true : true;
    return b?.bare ?? f.bare;
  };
  const hand = require('./data/rules.json') as { rules: RuleJson[]; sets: Record<string, string[]> };
  const sets = new Map<string, Set<string>>();
  for (const [k, v] of Object.entries(cameo.sets)) sets.set(k, new Set(v));
  for (const [k, v] of Object.entries(hand.sets)) if (Array.isArray(v)) sets.set(k, new Set(v.map(singular)));
  const setList = [...sets.values()];
  if (setList.length > 2 * SET_BITS) throw new Error(`lexicon: more than ${2 * SET_BITS} word sets`);
  const setNumber = new Map(setList.map((x, k) => [x, k]));
  const neededId = new Map<string, number>();
  const idOf = (w: string): number => {
    let id = neededId.get(w);
    if (id === undefined) neededId.set(w, (id = neededId.size));
    return id;
  };
  // "&NAME" refers to a word set (no word a token has could equal the name itself).
  const slot = (s: string): Slot =>
    s.split(' ').map((w) => (w.startsWith('&') ? (sets.has(w.slice(1)) ? -1 - setNumber.get(sets.get(w.slice(1))!)! : NEVER) : idOf(singular(w.toLowerCase()))));
  const words: string[] = [];

  const verbs = new Map<string, Pattern[]>();
  const nouns = new Map<string, Pattern[]>();
  const add = (map: Map<string, Pattern[]>, key: string, p: Pattern) => {
    const list = map.get(key);
    if (list) list.push(p);
    else map.set(key, [p]);
  };
  const known = new Set<string>();
  for (const r of hand.rules) {
    const words = r.trigger.toLowerCase().split(/\s+/);
    const key = r.pos === 'v' ? words[0] : singular(words[0]);
    known.add(words[0]);
    const post = (r.after ?? []).map(slot);
    const pre = (r.before ?? []).map(slot);
    if (r.holds !== undefined && !isHoldsCondition(r.holds)) throw new Error(`lexicon: rule ${r.id}: unknown holds condition "${r.holds}" (known: ${HOLDS_CONDITIONS.join(', ')})`);
    add(r.pos === 'v' ? verbs : nouns, key, {
      id: r.id, derived: r.id.startsWith('cameo:'), pos: r.pos, next: words.slice(1).map(singular), prev: [], post, pre,
      // More slot words is the surer rule: "hand over &OWN &ARMS" (disarming) over "hand over &ARMS",
      // "bid … was backed" over "backed"; a phrasal verb's particle first of all ("backed down and withdrew
      // its plan" is no "back &PROPOSAL"): it names another verb.
      type: r.type, mode: r.mode, roles: r.roles ?? {}, speech: r.speech === true, holds: r.holds ?? null, weight: 1000 + 100 * (words.length - 1) + 10 * [...post, ...pre].reduce((n, x) => n + x.length, 0) + words.length, need: [],
    });
  }
  for (const [word, entries] of Object.entries(cameo.verbs)) {
    known.add(word);
    if (policy.verbs?.[word]?.fire === false) continue;
    for (const [bi, own, before, after] of entries) {
      // Particles before the anchor are matched by number too (packedList).
      for (const w of before) idOf(w);
      const block = cameo.blocks[bi];
      const base = `cameo:${block.name.toLowerCase()}`;
      for (const [pre, post, code] of block.patterns) {
        if (!allowed(block.name, code, false, false)) continue;
        const coded = cameo.codes[code] ?? null;
        add(verbs, word, {
          id: `${base}:${code}`, derived: true, pos: 'v', next: after, prev: before, post: post.map(slot), pre: pre.map(slot),
          type: (coded?.[0] as PloverType) ?? null, mode: coded?.[1] ?? null, roles: {}, speech: false, holds: null,
          weight: 10 * (post.length + pre.length) + 5, need: [],
        });
      }
      const code = own ?? block.code;
      if (code && code !== '---' && !allowed(block.name, code, true, own !== null)) continue;
      const coded = code && code !== '---' ? (cameo.codes[code] ?? null) : null;
      add(verbs, word, {
        id: `${base}:${code ?? '---'}`, derived: true, pos: 'v', next: after, prev: before, post: [], pre: [],
        type: (coded?.[0] as PloverType) ?? null, mode: coded?.[1] ?? null, roles: {}, speech: false, holds: null, weight: after.length + 1, need: [],
      });
    }
  }
  for (const [w, id] of neededId) words[id] = w;
  const needed = new Map<string, number>();
  for (const list of [...verbs.values(), ...nouns.values()]) {
    for (const p of list) {
      const need = new Set<string>(p.next);
      for (const sl of [...p.post, ...p.pre]) for (const e of sl) if (e >= 0) need.add(words[e]);
      for (const w of need) {
        needed.set(w, (needed.get(w) ?? 0) + 1);
        p.need.push(idOf(w));
      }
    }
  }
  for (const list of verbs.values()) list.sort((a, b) => b.weight - a.weight);
  for (const list of nouns.values()) list.sort((a, b) => b.weight - a.weight);
  const lemma = makeLemmatizer((w) => known.has(w), cameo.forms);
  const setsOf = new Map<string, { low: number; high: number }>();
  setList.forEach((set, k) => {
    for (const w of set) {
      let bits = setsOf.get(w);
      if (!bits) setsOf.set(w, (bits = { low: 0, high: 0 }));
      if (k < SET_BITS) bits.low |= 1 << k;
      else bits.high |= 1 << (k - SET_BITS);
    }
  });
  cached = { verbs, nouns, lemma, needed, neededId, sets: setList, setsOf };
  return cached;
}

/** Whether a slot element takes the token: one of its forms is the word, or is in the set. */
function elemMatches(e: number, t: Tok, lex: Lexicon): boolean {
  const w = wordLexicon(t, lex);
  if (e >= 0) return w.needed0 === e || w.needed1 === e || w.needed2 === e;
  if (e === NEVER) return false;
  const set = -1 - e;
  return set < SET_BITS ? (w.setsLow & (1 << set)) !== 0 : (w.setsHigh & (1 << (set - SET_BITS))) !== 0;
}

/**
 * Matches a contiguous slot (code[at] … code[at + length - 1], see NeedIndex) at token k
 * (hyphens skipped); returns the index after it or -1.
 */
function matchSlot(toks: Tok[], k: number, code: Int32Array, at: number, length: number, limit: number, lex: Lexicon): number {
  let j = k;
  for (let x = at; x < at + length; x++) {
    while (j < limit && toks[j].lower === '-') j++;
    if (j >= limit || !elemMatches(code[x], toks[j], lex)) return -1;
    j++;
  }
  return j;
}

export interface PatternMatch {
  pattern: Pattern;
  /** First and last token of the whole match (anchor, particles and slots). */
  from: number;
  to: number;
  /** Token index just after the anchor and its particles. */
  anchorEnd: number;
}

const FIRST_GAP = 7;
const NEXT_GAP = 5;

/**
 * A pattern list's needed words and shapes packed into one typed array (a few cache lines, where
 * the patterns themselves lie all over the heap, and one array: each typed array is a header and
 * a buffer of its own to fetch): a pattern whose words the sentence lacks is passed over without
 * being read. The fields below are offsets into `data`, or counts.
 *
 * Long lists ("set", "fight", "take": hundreds of CAMEO patterns) are also indexed by one needed
 * word per pattern, the one fewest patterns need ("to" and "the" sit in most sentences), so a
 * sentence only tries the patterns whose words it contains.
 *
 * Pattern k's record, from data[data[codeStart + k]]: first the word sets its slots name (two
 * words of bits, as WordLexicon.setsLow / setsHigh: each needs a word of the sentence in it) and
 * the words it needs (Pattern.need: their count, then the words); then its shape, each part a
 * count then its elements: the words right after the anchor, the particles right before it, the
 * slots after it, the slots before it (last first); a slot is its length, then its elements
 * (Slot). Words are Lexicon.neededId numbers.
 */
export interface NeedIndex {
  /** The list indexed: pattern k is patterns[k]. */
  patterns: Pattern[];
  data: Int32Array;
  /** How many patterns; where their records' offsets start. */
  count: number;
  codeStart: number;
  /** Patterns needing no word (long lists only): data[free, free + freeCount). */
  free: number;
  freeCount: number;
  /**
   * The index words (long lists only), ascending: data[words, words + wordCount); word number w
   * files the patterns data[data[filedStart + w]] … data[data[filedStart + w + 1] - 1].
   */
  words: number;
  wordCount: number;
  filedStart: number;
  /** The index words as a bit set (bit w % 32 of data[wordBits + (w >> 5)]): most of a sentence's needed words index nothing, and are passed over without a search. */
  wordBits: number;
  /** Some pattern is a speech act (codes inside a frame's own words). */
  hasSpeech: boolean;
}
/** Lists this long are tried through their index (matchAt): shorter ones pattern by pattern. */
const INDEXED = 16;
const needIndexes = new WeakMap<Pattern[], NeedIndex>();
function needIndex(patterns: Pattern[]): NeedIndex {
  let ix = needIndexes.get(patterns);
  if (!ix) {
    const { needed, neededId } = getLexicon();
    const names: string[] = [];
    for (const [w, id] of neededId) names[id] = w;
    const uses = (id: number) => needed.get(names[id]) ?? 0;
    const free: number[] = [];
    const byWord = new Map<number, number[]>();
    if (patterns.length > INDEXED) {
      patterns.forEach((p, k) => {
        const w = p.need.reduce<number | undefined>((best, x) => (best === undefined || uses(x) < uses(best) ? x : best), undefined);
        if (w === undefined) free.push(k);
        else { const l = byWord.get(w); if (l) l.push(k); else byWord.set(w, [k]); }
      });
    }
    const words = [...byWord.keys()].sort((x, y) => x - y);
    // What candidates reads first, together; then the records' offsets, then the records.
    const data: number[] = [];
    const freeAt = data.length;
    data.push(...free);
    const wordsAt = data.length;
    data.push(...words);
    const wordBits = data.length;
    if (words.length) {
      const bits = new Array<number>((neededId.size + 31) >> 5).fill(0);
      for (const w of words) bits[w >> 5] |= 1 << (w & 31);
      data.push(...bits);
    }
    const filedStart = data.length;
    data.length += words.length + 1;
    data[filedStart] = data.length;
    words.forEach((w, x) => { data.push(...byWord.get(w)!); data[filedStart + x + 1] = data.length; });
    const codeStart = data.length;
    data.length += patterns.length;
    const slots = (list: Slot[]) => { data.push(list.length); for (const sl of list) data.push(sl.length, ...sl); };
    patterns.forEach((p, k) => {
      data[codeStart + k] = data.length;
      let setsLow = 0, setsHigh = 0;
      for (const sl of [...p.post, ...p.pre]) {
        for (const e of sl) {
          if (e >= 0 || e === NEVER) continue;
          const set = -1 - e;
          if (set < SET_BITS) setsLow |= 1 << set;
          else setsHigh |= 1 << (set - SET_BITS);
        }
      }
      data.push(setsLow, setsHigh, p.need.length, ...p.need);
      data.push(p.next.length, ...p.next.map((w) => neededId.get(w)!));
      data.push(p.prev.length, ...p.prev.map((w) => neededId.get(w)!));
      slots(p.post);
      slots([...p.pre].reverse());
    });
    ix = {
      patterns, data: Int32Array.from(data), count: patterns.length, codeStart,
      free: freeAt, freeCount: free.length, words: wordsAt, wordCount: words.length, filedStart, wordBits,
      hasSpeech: patterns.some((p) => p.speech),
    };
    needIndexes.set(patterns, ix);
  }
  return ix;
}

/** A lexicon's facts about one word form, cached on the token's WordInfo (looked up once per word). */
export interface WordLexicon {
  of: Lexicon;
  /**
   * The patterns the word anchors as a noun (by its noun form) and as a verb (by its lemma), with
   * their index; null where none. Kept here, read with the word's other facts, rather than looked
   * up by list (a lookup per candidate trigger).
   */
  nounIndex: NeedIndex | null;
  verbIndex: NeedIndex | null;
  /**
   * Its forms (lowercase, noun, lemma) that some pattern needs, by Lexicon.neededId, in that
   * order; -1 past the last. Fields, not an array: asked of every token, they come with the
   * object's other facts instead of from one more object.
   */
  needed0: number;
  needed1: number;
  needed2: number;
  /** Its lowercase and noun forms' Lexicon.neededId, -1 where none. */
  lowerId: number;
  nounId: number;
  /** The word sets (Lexicon.sets) one of its forms is in: bit k of setsLow for set k, of setsHigh for set SET_BITS + k. */
  setsLow: number;
  setsHigh: number;
}

export function wordLexicon(t: Tok, lex: Lexicon): WordLexicon {
  const w = t.word.lex;
  return w !== null && w.of === lex ? w : lookUpWord(t, lex);
}

/** wordLexicon's first lookup for a word form (apart: its closure would cost every call a context). */
function lookUpWord(t: Tok, lex: Lexicon): WordLexicon {
  const w = t.word;
  const needed: number[] = [];
  const add = (form: string) => { const id = lex.neededId.get(form); if (id !== undefined) needed.push(id); };
  add(t.lower);
  if (t.noun !== t.lower) add(t.noun);
  if (t.lemma !== t.lower && t.lemma !== t.noun) add(t.lemma);
  let setsLow = 0, setsHigh = 0;
  for (const form of [t.lower, t.noun, t.lemma]) {
    const bits = lex.setsOf.get(form);
    if (bits) { setsLow |= bits.low; setsHigh |= bits.high; }
  }
  const nouns = lex.nouns.get(t.noun);
  const verbs = lex.verbs.get(t.lemma);
  w.lex = {
    of: lex, nounIndex: nouns ? needIndex(nouns) : null, verbIndex: verbs ? needIndex(verbs) : null,
    needed0: needed[0] ?? -1, needed1: needed[1] ?? -1, needed2: needed[2] ?? -1,
    lowerId: lex.neededId.get(t.lower) ?? -1, nounId: lex.neededId.get(t.noun) ?? -1, setsLow, setsHigh,
  };
  return w.lex;
}

/**
 * The needed words (Lexicon.neededId) of one sentence: `ids[0, count)` lists them (the array is
 * kept, not emptied, between sentences: emptying it gives its storage away), and a word is present
 * when its `stamp` entry equals `sentence`; `setsLow` / `setsHigh`: the word sets some word of it
 * is in (WordLexicon bits). One instance, reused: no set is built per sentence.
 */
export interface PresentWords { stamp: Int32Array; sentence: number; ids: number[]; count: number; setsLow: number; setsHigh: number }
const present: PresentWords = { stamp: new Int32Array(0), sentence: 0, ids: [], count: 0, setsLow: 0, setsHigh: 0 };

/**
 * The word forms (lowercase, noun, lemma) of a sentence's tokens that some pattern needs: what
 * matchAt's `present` holds (a pattern is tried only when its needed words are all there).
 * Valid until the next call.
 */
export function neededForms(toks: Tok[], lex: Lexicon): PresentWords {
  if (present.stamp.length !== lex.neededId.size) { present.stamp = new Int32Array(lex.neededId.size); present.sentence = 0; }
  const sentence = ++present.sentence;
  const { stamp, ids } = present;
  let count = 0;
  let setsLow = 0, setsHigh = 0;
  for (let k = 0; k < toks.length; k++) {
    const w = wordLexicon(toks[k], lex);
    setsLow |= w.setsLow;
    setsHigh |= w.setsHigh;
    for (let x = 0; x < 3; x++) {
      const id = x === 0 ? w.needed0 : x === 1 ? w.needed1 : w.needed2;
      if (id < 0) break;
      if (stamp[id] !== sentence) { stamp[id] = sentence; ids[count++] = id; }
    }
  }
  present.count = count;
  present.setsLow = setsLow;
  present.setsHigh = setsHigh;
  return present;
}

/** The candidates' positions (matchAt is not re-entered while it uses them). */
let candidateOrder = new Int32Array(256);
let candidateCount = 0;

function addCandidate(k: number): void {
  if (candidateCount === candidateOrder.length) {
    const grown = new Int32Array(2 * candidateOrder.length);
    grown.set(candidateOrder);
    candidateOrder = grown;
  }
  candidateOrder[candidateCount++] = k;
}

/** Adds the patterns the index files under its word number w. */
function addFiled(ix: NeedIndex, w: number): void {
  const { data } = ix;
  const end = data[ix.filedStart + w + 1];
  for (let k = data[ix.filedStart + w]; k < end; k++) addCandidate(data[k]);
}

/**
 * Fills candidateOrder with the positions, ascending, of the patterns of a long list worth trying
 * on a sentence whose needed words are `present` (each pattern is filed under one word, so none
 * comes twice); returns how many.
 */
function candidates(ix: NeedIndex, present: PresentWords): number {
  const { data, free, freeCount, words, wordCount, wordBits } = ix;
  candidateCount = 0;
  for (let k = free; k < free + freeCount; k++) addCandidate(data[k]);
  const { stamp, sentence, ids, count } = present;
  if (wordCount <= count) {
    for (let w = 0; w < wordCount; w++) if (stamp[data[words + w]] === sentence) addFiled(ix, w);
  } else {
    for (let x = 0; x < count; x++) {
      const id = ids[x];
      if ((data[wordBits + (id >> 5)] & (1 << (id & 31))) === 0) continue;
      addFiled(ix, binarySearch(data, words, wordCount, id));
    }
  }
  sortAscending(candidateOrder, candidateCount);
  return candidateCount;
}

/** Where v lies in the ascending a[from, from + n), counted from `from`; -1 if nowhere. */
function binarySearch(a: Int32Array, from: number, n: number, v: number): number {
  let lo = 0, hi = n - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (a[from + mid] < v) lo = mid + 1;
    else if (a[from + mid] > v) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** Insertion sort of a[0, n): the candidates are a few short ascending runs, where it beats a general sort's setup. */
function sortAscending(a: Int32Array, n: number): void {
  for (let k = 1; k < n; k++) {
    const v = a[k];
    let j = k - 1;
    while (j >= 0 && a[j] > v) { a[j + 1] = a[j]; j--; }
    a[j + 1] = v;
  }
}

/** Tries the patterns of one anchor token; the first (highest weight) that fits wins. */
export function matchAt(toks: Tok[], i: number, ix: NeedIndex, clauseEnd: number, present?: PresentWords): PatternMatch | null {
  const lex = getLexicon();
  const { data: code, codeStart } = ix;
  const ordered = present !== undefined && ix.count > INDEXED;
  const count = ordered ? candidates(ix, present) : ix.count;
  const n = toks.length;
  outer: for (let c = 0; c < count; c++) {
    const k = ordered ? candidateOrder[c] : c;
    let at = code[codeStart + k];
    if (present) {
      // Every slot element must take a word: the sentence needs the pattern's words, and words in its sets.
      if ((code[at] & ~present.setsLow) !== 0 || (code[at + 1] & ~present.setsHigh) !== 0) continue;
      const needEnd = at + 3 + code[at + 2];
      for (let x = at + 3; x < needEnd; x++) if (present.stamp[code[x]] !== present.sentence) continue outer;
    }
    at += 3 + code[at + 2];
    // Words right after the anchor (hyphens skipped), by lowercase or noun form.
    let j = i + 1;
    const nextCount = code[at++];
    for (let x = 0; x < nextCount; x++) {
      const w = code[at++];
      while (j < n && toks[j].lower === '-') j++;
      if (j >= n) continue outer;
      const t = wordLexicon(toks[j], lex);
      if (t.nounId !== w && t.lowerId !== w) continue outer;
      j++;
    }
    // Particles right before it, by lowercase form.
    const prevCount = code[at++];
    for (let b = 0; b < prevCount; b++) {
      const k = i - prevCount + b;
      if (k < 0 || wordLexicon(toks[k], lex).lowerId !== code[at + b]) continue outer;
    }
    at += prevCount;
    const anchorEnd = j;
    let to = j - 1;
    let from = i - prevCount;
    let pos = j;
    const postCount = code[at++];
    for (let s = 0; s < postCount; s++) {
      const length = code[at++];
      const gap = s === 0 ? FIRST_GAP : NEXT_GAP;
      let found = -1;
      // The gap counts words: a hyphen the tokenizer split off ("F-16", "air-defence") is none.
      for (let q = pos, words = 0; q < clauseEnd && words <= gap; q++) {
        const e = matchSlot(toks, q, code, at, length, clauseEnd, lex);
        if (e >= 0) { found = e; break; }
        if (toks[q].lower !== '-') words++;
      }
      if (found < 0) continue outer;
      pos = found;
      to = found - 1;
      at += length;
    }
    let back = from;
    const preCount = code[at++];
    for (let s = 0; s < preCount; s++) {
      const length = code[at++];
      let found = -1;
      for (let q = back - 1; q >= Math.max(0, back - 4); q--) {
        if (matchSlot(toks, q, code, at, length, back, lex) >= 0) { found = q; break; }
      }
      if (found < 0) continue outer;
      back = found;
      from = found;
      at += length;
    }
    return { pattern: ix.patterns[k], from, to, anchorEnd };
  }
  return null;
}
