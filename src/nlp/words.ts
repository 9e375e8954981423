// Small predicates over token text shared by the rule-based mention finder and the tagger.

// The characters normalizeToken replaces; of them only ` is ASCII, and none lies in a-z.
const MARKS = '’‘‛`´“”„«»‹›–—';
const MARK_CODES = new Set([...MARKS].map((ch) => ch.charCodeAt(0)));
const ANY_MARK = new RegExp(`[${MARKS}]`);

/** True when a text (a sentence, say) holds a character normalizeToken replaces. */
export function hasTypographicMark(text: string): boolean {
  return ANY_MARK.test(text);
}

/** hasTypographicMark for a token: a short string, read by character without a regex call. */
function tokenHasMark(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if ((c < 0x61 || c > 0x7a) && c >= 0x60 && MARK_CODES.has(c)) return true;
  }
  return false;
}

/** Curly quotes, guillemets and typographic apostrophes folded to their ASCII forms. */
export function normalizeToken(w: string): string {
  if (!tokenHasMark(w)) return w;
  return w.replace(/[’‘‛`´]/g, "'").replace(/[“”„«»‹›]/g, '"').replace(/[–—]/g, '-');
}

/** True when every character of s is ASCII (nothing to strip of accents, case folds one to one). */
export function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}

// Lower-case particles at the front of a hyphenated surname: "al-Assad", "bin-Salman".
const PARTICLE_HYPHEN = /^(?:al|el|bin|ibn|ben|abu|de|van|von|da|di|le|la|ul)-\p{Lu}/u;

export function isCapitalized(w: string): boolean {
  // Fast paths for a word opening with an ASCII character (same answers as the general case).
  const c = w.charCodeAt(0);
  if (c < 0x80) {
    if (c >= 0x41 && c <= 0x5a) return !(w.includes('-') && /-\p{Ll}/u.test(w));
    return w.includes('-') && PARTICLE_HYPHEN.test(w);
  }
  if (PARTICLE_HYPHEN.test(w)) return true;
  // "Iran-backed", "High-ranking", "U.S.-led" describe, they do not name.
  if (/-\p{Ll}/u.test(w)) return false;
  return /^\p{Lu}/u.test(w);
}

/** "IRGC", "DGCIM", "G2", "U.S." — two or more letters, all upper case. */
export function isAllCaps(w: string): boolean {
  // ASCII: at least two letters, none lower case.
  let upper = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0x80) return isAllCapsUnicode(w);
    if (c >= 0x61 && c <= 0x7a) return false;
    if (c >= 0x41 && c <= 0x5a) upper++;
  }
  return upper >= 2;
}

function isAllCapsUnicode(w: string): boolean {
  const letters = w.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters);
}

export function isWord(w: string): boolean {
  return /\p{L}/u.test(w);
}

// Consonant pairs that can open an English or Spanish word; anything else ("Dg", "Ng", "Kt")
// suggests an acronym written in mixed case ("Dgcim").
const ONSETS = new Set(
  'bl br ch cl cr dr fl fr gl gr gn kh kl kr kn ph pl pr ps qu sc sh sk sl sm sn sp st sv sw sz th tr ts tw tz vl wh wr zh dj dz'.split(' '),
);

export function looksLikeMixedCaseAcronym(w: string): boolean {
  if (!/^\p{Lu}\p{Ll}{2,5}$/u.test(w)) return false;
  const lower = w.toLowerCase();
  if (!/^[bcdfgjklmnpqrstvwxz]{2}/.test(lower)) return false;
  return !ONSETS.has(lower.slice(0, 2));
}

/**
 * words.slice(start, end).join(' ') without the array (Array.prototype.join is a runtime call
 * dear for a few words), and a lone word as it is.
 */
export function joinWords(words: readonly string[], start = 0, end = words.length): string {
  if (end - start === 1) return words[start];
  let out = start < end ? words[start] : '';
  for (let k = start + 1; k < end; k++) out += ' ' + words[k];
  return out;
}

/** "craig faller" → "Craig Faller"; leaves "al-Assad", "McCain", "de" alone. */
export function capitalizeName(words: string[]): string {
  // Only a word opening with a lower-case letter changes; an ASCII capital or mark rules it out.
  let mayChange = false;
  for (const w of words) {
    const c = w.charCodeAt(0);
    if (!(c < 0x80 && !(c >= 0x61 && c <= 0x7a))) mayChange = true;
  }
  if (!mayChange) return joinWords(words);
  return words
    .map((w) => (/^\p{Ll}+$/u.test(w) && w.length > 3 ? w.charAt(0).toUpperCase() + w.slice(1) : w))
    .join(' ');
}
