import { describe, expect, it } from 'vitest';
import { buildJsonExport } from '../export/json.ts';
import { resolve } from './index.ts';
import { buildDoc, FILLER, type DocSpec, type SentenceSpec } from './test-support.ts';

/** "Cubans guard Maduro" with no time of its own: it takes the article's date. */
const guard: SentenceSpec = {
  text: 'Thousands of Cubans guard Maduro, the admiral told the newspaper.',
  mentions: [['Cubans', 'NORP', 'Cuba'], ['Maduro', 'PERSON', 'Nicolás Maduro']],
  events: [{ type: 'AID', mode: 'security', source: 'Cubans', target: 'Maduro', when: null, whenFrom: null }],
};

/** A copy of one report (same sentences, so one story), dated as given. */
function copy(id: string, published: string | null, publishedFrom: 'metadata' | 'text' = 'text'): DocSpec {
  const dated: SentenceSpec = { ...guard, events: guard.events!.map((e) => ({ ...e, when: published, whenFrom: published ? 'publication' : null })) };
  return { id, published, publishedFrom, sentences: [dated, FILLER.harbour] };
}

describe('publication dates revised across a story', () => {
  it('a member dated only coarsely by its text takes the latest bound of its story, and its undated events follow', () => {
    const docs = [copy('a', '2018'), copy('b', '2020')].map(buildDoc);
    const res = resolve(docs);
    expect(res.stories.find((s) => s.documents.length === 2)).toBeDefined();
    expect(res.redated).toEqual([{ document: 'a', published: '2020', why: expect.stringMatching(/^same story as b\.txt, dated by its text to 2020 or later$/) }]);
    const exp = buildJsonExport(docs, res);
    expect(exp.documents.find((d) => d.id === 'a')).toMatchObject({ published: '2020', published_from: 'story' });
    expect(exp.events.find((e) => e.document === 'a')!.when).toEqual({ start: '2020', end: '2020' });
    // One claim from 2020, not one from 2018 and one from 2020.
    expect(res.claims).toHaveLength(1);
    expect(res.claims[0].first_seen).toBe('2020');
  });

  it('a member with a firm date dates the others to its month', () => {
    const res = resolve([copy('a', '2024-11-14', 'metadata'), copy('b', '2024'), copy('c', null)].map(buildDoc));
    expect(res.redated.map((r) => [r.document, r.published])).toEqual([['b', '2024-11'], ['c', '2024-11']]);
  });

  it('never moves a date earlier than its own evidence, and leaves firm dates alone', () => {
    const res = resolve([copy('a', '2021-03'), copy('b', '2020'), copy('c', '2019-05-02', 'metadata')].map(buildDoc));
    // c is firm: a and b take its month only where that is later than their own bound (neither here).
    expect(res.redated).toEqual([]);
    const loose = resolve([copy('a', '2021-03'), copy('b', '2020')].map(buildDoc));
    expect(loose.redated.map((r) => [r.document, r.published])).toEqual([['b', '2021-03']]);
  });

  it('articles of different stories keep their own dates', () => {
    const other: DocSpec = { id: 'z', published: '2025', publishedFrom: 'text', sentences: [FILLER.election] };
    const res = resolve([copy('a', '2018'), other].map(buildDoc));
    expect(res.redated).toEqual([]);
  });
});
