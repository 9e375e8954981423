// Actor mentions over a document: each sentence is tokenized, tagged by the trained tagger (ner/)
// and read by the rules (rules/); the two are merged, then the whole document is made consistent
// (surnames, acronym variants, headline words). Without a model file the rules work alone.
import type { Mention, Sentence } from '../types.ts';
import { tokenize } from './tokens.ts';
import { normalizeToken, isCapitalized, isWord } from './words.ts';
import { findDrafts } from './rules/find-drafts.ts';
import { applyDocumentConsistency, type PlacedDraft } from './rules/document-consistency.ts';
import type { SentenceView } from './rules/draft.ts';
import { COMMON_WORDS } from './lexicon/common-words.ts';
import { draftsFromTags, mergeDrafts } from './rules/tagger-spans.ts';
import { nerModelAvailable, nerRuleId, tagDocument } from './ner/index.ts';
import { findDateline } from './rules/dateline.ts';
import { applyDateline, applyPlaceEvidence } from './rules/place-evidence.ts';

export interface FindMentionsOptions {
  /** Use the trained tagger; defaults to whether its model file exists. */
  tagger?: boolean;
}

export function findMentions(text: string, sentences: Sentence[], options: FindMentionsOptions = {}): Mention[] {
  const docLowerWords = lowerCaseWords(text);
  const tokensBySentence = sentences.map((s) => tokenize(s.text, s.start));
  const wordsBySentence = tokensBySentence.map((tokens) => tokens.map((t) => normalizeToken(t.text)));
  const useTagger = options.tagger ?? nerModelAvailable();
  const labels = useTagger ? tagDocument(wordsBySentence) : null;
  const ruleId = useTagger ? nerRuleId() : '';
  const placed: PlacedDraft[] = [];
  wordsBySentence.forEach((words, si) => {
    const view: SentenceView = { words, docLowerWords, headline: isHeadline(words) };
    const ruled = findDrafts(view);
    // In a title-case headline the tagger sees capitals everywhere; the headline rules decide there.
    const drafts = labels && !view.headline ? mergeDrafts(draftsFromTags(words, labels[si], ruleId), ruled) : ruled;
    for (const d of drafts) placed.push({ ...d, sentence: si, words: words.slice(d.start, d.end) });
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

function lowerCaseWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}.])\p{Ll}[\p{Ll}'’-]*/gu)) out.add(m[0]);
  return out;
}

// Title case: no closing full stop, at least four words, nearly all content words capitalised.
function isHeadline(words: string[]): boolean {
  if (/^[.!?"]$/.test(words[words.length - 1] ?? '')) return false;
  const content = words.filter((w) => isWord(w) && !COMMON_WORDS.has(w.toLowerCase()) && w.length > 1);
  if (content.length < 4) return false;
  const caps = content.filter((w) => isCapitalized(w)).length;
  return caps / content.length >= 0.85;
}
