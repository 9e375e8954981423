// tokenizeSentence reads ASCII text by hand and leaves other characters to its regex: both must
// cut a sentence where the regex alone does.
import { describe, expect, it } from 'vitest';
import { tokenizeSentence } from './tokens.ts';

const TOKEN_RE = /(?:\p{L}\.){2,}|\p{N}+(?:[.,:/]\p{N}+)*(?:\p{L}+)?|[\p{L}\p{M}]+(?:['’](?!s\b)[\p{L}\p{M}]+)*|['’]s\b|\S/gu;
const byRegex = (s: string) => [...s.matchAll(TOKEN_RE)].map((m) => [m.index, m[0]]);

describe('tokenizeSentence', () => {
  const cases = [
    'The U.S.-led coalition met at 9 a.m., e.g. on Monday’s talks.',
    "Russia's 1,000.5bn deal, 3/4 of it; it's 'sx 's_ 's9 's",
    "Moscow's Kremlin’s O'Brien's rock'n'roll's can'st don't it'sé",
    'café naïve Zürich ½ ٣٤ x_y İstanbul ſs a.é. a.b.é U.S.A. 2020-03-04 12:30pm',
    '  leading\tand\ntrailing   ',
    'ends with a.b',
  ];
  for (const s of cases) {
    it(s, () => {
      expect(tokenizeSentence(s, 0, (w) => w).map((t) => [t.start, t.text])).toEqual(byRegex(s));
    });
  }
});
