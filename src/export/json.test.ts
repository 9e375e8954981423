import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../store/sqlite.ts';
import { CORPUS, DOC_A, DOC_B, DOC_C, EMPTY_RESOLUTION, RESOLUTION } from '../store/test-support.ts';
import { buildJsonExport, compareChunks, compareIds, exportJson, stringifyExport } from './json.ts';
import { assertValidExport, validateExport, type DossierExport } from './schema.ts';

const A = DOC_A.article.id;
const B = DOC_B.article.id;
const C = DOC_C.article.id;
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('buildJsonExport', () => {
  const exp = buildJsonExport(CORPUS, RESOLUTION);

  it('produces a valid export of the fixture corpus', () => {
    expect(validateExport(exp)).toEqual([]);
    expect(validateExport(JSON.parse(stringifyExport(exp)))).toEqual([]);
    expect(exp.documents).toHaveLength(3);
    expect(exp.entities).toHaveLength(5);
    expect(exp.events).toHaveLength(7);
    expect(exp.claims).toHaveLength(5);
    expect(exp.stories).toHaveLength(2);
  });

  it('fills every contract field of a document', () => {
    expect(exp.documents.find((d) => d.id === A)).toEqual({
      id: A, file: 'a_tankers.txt', title: 'Tankers reach Venezuela', outlet: 'Gulf Ledger', published: '2020-05-26',
      language: 'en', story: 'story-fuel', url: 'https://example.org/a', outlet_from: 'metadata', published_from: 'metadata',
    });
    expect(exp.documents.find((d) => d.id === C)).toMatchObject({ title: null, outlet: null, published: null, story: 'story-denial' });
  });

  it('gives events the full sentence, entity ids, claim and the added fields', () => {
    expect(exp.events.find((v) => v.id === `${A}:0`)).toEqual({
      id: `${A}:0`, document: A, sentence: 'Iran sent fuel tankers to Venezuela on Monday, officials said.',
      source: 'ent-iran', target: 'ent-venezuela', type: 'AID', mode: 'economic',
      when: { start: '2020-05-25', end: '2020-05-25' }, attributed_to: 'officials', negated: false, hedged: false,
      claim: 'claim-aid', rule: 'fixture:aid', attribution_chain: ['officials'], when_from: 'text',
      sentence_index: 0, trigger: 'sent', source_name: 'Iran', target_name: 'Venezuela',
    });
    const denial = exp.events.find((v) => v.id === `${C}:0`)!;
    expect(denial).toMatchObject({ negated: true, target: null, target_name: 'weapons', attributed_to: 'ent-venezuela', when: null });
    expect(exp.events.find((v) => v.id === `${B}:1`)).toMatchObject({ hedged: true, claim: 'claim-thanks' });
  });

  it('maps claims, conflicts and supersessions to the same event ids', () => {
    const ids = new Set(exp.events.map((v) => v.id));
    for (const c of exp.claims) for (const v of c.events) expect(ids.has(v)).toBe(true);
    expect(exp.claims.find((c) => c.id === 'claim-aid')).toEqual({
      id: 'claim-aid', events: [`${A}:0`, `${B}:0`].sort(), documents: [A, B].sort(), origins: 2,
      first_seen: '2020-05', last_seen: '2020-05-25', origin_chains: [`${A}: officials`, `${B}: Reuters`].sort(),
    });
    expect(exp.conflicts).toEqual([{ a: `${A}:0`, b: `${C}:0`, why: RESOLUTION.conflicts[0].why }]);
    expect(exp.supersessions).toEqual([{ old: `${A}:2`, new: `${C}:1`, why: RESOLUTION.supersessions[0].why }]);
    expect(exp.stories.find((s) => s.id === 'story-fuel')).toEqual({
      id: 'story-fuel', documents: [A, B].sort(), origin: 'ent-reuters', earliest: A, origin_name: 'Reuters',
    });
  });

  it('is deterministic whatever the input order', () => {
    const shuffled = clone(RESOLUTION);
    for (const list of [shuffled.entities, shuffled.events, shuffled.claims, shuffled.stories]) list.reverse();
    for (const e of shuffled.entities) { e.aliases.reverse(); e.documents.reverse(); }
    for (const c of shuffled.claims) { c.events.reverse(); c.documents.reverse(); }
    const again = buildJsonExport([DOC_C, DOC_A, DOC_B], shuffled);
    expect(stringifyExport(again)).toBe(stringifyExport(exp));
    expect(exp.documents.map((d) => d.id)).toEqual([A, B, C].sort(compareIds));
    expect(exp.entities.map((e) => e.id)).toEqual(['ent-iran', 'ent-maduro', 'ent-reuters', 'ent-us', 'ent-venezuela']);
  });

  it('orders events by document, then numerically by index', () => {
    const many = clone(DOC_A);
    many.events = Array.from({ length: 12 }, (_, i) => ({ ...DOC_A.events[0], index: i }));
    const out = buildJsonExport([many], EMPTY_RESOLUTION);
    expect(out.events.map((v) => v.id)).toEqual(Array.from({ length: 12 }, (_, i) => `${A}:${i}`));
  });

  it('exports a store the same as its records', () => {
    const store = openSqliteStore(':memory:');
    for (const d of CORPUS) store.putDocument(d);
    store.putResolution(RESOLUTION);
    expect(exportJson(store)).toEqual(exp);
    store.close();
  });

  it('gives events a stale resolution does not cover a singleton claim', () => {
    const stale = {
      ...RESOLUTION,
      events: RESOLUTION.events.filter((e) => e.key !== `${C}:1`),
      claims: RESOLUTION.claims.filter((c) => c.id !== 'claim-threat'),
    };
    const out = buildJsonExport(CORPUS, stale);
    const v = out.events.find((e) => e.id === `${C}:1`)!;
    // entities fall back to the mentions' resolution
    expect(v).toMatchObject({ claim: `unresolved:${C}:1`, source: 'ent-us', target: 'ent-venezuela' });
    expect(out.claims.find((c) => c.id === v.claim)).toEqual({
      id: `unresolved:${C}:1`, events: [v.id], documents: [C], origins: 1, first_seen: '2020-06', last_seen: '2020-06',
      origin_chains: [],
    });
    expect(validateExport(out)).toEqual([]);
  });
});

describe('validateExport', () => {
  const good = buildJsonExport(CORPUS, RESOLUTION);

  it('names each dangling reference', () => {
    const bad: DossierExport = clone(good);
    bad.events[0].claim = 'claim-nowhere';
    bad.events[1].document = 'doc-nowhere';
    bad.events[2].source = 'ent-nowhere';
    bad.claims[0].events.push('v-nowhere');
    bad.documents[0].story = 'story-nowhere';
    bad.conflicts[0].b = 'v-gone';
    bad.supersessions[0].old = 'v-old-gone';
    bad.stories[0].origin = 'ent-gone';
    bad.entities[0].documents.push('doc-gone');
    bad.entities.push(clone(bad.entities[1]));
    const problems = validateExport(bad);
    const text = problems.join('\n');
    expect(text).toContain('events[0].claim: "claim-nowhere" is no claim in this export');
    expect(text).toContain('events[1].document: "doc-nowhere" is no document in this export');
    expect(text).toContain('events[2].source: "ent-nowhere" is no entity in this export');
    expect(text).toMatch(/claims\[0\]\.events\[\d\]: "v-nowhere" is no event/);
    expect(text).toContain('documents[0].story: "story-nowhere" is no story');
    expect(text).toContain('conflicts[0].b: "v-gone" is no event');
    expect(text).toContain('supersessions[0].old: "v-old-gone" is no event');
    expect(text).toContain('stories[0].origin: "ent-gone" is no entity');
    expect(text).toMatch(/entities\[5\]\.id: duplicate id/);
    expect(() => assertValidExport(bad)).toThrow(/export: \d+ problem\(s\):\n {2}/);
  });

  it('rejects wrong shapes with the path and what was wanted', () => {
    const bad = clone(good) as unknown as Record<string, Array<Record<string, unknown>>>;
    delete bad.events[0].negated;
    bad.events[1].type = 'HUG';
    bad.documents[0].published = '26 May 2020';
    bad.entities[0].mentions = -1;
    const problems = validateExport(bad);
    expect(problems.some((p) => p.startsWith('events[0].negated:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('events[1].type:'))).toBe(true);
    expect(problems).toContainEqual(expect.stringMatching(/^documents\[0\]\.published: .*ISO date/));
    expect(problems.some((p) => p.startsWith('entities[0].mentions:'))).toBe(true);
    expect(validateExport(null)).toEqual([expect.stringMatching(/^\(root\): /)]);
    expect(validateExport({})[0]).toMatch(/^documents: /);
  });

  it('accepts added fields (the contract only grows)', () => {
    const more = clone(good) as unknown as Record<string, unknown>;
    more.generator = 'dossier';
    (more.events as Array<Record<string, unknown>>)[0].extra = 1;
    expect(validateExport(more)).toEqual([]);
  });

  it('flags a claim that does not list its own event', () => {
    const bad = clone(good);
    const v = bad.events.find((e) => e.id === `${A}:0`)!;
    v.claim = 'claim-threat';
    expect(validateExport(bad).join('\n')).toMatch(/claim "claim-threat" does not list event/);
  });
});

describe('compareIds', () => {
  it('is a total order, natural on numbers', () => {
    expect(['e10', 'e2', 'e1', 'd', 'e02'].sort(compareIds)).toEqual(['d', 'e1', 'e02', 'e2', 'e10']);
    fc.assert(fc.property(fc.string(), fc.string(), fc.string(), (a, b, c) => {
      const s = Math.sign;
      if (s(compareIds(a, b)) !== -s(compareIds(b, a))) return false;
      if ((compareIds(a, b) === 0) !== (a === b)) return false;
      const sorted = [a, b, c].sort(compareIds);
      return compareIds(sorted[0], sorted[1]) <= 0 && compareIds(sorted[1], sorted[2]) <= 0 && compareIds(sorted[0], sorted[2]) <= 0;
    }), { numRuns: 2000 });
  });

  it('agrees with the run-by-run reference', () => {
    const idLike = fc.stringMatching(/^[a-c0-2:]{0,8}$/);
    fc.assert(fc.property(idLike, idLike, (a, b) => Math.sign(compareIds(a, b)) === Math.sign(compareChunks(a, b))), { numRuns: 5000 });
    fc.assert(fc.property(fc.string(), fc.string(), (a, b) => Math.sign(compareIds(a, b)) === Math.sign(compareChunks(a, b))), { numRuns: 2000 });
    expect(Math.sign(compareIds(',0', ', '))).toBe(Math.sign(compareChunks(',0', ', ')));
    fc.assert(fc.property(fc.stringMatching(/^[ ,0-2a]{0,6}$/), fc.stringMatching(/^[ ,0-2a]{0,6}$/), (a, b) => Math.sign(compareIds(a, b)) === Math.sign(compareChunks(a, b))), { numRuns: 20000 });
    expect(compareIds('x01', 'x1')).toBe(Math.sign(compareChunks('x01', 'x1')) * Math.abs(compareIds('x01', 'x1')));
  });
});
