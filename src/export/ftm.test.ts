import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CORPUS, RESOLUTION } from '../store/test-support.ts';
import { exportFtm, toFtm, type FtmEntity } from './ftm.ts';
import { buildJsonExport } from './json.ts';
import { parseYaml } from './test-support/yaml-lite.ts';

const SCHEMAS = fileURLToPath(new URL('../../../shared/data/schemas/followthemoney/', import.meta.url));
const haveSchemas = existsSync(`${SCHEMAS}Thing.yaml`);
if (!haveSchemas) console.warn(`[ftm.test] skipping model checks: no FollowTheMoney schemata at ${SCHEMAS}`);

const exp = buildJsonExport(CORPUS, RESOLUTION);
const entities = toFtm(exp);
const byId = new Map(entities.map((e) => [e.id, e]));

interface Model { [schema: string]: { extends?: string[]; abstract?: string; required?: string[]; properties?: Record<string, { type?: string; range?: string }> } }

function loadModel(): Model {
  const model: Model = {};
  for (const f of readdirSync(SCHEMAS).filter((f) => /\.ya?ml$/.test(f))) {
    Object.assign(model, parseYaml(readFileSync(`${SCHEMAS}${f}`, 'utf8')) as unknown as Model);
  }
  return model;
}

/** Problems of one entity against the FtM model, as the schemas README describes the check. */
function check(model: Model, e: FtmEntity, all: Map<string, FtmEntity>): string[] {
  const problems: string[] = [];
  const s = model[e.schema];
  if (!s) return [`${e.id}: unknown schema ${e.schema}`];
  if (s.abstract === 'true') problems.push(`${e.id}: ${e.schema} is abstract`);
  const lineage = (name: string): string[] => [name, ...(model[name]?.extends ?? []).flatMap(lineage)];
  const chain = lineage(e.schema);
  const propDef = (p: string) => chain.map((n) => model[n]?.properties?.[p]).find(Boolean);
  for (const [p, values] of Object.entries(e.properties)) {
    const def = propDef(p);
    if (!def) { problems.push(`${e.id}: ${e.schema} has no property "${p}"`); continue; }
    if (!Array.isArray(values) || values.some((v) => typeof v !== 'string')) problems.push(`${e.id}.${p}: values must be strings`);
    if (def.type === 'entity') {
      for (const v of values) {
        const target = all.get(v);
        if (!target) problems.push(`${e.id}.${p}: ${v} is no entity in the export`);
        else if (def.range && !lineage(target.schema).includes(def.range)) {
          problems.push(`${e.id}.${p}: ${target.schema} is not a ${def.range}`);
        }
      }
    }
  }
  for (const r of chain.flatMap((n) => model[n]?.required ?? [])) {
    if (!e.properties[r]?.length) problems.push(`${e.id}: ${e.schema} requires "${r}"`);
  }
  return problems;
}

describe('FollowTheMoney export', () => {
  it('writes one JSON entity per line, deterministically', () => {
    const text = exportFtm(exp);
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(entities.length);
    for (const l of lines) expect(Object.keys(JSON.parse(l) as object)).toEqual(['id', 'schema', 'properties']);
    expect(exportFtm(buildJsonExport([...CORPUS].reverse(), RESOLUTION))).toBe(text);
    expect(new Set(entities.map((e) => e.id)).size).toBe(entities.length);
  });

  it('maps actors, articles, events and the links between them', () => {
    const count = (s: string) => entities.filter((e) => e.schema === s).length;
    expect(count('Person')).toBe(1);
    expect(count('Organization')).toBe(1);
    expect(count('LegalEntity')).toBe(3);
    expect(count('Article')).toBe(3);
    expect(count('Event')).toBe(7);
    const venezuela = entities.find((e) => e.properties.name?.[0] === 'Venezuela')!;
    expect(venezuela.properties).toMatchObject({ country: ['ve'], alias: ['Caracas'] });
    const threat = entities.find((e) => e.schema === 'Event' && e.properties.keywords?.includes('THREATEN'))!;
    expect(threat.properties).toMatchObject({ name: ['United States THREATEN Venezuela'], date: ['2020-06'] });
    expect(byId.get(threat.properties.organizer[0])!.properties.name).toEqual(['United States']);
    const article = entities.find((e) => e.schema === 'Article' && e.properties.title?.[0] === 'Tankers reach Venezuela')!;
    expect(article.properties).toMatchObject({ fileName: ['a_tankers.txt'], sourceUrl: ['https://example.org/a'], publishedAt: ['2020-05-26'] });
    const docLinks = entities.filter((e) => e.schema === 'Documentation' && e.properties.document[0] === article.id);
    expect(docLinks.length).toBe(4 + 3); // four entities appear in it, three events come from it
  });

  describe.skipIf(!haveSchemas)('against the FtM 3.8 schemata', () => {
    // The describe body runs even when skipped: load only what exists.
    const model = haveSchemas ? loadModel() : {};
    it('loads the model', () => {
      expect(Object.keys(model).length).toBe(70);
      expect(model.Event.extends).toEqual(['Interval', 'Analyzable', 'Thing']);
      expect(model.Documentation.properties?.entity).toMatchObject({ type: 'entity', range: 'Thing' });
    });

    it('uses only defined properties, fills required ones, and links to entities of the right schema', () => {
      for (const e of entities) expect(check(model, e, byId), e.schema).toEqual([]);
    });

    it('would catch an unknown property, a missing required one and a wrong range', () => {
      const event = entities.find((e) => e.schema === 'Event')!;
      const article = entities.find((e) => e.schema === 'Article')!;
      const bad: FtmEntity = { ...event, properties: { ...event.properties, colour: ['red'], organizer: [article.id] } };
      delete bad.properties.name;
      const problems = check(model, bad, byId).join('\n');
      expect(problems).toMatch(/no property "colour"/);
      expect(problems).toMatch(/requires "name"/);
      expect(problems).toMatch(/organizer: Article is not a LegalEntity/);
      expect(check(model, { id: 'x', schema: 'Thing', properties: { name: ['x'] } }, byId)).toEqual(['x: Thing is abstract']);
    });
  });
});

