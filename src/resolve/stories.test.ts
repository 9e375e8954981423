import { describe, expect, it } from 'vitest';
import { resolve, resolveWithTrace } from './index.ts';
import { buildDoc, FILLER, type DocSpec, type SentenceSpec } from './test-support.ts';

/** "Iran aids Maduro" and "Iran sends forces for Maduro": two claim keys, worded per outlet. */
function twoClaims(aidWords: string, mobilizeWords: string): SentenceSpec[] {
  return [
    {
      text: aidWords,
      mentions: [['Iran', 'GPE'], ['Nicolás Maduro', 'PERSON']],
      events: [{ type: 'AID', mode: 'military', source: 'Iran', target: 'Nicolás Maduro', when: '2020' }],
    },
    {
      text: mobilizeWords,
      mentions: [['Iran', 'GPE'], ['Nicolás Maduro', 'PERSON']],
      events: [{ type: 'MOBILIZE', mode: 'military', source: 'Iran', target: 'Nicolás Maduro', when: '2020' }],
    },
  ];
}

interface Row {
  name: string;
  docs: DocSpec[];
  /** Expected partition of the document ids into stories. */
  stories: string[][];
  earliest?: string;
  originName?: string;
}

// One report retold in other words: the rare words (names, places, numbers) survive the rewrite.
const RETOLD = [
  'Dockers at Velmora port walked out over 14 unpaid shifts, the Harbour Gazette reported. Union chief Irma Kessel said grain barges from Tarsk would sit idle until the Oskar Line company paid.',
  'Grain barges from Tarsk sat idle at Velmora port after dockers stopped work over 14 unpaid shifts. Irma Kessel, who leads the union, blamed the Oskar Line company, according to the Harbour Gazette.',
];

const rows: Row[] = [
  {
    name: 'reworded: one report retold in other words, both citing the same outlet',
    docs: [
      { id: 'r1', cited: [['Harbour Gazette', 'reported']], sentences: [RETOLD[0]] },
      { id: 'r2', cited: [['Harbour Gazette', 'according to']], sentences: [RETOLD[1]] },
    ],
    stories: [['r1', 'r2']],
  },

  {
    name: 'reworded: a rewrite that cites the other article\'s publisher',
    docs: [
      { id: 'p1', outlet: 'Harbour Gazette', published: '2021-03-02', sentences: [RETOLD[0]] },
      { id: 'p2', cited: [['Harbour Gazette', 'according to']], sentences: [RETOLD[1]] },
    ],
    stories: [['p1', 'p2']],
  },
  {
    name: 'translated: a retelling in another language that credits the other\'s publisher, days later, naming the same person (not months later, not sharing only a place)',
    docs: [
      { id: 't1', outlet: 'Harbour Gazette', published: '2021-03-02', sentences: [{ text: RETOLD[0], mentions: [['Irma Kessel', 'PERSON']] }] },
      { id: 't2', language: 'es', published: '2021-03-03', cited: [['Harbour Gazette', 'según']], sentences: [{ text: 'Los estibadores del puerto de Velmora dejaron de trabajar, dijo Irma Kessel al diario.', mentions: [['Irma Kessel', 'PERSON']] }] },
      { id: 't3', language: 'es', published: '2021-05-20', cited: [['Harbour Gazette', 'según']], sentences: [{ text: 'Irma Kessel volvió a hablar meses después sobre otro asunto.', mentions: [['Irma Kessel', 'PERSON']] }] },
      { id: 't4', language: 'es', published: '2021-03-04', cited: [['Harbour Gazette', 'según']], sentences: ['Un incendio en Tarsk destruyó un almacén.'] },
    ],
    stories: [['t1', 't2'], ['t3'], ['t4']],
  },
  {
    name: 'reworded: a date estimated from the text is a lower bound, not evidence the reports are far apart',
    docs: [
      { id: 'b1', outlet: 'Harbour Gazette', published: '2021-03-02', sentences: [RETOLD[0]] },
      { id: 'b2', published: '2019-06', publishedFrom: 'text', cited: [['Harbour Gazette', 'according to']], sentences: [RETOLD[1]] },
    ],
    stories: [['b1', 'b2']],
  },
  {
    name: 'two articles of one publisher are not one story for that alone',
    docs: [
      { id: 'o1', outlet: 'Harbour Gazette', published: '2021-03-02', sentences: [FILLER.harbour] },
      { id: 'o2', outlet: 'Harbour Gazette', published: '2021-03-02', sentences: [FILLER.election] },
    ],
    stories: [['o1'], ['o2']],
  },
  {
    name: 'near-copy: a wire report and a light rewrite are one story',
    docs: [
      { id: 'w1', published: '2021-03-02', outlet: 'Wire', sentences: [FILLER.harbour] },
      {
        id: 'w2',
        published: '2021-03-03',
        outlet: 'Daily',
        sentences: [FILLER.harbour.replace('on Tuesday', 'this week').replace('three weeks', 'nearly a month') + ' A reporter contributed.'],
      },
    ],
    stories: [['w1', 'w2']],
    earliest: 'w1',
  },
  {
    name: 'same event: two independent write-ups citing one interview',
    docs: [
      {
        id: 'j1',
        published: '2020-12',
        cited: [['The Wall Street Journal', 'interview']],
        sentences: twoClaims('In a long interview, Iran was said to arm Nicolás Maduro.', 'Iran also moved forces to shield Nicolás Maduro.'),
      },
      {
        id: 'j2',
        published: '2020-12',
        cited: [['Wall Street Journal', 'told']],
        sentences: [FILLER.election, ...twoClaims('Officials fear Iran keeps weapons flowing to Nicolás Maduro.', 'Iran deployed fighters around Nicolás Maduro.')],
      },
    ],
    stories: [['j1', 'j2']],
    originName: 'The Wall Street Journal',
  },
  {
    name: 'same event: two undated write-ups attributing the shared claims to one named speaker',
    docs: [
      { id: 'f1', sentences: twoClaims('Iran arms Nicolás Maduro, Craig Faller said.', 'Iran sends forces to Nicolás Maduro, he added.').map((s) => ({ ...s, events: s.events!.map((e) => ({ ...e, by: { name: 'Craig Faller' } })) })) },
      { id: 'f2', sentences: [FILLER.harbour, ...twoClaims('Craig Faller said Iran arms Nicolás Maduro.', 'Iran has forces with Nicolás Maduro, per the admiral.').map((s) => ({ ...s, events: s.events!.map((e) => ({ ...e, by: { name: 'Craig Faller' } })) }))] },
    ],
    stories: [['f1', 'f2']],
  },
  {
    name: 'same event: shared claims published within the window',
    docs: [
      { id: 'p1', published: '2020-12-02', sentences: twoClaims('Iran armed Nicolás Maduro, a minister said.', 'Iran sent troops for Nicolás Maduro.') },
      { id: 'p2', published: '2020-12-09', sentences: twoClaims('Weapons from Iran reached Nicolás Maduro.', 'Troops from Iran guard Nicolás Maduro now.') },
    ],
    stories: [['p1', 'p2']],
    earliest: 'p1',
  },
  {
    name: 'same topic, different stories: shared claims but months apart and no shared origin',
    docs: [
      { id: 'q1', published: '2020-01-05', sentences: twoClaims('Iran armed Nicolás Maduro in the winter.', 'Iran sent troops for Nicolás Maduro then.') },
      { id: 'q2', published: '2020-06-10', sentences: twoClaims('In June Iran armed Nicolás Maduro again.', 'Iran sent more troops for Nicolás Maduro.') },
    ],
    stories: [['q1'], ['q2']],
  },
  {
    name: 'same topic, different stories: year-only dates are no evidence of one event',
    docs: [
      { id: 'y1', published: '2020', sentences: twoClaims('Iran armed Nicolás Maduro that year.', 'Iran sent troops for Nicolás Maduro.') },
      { id: 'y2', published: '2020', sentences: twoClaims('Iran keeps arming Nicolás Maduro.', 'Iran keeps troops near Nicolás Maduro.') },
    ],
    stories: [['y1'], ['y2']],
  },
  {
    name: 'same topic, different stories: one country, unrelated reports',
    docs: [
      { id: 'v1', published: '2021-03-02', sentences: [{ text: 'Venezuela raised fuel prices.', mentions: [['Venezuela', 'GPE']] }, FILLER.harbour] },
      { id: 'v2', published: '2021-03-03', sentences: [{ text: 'Venezuela held an election.', mentions: [['Venezuela', 'GPE']] }, FILLER.election] },
    ],
    stories: [['v1'], ['v2']],
  },
];

describe('stories', () => {
  it.each(rows)('$name', (row) => {
    const res = resolve(row.docs.map(buildDoc));
    const partition = res.stories.map((s) => s.documents).sort((a, b) => (a[0] < b[0] ? -1 : 1));
    expect(partition).toEqual(row.stories);
    if (row.earliest) expect(res.stories.find((s) => s.documents.includes(row.earliest!))!.earliest).toBe(row.earliest);
    if (row.originName) {
      const story = res.stories[0];
      expect(story.originName).toBe(row.originName);
      expect(res.entities.find((e) => e.id === story.origin)?.name).toBe(row.originName);
    }
  });

  it('keeps reworded-looking reports apart without a shared origin, speaker or date, below the words-alone threshold', () => {
    const docs = [{ id: 'r3', sentences: [RETOLD[0]] }, { id: 'r4', sentences: [RETOLD[1]] }].map(buildDoc);
    // The two retellings score a cosine of 0.53 in a two-article corpus.
    expect(resolve(docs).stories).toHaveLength(1);
    expect(resolve(docs, { rewordedCosineAlone: 0.9 }).stories).toHaveLength(2);
  });

  it('says why documents were grouped', () => {
    const { trace } = resolveWithTrace(rows.find((r) => r.name.startsWith('near-copy'))!.docs.map(buildDoc));
    expect(trace.storyLinks).toHaveLength(1);
    expect(trace.storyLinks[0].why).toMatch(/^near-copy: 3-word shingle Jaccard/);
  });
});
