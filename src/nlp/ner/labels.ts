// The tagger's output labels: IOB2 over the four CoNLL-2003 types.
export const NER_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type NerType = (typeof NER_TYPES)[number];

export const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export const NUM_LABELS = LABELS.length;
export const LABEL_INDEX = new Map<string, number>(LABELS.map((l, i) => [l, i]));

/** Type index 0..3 of a label, -1 for O. */
export const LABEL_TYPE = LABELS.map((l) => (l === 'O' ? -1 : NER_TYPES.indexOf(l.slice(2) as NerType)));
export const IS_INSIDE = LABELS.map((l) => l.startsWith('I-'));

/** IOB2 forbids I-X unless the previous label is B-X or I-X. */
export function allowedAfter(prev: number, next: number): boolean {
  if (!IS_INSIDE[next]) return true;
  return prev > 0 && LABEL_TYPE[prev] === LABEL_TYPE[next];
}

/** IOB1 (B- only between touching entities of one type) → IOB2 (every entity opens with B-). */
export function iob1ToIob2(tags: string[]): string[] {
  return tags.map((t, i) => {
    if (!t.startsWith('I-')) return t;
    const prev = i > 0 ? tags[i - 1] : 'O';
    return prev === 'O' || prev.slice(2) !== t.slice(2) ? 'B-' + t.slice(2) : t;
  });
}
