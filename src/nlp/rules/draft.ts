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

/**
 * A draft. Every draft is built here, with its properties in one order and `weak` always set:
 * drafts of one hidden class keep the rules' property reads monomorphic.
 */
export function newDraft(start: number, end: number, type: EntityType, canonical: string, rule: string, weak = false): Draft {
  return { start, end, type, canonical, rule, weak };
}

/** The words a document writes in lower case somewhere (a Set, or one built at the first question). */
export interface LowerCaseWords {
  has(word: string): boolean;
}

/** What the rules know about one sentence while they read it. */
export interface SentenceView {
  /** Token texts with curly quotes folded (normalizeToken). */
  words: string[];
  /** Lower-cased words that occur in lower case somewhere in the document ("according", "guard"). */
  docLowerWords: LowerCaseWords;
  /** True when most words are capitalised (a headline): capitals say nothing there. */
  headline: boolean;
}

/** True when words[i] opens the sentence, a quote or a clause after a colon or dash. */
export function atClauseStart(words: string[], i: number): boolean {
  if (i > 0 && isOneOf(words[i - 1], OPENERS)) return true;
  let j = i - 1;
  while (j >= 0 && isOneOf(words[j], OPENERS)) j--;
  return j < 0 || isOneOf(words[j], CLAUSE_ENDS) || words[j] === '"';
}

const OPENERS = `"'([`;
const CLAUSE_ENDS = ':;-.!?';
/** The word is one character of `chars`. */
const isOneOf = (word: string, chars: string) => word.length === 1 && chars.includes(word);

/** items sorted by compare, stably, in place; an array already in order (the usual case) is only checked. */
export function sortIfNeeded<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  for (let k = 1; k < items.length; k++) if (compare(items[k - 1], items[k]) > 0) return items.sort(compare);
  return items;
}
