import { describe, expect, it } from 'vitest';
import { resolve } from './index.ts';
import { buildDoc, FILLER, type DocSpec, type EventSpec, type SentenceSpec } from './test-support.ts';

/** "Cubans guard Maduro", with the given attribution, as one sentence. */
function guardSentence(text: string, by: EventSpec['by'] = null, when = '2020'): SentenceSpec {
  return {
    text,
    mentions: [['Cubans', 'NORP', 'Cuba'], ['Maduro', 'PERSON', 'Nicolás Maduro']],
    events: [{ type: 'AID', mode: 'security', source: 'Cubans', target: 'Maduro', when, by }],
  };
}

interface Row {
  name: string;
  docs: DocSpec[];
  origins: number;
  chain?: string;
}

const rows: Row[] = [
  {
    name: 'two rewrites of one wire report count once',
    docs: [
      { id: 'r1', published: '2020-12-02', outlet: 'Wire', sentences: [guardSentence('Thousands of Cubans guard Maduro, the agency learned.'), FILLER.harbour] },
      { id: 'r2', published: '2020-12-03', outlet: 'Paper', sentences: [guardSentence('Thousands of Cubans guard Maduro, the agency learned.'), FILLER.harbour.replace('Tuesday', 'Monday')] },
    ],
    origins: 1,
  },
  {
    name: 'two outlets citing the same interview count once',
    docs: [
      {
        id: 'o1',
        published: '2020-12',
        sentences: [guardSentence('Cubans guard Maduro, Craig Faller told the newspaper.', { name: 'Craig Faller', chain: ['The Wall Street Journal', 'Craig Faller'] })],
      },
      {
        id: 'o2',
        published: '2020-12',
        sentences: [FILLER.election, guardSentence('The admiral said Cubans guard Maduro closely.', { name: 'Craig Faller', chain: ['Craig Faller'] })],
      },
    ],
    origins: 1,
    chain: 'The Wall Street Journal ← Craig Faller (o1, o2)',
  },
  {
    name: 'two independent reports count twice',
    docs: [
      { id: 'i1', published: '2020-03', outlet: 'North Times', sentences: [guardSentence('Our reporters saw Cubans guard Maduro at a rally.'), FILLER.harbour] },
      { id: 'i2', published: '2020-09', outlet: 'South Post', sentences: [guardSentence('Cubans guard Maduro, a defector told us.', { name: 'a defector' }), FILLER.election] },
    ],
    origins: 2,
  },
  {
    name: 'unnamed speakers in different outlets do not collapse',
    docs: [
      { id: 'u1', published: '2020-03', sentences: [guardSentence('Cubans guard Maduro, officials said.', { name: 'US officials' }), FILLER.harbour] },
      { id: 'u2', published: '2020-09', sentences: [guardSentence('Cubans guard Maduro, officials said.', { name: 'US officials' }), FILLER.election] },
    ],
    origins: 2,
  },
];

describe('claims and independent origins', () => {
  it.each(rows)('$name', (row) => {
    const res = resolve(row.docs.map(buildDoc));
    expect(res.claims).toHaveLength(1);
    const [claim] = res.claims;
    expect(claim.documents).toEqual(row.docs.map((d) => d.id).sort());
    expect(claim.origins).toBe(row.origins);
    expect(claim.originChains).toHaveLength(row.origins);
    if (row.chain) expect(claim.originChains).toContain(row.chain);
  });

  it('joins duplicates within a document, splits incompatible times, and dates the claim from publication', () => {
    const doc = buildDoc({
      id: 'd1',
      published: '2021-02',
      sentences: [
        guardSentence('In 2020 Cubans guard Maduro day and night.'),
        guardSentence('Cubans guard Maduro even at home.', null, '2020-06'),
        guardSentence('Back in 2012 Cubans guard Maduro too.', null, '2012'),
        { text: 'Cubans guard Maduro, it is said.', mentions: [['Cubans', 'NORP', 'Cuba'], ['Maduro', 'PERSON', 'Nicolás Maduro']], events: [{ type: 'AID', mode: 'security', source: 'Cubans', target: 'Maduro' }] },
      ],
    });
    const res = resolve([doc]);
    expect(res.claims).toHaveLength(2);
    const recent = res.claims.find((c) => c.events.includes('d1:0'))!;
    expect(recent.events).toEqual(['d1:0', 'd1:1', 'd1:3']); // the undated one joins the group nearest its publication date
    expect(res.claims.find((c) => c.events.includes('d1:2'))!.events).toEqual(['d1:2']);
    expect(recent.first_seen).toBe('2021-02');
    expect(recent.last_seen).toBe('2021-02');
  });

  it('splits one source, type and target by mode: weapons and bodyguards are two statements', () => {
    const iran = (text: string, mode: string | null, by: string): SentenceSpec => ({
      text,
      mentions: [['Iran', 'GPE'], ['Maduro', 'PERSON', 'Nicolás Maduro']],
      events: [{ type: 'AID', mode, source: 'Iran', target: 'Maduro', when: '2020', by: { name: by } }],
    });
    const res = resolve([
      buildDoc({ id: 'm1', published: '2020-12', sentences: [iran('Iran sent rifles to help Maduro, Craig Faller said.', 'military', 'Craig Faller')] }),
      buildDoc({ id: 'm2', published: '2020-12', sentences: [FILLER.election, iran('Craig Faller said Iran shipped arms to Maduro.', 'military', 'Craig Faller')] }),
      buildDoc({ id: 'm3', published: '2020-06', sentences: [iran('Iran now provides the bodyguards of Maduro, Ana Ruiz wrote.', 'security', 'Ana Ruiz')] }),
      buildDoc({ id: 'm4', published: '2020-06', sentences: [FILLER.harbour, iran('Iran helps Maduro, Ana Ruiz wrote.', null, 'Ana Ruiz')] }),
    ]);
    expect(res.claims.map((c) => [c.documents, c.origins])).toEqual(
      expect.arrayContaining([[['m1', 'm2'], 1], [['m3', 'm4'], 1]]), // the event without a mode joins its speaker's group
    );
    expect(res.claims).toHaveLength(2);
  });

  it('statements with no time of their own, published years apart, are two claims', () => {
    const undated = (id: string, published: string): DocSpec => ({
      id, published, sentences: [FILLER.harbour, { ...guardSentence('Cubans guard Maduro, a guard said.'), events: [{ type: 'AID', mode: 'security', source: 'Cubans', target: 'Maduro', when: published, whenFrom: 'publication' }] }],
    });
    const res = resolve([undated('y1', '2020-12'), undated('y2', '2025-11'), undated('y3', '2021-03')].map(buildDoc));
    expect(res.claims.map((c) => c.documents).sort()).toEqual([['y1', 'y3'], ['y2']]);
  });

  it('keeps an assertion and its denial apart', () => {
    const doc = buildDoc({
      id: 'n1',
      sentences: [
        guardSentence('Cubans guard Maduro.'),
        { text: 'Cubans do not guard Maduro.', mentions: [['Cubans', 'NORP', 'Cuba'], ['Maduro', 'PERSON', 'Nicolás Maduro']], events: [{ type: 'AID', mode: 'security', source: 'Cubans', target: 'Maduro', when: '2020', negated: true }] },
      ],
    });
    expect(resolve([doc]).claims).toHaveLength(2);
  });
});
