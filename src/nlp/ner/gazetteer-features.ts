// Name-list features from models/ner-gazetteer.txt (people, organisations, armed groups, countries
// and other places derived from the PETRARCH2 actor dictionaries by scripts/build-ner-gazetteer.ts).
// Per sentence, the longest listed name starting at each position is matched (left to right, case-
// insensitive, but every word other than "of", "the", ... must be capitalised), and each token gets
// the class of the match covering it with its position (B / I / L / U). Person names also give
// first-name and surname word lists.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const GAZETTEER_PATH = fileURLToPath(new URL('../../../models/ner-gazetteer.txt', import.meta.url));

const CLASSES = 'POGCL';
const LINK_WORDS = new Set(['of', 'the', 'and', 'for', 'de', 'del', 'la', 'le', 'du', 'des', 'al', 'el', 'bin', 'van', 'von', 'y', '&', 'da', 'di', 'al-', 'on', 'in', '(', ')', "'s", '-', 'at']);

let NAMES: Map<string, number> | null = null;
let LONGEST = new Map<string, number>();
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

const spanKeys: string[] = [];
/**
 * Per token of one sentence: 0 when no listed name covers it, else class * 4 + position
 * (0 begin, 1 inside, 2 last, 3 single-word name). Classes: 1 person, 2 org, 3 group, 4 country, 5 place.
 * The sentence is words[from .. from + lower.length), lower its words in lower case; written into
 * out from `from`, which must hold zeros.
 */
export function gazetteerSpans(words: string[], lower: string[], from = 0, out: Int32Array = new Int32Array(lower.length)): Int32Array {
  const names = load();
  const length = lower.length;
  for (let i = 0; i < length; ) {
    let matched = 0;
    if (!LINK_WORDS.has(lower[i]) && capitalisedOrLink(words[from + i], lower[i])) {
      const most = Math.min(LONGEST.get(lower[i]) ?? 1, length - i);
      let key = '';
      const keys = spanKeys;
      keys.length = 0;
      for (let n = 1; n <= most; n++) {
        if (n > 1 && !capitalisedOrLink(words[from + i + n - 1], lower[i + n - 1])) break;
        key = n === 1 ? lower[i] : key + ' ' + lower[i + n - 1];
        keys.push(key);
      }
      for (let n = keys.length; n >= 1; n--) {
        if (n > 1 && LINK_WORDS.has(lower[i + n - 1])) continue;
        const cls = names.get(keys[n - 1]);
        if (cls) {
          if (n === 1) out[from + i] = cls * 4 + 3;
          else for (let k = 0; k < n; k++) out[from + i + k] = cls * 4 + (k === 0 ? 0 : k === n - 1 ? 2 : 1);
          matched = n;
          break;
        }
      }
    }
    i += matched || 1;
  }
  return out;
}

/** Bit flags of a lower-case word (see WORD_FLAGS). */
export function gazetteerWordFlags(lower: string): number {
  load();
  return WORD_FLAGS.get(lower) ?? 0;
}
