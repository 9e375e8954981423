// Fuzzing the nlp entry point: any text, however odd, gives well-formed sentences and mentions
// in bounded time, and never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText } from './index.ts';

// Words that steer the tagger and rules into their interesting branches.
const NEWSY = ['Maduro', 'Admiral', 'U.S.', 'SEBIN', 'Cubans', '«', '»', '“', '”', "'s", 'said', 'Dr.', '(AP)', '—', 'Havana', 'the'];
const newsText = fc.array(fc.oneof(fc.constantFrom(...NEWSY), fc.string({ maxLength: 12 }), fc.constantFrom('.', ',', '\n', '\n\n', ' ')), { maxLength: 80 })
  .map((parts) => parts.join(' '));

describe('analyzeText under arbitrary input', () => {
  it('returns sentences and mentions whose offsets point into the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), newsText), (text) => {
        const started = performance.now();
        const { sentences, mentions } = analyzeText(text);
        expect(performance.now() - started).toBeLessThan(2000);
        for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
        for (const m of mentions) {
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(sentences[m.sentence]).toBeDefined();
        }
      }),
      { numRuns: 300 },
    );
  });
});
