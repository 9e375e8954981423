// Stage 2 — nlp: sentences, tokens and actor mentions over an article's cleaned text.
import type { Mention, Sentence } from '../types.ts';
import { splitSentences } from './sentences.ts';
import { findMentions } from './mentions.ts';

export { splitSentences } from './sentences.ts';
export { tokenize } from './tokens.ts';
export { findMentions } from './mentions.ts';
export { findDateline, type Dateline } from './rules/dateline.ts';
export { demonymBases } from './rules/place-evidence.ts';
export { isWorldRegion } from './gazetteer/places-extra.ts';
export { tagConll } from './ner/tag-conll.ts';
export { tagTokens } from './ner/index.ts';

export interface TextAnalysis {
  sentences: Sentence[];
  mentions: Mention[];
}

export function analyzeText(text: string): TextAnalysis {
  const sentences = splitSentences(text);
  return { sentences, mentions: findMentions(text, sentences) };
}

/** Mentions in plain text (sentences split here): the tagger plus the rules, as in analyzeText. */
export function tagText(text: string): Mention[] {
  return analyzeText(text).mentions;
}
