// Matching person titles ("Admiral", "interim president", "Lt. Gen.") at a token position.
import { TITLE_SEQUENCES, CAPITALISED_ONLY_TITLES, type TitleEntry } from '../lexicon/titles.ts';
import { tokenize } from '../tokens.ts';

const SEQUENCES = TITLE_SEQUENCES.map(({ entry }) => ({
  entry,
  words: tokenize(entry.words).map((t) => t.text.toLowerCase()),
})).sort((a, b) => b.words.length - a.words.length);

/** The title starting at words[i] and its length in tokens, or null. */
export function matchTitle(words: string[], i: number): { length: number; entry: TitleEntry } | null {
  for (const { entry, words: seq } of SEQUENCES) {
    if (i + seq.length > words.length) continue;
    let ok = true;
    for (let k = 0; k < seq.length && ok; k++) ok = words[i + k].toLowerCase() === seq[k];
    if (!ok) continue;
    if (CAPITALISED_ONLY_TITLES.has(entry.id) && !/^\p{Lu}/u.test(words[i])) continue;
    // "Mr" also matches "Mr." when the tokenizer kept the dot.
    return { length: seq.length, entry };
  }
  return null;
}
