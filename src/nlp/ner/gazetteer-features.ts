// Name-list features from models/ner-gazetteer.txt (people, organisations, armed groups, countries
// and other places derived from the PETRARCH2 actor dictionaries by scripts/build-ner-gazetteer.ts).
// Per sentence, the longest listed name starting at each position is matched (left to right, case-
// insensitive, but every word other than "of", "the", ... must be capitalised), and each token gets
// the class of the match covering it with its position (B / I / L / U). Person names also give
// first-name and surname word lists.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SpanBits, spanHash } from './span-bits.ts';

export const GAZETTEER_PATH = fileURLToPath(new URL('../../../models/ner-gazetteer.txt', import.meta.url));

const CLASSES = 'POGCL';
const LINK_WORDS = new Set(['of', 'the', 'and', 'for', 'de', 'del', 'la', 'le', 'du', 'des', 'al', 'el', 'bin', 'van', 'von', 'y', '&', 'da', 'di', 'al-', 'on', 'in', '(', ')', "'s", '-', 'at']);

let NAMES: Map<string, number> | null = null;
let LONGEST = new Map<string, number>();
/** Which spans of two or more words may be or begin a listed name. */
const SPANS = new SpanBits();
/** Lower-case word → bit flags: 1 first word of a person name, 2 last word of a person name, 4 word of an org/group name, 8 word of a place. */
let WORD_FLAGS = new Map<string, number>();

function load(): Map<string, number> {
  if (NAMES) return NAMES;
  NAMES = new Map();
  if (!existsSync(GAZETTEER_PATH)) return NAMES;
  for (const line of readFileSync(GAZETTEER_PATH, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const cls = CLASSES.indexOf(line[0]) + 1;
    const name = line.slice(2);
    if (cls <= 0 || !name) continue;
    NAMES.set(name, cls);
    const parts = name.split(' ');
    if (parts.length > 1) LONGEST.set(parts[0], Math.max(LONGEST.get(parts[0]) ?? 1, parts.length));
    SPANS.add(name);
    const flag = (w: string, f: number) => WORD_FLAGS.set(w, (WORD_FLAGS.get(w) ?? 0) | f);
    if (cls === 1 && parts.length > 1) {
      flag(parts[0], 1);
      flag(parts[parts.length - 1], 2);
    } else if (cls === 2 || cls === 3) {
      for (const p of parts) if (!LINK_WORDS.has(p)) flag(p, 4);
    } else if (cls >= 4 && parts.length === 1) flag(parts[0], 8);
  }
  return NAMES;
}

function capitalisedOrLink(word: string, lower: string): boolean {
  if (LINK_WORDS.has(lower)) return true;
  const c = word.charCodeAt(0);
  if (c >= 97 && c <= 122) return false;
  return true;
}

/** What the name list says of one word alone: what gazetteerSpans and the word flags look up per token. */
export interface NameWordFacts {
  /** "of", "the", "de", ...: joins the words of a name. */
  nameLink: boolean;
  /** A link word or a word not opening with a lower-case ASCII letter: may stand inside a name. */
  nameCapitalisedOrLink: boolean;
  /** The most words a listed name starting with this word has (1 when none is longer). */
  nameLongest: number;
  /** Its class as a one-word name, 0 when it is none. */
  nameSingle: number;
  /** Its bit flags (see WORD_FLAGS). */
  nameFlags: number;
}

/** The facts of a word form and its lower case. */
export function nameWordFacts(word: string, lower: string): NameWordFacts {
  const names = load();
  return {
    nameLink: LINK_WORDS.has(lower), nameCapitalisedOrLink: capitalisedOrLink(word, lower), nameLongest: LONGEST.get(lower) ?? 1,
    nameSingle: names.get(lower) ?? 0, nameFlags: WORD_FLAGS.get(lower) ?? 0,
  };
}

/**
 * Per token of one sentence: 0 when no listed name covers it, else class * 4 + position
 * (0 begin, 1 inside, 2 last, 3 single-word name). Classes: 1 person, 2 org, 3 group, 4 country, 5 place.
 * The sentence is words[from .. to), lower the words in lower case (at the same indices); written
 * into out at the token's index, where out must hold zeros. `facts`, when given, holds
 * nameWordFacts of each word at its index (a caller that caches them per form).
 */
export function gazetteerSpans(words: string[], lower: string[], out: Int32Array = new Int32Array(lower.length), from = 0, to = lower.length, facts?: NameWordFacts[]): Int32Array {
  const names = load();
  for (let i = from; i < to; ) {
    let matched = 0;
    const first = facts ? facts[i] : nameWordFacts(words[i], lower[i]);
    if (!first.nameLink && first.nameCapitalisedOrLink) {
      // The longest listed name from here (not ending on a link word, every word after the first
      // capitalised or a link): extended word by word while some listed name goes on.
      const most = Math.min(first.nameLongest, to - i);
      let cls = first.nameSingle;
      let n = cls ? 1 : 0;
      let key = lower[i];
      let hash = most >= 2 ? spanHash(key) : 0;
      for (let k = 2; k <= most; k++) {
        const next = facts ? facts[i + k - 1] : nameWordFacts(words[i + k - 1], lower[i + k - 1]);
        if (!next.nameCapitalisedOrLink) break;
        hash = SPANS.extend(hash, lower[i + k - 1]);
        // No listed name is or begins with the words so far: no longer one matches either.
        if (!SPANS.mayBegin(hash)) break;
        key += ' ' + lower[i + k - 1];
        const longer = next.nameLink ? 0 : names.get(key);
        if (longer) {
          cls = longer;
          n = k;
        }
      }
      if (n === 1) out[i] = cls * 4 + 3;
      else for (let k = 0; k < n; k++) out[i + k] = cls * 4 + (k === 0 ? 0 : k === n - 1 ? 2 : 1);
      matched = n;
    }
    i += matched || 1;
  }
  return out;
}
