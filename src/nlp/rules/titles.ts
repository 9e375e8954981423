// Matching person titles ("Admiral", "interim president", "Lt. Gen.") at a token position.
import { TITLE_SEQUENCES, CAPITALISED_ONLY_TITLES, type TitleEntry } from '../lexicon/titles.ts';
import { tokenize } from '../tokens.ts';
import { memoByText } from '../memo.ts';

const SEQUENCES = TITLE_SEQUENCES.map(({ entry }) => ({
  entry,
  words: tokenize(entry.words).map((t) => t.text.toLowerCase()),
})).sort((a, b) => b.words.length - a.words.length);

// The sequences by their first word, each list in SEQUENCES order (longest first), so a lookup
// tries only the titles that can start at this word.
const BY_FIRST = new Map<string, typeof SEQUENCES>();
for (const s of SEQUENCES) {
  const list = BY_FIRST.get(s.words[0]);
  if (list) list.push(s);
  else BY_FIRST.set(s.words[0], [s]);
}

// First and last characters (lower case) and length of each title's first word, in a table that
// stays in the CPU caches: most tokens are ruled out without a string lookup. By first character
// and length, a bit per last character (modulo 32). (Every title word is ASCII, and a word
// lower-cases to ASCII only if it has as many characters.)
const asciiLower = (c: number) => (c >= 0x41 && c <= 0x5a ? c + 0x20 : c);
const shapeRow = (first: number, length: number) => first * 64 + Math.min(length, 63);
const FIRST_WORD_SHAPES = new Uint32Array(128 * 64);
for (const { words: [w] } of SEQUENCES) FIRST_WORD_SHAPES[shapeRow(w.charCodeAt(0), w.length)] |= 1 << (w.charCodeAt(w.length - 1) & 31);

// Lower-cased token texts: the same few thousand words recur in every sentence.
const lower = memoByText((w) => w.toLowerCase());

/** The title starting at words[i] and its length in tokens, or null. */
export function matchTitle(words: string[], i: number): { length: number; entry: TitleEntry } | null {
  if (i >= words.length) return null;
  // ASCII first and last characters lower-case on their own: no title has this shape, no lookup needed.
  const word = words[i];
  const first = word.charCodeAt(0);
  const last = word.charCodeAt(word.length - 1);
  if (first < 0x80 && last < 0x80 && !((FIRST_WORD_SHAPES[shapeRow(asciiLower(first), word.length)] >>> (asciiLower(last) & 31)) & 1)) return null;
  const candidates = BY_FIRST.get(lower(word));
  if (candidates === undefined) return null;
  for (const { entry, words: seq } of candidates) {
    if (i + seq.length > words.length) continue;
    let ok = true;
    for (let k = 1; k < seq.length && ok; k++) ok = lower(words[i + k]) === seq[k];
    if (!ok) continue;
    if (CAPITALISED_ONLY_TITLES.has(entry.id) && !/^\p{Lu}/u.test(words[i])) continue;
    // "Mr" also matches "Mr." when the tokenizer kept the dot.
    return { length: seq.length, entry };
  }
  return null;
}
