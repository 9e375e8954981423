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

/**
 * The mentions that do not need the text to be English: the gazetteers' (countries, capitals,
 * cities, regions, known groups) and a wire dateline's place, re-indexed. For articles in a
 * language neither the tagger nor the rules read: the tagger, trained on English news, takes
 * every capitalised German noun ("Soldaten", "Freitag") for a name.
 */
export function languageIndependentMentions(mentions: Mention[]): Mention[] {
  // (A rule id may join several: "ner:perceptron-v1+gazetteer:country".)
  return mentions.filter((m) => m.rule.split('+').some((r) => r.startsWith('gazetteer:') || r === 'doc:dateline')).map((m, index) => ({ ...m, index }));
}

/** Mentions in plain text (sentences split here): the tagger plus the rules, as in analyzeText. */
export function tagText(text: string): Mention[] {
  return analyzeText(text).mentions;
}
