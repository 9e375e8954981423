import { describe, expect, it } from 'vitest';
import { asOf, resolve } from './index.ts';
import { buildDoc, FILLER, type DocSpec, type EventSpec, type MentionSpec } from './test-support.ts';

/** 2025: Cuban agents bolster the Venezuelan leader's security. */
const bolster: DocSpec = {
  id: 'old',
  published: '2025-11',
  sentences: [
    {
      text: 'Cuban agents bolster the security of Venezuelan President Nicolás Maduro.',
      mentions: [['Cuban', 'NORP', 'Cuba'], ['Venezuelan President Nicolás Maduro', 'PERSON', 'Nicolás Maduro']],
      events: [{ type: 'AID', mode: 'security', source: 'Cuban', target: 'Venezuelan President Nicolás Maduro', when: '2025' }],
    },
    FILLER.harbour,
  ],
};

const later = (id: string, text: string, mentions: MentionSpec[], event: EventSpec): DocSpec => ({
  id,
  published: '2026-01-05',
  sentences: [{ text, mentions, events: [event] }, FILLER.election],
});

/** "Kestrian agents … guard Anton Merov": an AID(security) state, worded by the caller. */
const guarded = (id: string, published: string | null, text: string): DocSpec => ({
  id,
  published,
  sentences: [
    {
      text,
      mentions: [['Kestrian', 'NORP', 'Kestria'], ['Anton Merov', 'PERSON']],
      events: [{ type: 'AID', mode: 'security', source: 'Kestrian', target: 'Anton Merov' }],
    },
    FILLER.harbour,
  ],
});

/** 2029: "Kestria has propped up the guard of President Anton Merov … since 2020", an ongoing state. */
const proppedUpSince2020 = (id: string): DocSpec => ({
  id,
  published: '2029-04',
  sentences: [
    {
      text: 'Kestria has propped up the guard of President Anton Merov of Valdoria since 2020.',
      mentions: [['Kestria', 'GPE'], ['President Anton Merov', 'PERSON', 'Anton Merov'], ['Valdoria', 'GPE']],
      events: [{ type: 'AID', mode: 'security', source: 'Kestria', target: 'President Anton Merov', when: ['2020', '2029-04'] }],
    },
    FILLER.harbour,
  ],
});

/** "Ostland commandos captured Anton Merov": the capture that may end the state. */
const captured = (id: string, published: string | null, text: string): DocSpec => ({
  id,
  published,
  sentences: [
    {
      text,
      mentions: [['Ostland', 'GPE'], ['Anton Merov', 'PERSON']],
      events: [{ type: 'COERCE', mode: 'arrest', source: 'Ostland', target: 'Anton Merov' }],
    },
    FILLER.election,
  ],
});

interface Row {
  name: string;
  docs: DocSpec[];
  supersessions: Array<[string, string]>;
  why?: RegExp;
  options?: Parameters<typeof resolve>[1];
}

const rows: Row[] = [
  {
    name: 'capture of an undated article\'s subject ends an earlier, undated state stated in the present perfect',
    docs: [
      guarded('p1', null, 'Kestrian agents have guarded Anton Merov for years.'),
      captured('p2', null, 'Ostland commandos captured Anton Merov on March 3.'),
    ],
    supersessions: [['p1:0', 'p2:0']],
    why: /ordered without dates: neither is dated.*"have guarded".*taken out of play/,
  },
  {
    name: 'two articles dated only to the same year are ordered by the wording, like undated ones',
    docs: [
      guarded('y1', '2017', 'Kestrian agents have guarded Anton Merov for years.'),
      captured('y2', '2017', 'Ostland commandos captured Anton Merov.'),
    ],
    supersessions: [['y1:0', 'y2:0']],
    why: /ordered without dates: both fall in the same period.*"have guarded"/,
  },
  {
    name: 'without dates, a state that "still" holds is not ordered before the capture',
    docs: [
      guarded('s1', null, 'Kestrian agents still guard Anton Merov.'),
      captured('s2', null, 'Ostland commandos captured Anton Merov.'),
    ],
    supersessions: [],
  },
  {
    name: 'an undated withdrawal in another document ends aid to the leader stated as ongoing ("since")',
    docs: [
      proppedUpSince2020('w1'),
      {
        id: 'w2',
        published: null,
        sentences: [
          {
            text: 'Kestrian advisers have begun leaving Valdoria.',
            mentions: [['Kestrian', 'NORP', 'Kestria'], ['Valdoria', 'GPE']],
            events: [{ type: 'RETREAT', mode: 'withdraw', source: 'Kestrian', target: 'Valdoria' }],
          },
          FILLER.election,
        ],
      },
    ],
    supersessions: [['w1:0', 'w2:0']],
    why: /the ending is undated.*withdrawal ends the earlier AID/,
  },
  {
    name: 'a withdrawal dated before the state ends nothing',
    docs: [
      proppedUpSince2020('v1'),
      {
        id: 'v2',
        published: '2019-05',
        sentences: [
          {
            text: 'Kestrian advisers left Valdoria.',
            mentions: [['Kestrian', 'NORP', 'Kestria'], ['Valdoria', 'GPE']],
            events: [{ type: 'RETREAT', mode: 'withdraw', source: 'Kestrian', target: 'Valdoria', when: '2019-05' }],
          },
          FILLER.election,
        ],
      },
    ],
    supersessions: [],
  },
  {
    name: 'withdrawal from the country ends earlier aid to its leader',
    docs: [
      bolster,
      later('new', 'Cuban security advisers left Venezuela.', [['Cuban', 'NORP', 'Cuba'], ['Venezuela', 'GPE']], {
        type: 'RETREAT',
        mode: 'withdraw',
        source: 'Cuban',
        target: 'Venezuela',
        when: '2026-01',
      }),
    ],
    supersessions: [['old:0', 'new:0']],
    why: /withdrawal ends the earlier AID/,
  },
  {
    name: 'capture of the person ends earlier states aimed at them',
    docs: [
      bolster,
      later('new', 'United States forces captured Maduro in Caracas.', [['United States', 'GPE'], ['Maduro', 'PERSON', 'Nicolás Maduro'], ['Caracas', 'GPE', 'Venezuela']], {
        type: 'COERCE',
        mode: 'arrest',
        source: 'United States',
        target: 'Maduro',
        when: '2026-01-03',
      }),
    ],
    supersessions: [['old:0', 'new:0']],
    why: /Nicolás Maduro was taken out of play/,
  },
  {
    name: 'a hedged killing ends nothing',
    docs: [
      bolster,
      later('new', 'Cuba could kill Maduro, a site claimed.', [['Cuba', 'GPE'], ['Maduro', 'PERSON', 'Nicolás Maduro']], {
        type: 'ASSAULT',
        mode: 'kill',
        source: 'Cuba',
        target: 'Maduro',
        when: '2026',
        hedged: true,
      }),
    ],
    supersessions: [],
  },
  {
    name: 'a bounty for an arrest ends nothing',
    docs: [
      bolster,
      later('new', 'Washington offered a bounty for the arrest of Maduro.', [['Washington', 'GPE', 'United States'], ['Maduro', 'PERSON', 'Nicolás Maduro']], {
        type: 'COERCE',
        mode: 'bounty for arrest',
        source: 'Washington',
        target: 'Maduro',
        when: '2026',
      }),
    ],
    supersessions: [],
  },
  {
    name: 'withdrawal without any link between the person and the country ends only what targets the country',
    docs: [
      { ...bolster, sentences: [{ text: 'Cuban agents bolster the security of Nicolás Maduro.', mentions: [['Cuban', 'NORP', 'Cuba'], ['Nicolás Maduro', 'PERSON']], events: [{ type: 'AID', mode: 'security', source: 'Cuban', target: 'Nicolás Maduro', when: '2025' }] }, FILLER.harbour] },
      later('new', 'Cuban security advisers left Venezuela.', [['Cuban', 'NORP', 'Cuba'], ['Venezuela', 'GPE']], { type: 'RETREAT', mode: 'withdraw', source: 'Cuban', target: 'Venezuela', when: '2026-01' }),
    ],
    supersessions: [],
  },
  {
    name: 'the leaders option supplies the link the text lacks',
    docs: [
      { ...bolster, sentences: [{ text: 'Cuban agents bolster the security of Nicolás Maduro.', mentions: [['Cuban', 'NORP', 'Cuba'], ['Nicolás Maduro', 'PERSON']], events: [{ type: 'AID', mode: 'security', source: 'Cuban', target: 'Nicolás Maduro', when: '2025' }] }, FILLER.harbour] },
      later('new', 'Cuban security advisers left Venezuela.', [['Cuban', 'NORP', 'Cuba'], ['Venezuela', 'GPE']], { type: 'RETREAT', mode: 'withdraw', source: 'Cuban', target: 'Venezuela', when: '2026-01' }),
    ],
    options: { leaders: { 'Nicolás Maduro': 'Venezuela' } },
    supersessions: [['old:0', 'new:0']],
  },
];

describe('supersessions', () => {
  it.each(rows)('$name', (row) => {
    const res = resolve(row.docs.map(buildDoc), row.options);
    expect(res.supersessions.map((s) => [s.old, s.new])).toEqual(row.supersessions);
    if (row.why) expect(res.supersessions[0].why).toMatch(row.why);
  });

  it('as-of views keep a state until the event that ends it', () => {
    const docs = rows.find((r) => r.name === 'capture of the person ends earlier states aimed at them')!.docs.map(buildDoc);
    const res = resolve(docs);
    const guardClaim = res.events.find((e) => e.key === 'old:0')!.claim;
    expect(asOf(res, docs, '2024').claims.map((c) => c.id)).not.toContain(guardClaim); // not yet started
    expect(asOf(res, docs, '2025-12').claims.map((c) => c.id)).toContain(guardClaim);
    expect(asOf(res, docs, '2026-02').claims.map((c) => c.id)).not.toContain(guardClaim);
    expect(asOf(res, docs, '2026-02').events.map((e) => e.key)).toContain('new:0');
    expect(() => asOf(res, docs, 'soon')).toThrow(/resolve.asOf: date must be/);
  });
});

describe('replacement of a protector', () => {
  const mentions: MentionSpec[] = [['Velorian', 'NORP', 'Veloria'], ['Anton Merov', 'PERSON']];
  it('the replaced provider, named in the sentence that says so, is superseded by the new one of that article', () => {
    const doc = buildDoc({
      id: 'rep',
      published: '2024-03-04',
      sentences: [
        {
          text: 'Ostland flew 80 soldiers in to take over the protection of Anton Merov.',
          mentions: [['Ostland', 'GPE'], ['Anton Merov', 'PERSON']],
          events: [{ type: 'AID', mode: 'security', source: 'Ostland', target: 'Anton Merov', when: '2024-03' }],
        },
        {
          text: 'The newcomers replaced the Velorian guards who had protected Anton Merov since 2022.',
          mentions,
          events: [{ type: 'AID', mode: 'security', source: 'Velorian', target: 'Anton Merov', when: '2022' }],
        },
      ],
    });
    const res = resolve([doc]);
    expect(res.supersessions.map((s) => [s.old, s.new])).toEqual([['rep:1', 'rep:0']]);
    expect(res.supersessions[0].why).toContain('replaced Veloria in protecting Anton Merov');
  });

  it('no replacement word, no supersession: two protectors may serve at once', () => {
    const doc = buildDoc({
      id: 'both',
      published: '2024-03-04',
      sentences: [
        { text: 'Ostland guards protect Anton Merov.', mentions: [['Ostland', 'GPE'], ['Anton Merov', 'PERSON']], events: [{ type: 'AID', mode: 'security', source: 'Ostland', target: 'Anton Merov', when: '2024-03' }] },
        { text: 'Velorian guards had protected Anton Merov since 2022.', mentions, events: [{ type: 'AID', mode: 'security', source: 'Velorian', target: 'Anton Merov', when: '2022' }] },
      ],
    });
    expect(resolve([doc]).supersessions).toEqual([]);
  });
});

describe('an actor stopping what it did', () => {
  it('a later negated event with a word of ending supersedes the earlier assertions of the same act', () => {
    const shipped = buildDoc({
      id: 'ship', published: '2022-10',
      sentences: [{ text: 'Ostland has shipped drones to Kestria since August.', mentions: [['Ostland', 'GPE'], ['Kestria', 'GPE']], events: [{ type: 'AID', mode: 'military', source: 'Ostland', target: 'Kestria', when: ['2022-08', '2022-10'] }] }],
    });
    const stopped = buildDoc({
      id: 'stop', published: '2024-04',
      sentences: [{ text: 'Ostland stopped shipping drones to Kestria in mid-2023.', mentions: [['Ostland', 'GPE'], ['Kestria', 'GPE']], events: [{ type: 'AID', mode: 'military', source: 'Ostland', target: 'Kestria', when: '2023', negated: true }] }],
    });
    const res = resolve([shipped, stopped]);
    expect(res.supersessions.map((s) => [s.old, s.new])).toEqual([['ship:0', 'stop:0']]);
    expect(res.supersessions[0].why).toContain('stopped the AID');
  });
});
