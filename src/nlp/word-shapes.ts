// A quick "surely not on this list" for short lists of ASCII words, before any string lookup.

/**
 * The shapes of a list of words — first letter, length, last letter, with ASCII letters in lower
 * case — in a 16 KB table that stays in the CPU caches. A word whose shape is not in the table
 * is on the list in no letter case, and is ruled out without lower-casing or hashing it. (Every
 * listed word opens and closes with an ASCII character, and a word lower-cases to one of them
 * only if it has as many characters.)
 */
export class WordShapes {
  private readonly rows = new Uint32Array(128 * 32);

  constructor(words: Iterable<string>) {
    for (const w of words) {
      const first = w.charCodeAt(0);
      const last = w.charCodeAt(w.length - 1);
      if (!(first < 0x80 && last < 0x80)) throw new Error(`WordShapes: "${w}" does not open and close in ASCII`);
      this.rows[row(asciiLower(first), w.length)] |= 1 << (asciiLower(last) & 31);
    }
  }

  /** False when no letter case of `word` is on the list. */
  mayContain(word: string): boolean {
    const first = word.charCodeAt(0);
    const last = word.charCodeAt(word.length - 1);
    // A non-ASCII end may lower-case to ASCII (the Kelvin sign to "k"): no answer without a lookup.
    if (!(first < 0x80 && last < 0x80)) return true;
    return ((this.rows[row(asciiLower(first), word.length)] >>> (asciiLower(last) & 31)) & 1) === 1;
  }
}

const asciiLower = (c: number) => (c >= 0x41 && c <= 0x5a ? c + 0x20 : c);
const row = (first: number, length: number) => first * 32 + Math.min(length, 31);
