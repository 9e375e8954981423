// Matching person titles ("Admiral", "interim president", "Lt. Gen.") at a token position.
import { TITLE_SEQUENCES, CAPITALISED_ONLY_TITLES, type TitleEntry } from '../lexicon/titles.ts';
import { tokenize } from '../tokens.ts';
import { WordShapes } from '../word-shapes.ts';

// Tokenized as written in news, capitalised: in "lt. gen." the tokenizer keeps the stop before a
// lower-case word ("lt."), in "Lt. Gen. Budanov" it does not ("Lt", ".").
const SEQUENCES = TITLE_SEQUENCES.map(({ entry }) => ({
  entry,
  words: tokenize(entry.words.replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase())).map((t) => t.text.toLowerCase()),
})).sort((a, b) => b.words.length - a.words.length);

// The sequences by their first word, each list in SEQUENCES order (longest first), so a lookup
// tries only the titles that can start at this word.
const BY_FIRST = new Map<string, typeof SEQUENCES>();
for (const s of SEQUENCES) {
  const list = BY_FIRST.get(s.words[0]);
  if (list) list.push(s);
  else BY_FIRST.set(s.words[0], [s]);
}

// Most tokens are ruled out by the shape of the title's first word, without a string lookup.
const FIRST_WORD_SHAPES = new WordShapes(SEQUENCES.map((s) => s.words[0]));

// (Lower-cased directly: only words shaped like a title get this far, and a cache of every
// word's lower case, in a large Map, costs more than the lower-casing.)
const lower = (w: string) => w.toLowerCase();

/** The title starting at words[i] and its length in tokens, or null. */
export function matchTitle(words: string[], i: number): { length: number; entry: TitleEntry } | null {
  if (i >= words.length) return null;
  const word = words[i];
  if (!FIRST_WORD_SHAPES.mayContain(word)) return null;
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
