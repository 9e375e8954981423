// Word tokens for the coder: words (hyphenated words split at the hyphen), numbers, dotted
// abbreviations ("U.S."), possessive "'s" and single punctuation marks, with offsets into the
// document. Each token carries its lowercase form, a noun form (singular) and a verb lemma.
import type { WordLexicon } from './lexicon.ts';

export interface Tok {
  /** Position within the sentence's token list. */
  i: number;
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Singular noun form ("sanctions" → "sanction"). */
  noun: string;
  /** Verb lemma ("sent" → "send", "imposed" → "impose"), from the lexicon's known lemmas. */
  lemma: string;
  /** Starts with an uppercase letter (or is an acronym). */
  cap: boolean;
  punct: boolean;
  /** The word lists its forms are on (wordFlag bits; the same as word.flags). */
  flags: number;
  /** What every token of this surface form shares (lexicon facts cached there). */
  word: WordInfo;
}

const TOKEN_RE = /(?:\p{L}\.){2,}|\p{N}+(?:[.,:/]\p{N}+)*(?:\p{L}+)?|[\p{L}\p{M}]+(?:['’](?!s\b)[\p{L}\p{M}]+)*|['’]s\b|\S/gu;

const IRREGULAR: Record<string, string> = {
  was: 'be', were: 'be', is: 'be', are: 'be', been: 'be', being: 'be', am: 'be',
  has: 'have', had: 'have', having: 'have', did: 'do', does: 'do', done: 'do',
  went: 'go', gone: 'go', said: 'say', says: 'say', made: 'make', took: 'take', taken: 'take',
  gave: 'give', given: 'give', met: 'meet', sent: 'send', held: 'hold', told: 'tell', began: 'begin',
  begun: 'begin', brought: 'bring', fought: 'fight', left: 'leave', led: 'lead', sought: 'seek',
  struck: 'strike', shot: 'shoot', stole: 'steal', stolen: 'steal', threw: 'throw', thrown: 'throw',
  withdrew: 'withdraw', withdrawn: 'withdraw', overthrew: 'overthrow', overthrown: 'overthrow',
  beat: 'beat', beaten: 'beat', broke: 'break', broken: 'break', came: 'come', knew: 'know', known: 'know',
  swore: 'swear', sworn: 'swear', forbade: 'forbid', forbidden: 'forbid', spoke: 'speak', spoken: 'speak',
  wrote: 'write', written: 'write', rode: 'ride', drove: 'drive', driven: 'drive', froze: 'freeze',
  frozen: 'freeze', hid: 'hide', hidden: 'hide', kept: 'keep', lost: 'lose', paid: 'pay', sold: 'sell',
  bought: 'buy', built: 'build', caught: 'catch', fled: 'flee', felt: 'feel', found: 'find', heard: 'hear',
  laid: 'lay', lent: 'lend', meant: 'mean', rose: 'rise', risen: 'rise', saw: 'see', seen: 'see',
  set: 'set', shut: 'shut', spent: 'spend', stood: 'stand', taught: 'teach', thought: 'think',
  understood: 'understand', upheld: 'uphold', won: 'win', wounded: 'wound', bore: 'bear', borne: 'bear',
  blew: 'blow', blown: 'blow', chose: 'choose', chosen: 'choose', drew: 'draw', drawn: 'draw',
  fell: 'fall', fallen: 'fall', flew: 'fly', flown: 'fly', forgave: 'forgive', forgiven: 'forgive',
  got: 'get', gotten: 'get', grew: 'grow', grown: 'grow', hung: 'hang', overran: 'overrun', ran: 'run',
  slew: 'slay', slain: 'slay', spread: 'spread', stuck: 'stick', swept: 'sweep', undertook: 'undertake',
  undertaken: 'undertake', woke: 'wake', dealt: 'deal', sped: 'speed', fed: 'feed', bid: 'bid',
  retook: 'retake', retaken: 'retake', overtook: 'overtake', mistook: 'mistake', cast: 'cast', put: 'put',
  hit: 'hit', cut: 'cut', let: 'let', quit: 'quit', hurt: 'hurt', bled: 'bleed', dug: 'dig',
  arisen: 'arise', arose: 'arise', withheld: 'withhold', upset: 'upset', sank: 'sink', sunk: 'sink',
};

/**
 * The token before position i; undefined at the start. (toks[-1] is no out-of-bounds read but a
 * lookup of the property "-1", tens of times slower, and position 0 is common.)
 */
export function tokBefore(toks: readonly Tok[], i: number): Tok | undefined {
  return i > 0 ? toks[i - 1] : undefined;
}

/** Token k is a hyphen written flush against the words on both sides ("F-16", "close-range"), which the tokenizer split apart. */
export function isJoiningHyphen(toks: readonly Tok[], k: number): boolean {
  if (k <= 0 || k >= toks.length) return false;
  const t = toks[k];
  return t.lower === '-' && toks[k - 1].end === t.start && toks[k + 1]?.start === t.end;
}

const SPACE = /\s/;
/** The character at k is white space (what \s matches), read by hand for ASCII. */
export function isSpaceAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(text[k]);
}

const NUMBER_START = /^\p{N}/u;
/** Starts with a number character ("3", "1990s", "½"): ASCII answered without the regex. */
export function startsWithNumber(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 48 && c <= 57;
  return NUMBER_START.test(text);
}

/**
 * A per-sentence array of small numbers, cleared and handed out again at each call (allocating a
 * typed array costs more than clearing one): valid until the next call.
 */
export function scratchBytes(): (n: number) => Int8Array {
  let buf = new Int8Array(64);
  return (n) => {
    if (buf.length < n) buf = new Int8Array(2 * n);
    buf.fill(0, 0, n);
    return buf;
  };
}

export function singular(w: string): string {
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (/(ss|us|is)$/.test(w)) return w;
  if (/(sses|xes|ches|shes)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s')) return w.slice(0, -1);
  return w;
}

/** Makes a lemmatizer that prefers candidates the lexicon knows; memoised per word. */
export function makeLemmatizer(known: (w: string) => boolean, forms: Record<string, string>): (w: string) => string {
  const cache = new Map<string, string>();
  return (w: string): string => {
    const hit = cache.get(w);
    if (hit !== undefined) return hit;
    let out = forms[w] ?? IRREGULAR[w];
    if (out === undefined) {
      const cands: string[] = [];
      if (w.endsWith('ies')) cands.push(w.slice(0, -3) + 'y');
      if (w.endsWith('ied')) cands.push(w.slice(0, -3) + 'y');
      if (w.endsWith('es')) cands.push(w.slice(0, -2));
      if (w.endsWith('s')) cands.push(w.slice(0, -1));
      if (w.endsWith('ed')) {
        cands.push(w.slice(0, -2), w.slice(0, -1));
        if (/([bdfgklmnprstz])\1ed$/.test(w)) cands.push(w.slice(0, -3));
      }
      if (w.endsWith('ing')) {
        cands.push(w.slice(0, -3), w.slice(0, -3) + 'e');
        if (/([bdfgklmnprstz])\1ing$/.test(w)) cands.push(w.slice(0, -4));
      }
      cands.push(w);
      out = cands.find(known) ?? w;
    }
    cache.set(w, out);
    return out;
  };
}

export interface WordInfo {
  /** The surface form, and its hash in the word table. */
  text: string;
  hash: number;
  isWord: boolean;
  lower: string;
  noun: string;
  cap: boolean;
  punct: boolean;
  /** The verb lemma, and the lemmatizer that gave it (recomputed if another one asks). */
  lemma: string;
  lemmaBy: ((w: string) => string) | null;
  /** The lexicon's facts about the word's forms (lexicon.ts wordLexicon), filled on first use. */
  lex: WordLexicon | null;
  /** The word lists its forms are on: one bit per list (wordFlag). */
  flags: number;
  /** What time.ts's rules look for in the word (its wordCues bits), -1 until first asked. */
  timeCues: number;
}

/**
 * Every surface form seen, by hash (open addressing, linear probing): a token's word is found from
 * its characters in the sentence, so no string is cut out of the sentence for a word seen before.
 */
let table: (WordInfo | undefined)[] = new Array(1 << 12);
/** Each slot's word's hash with its low bit set, 0 for an empty slot: a probe reads no word whose hash differs. */
let hashes = new Int32Array(1 << 12);
let tableSize = 0;
/** Past this many forms the table starts afresh (a long-running process sees unbounded vocabulary). */
const MAX_WORDS = 200_000;

function clearWords(): void {
  table = new Array(1 << 12);
  hashes = new Int32Array(1 << 12);
  tableSize = 0;
}

function insertWord(w: WordInfo): void {
  if (tableSize >= MAX_WORDS) clearWords();
  if (++tableSize * 2 > table.length) {
    const old = table;
    table = new Array(old.length * 2);
    hashes = new Int32Array(old.length * 2);
    for (const x of old) if (x) place(x);
  }
  place(w);
}

function place(w: WordInfo): void {
  const mask = table.length - 1;
  let slot = w.hash & mask;
  while (hashes[slot] !== 0) slot = (slot + 1) & mask;
  table[slot] = w;
  hashes[slot] = w.hash | 1;
}

/** FNV-1a over text[start, end). */
function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h;
}

/**
 * Word lists as bits: a module registers each list it asks about token by token (a test on the
 * word's lowercase form, lemma and noun form) and tests `t.flags & BIT` instead of looking the
 * word up in a Set. A word's bits are worked out once, with its lemma. Register at module load,
 * before any sentence is tokenized (words seen before a list was registered lack its bit).
 */
type FlagTest = (lower: string, lemma: string, noun: string) => boolean;
const FLAG_TESTS: FlagTest[] = [];
/** Bits a small integer holds (V8 keeps 31-bit signed values unboxed). */
const MAX_FLAGS = 30;

export function wordFlag(test: FlagTest): number {
  if (FLAG_TESTS.length === MAX_FLAGS) throw new Error(`wordFlag: more than ${MAX_FLAGS} word lists`);
  FLAG_TESTS.push(test);
  clearWords();
  return 1 << (FLAG_TESTS.length - 1);
}

/** A list of lowercase words as a flag. */
export const lowerFlag = (words: ReadonlySet<string>): number => wordFlag((lower) => words.has(lower));

function flagsOf(lower: string, lemma: string, noun: string): number {
  let flags = 0;
  for (let k = 0; k < FLAG_TESTS.length; k++) if (FLAG_TESTS[k](lower, lemma, noun)) flags |= 1 << k;
  return flags;
}
const WORD_START = /[\p{L}\p{N}]/u;

/** Per-surface facts, computed once per distinct word (news vocabulary repeats heavily): the word text[start, end). */
function wordInfo(text: string, start: number, end: number, lemmatize: (w: string) => string): WordInfo {
  const hash = hashOf(text, start, end);
  const mask = table.length - 1;
  const key = hash | 1;
  let w: WordInfo | undefined;
  for (let slot = hash & mask, h = hashes[slot]; h !== 0; slot = (slot + 1) & mask, h = hashes[slot]) {
    if (h === key && sameText(table[slot]!.text, text, start, end)) { w = table[slot]; break; }
  }
  if (w === undefined) {
    const word = text.slice(start, end);
    const isWord = WORD_START.test(word[0]);
    const lower = word.toLowerCase().replace(/’/g, "'");
    w = {
      text: word, hash, isWord, lower, noun: isWord ? singular(lower) : lower, cap: isWord && word[0] !== word[0].toLowerCase(),
      punct: !isWord && lower !== "'s", lemma: lower, lemmaBy: null, lex: null, flags: 0, timeCues: -1,
    };
    insertWord(w);
  }
  if (w.lemmaBy !== lemmatize) {
    // Words opening with a letter (not a digit) have a verb lemma.
    w.lemma = w.isWord && w.text.charCodeAt(0) > 64 ? lemmatize(w.lower) : w.lower;
    w.lemmaBy = lemmatize;
    w.lex = null;
    w.flags = flagsOf(w.lower, w.lemma, w.noun);
  }
  return w;
}

function sameText(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isAsciiDigit = (c: number) => c >= 48 && c <= 57;
/** The character code at k, a space past the end. */
const codeAt = (text: string, k: number) => (k < text.length ? text.charCodeAt(k) : 32);
/** Not ASCII: whether it is a letter, digit, mark or space is the regex's to say. */
const OTHER = -1;

/**
 * The end of the token TOKEN_RE matches at `p` (a non-space ASCII character), read by hand for
 * ASCII text; OTHER where a character beyond ASCII decides it (the regex reads those).
 */
function asciiTokenEnd(text: string, p: number): number {
  const c = text.charCodeAt(p);
  if (isAsciiLetter(c)) {
    // (?:\p{L}\.){2,}: "U.S.", "a.m."
    let q = p;
    while (isAsciiLetter(codeAt(text, q)) && codeAt(text, q + 1) === 46) q += 2;
    // A letter beyond ASCII may add a pair.
    if (q > p && codeAt(text, q) >= 128) return OTHER;
    if (q - p >= 4) return q;
    // [\p{L}\p{M}]+(?:['’](?!s\b)[\p{L}\p{M}]+)*: "Russia's" is "Russia" and a possessive "'s".
    q = p;
    for (;;) {
      while (isAsciiLetter(codeAt(text, q))) q++;
      const d = codeAt(text, q);
      if (d >= 128) return OTHER;
      if (d !== 39) return q;
      const e = codeAt(text, q + 1);
      if (e >= 128) return OTHER;
      if (!isAsciiLetter(e)) return q;
      if (e === 115) {
        const f = codeAt(text, q + 2);
        if (!(isAsciiLetter(f) || isAsciiDigit(f) || f === 95)) return q;
      }
      q++;
    }
  }
  if (isAsciiDigit(c)) {
    // \p{N}+(?:[.,:/]\p{N}+)*(?:\p{L}+)?
    let q = p;
    for (;;) {
      while (isAsciiDigit(codeAt(text, q))) q++;
      const d = codeAt(text, q);
      if (d >= 128) return OTHER;
      if (d !== 46 && d !== 44 && d !== 58 && d !== 47) break;
      const e = codeAt(text, q + 1);
      if (e >= 128) return OTHER;
      if (!isAsciiDigit(e)) break;
      q++;
    }
    while (isAsciiLetter(codeAt(text, q))) q++;
    return codeAt(text, q) >= 128 ? OTHER : q;
  }
  // ['’]s\b, else the one character.
  if (c === 39 && codeAt(text, p + 1) === 115) {
    const e = codeAt(text, p + 2);
    return isAsciiLetter(e) || isAsciiDigit(e) || e === 95 ? p + 1 : p + 2;
  }
  return p + 1;
}

/**
 * The token read as the English word `english` (gloss.ts): its offsets, text and capital kept, every
 * other fact that word's own (lemma, noun form, word-list bits, lexicon cache).
 */
export function tokenAs(t: Tok, english: string, lemmatize: (w: string) => string, i: number, cap = t.cap): Tok {
  const w = wordInfo(english, 0, english.length, lemmatize);
  return { i, start: t.start, end: t.end, text: t.text, lower: w.lower, noun: w.noun, lemma: w.lemma, cap, punct: w.punct, flags: w.flags, word: w };
}

export function tokenizeSentence(text: string, offset: number, lemmatize: (w: string) => string): Tok[] {
  const toks: Tok[] = [];
  const n = text.length;
  let p = 0;
  while (p < n) {
    const c = text.charCodeAt(p);
    if (c === 32 || (c >= 9 && c <= 13)) { p++; continue; }
    let start = p;
    let end = c < 128 ? asciiTokenEnd(text, p) : OTHER;
    if (end === OTHER) {
      TOKEN_RE.lastIndex = p;
      const m = TOKEN_RE.exec(text);
      if (m === null) break;
      start = m.index;
      end = start + m[0].length;
    }
    const w = wordInfo(text, start, end, lemmatize);
    toks.push({ i: toks.length, start: offset + start, end: offset + end, text: w.text, lower: w.lower, noun: w.noun, lemma: w.lemma, cap: w.cap, punct: w.punct, flags: w.flags, word: w });
    p = end;
  }
  return toks;
}
