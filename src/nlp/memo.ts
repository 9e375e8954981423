// Per-word-form caches: the rules ask the same questions of the same few thousand words in every
// sentence, so answers are kept by the word's text.

/**
 * `compute` cached by its argument in a Map that is emptied when it grows past `limit` entries
 * (so memory stays bounded on any input). `compute` must be pure and never return undefined.
 */
export function memoByText<T>(compute: (text: string) => T, limit = 50_000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      if (cache.size > limit) cache.clear();
      value = compute(text);
      cache.set(text, value);
    }
    return value;
  };
}
