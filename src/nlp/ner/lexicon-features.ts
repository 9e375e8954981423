// Word lists the tagger sees as features: places and nationalities from the gazetteer,
// person titles and organisation head words from the rule lexicons. All matched in lower case.
import { allPlaceNames } from '../gazetteer/places.ts';
import { PERSON_TITLES } from '../lexicon/titles.ts';
import { NAME_CUES } from '../lexicon/name-cues.ts';
import { hashString } from './hash.ts';
import { SpanBits, spanHash } from './span-bits.ts';

// Gazetteer classes as small integers (feature values).
const CLASS_OF_RULE: Record<string, number> = {
  'gazetteer:country': 1, 'gazetteer:country-alias': 1, 'gazetteer:demonym': 2, 'gazetteer:group': 2,
  'gazetteer:capital': 3, 'gazetteer:city': 3, 'gazetteer:us-state': 3, 'gazetteer:region': 4, 'gazetteer:metonym': 5,
};

/** Lower-cased place names → class (the first one given to the name). */
const PLACE_SEQUENCES = new Map<string, number>();
/** First word of a multi-word name → the most words such a name has. */
const LONGEST_FROM = new Map<string, number>();
/** Which spans of two or more words may be or begin a listed name. */
const SPANS = new SpanBits();
for (const [key, hit] of allPlaceNames()) {
  const cls = CLASS_OF_RULE[hit.rule] ?? 6;
  const lower = key.toLowerCase();
  if (!PLACE_SEQUENCES.has(lower)) PLACE_SEQUENCES.set(lower, cls);
  const parts = lower.split(' ');
  if (parts.length > 1) LONGEST_FROM.set(parts[0], Math.max(LONGEST_FROM.get(parts[0]) ?? 1, parts.length));
  SPANS.add(lower);
}

/** What the place list says of one lower-case word alone: what placeClasses looks up per token. */
export interface PlaceWordFacts {
  /** The most words a listed name starting with this word has (1 when none is longer). */
  placeLongest: number;
  /** Its class as a one-word name, 0 when it is none. */
  placeSingle: number;
}

export function placeWordFacts(lower: string): PlaceWordFacts {
  return { placeLongest: LONGEST_FROM.get(lower) ?? 1, placeSingle: PLACE_SEQUENCES.get(lower) ?? 0 };
}

/**
 * Per token of one sentence, lowerWords[from .. to) (lower-case words), the gazetteer class of the
 * longest place name covering it, times 2, plus 1 when the token continues the name (0 when
 * none): written into out at the token's index, where out must hold zeros. `facts`, when given,
 * holds placeWordFacts of each word at its index (a caller that caches them per form).
 */
export function placeClasses(lowerWords: string[], out: Int32Array = new Int32Array(lowerWords.length), from = 0, to = lowerWords.length, facts?: PlaceWordFacts[]): Int32Array {
  for (let i = from; i < to; ) {
    let matched = 0;
    const word = facts ? facts[i] : placeWordFacts(lowerWords[i]);
    // The longest listed name from here: extended word by word while some name goes on.
    const most = Math.min(word.placeLongest, to - i);
    let cls = word.placeSingle;
    let n = cls ? 1 : 0;
    let key = lowerWords[i];
    let hash = most >= 2 ? spanHash(key) : 0;
    for (let k = 2; k <= most; k++) {
      hash = SPANS.extend(hash, lowerWords[i + k - 1]);
      // No listed name is or begins with the words so far: no longer one matches either.
      if (!SPANS.mayBegin(hash)) break;
      key += ' ' + lowerWords[i + k - 1];
      const longer = PLACE_SEQUENCES.get(key);
      if (longer) {
        cls = longer;
        n = k;
      }
    }
    if (n) {
      for (let k = 0; k < n; k++) out[i + k] = cls * 2 + (k > 0 ? 1 : 0);
      matched = n;
    }
    i += matched || 1;
  }
  return out;
}

/** Hash of a lower-case word → 1 when it is (the last word of) a person title. */
export const TITLE_WORDS = new Set<number>(
  PERSON_TITLES.map((t) => hashString(t.words.split(' ').pop()!.replace(/\.$/, ''))),
);

/** Hash of a lower-case word → cue type (1 ORG, 2 FAC, 3 LOC). */
export const CUE_WORDS = new Map<number, number>();
for (const cue of NAME_CUES) {
  for (const w of cue.words) {
    const h = hashString(w.toLowerCase());
    if (!CUE_WORDS.has(h)) CUE_WORDS.set(h, cue.type === 'ORG' ? 1 : cue.type === 'FAC' ? 2 : 3);
  }
}
