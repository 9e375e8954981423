// Turns a user's search box text into safe FTS5 query syntax. FTS5 has its own operators
// (AND OR NOT NEAR, quotes, parentheses, column filters, `*`, `^`); none of them may come from
// the user. Each word becomes a quoted phrase and the phrases are ANDed.

/** Most terms kept from one query; the rest are dropped (a pasted paragraph is no query). */
export const MAX_QUERY_TERMS = 32;

/**
 * Words as FTS5's unicode61 tokenizer sees them: runs of letters, digits and combining marks.
 * Anything else (quotes, brackets, `-`, `*`, `:`) separates words and never reaches FTS5.
 */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** The FTS5 MATCH expression for `query`, or null when it has no searchable word. */
export function toFtsQuery(query: string): string | null {
  const terms = (query.normalize('NFC').match(WORD) ?? []).slice(0, MAX_QUERY_TERMS);
  if (terms.length === 0) return null;
  // The terms hold no `"` (WORD excludes it), so wrapping in quotes cannot be broken out of.
  return terms.map((t) => `"${t}"`).join(' ');
}
