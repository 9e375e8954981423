// Wire-copy datelines opening an article's body: "CARACAS, Jan 3 (Reuters) -", "PUERTO SALINAS,
// Nov 13 (MPA) –", "WASHINGTON (AP) —", "Lima, Peru, March 3, 2024 (Reuters) -". The place is
// where the report was filed (a place mention, never an actor); the agency is an organisation;
// the sentence proper starts after the dash.
import type { Sentence } from '../../types.ts';
import { tokenize } from '../tokens.ts';
import { normalizeToken } from '../words.ts';

export interface Dateline {
  /** Index of the sentence that opens with the dateline. */
  sentence: number;
  /** Character span of the place ("PUERTO SALINAS"), in the document's text. */
  place: { start: number; end: number; text: string };
  /** Character span of the agency in brackets ("MPA"), if any. */
  agency: { start: number; end: number; text: string } | null;
  /** Character offset where the sentence proper begins (after the dash). */
  bodyStart: number;
  /** Token index (tokenize() over the sentence text) of the first body token, and of the place's end. */
  bodyToken: number;
  placeTokens: [number, number];
  agencyTokens: [number, number] | null;
}

const MONTH = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:[a-z]+)?\.?$/;
// Headline, byline, photo caption and standfirst may come first.
const PARAGRAPHS_SEARCHED = 6;
// Wire slugs that open a paragraph in capitals like a place: "UPDATE 2-", "EXCLUSIVE-".
const SLUGS = new Set(['UPDATE', 'EXCLUSIVE', 'BREAKING', 'ANALYSIS', 'FACTBOX', 'WRAPUP', 'INSIGHT', 'EXPLAINER', 'CORRECTED', 'REFILE', 'URGENT', 'FLASH', 'OPINION', 'EDITORIAL', 'ALERT', 'WATCH', 'LIVE', 'PHOTOS', 'VIDEO', 'COMMENT', 'INTERVIEW', 'SPECIAL', 'REPORT', 'NEWS', 'BRIEF', 'PREVIEW', 'REVIEW']);

/** The dateline of a document, if one of its first paragraphs opens with one. */
export function findDateline(text: string, sentences: Sentence[]): Dateline | null {
  let paragraph = 0;
  for (const s of sentences) {
    const startsParagraph = s.start === 0 || opensParagraph(text, s.start);
    if (!startsParagraph) continue;
    if (++paragraph > PARAGRAPHS_SEARCHED) return null;
    const d = datelineOfSentence(s);
    // "OUTLET NAME - Section": a label line, not a dateline opening a sentence.
    if (d && (d.agency || s.text.slice(d.bodyStart - s.start).split(/\s+/).filter(Boolean).length > 3)) return d;
  }
  return null;
}

// True when only white space stands between `at` and a line break before it, or the text's start
// (/\n\s*$/ or an all-blank prefix), read backwards from `at` instead of over the whole prefix.
function opensParagraph(text: string, at: number): boolean {
  let j = Math.min(at, text.length) - 1;
  while (j >= 0 && WHITE.test(text[j])) {
    if (text[j] === '\n') return true;
    j--;
  }
  return j < 0;
}
const WHITE = /\s/;
const ANY_DASH = /[-–—]/;
/** A dateline's place opens the sentence with a capital. */
const OPENS_UPPER = /^\s*\p{Lu}/u;
/**
 * Tokens before the dateline's dash, at most: place (5) + region (4) + date (5) + agency (8)
 * (matchDatelineWords); a token never spans white space, so the dash lies within this many chunks.
 */
const MAX_DASH_TOKEN = 22;

/** White space (\\s) at k: ASCII answered without the regex. */
const spaceAt = (text: string, k: number) => {
  const c = text.charCodeAt(k);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : WHITE.test(text[k]);
};
const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isAsciiAlnum = (c: number) => isAsciiLetter(c) || (c >= 48 && c <= 57);

/**
 * Whether a dash token (one of - – — alone) may open the body within the first MAX_DASH_TOKEN
 * tokens. A hyphen inside a hyphenated word ("free-trade": ASCII letters and hyphens from the
 * chunk's start, a letter or digit after) is no token of its own (tokens.ts keeps such words whole).
 */
function mayHoldDashToken(text: string): boolean {
  let chunk = -1;
  let chunkStart = 0;
  /** Whether the chunk so far is ASCII letters with single hyphens between them. */
  let wordSoFar = false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (spaceAt(text, k)) continue;
    if (k === 0 || spaceAt(text, k - 1)) {
      if (++chunk > MAX_DASH_TOKEN) return false;
      chunkStart = k;
      wordSoFar = true;
    }
    if (c === 0x2d /* - */) {
      const inWord = wordSoFar && k > chunkStart && isAsciiLetter(text.charCodeAt(k - 1)) && k + 1 < text.length && isAsciiAlnum(text.charCodeAt(k + 1));
      if (!inWord) return true;
    } else if (c === 0x2013 || c === 0x2014 /* – — */) return true;
    else if (!isAsciiLetter(c)) wordSoFar = false;
  }
  return false;
}

/** Reads a dateline at the start of one sentence (no paragraph check). */
export function datelineOfSentence(s: Sentence): Dateline | null {
  // The dateline ends at a dash token ('-', '–' or '—') after a capitalised place: without one
  // early in the sentence it has none, and most sentences are spared tokenizing.
  if (!ANY_DASH.test(s.text) || !OPENS_UPPER.test(s.text) || !mayHoldDashToken(s.text)) return null;
  const toks = tokenize(s.text, s.start);
  const w = toks.map((t) => normalizeToken(t.text));
  const m = matchDatelineWords(w);
  if (!m) return null;
  const span = (a: number, b: number) => ({ start: toks[a].start, end: toks[b - 1].end, text: s.text.slice(toks[a].start - s.start, toks[b - 1].end - s.start) });
  return {
    sentence: s.index,
    place: span(m.place[0], m.place[1]),
    agency: m.agency ? span(m.agency[0], m.agency[1]) : null,
    bodyStart: toks[m.body].start,
    bodyToken: m.body,
    placeTokens: m.place,
    agencyTokens: m.agency,
  };
}

const isCapsWord = (x: string) => /^\p{Lu}[\p{Lu}\p{M}.'-]*$/u.test(x) && /\p{Lu}.*\p{Lu}|^\p{Lu}\.$/u.test(x);
const isTitleWord = (x: string) => /^\p{Lu}[\p{L}\p{M}.'-]*$/u.test(x);

/** Token-level matcher: place [, region] [, Month Day[, Year]] [(Agency)] dash body. */
export function matchDatelineWords(w: string[]): { place: [number, number]; agency: [number, number] | null; body: number } | null {
  let i = 0;
  // The place: up to four words, all in capitals ("PUERTO SALINAS") or in title case.
  const caps = isCapsWord(w[0] ?? '');
  const wordOk = caps ? isCapsWord : isTitleWord;
  // "MOSCOW/BAMAKO": two filing places joined by a slash.
  while (i < w.length && i < 5 && (wordOk(w[i]) || (caps && w[i] === '/' && i > 0 && isCapsWord(w[i + 1] ?? ''))) && !MONTH.test(w[i])) i++;
  if (i === 0 || SLUGS.has(w[0])) return null;
  const place: [number, number] = [0, i];
  let dated = false;
  // ", Venezuela" / ", Calif." — one region of up to three words, not a month.
  if (w[i] === ',' && w[i + 1] && isTitleWord(w[i + 1]) && !MONTH.test(w[i + 1])) {
    let j = i + 1;
    while (j < w.length && j - i <= 3 && isTitleWord(w[j]) && !MONTH.test(w[j])) j++;
    if (w[j] === ',' || w[j] === '(' || w[j] === '-') i = j;
  }
  // ", Nov 13" / ", March 3, 2024"
  if ((w[i] === ',' || MONTH.test(w[i] ?? '')) ) {
    const j = w[i] === ',' ? i + 1 : i;
    if (MONTH.test(w[j] ?? '') && /^\d{1,2}$/.test(w[j + 1] ?? '')) {
      i = j + 2;
      if (w[i] === ',' && /^\d{4}$/.test(w[i + 1] ?? '')) i += 2;
      dated = true;
    }
  }
  let agency: [number, number] | null = null;
  if (w[i] === '(') {
    let j = i + 1;
    while (j < w.length && j - i <= 6 && w[j] !== ')') j++;
    if (w[j] !== ')' || j === i + 1 || !/^\p{Lu}/u.test(w[i + 1])) return null;
    agency = [i + 1, j];
    i = j + 1;
  }
  // The dash, then the sentence proper opening with a capital, a digit or a quote.
  if (w[i] !== '-') return null;
  while (w[i] === '-') i++;
  if (i >= w.length || !/^[\p{Lu}\p{N}"']/u.test(w[i])) return null;
  // Title-case places need a date or an agency: "Officials - ..." is no dateline.
  if (!caps && !dated && !agency) return null;
  // A one-word capitals "place" with nothing else is more likely a heading or an acronym ("UPDATE -").
  if (caps && !dated && !agency && place[1] - place[0] === 1 && w[0].replace(/\./g, '').length < 4) return null;
  return { place, agency, body: i };
}
