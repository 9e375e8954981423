import type { Token } from '../types.ts';

// CoNLL-2003-compatible tokenization: words, numbers with internal punctuation ("1,000", "3.5"),
// dotted abbreviations ("U.S."), hyphenated words kept whole, clitics split ("Maduro" + "'s"),
// every other punctuation mark its own token.
const TOKEN_RE =
  /(?:\p{L}\.){2,}|\p{N}+(?:[.,:/]\p{N}+)*(?:\p{L}+)?|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{M}\p{N}]+)*(?:\.(?=\s+\p{Ll}))?|['’]s\b|\S/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    let word = m[0];
    let start = m.index;
    // Split a possessive clitic off a word: "Maduro's" → "Maduro", "'s".
    const n = word.length;
    if (n >= 3 && word.charCodeAt(n - 1) === 0x73 /* s */ && (word[n - 2] === "'" || word[n - 2] === '’')) {
      const stem = word.slice(0, n - 2);
      if (/\p{L}/u.test(stem)) {
        tokens.push({ start: offset + start, end: offset + start + stem.length, text: stem });
        start += stem.length;
        word = word.slice(n - 2);
      }
    }
    tokens.push({ start: offset + start, end: offset + start + word.length, text: word });
  }
  return tokens;
}
