import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CORPUS, DOC_A, RESOLUTION } from '../store/test-support.ts';
import { lastDay } from './dates.ts';
import { exportGexf } from './gexf.ts';
import { exportGraphml } from './graphml.ts';
import { buildJsonExport } from './json.ts';
import { declaredElements, parseXml, walk, type XmlElement } from './test-support/xml-lite.ts';
import { escapeAttr, escapeText } from './xml.ts';

const SCHEMAS = fileURLToPath(new URL('../../../shared/data/schemas/', import.meta.url));
const haveGexf = existsSync(`${SCHEMAS}gexf/gexf.xsd`);
const haveGraphml = existsSync(`${SCHEMAS}graphml/graphml-structure.xsd`);
if (!haveGexf || !haveGraphml) console.warn(`[graph.test] skipping XSD element checks: schemas missing under ${SCHEMAS}`);

const exp = buildJsonExport(CORPUS, RESOLUTION);
const child = (e: XmlElement, name: string) => e.children.filter((c) => c.name === name);
const XS_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** An export whose names and sentences are full of XML-hostile characters. */
function hostile() {
  const x = structuredClone(exp);
  x.entities[0].name = 'A & B <"quoted"> \'x\' \u0001 ]]>';
  x.events.find((v) => v.source !== null && v.target !== null)!.sentence = 'Line one\nline two\t<tab> & "more" \uD800';
  return x;
}

describe('dates at known precision', () => {
  it('end on the last day of their period', () => {
    expect(lastDay('2020')).toBe('2020-12-31');
    expect(lastDay('2020-02')).toBe('2020-02-29');
    expect(lastDay('2021-02')).toBe('2021-02-28');
    expect(lastDay('2020-12')).toBe('2020-12-31');
    expect(lastDay('2020-06-03')).toBe('2020-06-03');
    expect(() => lastDay('June 2020')).toThrow(/no ISO date/);
  });
});

describe('xml escaping', () => {
  it('round-trips text and attributes through a strict reader', () => {
    const s = 'a & b < c > d " e \' f\ng\th';
    const doc = parseXml(`<r a="${escapeAttr(s)}">${escapeText(s)}</r>`);
    expect(doc.attrs.a).toBe(s);
    expect(doc.text).toBe(s);
    expect(escapeText('x\u0000\u0007y')).toBe('xy');
  });
});

describe('GEXF 1.3', () => {
  const text = exportGexf(exp);
  const root = parseXml(text);
  const graph = child(root, 'graph')[0];

  it('is well-formed GEXF 1.3 with a dynamic, dated, directed graph', () => {
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(root.name).toBe('gexf');
    expect(root.attrs).toMatchObject({ xmlns: 'http://gexf.net/1.3', version: '1.3' });
    expect(graph.attrs).toMatchObject({ mode: 'dynamic', timeformat: 'date', defaultedgetype: 'directed' });
    // sequence: attributes*, nodes, edges (edges is required in 1.3, even empty)
    expect(graph.children.map((c) => c.name)).toEqual(['attributes', 'attributes', 'nodes', 'edges']);
  });

  it('has edges between declared nodes, with date intervals and declared attributes', () => {
    const nodes = child(child(graph, 'nodes')[0], 'node');
    const edges = child(child(graph, 'edges')[0], 'edge');
    expect(child(graph, 'nodes')[0].attrs.count).toBe(String(nodes.length));
    expect(nodes).toHaveLength(5);
    expect(edges).toHaveLength(5); // two events have a plain-text target
    const nodeIds = new Set(nodes.map((n) => n.attrs.id));
    expect(nodeIds.size).toBe(nodes.length);
    const declared = new Map(child(graph, 'attributes').map((a) => [a.attrs.class, new Set(child(a, 'attribute').map((x) => x.attrs.id))]));
    for (const e of edges) {
      expect(nodeIds.has(e.attrs.source) && nodeIds.has(e.attrs.target)).toBe(true);
      if (e.attrs.start) expect(e.attrs.start).toMatch(XS_DATE);
      if (e.attrs.end) expect(e.attrs.end >= e.attrs.start).toBe(true);
      for (const v of walk(e)) if (v.name === 'attvalue') expect(declared.get('edge')!.has(v.attrs.for)).toBe(true);
    }
    const threat = edges.find((e) => e.attrs.label === 'THREATEN (sanction)')!;
    expect(threat.attrs).toMatchObject({ start: '2020-06-01', end: '2020-06-30' });
    const aid = edges.find((e) => e.attrs.id === `${DOC_A.article.id}:0`)!;
    const values = Object.fromEntries([...walk(aid)].filter((x) => x.name === 'attvalue').map((x) => [x.attrs.for, x.attrs.value]));
    expect(values).toMatchObject({ type: 'AID', mode: 'economic', negated: 'false', claim: 'claim-aid' });
    for (const n of nodes) for (const v of walk(n)) if (v.name === 'attvalue') expect(declared.get('node')!.has(v.attrs.for)).toBe(true);
  });

  it('survives hostile text and stays deterministic', () => {
    const h = parseXml(exportGexf(hostile()));
    const labels = [...walk(h)].filter((e) => e.name === 'node').map((n) => n.attrs.label);
    expect(labels).toContain('A & B <"quoted"> \'x\'  ]]>');
    expect(exportGexf(buildJsonExport([...CORPUS].reverse(), RESOLUTION))).toBe(text);
  });

  it.skipIf(!haveGexf)('uses only elements the GEXF 1.3 schemas declare', () => {
    const xsd = ['gexf.xsd', 'dynamics.xsd', 'viz.xsd'].map((f) => readFileSync(`${SCHEMAS}gexf/${f}`, 'utf8')).join('\n');
    const known = declaredElements(xsd);
    for (const e of walk(root)) expect(known.has(e.name), e.name).toBe(true);
  });
});

describe('GraphML', () => {
  const text = exportGraphml(exp);
  const root = parseXml(text);

  it('is well-formed GraphML with keys before one directed graph', () => {
    expect(root.name).toBe('graphml');
    expect(root.attrs.xmlns).toBe('http://graphml.graphdrawing.org/xmlns');
    const names = root.children.map((c) => c.name);
    expect(names.lastIndexOf('key')).toBeLessThan(names.indexOf('graph'));
    expect(names.filter((n) => n === 'graph')).toHaveLength(1);
    expect(child(root, 'graph')[0].attrs.edgedefault).toBe('directed');
  });

  it('references only declared keys and existing nodes', () => {
    const keys = new Map(child(root, 'key').map((k) => [k.attrs.id, k.attrs.for]));
    for (const k of child(root, 'key')) expect(['string', 'int', 'boolean', 'long', 'float', 'double']).toContain(k.attrs['attr.type']);
    const graph = child(root, 'graph')[0];
    const nodes = child(graph, 'node');
    const ids = new Set(nodes.map((n) => n.attrs.id));
    expect(ids.size).toBe(nodes.length);
    for (const el of [...nodes, ...child(graph, 'edge')]) {
      for (const d of child(el, 'data')) expect(keys.get(d.attrs.key)).toBe(el.name);
    }
    const edges = child(graph, 'edge');
    expect(edges).toHaveLength(5);
    for (const e of edges) expect(ids.has(e.attrs.source) && ids.has(e.attrs.target)).toBe(true);
    const iran = nodes.find((n) => child(n, 'data').some((d) => d.text === 'Iran'))!;
    expect(child(iran, 'data').find((d) => d.attrs.key === 'n_aliases')?.text).toBe('Tehran');
  });

  it('survives hostile text', () => {
    const h = parseXml(exportGraphml(hostile()));
    const sentences = [...walk(h)].filter((e) => e.name === 'data' && e.attrs.key === 'e_sentence').map((d) => d.text);
    expect(sentences).toContain('Line one\nline two\t<tab> & "more" ');
  });

  it.skipIf(!haveGraphml)('uses only elements the GraphML schemas declare', () => {
    const known = declaredElements(readFileSync(`${SCHEMAS}graphml/graphml-structure.xsd`, 'utf8'));
    for (const e of walk(root)) expect(known.has(e.name), e.name).toBe(true);
  });
});
