import type { Sentence } from '../types.ts';

// Abbreviations after which a period does not end a sentence ("Adm. Faller", "U.S. officials").
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'gen', 'adm', 'col', 'lt', 'capt', 'cmdr', 'sgt', 'maj', 'brig', 'cpl', 'pvt', 'supt', 'insp', 'cdre',
  'gov', 'sen', 'rep', 'pres', 'rev', 'hon', 'amb', 'mt', 'ft', 'no', 'vs', 'etc', 'inc', 'corp', 'ltd', 'co',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'dept', 'est',
  'sra', 'sr', 'dra', 'lic', 'ing', 'av', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'a.m', 'p.m',
]);

/** Longest sentence handed to later stages; real news sentences stay far below it. */
export const MAX_SENTENCE_CHARS = 2000;

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»', '›']);

/**
 * Splits text into sentences with character offsets into `text`.
 * Breaks at blank lines and line starts that follow a line without final punctuation only when the
 * next line starts a new paragraph, and at . ! ? (plus closing quotes) followed by space and an
 * uppercase letter, digit or opening quote — except after known abbreviations and initials.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const pushSpan = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) sentences.push({ index: sentences.length, start: s, end: e, text: text.slice(s, e) });
  };
  const push = (end: number) => {
    // Text without sentence punctuation (a table, a scraped blob) is cut into bounded pieces at
    // spaces, so later stages never see an unbounded "sentence".
    let s = start;
    while (end - s > MAX_SENTENCE_CHARS) {
      const space = text.lastIndexOf(' ', s + MAX_SENTENCE_CHARS);
      const cut = space > s + MAX_SENTENCE_CHARS / 2 ? space : s + MAX_SENTENCE_CHARS;
      pushSpan(s, cut);
      s = cut;
    }
    pushSpan(s, end);
    start = end;
  };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text[i];
    if (c === '\n') {
      // A line break ends a sentence when the line is a heading/paragraph of its own (newspaper copy).
      let j = i + 1;
      while (j < n && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
      if (j >= n || text[j] === '\n' || endsLikeSentence(text, start, i) || isLineBreakBoundary(text, start, i, j)) {
        push(i);
      }
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    let j = i + 1;
    while (j < n && (text[j] === '.' || text[j] === '!' || text[j] === '?' || CLOSERS.has(text[j]))) j++;
    if (j < n && !/\s/.test(text[j])) continue;
    let k = j;
    while (k < n && /[ \t\r]/.test(text[k])) k++;
    if (k >= n) continue;
    const next = text[k];
    if (next === '\n') continue; // the newline branch decides
    if (!/[\p{Lu}\p{N}"“‘'«¡¿(\[]/u.test(next)) continue;
    if (c === '.' && isAbbreviation(text, i)) continue;
    push(j);
    i = j - 1;
  }
  push(n);
  return sentences;
}

function endsLikeSentence(text: string, start: number, end: number): boolean {
  const line = text.slice(start, end).trimEnd();
  return /[.!?…"”’»:]$/.test(line);
}

// A single newline inside a paragraph of wrapped text does not end a sentence; one that starts
// a new line with a capital after a short title-like line does.
function isLineBreakBoundary(text: string, start: number, nl: number, next: number): boolean {
  const line = text.slice(text.lastIndexOf('\n', nl - 1) + 1, nl).trim();
  if (line.length === 0) return true;
  const words = line.split(/\s+/).length;
  return words <= 20 && /^[\p{Lu}\p{N}"“«]/u.test(text[next] ?? '') && line.length < 160 && start < nl;
}

function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1])) s--;
  const word = text.slice(s, dot).toLowerCase();
  if (word.length === 0) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // Initials: "J." in "John J. Smith", "U.S" handled above; single capital letter.
  if (/^\p{Lu}$/u.test(text.slice(s, dot))) return true;
  // Dotted acronyms like "U.S." followed by a capitalised word are ambiguous; treat as abbreviation.
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true;
  return false;
}
