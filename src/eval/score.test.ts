import { describe, expect, it } from 'vitest';
import { parseGold, type Gold } from './gold.ts';
import { fold, formatScores, scoreExport, type ExportLike, type ExportEventLike } from './score.ts';

// Tiny hand-made fixtures, all invented: a harbour town, a mayor, a ferry company.
function tinyGold(overrides: Partial<Record<string, unknown>> = {}): Gold {
  return parseGold({
    corpus: 'tiny',
    documents: [
      { file: 'a.txt', published: '2023-05', outlet: 'Coast Herald', origin: null },
      { file: 'b.txt', published: '2023-05-14', outlet: null, origin: 'Coast Herald' },
      { file: 'c.txt', published: null, outlet: 'Bay Radio', origin: null },
    ],
    entities: [
      { name: 'Inés Calderón', type: 'PERSON', aliases: ['Calderón', 'Mayor Calderón'] },
      { name: 'Portvale', type: 'GPE', aliases: ['Portvalers'] },
      { name: 'Bluefin Ferries', type: 'ORG', aliases: ['Bluefin'] },
      { name: 'Coast Herald', type: 'ORG', aliases: ['The Coast Herald'] },
    ],
    events: [
      { doc: 'a.txt', source: 'Portvale', type: 'SANCTION', target: 'Bluefin Ferries', when: '2023-05', attributed_to: null,
        negated: false, hedged: false, evidence: 'Portvale fined Bluefin Ferries in May' },
      { doc: 'a.txt', source: 'Inés Calderón', type: 'ACCUSE', target: null, when: null, attributed_to: 'port workers',
        negated: false, hedged: true, evidence: 'Calderón may have accused someone' },
      { doc: 'b.txt', source: 'Bluefin Ferries', type: 'REJECT', target: 'Portvale', when: '2023', attributed_to: 'Coast Herald',
        negated: true, hedged: false, evidence: 'Bluefin did not reject the fine' },
      { doc: 'c.txt', source: 'Bluefin Ferries', type: 'REJECT', target: 'Portvale', when: '2023-05-20', attributed_to: 'Inés Calderón',
        negated: false, hedged: false, evidence: 'Bluefin rejected the fine, Calderón said' },
    ],
    stories: [['a.txt', 'b.txt']],
    conflicts: [{ a: 2, b: 3, why: 'rejected and did not reject' }],
    supersessions: [{ old: 0, new: 3 }],
    ...overrides,
  });
}

function ev(id: string, document: string, source: string | null, type: string, target: string | null, extra: Partial<ExportEventLike> = {}): ExportEventLike {
  return { id, document, source, target, type, when: null, attributed_to: null, negated: false, hedged: false, ...extra };
}

/** An export that agrees with tinyGold on everything. */
function perfectExport(): ExportLike {
  return {
    documents: [
      { id: 'd1', file: '/tmp/in/a.txt', outlet: 'Coast Herald', published: '2023-05-02', story: 's1' },
      { id: 'd2', file: 'b.txt', outlet: null, published: '2023-05-14', story: 's1' },
      { id: 'd3', file: 'c.txt', outlet: 'bay radio', published: null, story: 's2' },
    ],
    entities: [
      { id: 'e1', name: 'Ines Calderon', type: 'PERSON', aliases: ['CALDERON'] },
      { id: 'e2', name: 'Portvale', type: 'GPE', aliases: [] },
      { id: 'e3', name: 'Bluefin', type: 'ORG', aliases: [] },
      { id: 'e4', name: 'Coast Herald', type: 'ORG', aliases: [] },
    ],
    events: [
      ev('v1', 'd1', 'e2', 'SANCTION', 'e3', { when: { start: '2023-05-09', end: '2023-05-09' }, sentence: 'Portvale fined Bluefin Ferries in May.' }),
      ev('v2', 'd1', 'e1', 'ACCUSE', null, { attributed_to: 'several port workers', hedged: true }),
      ev('v3', 'd2', 'e3', 'REJECT', 'e2', { attributed_to: 'e4', negated: true, when: { start: '2023', end: '2023' } }),
      ev('v4', 'd3', 'e3', 'REJECT', 'e2', { attributed_to: 'e1', when: { start: '2023-05-20', end: '2023-05-20' } }),
    ],
    stories: [{ id: 's1', documents: ['d1', 'd2'] }, { id: 's2', documents: ['d3'] }],
    conflicts: [{ a: 'v4', b: 'v3', why: '' }],
    supersessions: [{ old: 'v1', new: 'v4', why: '' }],
  };
}

describe('fold', () => {
  it('strips accents and case and collapses spaces', () => {
    expect(fold('  Inés   CALDERÓN ')).toBe('ines calderon');
    expect(fold('Policía Nacional')).toBe(fold('policia nacional'));
    expect(fold('Ardila’s')).toBe("ardila's");
  });
});

describe('scoreExport', () => {
  it('scores a perfect export as perfect (accent-folded names, basename files, date precision)', () => {
    const s = scoreExport(tinyGold(), perfectExport());
    expect(s.documents.matched).toBe(3);
    expect(s.documents.published.value).toBe(1);
    expect(s.documents.outlet.value).toBe(1);
    expect(s.entities).toMatchObject({ tp: 4, precision: 1, recall: 1, f1: 1, overMerged: 0, underMerged: 0 });
    expect(s.entities.type.value).toBe(1);
    expect(s.events).toMatchObject({ tp: 4, precision: 1, recall: 1 });
    expect(s.events.attribution.value).toBe(1);
    expect(s.events.negation.value).toBe(1);
    expect(s.events.hedging.value).toBe(1);
    expect(s.events.when.value).toBe(1);
    expect(s.stories.f1).toBe(1);
    expect(s.conflicts.value).toBe(1);
    expect(s.supersessions.value).toBe(1);
    const table = formatScores(s);
    expect(table).toContain('entities');
    expect(table).toMatch(/conflicts recall\s+1\.000/);
    expect(table.split('\n').length).toBeGreaterThanOrEqual(13);
  });

  it('penalises an over-merged entity: it matches only one gold entity', () => {
    const exp = perfectExport();
    // one export entity carries both the mayor's and the town's names
    exp.entities = [
      { id: 'e1', name: 'Calderón', type: 'PERSON', aliases: ['Portvale'] },
      { id: 'e3', name: 'Bluefin Ferries', type: 'ORG', aliases: [] },
      { id: 'e4', name: 'The Coast Herald', type: 'ORG', aliases: [] },
    ];
    const s = scoreExport(tinyGold(), exp);
    expect(s.entities.overMerged).toBe(1);
    expect(s.entities.tp).toBe(3);
    expect(s.entities.recall).toBe(3 / 4);
    expect(s.entities.precision).toBe(1);
    expect(s.entities.missed).toHaveLength(1);
  });

  it('penalises under-merging: the second export entity for the same gold entity is a false positive', () => {
    const exp = perfectExport();
    exp.entities.push({ id: 'e5', name: 'Mayor Calderón', type: 'PERSON', aliases: [] });
    exp.entities.push({ id: 'e6', name: 'Harbour Pilots Union', type: 'ORG', aliases: [] });
    const s = scoreExport(tinyGold(), exp);
    expect(s.entities.underMerged).toBe(1);
    expect(s.entities.tp).toBe(4);
    expect(s.entities.predicted).toBe(6);
    expect(s.entities.precision).toBe(4 / 6);
    expect(s.entities.recall).toBe(1);
  });

  it('counts entity type accuracy over matched pairs', () => {
    const exp = perfectExport();
    exp.entities[1] = { ...exp.entities[1], type: 'LOC' };
    const s = scoreExport(tinyGold(), exp);
    expect(s.entities.type).toEqual({ correct: 3, total: 4, value: 0.75 });
  });

  it('matches events with a null target only when the export target is null too', () => {
    const exp = perfectExport();
    exp.events[1] = { ...exp.events[1], target: 'e2' };
    const s = scoreExport(tinyGold(), exp);
    expect(s.events.tp).toBe(3);
    expect(s.events.missed).toEqual([1]);
    expect(s.conflicts.value).toBe(1);
  });

  it('requires source, type and target to agree, and the document to match', () => {
    const exp = perfectExport();
    exp.events[0] = { ...exp.events[0], type: 'COERCE' };
    exp.events[2] = { ...exp.events[2], document: 'd3' }; // right triple, wrong document
    const s = scoreExport(tinyGold(), exp);
    expect(s.events.missed).toEqual([0, 2]);
    expect(s.events.precision).toBe(2 / 4);
  });

  it('matches one-to-one, preferring the candidate whose sentence overlaps the evidence', () => {
    const exp = perfectExport();
    exp.events[0] = { ...exp.events[0], sentence: 'Unrelated words about weather.' };
    exp.events.push(ev('v9', 'd1', 'e2', 'SANCTION', 'e3', { sentence: 'Portvale fined Bluefin Ferries in May, officials said.', when: null }));
    const s = scoreExport(tinyGold(), exp);
    expect(s.events.matches.find((m) => m.gold === 0)?.export).toBe('v9');
    expect(s.events.tp).toBe(4);
    expect(s.events.predicted).toBe(5);
    // v9 has no date while gold says 2023-05: the date is wrong for that pair only
    expect(s.events.when).toEqual({ correct: 3, total: 4, value: 0.75 });
  });

  it('accepts attribution as an entity id (any alias) or a plain string that equals or contains the gold name', () => {
    const gold = tinyGold();
    const exp = perfectExport();
    exp.events[2] = { ...exp.events[2], attributed_to: 'The Coast Herald' }; // plain string = a gold alias
    exp.events[3] = { ...exp.events[3], attributed_to: 'Mayor Inés Calderón of Portvale' }; // contains the gold name
    expect(scoreExport(gold, exp).events.attribution.value).toBe(1);

    exp.events[1] = { ...exp.events[1], attributed_to: null }; // gold says "port workers"
    exp.events[0] = { ...exp.events[0], attributed_to: 'e4' }; // gold says null
    exp.events[3] = { ...exp.events[3], attributed_to: 'e3' }; // wrong entity
    expect(scoreExport(gold, exp).events.attribution).toEqual({ correct: 1, total: 4, value: 0.25 });
  });

  it('accepts the gold speaker anywhere in the attribution chain', () => {
    const exp = perfectExport();
    // gold: attributed to the Coast Herald; the export resolved the innermost speaker instead
    exp.events[2] = { ...exp.events[2], attributed_to: 'two harbour sources', attribution_chain: ['The Coast Herald', 'two harbour sources'] };
    expect(scoreExport(tinyGold(), exp).events.attribution.value).toBe(1);
    exp.events[2] = { ...exp.events[2], attribution_chain: ['two harbour sources'] };
    expect(scoreExport(tinyGold(), exp).events.attribution.value).toBe(0.75);
  });

  it('checks negation and hedging per matched pair', () => {
    const exp = perfectExport();
    exp.events[2] = { ...exp.events[2], negated: false };
    exp.events[1] = { ...exp.events[1], hedged: false };
    const s = scoreExport(tinyGold(), exp);
    expect(s.events.negation.value).toBe(0.75);
    expect(s.events.hedging.value).toBe(0.75);
  });

  it('compares dates at the gold precision; a coarser export date is wrong; gold null accepts null or the publication fallback', () => {
    const exp = perfectExport();
    exp.events[0] = { ...exp.events[0], when: { start: '2023', end: '2023' } }; // gold 2023-05: too coarse
    exp.events[2] = { ...exp.events[2], when: { start: '2023-11-30', end: '2023-11-30' } }; // gold 2023: fine
    exp.events[1] = { ...exp.events[1], when: { start: '2023-05-02', end: '2023-05-02' } }; // gold null, = doc date
    let s = scoreExport(tinyGold(), exp);
    expect(s.events.when).toEqual({ correct: 3, total: 4, value: 0.75 });

    exp.events[1] = { ...exp.events[1], when: { start: '2021', end: '2021' } }; // gold null, a stated other time
    s = scoreExport(tinyGold(), exp);
    expect(s.events.when.correct).toBe(2);
    exp.events[1] = { ...exp.events[1], when_from: 'publication' };
    s = scoreExport(tinyGold(), exp);
    expect(s.events.when.correct).toBe(3);
    exp.events[1] = { ...exp.events[1], when_from: undefined, whenFrom: 'publication' };
    expect(scoreExport(tinyGold(), exp).events.when.correct).toBe(3);
  });

  it('scores publication dates and outlets per document', () => {
    const exp = perfectExport();
    exp.documents[0] = { ...exp.documents[0], published: '2023', outlet: 'the coast herald' }; // too coarse; alias ok
    exp.documents[1] = { ...exp.documents[1], published: '2023-05-14', outlet: 'Coast Herald' }; // gold outlet null
    exp.documents[2] = { ...exp.documents[2], published: '2023-01-01' }; // gold null
    const s = scoreExport(tinyGold(), exp);
    expect(s.documents.published).toEqual({ correct: 1, total: 3, value: 1 / 3 });
    expect(s.documents.outlet).toEqual({ correct: 2, total: 3, value: 2 / 3 });
  });

  it('matches a gold document by URL before file name (JSONL line numbering may differ)', () => {
    const gold = tinyGold({
      documents: [
        { file: 'feed.jsonl#1', url: 'https://news.example/one', published: '2023', outlet: null },
        { file: 'feed.jsonl#2', url: 'https://news.example/two', published: '2024', outlet: null },
      ],
      events: [], stories: [], conflicts: [], supersessions: [],
    });
    const s = scoreExport(gold, {
      documents: [
        { id: 'd1', file: 'feed.jsonl#0', url: 'https://news.example/one', published: '2023' },
        { id: 'd2', file: 'feed.jsonl#1', url: 'https://news.example/two', published: '2024' },
      ],
      entities: [], events: [],
    });
    expect(s.documents.matched).toBe(2);
    expect(s.documents.published.value).toBe(1);
  });

  it('reports a missing document and counts it wrong', () => {
    const exp = perfectExport();
    exp.documents = exp.documents.filter((d) => d.id !== 'd3');
    exp.events = exp.events.filter((e) => e.document !== 'd3');
    const s = scoreExport(tinyGold(), exp);
    expect(s.documents.missing).toEqual(['c.txt']);
    expect(s.documents.published.correct).toBe(2);
    expect(s.events.recall).toBe(3 / 4);
    expect(s.conflicts.value).toBe(0);
  });

  it('scores stories pairwise, from documents[].story or stories[]', () => {
    const exp = perfectExport();
    // everything in one story: 3 predicted pairs, 1 gold pair
    exp.documents = exp.documents.map((d) => ({ ...d, story: 'all' }));
    let s = scoreExport(tinyGold(), exp);
    expect(s.stories).toMatchObject({ tp: 1, predicted: 3, gold: 1, recall: 1 });
    expect(s.stories.precision).toBeCloseTo(1 / 3);
    expect(s.stories.f1).toBeCloseTo(0.5);

    // all singletons: no pairs predicted
    exp.documents = exp.documents.map((d) => ({ ...d, story: null }));
    exp.stories = [];
    s = scoreExport(tinyGold(), exp);
    expect(s.stories).toMatchObject({ tp: 0, predicted: 0, gold: 1, f1: 0 });

    // only stories[] given
    exp.stories = [{ id: 'x', documents: ['d1', 'd2'] }];
    expect(scoreExport(tinyGold(), exp).stories.f1).toBe(1);

    // no gold pairs and no predicted pairs: F1 = 1
    exp.stories = [];
    s = scoreExport(tinyGold({ stories: [] }), exp);
    expect(s.stories.f1).toBe(1);
  });

  it('recalls a conflict in either order, a supersession only old → new', () => {
    const exp = perfectExport();
    exp.conflicts = [{ a: 'v3', b: 'v4' }];
    exp.supersessions = [{ old: 'v4', new: 'v1' }];
    const s = scoreExport(tinyGold(), exp);
    expect(s.conflicts).toEqual({ correct: 1, total: 1, value: 1 });
    expect(s.supersessions).toEqual({ correct: 0, total: 1, value: 0 });

    exp.conflicts = [{ a: 'v1', b: 'v4' }];
    expect(scoreExport(tinyGold(), exp).conflicts.value).toBe(0);
  });

  it('prints n/a for empty ratios and survives an empty export', () => {
    const s = scoreExport(tinyGold(), { documents: [], entities: [], events: [] });
    expect(s.entities.precision).toBeNull();
    expect(s.events.attribution.value).toBeNull();
    expect(formatScores(s)).toContain('n/a');
  });
});
