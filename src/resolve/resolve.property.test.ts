import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PloverType } from '../types.ts';
import { PLOVER_TYPES } from '../types.ts';
import { resolve } from './index.ts';
import { buildDoc, FILLER, type DocSpec, type EventSpec, type MentionSpec, type SentenceSpec } from './test-support.ts';

// A small world of actors, written so that every kind of merge and non-merge can occur at random.
const ACTORS: MentionSpec[] = [
  ['Nicolás Maduro', 'PERSON'], ['Maduro', 'PERSON'], ['President Nicolas Maduro', 'PERSON', 'Nicolas Maduro'],
  ['Delcy Rodríguez', 'PERSON'], ['Jorge Rodríguez', 'PERSON'], ['Rodríguez', 'PERSON'],
  ['Cubans', 'NORP', 'Cuba'], ['Havana', 'GPE', 'Cuba'], ['Cuba', 'GPE'], ['Venezuela', 'GPE'], ['Venezuelan', 'NORP'],
  ['Russian contractors', 'NORP', 'Russia'], ['Russia', 'GPE'], ['IRGC', 'ORG'], ['Islamic Revolutionary Guard Corps', 'ORG'],
  ['Reuters', 'ORG'], ['United States', 'GPE'],
];
const DATES = ['2019', '2020', '2020-06', '2020-12', '2020-12-02', '2020-12-09', '2025', '2026-01-03', null];
const MODES = ['security', 'military', 'withdraw', 'arrest', 'kill', 'replaced', null];

const eventArb = (mentionCount: number) =>
  fc.record({
    type: fc.constantFrom<PloverType>(...PLOVER_TYPES),
    mode: fc.constantFrom(...MODES),
    source: fc.option(fc.nat(mentionCount - 1)),
    target: fc.option(fc.nat(mentionCount - 1)),
    negated: fc.boolean(),
    hedged: fc.boolean(),
    when: fc.constantFrom(...DATES),
    speaker: fc.option(fc.constantFrom('Craig Faller', 'US officials', 'Reuters', 'Rodríguez', 'Maduro')),
    byName: fc.constantFrom('unnamed group', 'Maduro', 'Rodríguez', 'Havana', 'Russian contractors', 'SEBIN', 'the agency'),
  });

const sentenceArb: fc.Arbitrary<SentenceSpec> = fc
  .uniqueArray(fc.nat(ACTORS.length - 1), { minLength: 1, maxLength: 3 })
  .chain((actorIdx) =>
    fc.array(eventArb(actorIdx.length), { maxLength: 2 }).map((events) => {
      const mentions = actorIdx.map((i) => ACTORS[i]);
      const text = mentions.map((m) => m[0]).join(' and ') + ' met.';
      const actor = (i: number | null, byName: string) => (i === null ? { name: byName } : mentions[i][0]);
      return {
        text,
        mentions,
        events: events.map(
          (e): EventSpec => ({
            type: e.type,
            mode: e.mode,
            source: actor(e.source, e.byName),
            target: actor(e.target, e.byName),
            negated: e.negated,
            hedged: e.hedged,
            when: e.when,
            by: e.speaker ? { name: e.speaker, chain: e.speaker === 'Craig Faller' ? ['The Wall Street Journal', 'Craig Faller'] : [e.speaker] } : null,
          }),
        ),
      };
    }),
  );

const docsArb: fc.Arbitrary<DocSpec[]> = fc
  .array(
    fc.record({
      published: fc.constantFrom(...DATES),
      sentences: fc.array(sentenceArb, { minLength: 1, maxLength: 4 }),
      filler: fc.constantFrom(FILLER.harbour, FILLER.election, ''),
      cites: fc.boolean(),
    }),
    { minLength: 1, maxLength: 6 },
  )
  .map((docs) =>
    docs.map((d, i): DocSpec => ({
      id: `doc${i}`,
      published: d.published,
      sentences: d.filler ? [...d.sentences, d.filler] : d.sentences,
      cited: d.cites ? [['The Wall Street Journal', 'interview']] : [],
    })),
  );

function shuffle<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe('resolve properties', () => {
  it('never throws; every document in exactly one story; every event in exactly one claim; ids point somewhere', () => {
    fc.assert(
      fc.property(docsArb, (specs) => {
        const docs = specs.map(buildDoc);
        const res = resolve(docs);
        const storyCount = new Map<string, number>();
        for (const s of res.stories) for (const d of s.documents) storyCount.set(d, (storyCount.get(d) ?? 0) + 1);
        expect([...storyCount.keys()].sort()).toEqual(docs.map((d) => d.article.id).sort());
        expect([...storyCount.values()].every((n) => n === 1)).toBe(true);

        const allEvents = docs.flatMap((d) => d.events.map((e) => `${d.article.id}:${e.index}`)).sort();
        const inClaims = res.claims.flatMap((c) => c.events).sort();
        expect(inClaims).toEqual(allEvents);
        for (const e of res.events) expect(res.claims.find((c) => c.id === e.claim)?.events).toContain(e.key);

        const entityIds = new Set(res.entities.map((e) => e.id));
        for (const id of Object.values(res.mentionEntity)) expect(entityIds.has(id)).toBe(true);
        for (const e of res.events) {
          if (e.source) expect(entityIds.has(e.source)).toBe(true);
          if (e.target) expect(entityIds.has(e.target)).toBe(true);
        }
        for (const c of res.claims) expect(c.origins).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 150 },
    );
  });

  it('is deterministic under input reordering', () => {
    fc.assert(
      fc.property(docsArb, fc.nat(), (specs, seed) => {
        const docs = specs.map(buildDoc);
        expect(resolve(shuffle(docs, seed))).toEqual(resolve(docs));
      }),
      { numRuns: 100 },
    );
  });

  it('is deterministic on a hand-built mixed corpus in every rotation', () => {
    const specs: DocSpec[] = [
      { id: 'm1', published: '2020-12', cited: [['The Wall Street Journal']], sentences: [{ text: 'Admiral Faller said Cubans guard Maduro.', mentions: [['Admiral Faller', 'PERSON'], ['Cubans', 'NORP', 'Cuba'], ['Maduro', 'PERSON']], events: [{ type: 'AID', mode: 'security', source: 'Cubans', target: 'Maduro', when: '2020', by: { name: 'Craig Faller', mention: 'Admiral Faller' } }] }] },
      { id: 'm2', published: '2020-12', cited: [['Wall Street Journal']], sentences: [{ text: 'Craig Faller said Cubans guard Nicolás Maduro.', mentions: [['Craig Faller', 'PERSON'], ['Cubans', 'NORP', 'Cuba'], ['Nicolás Maduro', 'PERSON']], events: [{ type: 'AID', mode: 'security', source: 'Cubans', target: 'Nicolás Maduro', when: '2020', by: { name: 'Craig Faller', mention: 'Craig Faller' } }] }] },
      { id: 'm3', published: '2026-01-05', sentences: [{ text: 'Cuban advisers left Venezuela after Maduro was captured.', mentions: [['Cuban', 'NORP', 'Cuba'], ['Venezuela', 'GPE'], ['Maduro', 'PERSON']], events: [{ type: 'RETREAT', mode: 'withdraw', source: 'Cuban', target: 'Venezuela', when: '2026-01' }, { type: 'COERCE', mode: 'arrest', source: { name: 'United States' }, target: 'Maduro', when: '2026-01-03' }] }] },
    ];
    const docs = specs.map(buildDoc);
    const base = resolve(docs);
    for (let i = 1; i < docs.length; i++) expect(resolve([...docs.slice(i), ...docs.slice(0, i)])).toEqual(base);
    expect(base.entities.map((e) => e.id).every((id) => /^e[0-9a-f]{10}$/.test(id))).toBe(true);
    expect(base.stories.every((s) => /^s[0-9a-f]{10}$/.test(s.id))).toBe(true);
    expect(base.claims.every((c) => /^c[0-9a-f]{10}$/.test(c.id))).toBe(true);
  });

  it('rejects duplicate document ids and bad options with specific errors', () => {
    const doc = buildDoc({ id: 'same', sentences: ['Nothing happened.'] });
    expect(() => resolve([doc, doc])).toThrow('resolve: duplicate document id same');
    expect(() => resolve([doc], { nearCopyJaccard: 2 })).toThrow(/resolve: option nearCopyJaccard must be in \[0, 1\]/);
    expect(() => resolve([doc], { minhashBandRows: 3 })).toThrow(/must divide minhashPermutations/);
  });
});
