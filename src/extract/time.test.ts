// findTimes scans a rule only when the sentence has the rule's key words (digits, a month name,
// "day", "week", ...); those gates must not lose the expressions news text uses most.
import { describe, expect, it } from 'vitest';
import { findTimes } from './time.ts';

describe('findTimes gates', () => {
  const cases: [string, string, { start: string; end: string }][] = [
    ['The minister flew to Oslo on Wednesday to sign the pact.', 'on Wednesday', { start: '2021-03-03', end: '2021-03-03' }],
    ['The two towns have quarrelled over the bridge since 2013.', 'since 2013', { start: '2013', end: '2021-03-04' }],
    ['Port workers walked out last month over unpaid wages.', 'last month', { start: '2021-02', end: '2021-02' }],
    ['Prices of bread have doubled in recent weeks, traders said.', 'in recent weeks', { start: '2021-03', end: '2021-03' }],
    ['The mine closed in the late 2000s after a string of strikes.', 'late 2000s', { start: '2007', end: '2009' }],
    ['The coast guard has blocked the boats since August last year.', 'August last year', { start: '2020-08', end: '2020-08' }],
    ['Talks are due to resume in May of next year.', 'May of next year', { start: '2022-05', end: '2022-05' }],
  ];
  for (const [sentence, text, span] of cases) {
    it(text, () => {
      const found = findTimes(sentence, '2021-03-04');
      const hit = found.find((t) => t.text.endsWith(text));
      expect(hit, text).toBeDefined();
      expect(hit!.span).toEqual(span);
    });
  }

  it('finds nothing, and runs no parser, in a sentence without a time word', () => {
    expect(findTimes('The council rejected the plan and called for new talks.', '2021-03-04')).toEqual([]);
  });

  it('reads no time in a year that names a thing ("the 1951 mutual defence treaty")', () => {
    expect(findTimes('Manila has not asked Washington to invoke the 1951 mutual defence treaty.', '2021-03-04')).toEqual([]);
    expect(findTimes('The treaty was signed in 1951.', '2021-03-04').map((t) => t.span.start)).toEqual(['1951']);
  });

  it('leaves numeric dates the rules do not read to chrono', () => {
    expect(findTimes('The ship docked on 03/01/21 at dawn.', '2021-03-04').map((t) => t.span.start)).toEqual(['2021-03-01']);
  });
});
