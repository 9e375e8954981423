// Raw text → paragraphs: invisible characters removed, NFC, whitespace collapsed. Every non-empty line is a
// paragraph (many sources put one paragraph per line), except hard-wrapped lines, which are joined back.
import { removeInvisible } from './decode.ts';

/** A line that stops mid-sentence and a next line that continues in lower case: a hard wrap, not a break. */
const isHardWrap = (line: string, next: string) => !/[.!?:;…"”’»)\]]$/.test(line) && /^[\p{Ll}]/u.test(next);

export function toParagraphs(text: string): string[] {
  const lines = removeInvisible(text)
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g, ' ').trim());
  const paragraphs: string[] = [];
  let previousBlank = true;
  for (const line of lines) {
    if (!line) {
      previousBlank = true;
      continue;
    }
    const last = paragraphs[paragraphs.length - 1];
    if (!previousBlank && last !== undefined && isHardWrap(last, line)) paragraphs[paragraphs.length - 1] = `${last} ${line}`;
    else paragraphs.push(line);
    previousBlank = false;
  }
  return paragraphs;
}

export const wordCount = (s: string) => (s.match(/\S+/g) ?? []).length;
