import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGold } from './gold.ts';

const minimal = {
  documents: [{ file: 'a.txt', published: '2022', outlet: null }],
  entities: [{ name: 'Lakeside', type: 'GPE' }],
  events: [{ doc: 'a.txt', source: 'Lakeside', type: 'AID', target: null }],
};

describe('parseGold', () => {
  it('fills defaults for optional fields', () => {
    const g = parseGold(minimal);
    expect(g.entities[0].aliases).toEqual([]);
    expect(g.events[0]).toMatchObject({ when: null, attributed_to: null, negated: false, hedged: false, evidence: '' });
    expect(g.stories).toEqual([]);
    expect(g.conflicts).toEqual([]);
    expect(g.supersessions).toEqual([]);
    expect(g.documents[0].origin).toBeNull();
  });

  it('rejects bad dates, unknown types, unknown documents and out-of-range indexes', () => {
    expect(() => parseGold({ ...minimal, documents: [{ file: 'a.txt', published: 'May 2022', outlet: null }] })).toThrow(/published/);
    expect(() => parseGold({ ...minimal, entities: [{ name: 'X', type: 'CITY' }] })).toThrow(/type/);
    expect(() => parseGold({ ...minimal, events: [{ ...minimal.events[0], doc: 'zzz.txt' }] })).toThrow(/unknown document/);
    expect(() => parseGold({ ...minimal, stories: [['a.txt', 'b.txt']] })).toThrow(/unknown document/);
    expect(() => parseGold({ ...minimal, conflicts: [{ a: 0, b: 1 }] })).toThrow(/out of range/);
    expect(() => parseGold({ ...minimal, supersessions: [{ old: 0, new: 5 }] })).toThrow(/out of range/);
  });

  it('keeps unknown fields', () => {
    const g = parseGold({ ...minimal, note: 'hi', documents: [{ ...minimal.documents[0], url: 'https://x.example/a' }] });
    expect((g as Record<string, unknown>).note).toBe('hi');
    expect(g.documents[0].url).toBe('https://x.example/a');
  });

  const seeds = '/work/shared/eval/seeds.gold.json';
  it.skipIf(!existsSync(seeds))('parses the shared seeds gold', () => {
    const g = parseGold(JSON.parse(readFileSync(seeds, 'utf8')));
    expect(g.documents.length).toBeGreaterThan(0);
    expect(g.events.length).toBeGreaterThan(0);
  });
});

describe("the project's gold files (examples/*.gold.json)", () => {
  const examples = new URL('../../examples/', import.meta.url);
  const norm = (s: string) => s.replace(/&[a-z#0-9]+;|<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  for (const name of ['demo', 'heldout', 'heldout2', 'heldout3', 'heldout4', 'heldout5']) {
    it(`${name}: parses, names its documents, and quotes every evidence verbatim`, () => {
      const goldUrl = new URL(`${name}.gold.json`, examples);
      const gold = parseGold(JSON.parse(readFileSync(goldUrl, 'utf8')), goldUrl.pathname);
      const texts = new Map<string, string>();
      for (const d of gold.documents) {
        const [file, line] = d.file.split('#');
        const raw = readFileSync(new URL(`${name}/${file}`, examples), 'utf8');
        const item = line ? raw.split('\n').filter((l) => l.trim())[Number(line) - 1] : null;
        texts.set(d.file, norm(item ? String(JSON.parse(item).text ?? '') : raw));
      }
      const names = new Set(gold.entities.flatMap((e) => [e.name, ...e.aliases].map((x) => x.toLowerCase())));
      for (const e of gold.events) {
        expect(texts.has(e.doc), e.doc).toBe(true);
        if (e.evidence) expect(texts.get(e.doc)!.includes(norm(e.evidence)), `${e.doc}: ${e.evidence}`).toBe(true);
        for (const side of [e.source, e.target]) if (side) expect(names.has(side.toLowerCase()), side).toBe(true);
      }
    });
  }
});
