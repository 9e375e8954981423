// Fuzzing the extract entry point: any sentence list and mentions give well-formed events in
// bounded time, and never throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../nlp/index.ts';
import { codeText, extractEvents } from './index.ts';
import { PLOVER_TYPES } from '../types.ts';

const VERBS = ['sent troops to', 'sanctioned', 'accused', 'did not attack', 'may withdraw from', 'met', 'told Reuters that', 'denied arming', 'according to'];
const ACTORS = ['Iran', 'Cuba', 'the United States', 'Maduro', 'Russian contractors', 'officials', 'Faller'];
const sentence = fc.tuple(fc.constantFrom(...ACTORS), fc.constantFrom(...VERBS), fc.constantFrom(...ACTORS), fc.string({ maxLength: 20 }))
  .map(([a, v, b, tail]) => `${a} ${v} ${b} ${tail}.`);
const article = fc.oneof(fc.array(sentence, { maxLength: 12 }).map((s) => s.join(' ')), fc.string({ unit: 'binary', maxLength: 300 }));
const published = fc.constantFrom(null, '2020', '2020-12', '2020-12-02', 'not a date');

describe('extractEvents under arbitrary input', () => {
  it('gives PLOVER-typed events pointing at real sentences and mentions', () => {
    fc.assert(
      fc.property(article, published, (text, date) => {
        const started = performance.now();
        const { sentences, mentions } = analyzeText(text);
        const { events } = extractEvents({ text, sentences, mentions, published: date });
        expect(performance.now() - started).toBeLessThan(2000);
        for (const e of events) {
          expect(PLOVER_TYPES).toContain(e.type);
          expect(sentences[e.sentence]).toBeDefined();
          for (const actor of [e.source, e.target]) if (actor?.mention != null) expect(mentions[actor.mention]).toBeDefined();
        }
      }),
      { numRuns: 200 },
    );
  });

  it('codeText returns a JSON-serialisable event list for any line', () => {
    fc.assert(
      fc.property(fc.oneof(sentence, fc.string({ unit: 'binary', maxLength: 200 })), (line) => {
        const out = codeText(line, null);
        expect(Array.isArray(out.events)).toBe(true);
        expect(JSON.parse(JSON.stringify(out))).toEqual(out);
      }),
      { numRuns: 200 },
    );
  });
});
