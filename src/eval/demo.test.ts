// Keeps examples/demo.gold.json in step with the articles in examples/demo/, and checks that the
// scorer gives full marks to an export that says exactly what the gold says.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseGold, type Gold } from './gold.ts';
import { fold, scoreExport, type ExportLike } from './score.ts';

const root = fileURLToPath(new URL('../../examples/', import.meta.url));
const gold: Gold = parseGold(JSON.parse(readFileSync(`${root}demo.gold.json`, 'utf8')));

function docText(file: string): string {
  const [name, line] = file.split('#');
  const raw = readFileSync(`${root}demo/${name}`, 'utf8');
  if (line === undefined) return raw;
  const rec = JSON.parse(raw.split('\n')[Number(line) - 1]) as { text: string };
  return rec.text;
}

/** An export built from the gold itself. */
function exportFromGold(g: Gold): ExportLike {
  const docId = new Map(g.documents.map((d, i) => [d.file, `d${i + 1}`]));
  const entId = new Map(g.entities.map((e, i) => [e.name, `e${i + 1}`]));
  const storyOf = new Map<string, string>();
  g.stories.forEach((s, i) => s.forEach((f) => storyOf.set(f, `s${i + 1}`)));
  return {
    documents: g.documents.map((d) => ({
      id: docId.get(d.file)!, file: d.file, outlet: d.outlet, published: d.published, story: storyOf.get(d.file) ?? `solo:${d.file}`,
    })),
    entities: g.entities.map((e) => ({ id: entId.get(e.name)!, name: e.name, type: e.type, aliases: e.aliases })),
    events: g.events.map((e, i) => ({
      id: `v${i}`, document: docId.get(e.doc)!, sentence: e.evidence,
      source: e.source && entId.get(e.source)!, target: e.target && entId.get(e.target)!, type: e.type,
      when: e.when ? { start: e.when, end: e.when } : null,
      attributed_to: e.attributed_to === null ? null : (entId.get(e.attributed_to) ?? e.attributed_to),
      negated: e.negated, hedged: e.hedged,
    })),
    conflicts: g.conflicts.map((c) => ({ a: `v${c.a}`, b: `v${c.b}` })),
    supersessions: g.supersessions.map((s) => ({ old: `v${s.old}`, new: `v${s.new}` })),
  };
}

describe('examples/demo.gold.json', () => {
  it('covers every article in examples/demo and the required formats', () => {
    const files = readdirSync(`${root}demo`).sort();
    const annotated = new Set(gold.documents.map((d) => d.file.split('#')[0]));
    expect([...annotated].sort()).toEqual(files);
    for (const ext of ['.txt', '.md', '.html', '.jsonl']) expect(files.some((f) => f.endsWith(ext))).toBe(true);
    expect(gold.documents.length).toBeGreaterThanOrEqual(10);
    expect(gold.documents.length).toBeLessThanOrEqual(12);
    expect(gold.events.length).toBeGreaterThanOrEqual(15);
    expect(gold.events.length).toBeLessThanOrEqual(30);
  });

  it('quotes evidence that occurs in its document, with actors that are gold entities', () => {
    const names = new Set(gold.entities.map((e) => e.name));
    for (const e of gold.events) {
      expect(docText(e.doc), e.evidence).toContain(e.evidence);
      if (e.source) expect(names.has(e.source), e.source).toBe(true);
      if (e.target) expect(names.has(e.target), e.target).toBe(true);
    }
  });

  it('has no two entities sharing a folded name or alias', () => {
    const seen = new Map<string, string>();
    for (const e of gold.entities) {
      for (const k of new Set([e.name, ...e.aliases].map(fold))) {
        expect(seen.get(k), `${k} in ${e.name}`).toBeUndefined();
        seen.set(k, e.name);
      }
    }
  });

  it('has JSONL metadata that agrees with the gold documents', () => {
    const lines = readFileSync(`${root}demo/08-feed.jsonl`, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(2);
    lines.forEach((l, i) => {
      const rec = JSON.parse(l) as { title: string; url: string; outlet: string; published: string; text: string };
      const d = gold.documents.find((x) => x.file === `08-feed.jsonl#${i + 1}`)!;
      expect(d).toBeDefined();
      expect(rec.url).toBe(d.url);
      expect(rec.outlet).toBe(d.outlet);
      expect(rec.published).toBe(d.published);
      expect(rec.title.length).toBeGreaterThan(10);
    });
  });

  it('scores an export that repeats the gold as perfect', () => {
    const s = scoreExport(gold, exportFromGold(gold));
    expect(s.documents.matched).toBe(gold.documents.length);
    expect(s.documents.published.value).toBe(1);
    expect(s.documents.outlet.value).toBe(1);
    expect(s.entities.f1).toBe(1);
    expect(s.entities.type.value).toBe(1);
    expect(s.events.f1).toBe(1);
    for (const k of ['attribution', 'negation', 'hedging', 'when'] as const) expect(s.events[k].value, k).toBe(1);
    expect(s.stories.f1).toBe(1);
    expect(s.conflicts.value).toBe(1);
    expect(s.supersessions.value).toBe(1);
  });
});
