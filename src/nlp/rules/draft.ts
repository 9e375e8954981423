import type { EntityType } from '../../types.ts';

/** A mention before document-level clean-up: token range [start, end) within one sentence. */
export interface Draft {
  start: number;
  end: number;
  type: EntityType;
  canonical: string;
  rule: string;
  /** Found only by shape (a lone capitalised word, a headline word): kept if the document backs it. */
  weak?: boolean;
}

/** What the rules know about one sentence while they read it. */
export interface SentenceView {
  /** Token texts with curly quotes folded (normalizeToken). */
  words: string[];
  /** Lower-cased words that occur in lower case somewhere in the document ("according", "guard"). */
  docLowerWords: Set<string>;
  /** True when most words are capitalised (a headline): capitals say nothing there. */
  headline: boolean;
}

/** True when words[i] opens the sentence, a quote or a clause after a colon or dash. */
export function atClauseStart(words: string[], i: number): boolean {
  if (i > 0 && /^["'(\[]$/.test(words[i - 1])) return true;
  let j = i - 1;
  while (j >= 0 && /^["'(\[]$/.test(words[j])) j--;
  return j < 0 || /^[:;\-.!?]$/.test(words[j]) || words[j] === '"';
}
