// Property tests: whatever the bytes or text, reading and preparing never throws and stays fast.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RawArticle } from '../types.ts';
import { prepareArticle, readBytes } from './index.ts';

const NAMES = ['x.txt', 'x.md', 'x.html', 'x.jsonl', 'x.rss', 'x.atom', 'x.xml'];
/** Fragments that steer random input into the interesting branches of each reader. */
const MARKUP = ['<', '>', '</p>', '<p>', '<div>', '<!DOCTYPE x [<!ENTITY a "&a;&a;">]>', '&a;', '&#0;', '&#xD800;', ']]>', '<![CDATA[', '<rss><channel><item>', '<feed><entry>', '{"text":', '"}', '\n', '\n\n', '# ', '[a](b)', '**', '```', 'By A B, C News', '© 2024 X', 'in 2019', 'on Wednesday', 'Share on Facebook', '\u202E', '\uFEFF', '\u0000'];

const text = fc.oneof(fc.string({ maxLength: 400 }), fc.array(fc.constantFrom(...MARKUP), { maxLength: 60 }).map((parts) => parts.join('')));

function timed<T>(fn: () => T): T {
  const started = Date.now();
  const result = fn();
  expect(Date.now() - started).toBeLessThan(2000);
  return result;
}

describe('ingest never throws', () => {
  it('readBytes on arbitrary bytes, for every format', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom(...NAMES), (bytes, name) => {
        const items = timed(() => readBytes(bytes, name));
        for (const item of items) if ('cause' in item) expect(item.cause).not.toMatch(/\n/);
      }),
      { numRuns: 300 },
    );
  });

  it('readBytes and prepareArticle on arbitrary markup-heavy text', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...NAMES), (s, name) => {
        const items = timed(() => readBytes(new TextEncoder().encode(s), name));
        for (const item of items) if (!('cause' in item)) timed(() => prepareArticle(item));
      }),
      { numRuns: 300 },
    );
  });

  it('prepareArticle on arbitrary raw articles', () => {
    const raw = fc.record<RawArticle>({
      file: fc.string(), url: fc.option(fc.string()), title: fc.option(fc.string()), text,
      byline: fc.option(fc.string()), outlet: fc.option(fc.string()), published: fc.option(fc.string()),
      language: fc.option(fc.string()), format: fc.constantFrom('txt', 'md', 'html', 'jsonl', 'rss', 'atom'),
    });
    fc.assert(
      fc.property(raw, (r) => {
        const article = timed(() => prepareArticle(r));
        expect(article.id).toMatch(/^[0-9a-f]{16}$/);
        expect(article.published === null || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(article.published)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
