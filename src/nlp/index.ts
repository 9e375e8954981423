// Stage 2 — nlp: sentences, tokens and actor mentions over an article's cleaned text.
import type { Mention, Sentence } from '../types.ts';
import { splitSentences } from './sentences.ts';

export { splitSentences } from './sentences.ts';
export { tokenize } from './tokens.ts';

export interface TextAnalysis {
  sentences: Sentence[];
  mentions: Mention[];
}

export function analyzeText(text: string): TextAnalysis {
  const sentences = splitSentences(text);
  return { sentences, mentions: [] };
}
