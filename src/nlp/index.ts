// Stage 2 — nlp: sentences, tokens and actor mentions over an article's cleaned text.
import type { Mention, Sentence } from '../types.ts';
import { splitSentences } from './sentences.ts';
import { findMentionsInTexts } from './mentions.ts';

export { splitSentences } from './sentences.ts';
export { tokenize } from './tokens.ts';
export { findMentions } from './mentions.ts';
export { findDateline, type Dateline } from './rules/dateline.ts';
export { demonymBases } from './rules/place-evidence.ts';
export { isWorldRegion } from './gazetteer/places-extra.ts';
export { tagConll } from './ner/tag-conll.ts';
export { tagTokens, writtenLowercase } from './ner/index.ts';

export interface TextAnalysis {
  sentences: Sentence[];
  mentions: Mention[];
}

export function analyzeText(text: string): TextAnalysis {
  return analyzeTexts([text])[0];
}

/** analyzeText over many texts, each analysed as alone (the tagger runs over all of them first: see findMentionsInTexts). */
export function analyzeTexts(texts: string[]): TextAnalysis[] {
  const split = texts.map((text) => ({ text, sentences: splitSentences(text) }));
  const mentions = findMentionsInTexts(split);
  return split.map(({ sentences }, k) => ({ sentences, mentions: mentions[k] }));
}

/** Mentions in plain text (sentences split here): the tagger plus the rules, as in analyzeText. */
export function tagText(text: string): Mention[] {
  return analyzeText(text).mentions;
}
