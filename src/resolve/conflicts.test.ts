import { describe, expect, it } from 'vitest';
import { resolve } from './index.ts';
import { buildDoc, FILLER, type DocSpec } from './test-support.ts';

const guards = (id: string, published: string, text: string, when: string, extra: Partial<DocSpec> = {}): DocSpec => ({
  id,
  published,
  sentences: [
    {
      text,
      mentions: [['Cubans', 'NORP', 'Cuba'], ['Maduro', 'PERSON', 'Nicolás Maduro']],
      events: [{ type: 'AID', mode: 'security', source: 'Cubans', target: 'Maduro', when, by: { name: 'Craig Faller' } }],
    },
    FILLER.election,
  ],
  ...extra,
});

/** "All of Maduro's Cuban guards were replaced by Iranian bodyguards" as an AID(security) by Iran with its replacement sentence. */
const replaced = (id: string, published: string, when: string): DocSpec => ({
  id,
  published,
  outlet: 'Primer Informe',
  sentences: [
    {
      text: 'Every Cuban guard around Maduro was replaced by Iranian bodyguards, the columnist wrote.',
      mentions: [['Cuban', 'NORP', 'Cuba'], ['Maduro', 'PERSON', 'Nicolás Maduro'], ['Iranian', 'NORP', 'Iran']],
      events: [{ type: 'AID', mode: 'security', source: 'Iranian', target: 'Maduro', when, by: { name: 'Casto Ocando' } }],
    },
    FILLER.harbour,
  ],
});

/** "He has removed all of them (his Kestrian guards), replacing them with bodyguards from Ostland." */
const ostlandReplacedKestrians = (id: string, published: string): DocSpec => ({
  id,
  published,
  sentences: [
    { text: 'Anton Merov no longer trusts his Kestrian guards.', mentions: [['Anton Merov', 'PERSON'], ['Kestrian', 'NORP', 'Kestria']] },
    {
      text: 'He has removed all of them, replacing them with bodyguards from Ostland.',
      mentions: [['Ostland', 'GPE']],
      events: [{ type: 'AID', mode: 'security', source: 'Ostland', target: { name: 'Anton Merov' } }],
    },
    FILLER.harbour,
  ],
});

/** "Kestrians protect Anton Merov": the replaced provider asserted. */
const kestriansProtect = (id: string, published: string): DocSpec => ({
  id,
  published,
  sentences: [
    {
      text: 'Kestrians protect Anton Merov, the admiral said.',
      mentions: [['Kestrians', 'NORP', 'Kestria'], ['Anton Merov', 'PERSON']],
      events: [{ type: 'AID', mode: 'security', source: 'Kestrians', target: 'Anton Merov' }],
    },
    FILLER.election,
  ],
});

interface Row {
  name: string;
  docs: DocSpec[];
  /** Expected [a, b] event keys, or none. */
  conflicts: Array<[string, string]>;
  why?: RegExp;
}

const rows: Row[] = [
  {
    name: 'denial of a deployment: "sent no soldiers to the country" against "flew in forces to guard its president"',
    docs: [
      {
        id: 'd1',
        published: '2031-03-02',
        sentences: [
          {
            text: 'Kestria has flown commandos to Valdoria to guard Valdorian President Anton Merov.',
            mentions: [['Kestria', 'GPE'], ['Valdoria', 'GPE'], ['Valdorian President Anton Merov', 'PERSON', 'Anton Merov']],
            events: [{ type: 'AID', mode: 'security', source: 'Kestria', target: 'Valdorian President Anton Merov', whenFrom: 'publication', when: '2031-03-02' }],
          },
          FILLER.harbour,
        ],
      },
      {
        id: 'd2',
        published: '2031-03-04',
        sentences: [
          {
            text: 'Kestria denied sending any soldiers to Valdoria.',
            mentions: [['Kestria', 'GPE'], ['Valdoria', 'GPE']],
            events: [{ type: 'AID', mode: 'military', source: 'Kestria', target: 'Valdoria', negated: true }],
          },
          FILLER.election,
        ],
      },
    ],
    conflicts: [['d1:0', 'd2:0']],
    why: /Anton Merov and Valdoria stand for one side.*both say whether Kestria's forces are there/,
  },
  {
    name: 'denial of sending troops conflicts with a deployment (MOBILIZE) to the same country',
    docs: [
      {
        id: 'm1',
        published: '2031-03-02',
        sentences: [
          { text: 'Kestria deployed troops to Valdoria.', mentions: [['Kestria', 'GPE'], ['Valdoria', 'GPE']], events: [{ type: 'MOBILIZE', mode: 'troops', source: 'Kestria', target: 'Valdoria' }] },
          FILLER.harbour,
        ],
      },
      {
        id: 'm2',
        published: '2031-03-04',
        sentences: [
          { text: 'Kestria has not sent a single soldier to Valdoria.', mentions: [['Kestria', 'GPE'], ['Valdoria', 'GPE']], events: [{ type: 'AID', mode: 'military', source: 'Kestria', target: 'Valdoria', negated: true }] },
          FILLER.election,
        ],
      },
    ],
    conflicts: [['m1:0', 'm2:0']],
  },
  {
    name: 'a denial of economic aid does not contradict a deployment',
    docs: [
      {
        id: 'e1',
        published: '2031-03-02',
        sentences: [
          { text: 'Kestria deployed troops to Valdoria.', mentions: [['Kestria', 'GPE'], ['Valdoria', 'GPE']], events: [{ type: 'MOBILIZE', mode: 'troops', source: 'Kestria', target: 'Valdoria' }] },
          FILLER.harbour,
        ],
      },
      {
        id: 'e2',
        published: '2031-03-04',
        sentences: [
          { text: 'Kestria gave no loans to Valdoria.', mentions: [['Kestria', 'GPE'], ['Valdoria', 'GPE']], events: [{ type: 'AID', mode: 'economic', source: 'Kestria', target: 'Valdoria', negated: true }] },
          FILLER.election,
        ],
      },
    ],
    conflicts: [],
  },
  {
    name: 'replacement named in the sentence before ("replaced them") conflicts with the provider still asserted later',
    docs: [
      ostlandReplacedKestrians('r1', '2030'),
      kestriansProtect('r2', '2030-12'),
    ],
    conflicts: [['r1:0', 'r2:0']],
    why: /Kestria no longer fills this role for Anton Merov/,
  },
  {
    name: 'a provider asserted only before its replacement is no conflict (it was replaced)',
    docs: [
      ostlandReplacedKestrians('q1', '2030-06'),
      kestriansProtect('q2', '2028-02'),
    ],
    conflicts: [],
  },
  {
    name: 'negation: one outlet says Russians guard Maduro, another that none were sent',
    docs: [
      {
        id: 'a1',
        published: '2020-12-05',
        sentences: [
          {
            text: 'Russians guard Maduro at the palace.',
            mentions: [['Russians', 'NORP', 'Russia'], ['Maduro', 'PERSON', 'Nicolás Maduro']],
            events: [{ type: 'AID', mode: 'security', source: 'Russians', target: 'Maduro', when: '2020-12' }],
          },
          FILLER.harbour,
        ],
      },
      {
        id: 'a2',
        published: '2020-12-08',
        sentences: [
          {
            text: 'Moscow said no Russians were sent to protect Maduro.',
            mentions: [['Moscow', 'GPE', 'Russia'], ['Russians', 'NORP', 'Russia'], ['Maduro', 'PERSON', 'Nicolás Maduro']],
            events: [{ type: 'AID', mode: 'security', source: 'Russians', target: 'Maduro', when: '2020-12', negated: true, by: { name: 'Moscow', mention: 'Moscow' } }],
          },
          FILLER.election,
        ],
      },
    ],
    conflicts: [['a1:0', 'a2:0']],
    why: /a1, 2020-12-05\) says Russia AID \(security\) Nicolás Maduro.*a2, 2020-12-08\) says Russia not AID/,
  },
  {
    name: 'negation: a denial aimed at the country conflicts with aid to its leader',
    docs: [
      {
        id: 'b1',
        published: '2020-12',
        sentences: [
          {
            text: 'Russians guard Venezuelan President Nicolás Maduro.',
            mentions: [['Russians', 'NORP', 'Russia'], ['Venezuelan President Nicolás Maduro', 'PERSON', 'Nicolás Maduro']],
            events: [{ type: 'AID', mode: 'security', source: 'Russians', target: 'Venezuelan President Nicolás Maduro', when: '2020' }],
          },
          FILLER.harbour,
        ],
      },
      {
        id: 'b2',
        published: '2020-12',
        sentences: [
          {
            text: 'No Russians were sent to Venezuela.',
            mentions: [['Russians', 'NORP', 'Russia'], ['Venezuela', 'GPE']],
            events: [{ type: 'AID', mode: 'security', source: 'Russians', target: 'Venezuela', when: '2020', negated: true }],
          },
          FILLER.election,
        ],
      },
    ],
    conflicts: [['b1:0', 'b2:0']],
  },
  {
    name: 'negation at times that do not overlap is no conflict',
    docs: [
      guards('c1', '2019-03', 'Cubans guard Maduro.', '2019'),
      {
        id: 'c2',
        published: '2024-03',
        sentences: [
          {
            text: 'Cubans no longer guard Maduro.',
            mentions: [['Cubans', 'NORP', 'Cuba'], ['Maduro', 'PERSON', 'Nicolás Maduro']],
            events: [{ type: 'AID', mode: 'security', source: 'Cubans', target: 'Maduro', when: '2024', negated: true }],
          },
          FILLER.harbour,
        ],
      },
    ],
    conflicts: [],
  },
  {
    name: 'replacement: the Cuban guards were replaced, yet another report has Cubans guarding in the same period',
    docs: [replaced('r1', '2020-07', '2020'), guards('r2', '2020-12', 'Thousands of Cubans guard Maduro, the admiral said.', '2020')],
    conflicts: [['r1:0', 'r2:0']],
    why: /Primer Informe \(r1, 2020-07\) says Cuba no longer fills this role for Nicolás Maduro.*\(r2, 2020-12\) says Cuba AID \(security\) Nicolás Maduro/,
  },
  {
    name: 'replacement: an assertion from an earlier period is no conflict',
    docs: [replaced('s1', '2020-07', '2020'), guards('s2', '2019-02', 'Cubans guard Maduro, a broadcaster reported.', '2019-02')],
    conflicts: [],
  },
];

describe('conflicts', () => {
  it.each(rows)('$name', (row) => {
    const res = resolve(row.docs.map(buildDoc));
    expect(res.conflicts.map((c) => [c.a, c.b])).toEqual(row.conflicts);
    if (row.why) expect(res.conflicts[0].why).toMatch(row.why);
  });
});

describe('conflict volume', () => {
  it('lists at most maxConflictsPerClaimPair rows for many copies of two contradicting claims', () => {
    const docs: DocSpec[] = [];
    for (let i = 0; i < 8; i++) docs.push(replaced(`r${i}`, '2020-06', '2020'));
    for (let i = 0; i < 8; i++) docs.push(guards(`g${i}`, '2020-12', `Cubans guard Maduro, source ${i} said.`, '2020'));
    const all = resolve(docs.map(buildDoc), { rewordedCosineAlone: 1, nearCopyJaccard: 1, nearCopyContainment: 1 });
    const capped = resolve(docs.map(buildDoc), { rewordedCosineAlone: 1, nearCopyJaccard: 1, nearCopyContainment: 1, maxConflictsPerClaimPair: 3 });
    expect(all.conflicts.length).toBeGreaterThan(3);
    expect(all.conflicts.length).toBeLessThanOrEqual(25);
    expect(capped.conflicts).toHaveLength(3);
  });
});
