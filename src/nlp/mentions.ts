// Actor mentions over a document: each sentence is tokenized, tagged by the trained tagger (ner/)
// and read by the rules (rules/); the two are merged, then the whole document is made consistent
// (surnames, acronym variants, headline words). Without a model file the rules work alone.
import type { Mention, Sentence, Token } from '../types.ts';
import { tokenize } from './tokens.ts';
import { normalizeToken, isCapitalized, isWord, hasTypographicMark } from './words.ts';
import { findDrafts, joinNameBeforeAcronym } from './rules/find-drafts.ts';
import { applyDocumentConsistency, placedDraft, type PlacedDraft } from './rules/document-consistency.ts';
import type { LowerCaseWords, SentenceView } from './rules/draft.ts';
import { isCommonWord } from './lexicon/common-words.ts';
import { draftsFromTags, mergeDrafts } from './rules/tagger-spans.ts';
import { nerModelAvailable, nerRuleId, tagDocument } from './ner/index.ts';
import { findDateline } from './rules/dateline.ts';
import { applyDateline, applyPlaceEvidence } from './rules/place-evidence.ts';

export interface FindMentionsOptions {
  /** Use the trained tagger; defaults to whether its model file exists. */
  tagger?: boolean;
}

export function findMentions(text: string, sentences: Sentence[], options: FindMentionsOptions = {}): Mention[] {
  return findMentionsInTexts([{ text, sentences }], options)[0];
}

/** A text's tokens and, when the tagger runs, its labels: what the rules read. */
interface TaggedText {
  text: string;
  sentences: Sentence[];
  tokensBySentence: Token[][];
  wordsBySentence: string[][];
  labels: string[][] | null;
}

/**
 * findMentions over many texts, each as findMentions finds them alone. Every text is tagged before
 * any is read by the rules: the tagger's tables stay in the CPU caches across the texts instead
 * of being evicted by the rules at every text.
 */
export function findMentionsInTexts(texts: { text: string; sentences: Sentence[] }[], options: FindMentionsOptions = {}): Mention[][] {
  const useTagger = options.tagger ?? nerModelAvailable();
  const tagged = texts.map(({ text, sentences }) => tagText(text, sentences, useTagger));
  const ruleId = useTagger ? nerRuleId() : '';
  return tagged.map((t) => mentionsOf(t, ruleId));
}

function tagText(text: string, sentences: Sentence[], useTagger: boolean): TaggedText {
  const tokensBySentence = sentences.map((s) => tokenize(s.text, s.start));
  // A sentence without curly quotes or dashes has nothing to normalize in any token.
  const wordsBySentence = tokensBySentence.map((tokens, si) =>
    hasTypographicMark(sentences[si].text) ? tokens.map((t) => normalizeToken(t.text)) : tokens.map((t) => t.text),
  );
  return { text, sentences, tokensBySentence, wordsBySentence, labels: useTagger ? tagDocument(wordsBySentence) : null };
}

/** The rules over a tagged text: drafts per sentence merged with the tagger's, then the document's consistency. */
function mentionsOf({ text, sentences, tokensBySentence, wordsBySentence, labels }: TaggedText, ruleId: string): Mention[] {
  const docLowerWords = lazyLowerCaseWords(text);
  const placed: PlacedDraft[] = [];
  wordsBySentence.forEach((words, si) => {
    // A page's timestamp line ("Updated Oct. 20, 2022, 6:41 p.m. ET") names no one.
    if (isTimestampLine(sentences[si].text)) return;
    const view: SentenceView = { words, docLowerWords, headline: isHeadline(words) };
    const ruled = findDrafts(view);
    // In a title-case headline the tagger sees capitals everywhere; the headline rules decide there.
    const drafts = labels && !view.headline ? joinNameBeforeAcronym(words, mergeDrafts(draftsFromTags(words, labels[si], ruleId), ruled)) : ruled;
    for (const d of drafts) {
      placed.push(placedDraft(si, d.start, d.end, words.slice(d.start, d.end), d.type, d.canonical, d.rule, d.weak));
    }
  });
  // A wire dateline ("CARACAS, Jan 3 (Reuters) -") names where the report was filed: a place.
  const found = findDateline(text, sentences);
  const si = found ? sentences.findIndex((s) => s.index === found.sentence) : -1;
  const dateline = found && si >= 0 ? { sentence: si, placeTokens: found.placeTokens, agencyTokens: found.agencyTokens, bodyToken: found.bodyToken } : null;
  const withDateline = applyDateline({ drafts: placed, words: wordsBySentence, dateline });
  // Then surnames and acronyms, then places no gazetteer knows (demonyms, "X's army") and type votes.
  const consistent = applyPlaceEvidence({ drafts: applyDocumentConsistency(withDateline), words: wordsBySentence, docLowerWords, dateline });
  return consistent.map((d, index) => {
    const tokens = tokensBySentence[d.sentence];
    const start = tokens[d.start].start;
    const end = tokens[d.end - 1].end;
    return { index, sentence: sentences[d.sentence].index, start, end, text: text.slice(start, end), type: d.type, canonical: d.canonical, rule: d.rule };
  });
}

/** Questions lazyLowerCaseWords answers by a substring search before it collects the words. */
const SUBSTRING_TESTS = 8;

/** lowerCaseWords(text), built when the rules first ask (many sentences never make them). */
function lazyLowerCaseWords(text: string): LowerCaseWords {
  let words: Set<string> | null = null;
  let tests = 0;
  return {
    has: (word) => {
      // A word found nowhere in the text is none of its words: most questions ("maduro" for
      // "Maduro") end there, without collecting them. (A few only: each test reads the text.)
      if (words === null && tests < SUBSTRING_TESTS) {
        tests++;
        if (!text.includes(word)) return false;
      }
      return (words ??= lowerCaseWords(text)).has(word);
    },
  };
}

// Every match of the pattern (?<![\p{L}.])\p{Ll}[\p{Ll}'’-]* (flags g, u) in `text`: a lower-case
// word not glued to a letter or a full stop before it. A hand-written scan (ASCII fast paths,
// code-point classes cached) that finds the same matches without a match object per word.
export function lowerCaseWords(text: string): Set<string> {
  const out = new Set<string>();
  const n = text.length;
  let prevBlocks = false; // the code point before i is a letter or "."
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let cls: number;
    let width = 1;
    if (c < 0x80) cls = c >= 0x61 && c <= 0x7a ? LL : (c >= 0x41 && c <= 0x5a) ? LETTER : 0;
    else {
      const cp = text.codePointAt(i)!;
      width = cp > 0xffff ? 2 : 1;
      cls = classOf(cp);
    }
    if ((cls & LOWER) === 0 || prevBlocks) {
      prevBlocks = (cls & LETTER) !== 0 || c === 0x2e;
      i += width;
      continue;
    }
    // A match: a lower-case letter, then lower-case letters, apostrophes and hyphens.
    let j = i + width;
    let last = cls;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d < 0x80) {
        if ((d >= 0x61 && d <= 0x7a)) { last = LL; j++; continue; }
        if (d === 0x27 || d === 0x2d) { last = 0; j++; continue; }
        break;
      }
      if (d === 0x2019) { last = 0; j++; continue; }
      const cp = text.codePointAt(j)!;
      const k = classOf(cp);
      if ((k & LOWER) === 0) break;
      last = k;
      j += cp > 0xffff ? 2 : 1;
    }
    out.add(text.slice(i, j));
    prevBlocks = (last & LETTER) !== 0;
    i = j;
  }
  return out;
}

const LETTER = 1;
const LOWER = 2;
const LL = LOWER | LETTER;
const CLASS_CACHE = new Map<number, number>();
const IS_LETTER = /\p{L}/u;
const IS_LL = /\p{Ll}/u;
function classOf(cp: number): number {
  let k = CLASS_CACHE.get(cp);
  if (k === undefined) {
    const ch = String.fromCodePoint(cp);
    k = IS_LL.test(ch) ? LL : IS_LETTER.test(ch) ? LETTER : 0;
    CLASS_CACHE.set(cp, k);
  }
  return k;
}

// Title case: no closing full stop, at least four words, nearly all content words capitalised.
function isHeadline(words: string[]): boolean {
  if (/^[.!?"]$/.test(words[words.length - 1] ?? '')) return false;
  const content = words.filter((w) => isWord(w) && !isCommonWord(w) && w.length > 1);
  if (content.length < 4) return false;
  const caps = content.filter((w) => isCapitalized(w)).length;
  return caps / content.length >= 0.85;
}

const TIMESTAMP_LINE = /^(?:(?:last\s+)?(?:updated|published|posted|modified|first published)(?:\s+on)?\s*:?\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*\.?,?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b[\s\d:.,apm]*(?:[A-Z]{2,4})?\s*$/i;

/** A short line that is only a date and time, perhaps after "Updated" or "Published": a page's timestamp. */
function isTimestampLine(text: string): boolean {
  return text.length <= 80 && TIMESTAMP_LINE.test(text);
}
