import { describe, expect, it } from 'vitest';
import { stripMarkdown } from './markdown.ts';

describe('stripMarkdown', () => {
  const cases: Array<[string, string]> = [
    ['## A heading', 'A heading'],
    ['See [the report](https://example.org/r) now.', 'See the report now.'],
    ['Before ![a chart](c.png) after', 'Before  after'],
    ['**Bold**, *italic*, __strong__ and _em_ and ~~gone~~', 'Bold, italic, strong and em and gone'],
    ['Use `npm test` here', 'Use npm test here'],
    ['> quoted line', 'quoted line'],
    ['- a list item', 'a list item'],
    ['```\nconst x = 1;\n```', 'const x = 1;'],
    ['snake_case_name stays', 'snake_case_name stays'],
    ['[ref]: https://example.org', ''],
  ];
  it.each(cases)('%j', (input, expected) => {
    expect(stripMarkdown(input)).toBe(expected);
  });
});
