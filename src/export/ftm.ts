// FollowTheMoney entities derived from the JSON export, one JSON object per line:
//   PERSON → Person, ORG → Organization, GPE / NORP / FAC / LOC → LegalEntity (FtM 3.x has no
//   Country schema; a country carries its ISO code in `country`), EVENT → Event;
//   each article → Article; each event → Event (organizer = source, involved = source + target,
//   date, sourceUrl = the article's URL); Documentation links each article to the entities and
//   events it reports.
// Ids are UUIDv5 of Dossier's own ids, so re-exports are stable.
import { countryCode } from './countries.ts';
import type { DossierExport, ExportEntity } from './schema.ts';
import { DOSSIER_NAMESPACE, uuidv5 } from './uuid.ts';

export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

export function ftmId(kind: string, key: string): string {
  return uuidv5(`ftm:${kind}:${key}`, DOSSIER_NAMESPACE).replace(/-/g, '');
}

const SCHEMA_OF: Record<ExportEntity['type'], string> = {
  PERSON: 'Person', ORG: 'Organization', GPE: 'LegalEntity', NORP: 'LegalEntity', FAC: 'LegalEntity',
  LOC: 'LegalEntity', EVENT: 'Event',
};

/** Drops empty values and empty properties. */
function props(p: Record<string, Array<string | null | undefined>>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, vs] of Object.entries(p)) {
    const kept = [...new Set(vs.filter((v): v is string => typeof v === 'string' && v !== ''))];
    if (kept.length) out[k] = kept;
  }
  return out;
}

export function toFtm(exp: DossierExport): FtmEntity[] {
  const out: FtmEntity[] = [];
  const docs = new Map(exp.documents.map((d) => [d.id, d]));
  const entityById = new Map(exp.entities.map((e) => [e.id, e]));
  const ftmOfEntity = new Map(exp.entities.map((e) => [e.id, ftmId('entity', e.id)]));
  const entityFtm = (id: string) => ftmOfEntity.get(id)!;
  const ftmOfDoc = new Map(exp.documents.map((d) => [d.id, ftmId('document', d.id)]));
  /** Only legal entities may organise or be involved in an FtM Event. */
  const legal = (id: string | null) => (id !== null && entityById.has(id) && SCHEMA_OF[entityById.get(id)!.type] !== 'Event' ? entityFtm(id) : null);

  for (const e of exp.entities) {
    const schema = SCHEMA_OF[e.type];
    const code = e.type === 'GPE' ? countryCode([e.name, ...e.aliases]) : null;
    out.push({
      id: entityFtm(e.id), schema,
      properties: props({
        name: [e.name], alias: e.aliases, country: [code?.toLowerCase()], notes: e.merges,
        ...(schema === 'Event' ? {} : { classification: [e.type] }),
      }),
    });
  }
  for (const d of exp.documents) {
    out.push({
      id: ftmOfDoc.get(d.id)!, schema: 'Article',
      properties: props({
        name: [d.title ?? d.file], fileName: [d.file], title: [d.title], publishedAt: [d.published],
        language: [d.language], sourceUrl: [d.url], publisher: [d.outlet],
      }),
    });
  }
  for (const v of exp.events) {
    const d = docs.get(v.document);
    const name = [v.source_name ?? '?', v.negated ? `NOT ${v.type}` : v.type, v.target_name ?? '?'].join(' ');
    const speaker = v.attributed_to === null ? null : entityById.get(v.attributed_to)?.name ?? v.attributed_to;
    out.push({
      id: ftmId('event', v.id), schema: 'Event',
      properties: props({
        name: [name], summary: [v.sentence],
        description: [speaker ? `Attributed to ${speaker}${v.attribution_chain.length ? ` via ${v.attribution_chain.join(' → ')}` : ''}` : null],
        date: [v.when?.start], startDate: [v.when?.start], endDate: [v.when?.end],
        organizer: [legal(v.source)], involved: [legal(v.source), legal(v.target)],
        sourceUrl: [d?.url], publisher: [d?.outlet], recordId: [v.id],
        keywords: [v.type, v.mode, v.hedged ? 'hedged' : null, v.negated ? 'negated' : null],
      }),
    });
  }
  const links: FtmEntity[] = [];
  const link = (doc: string, entity: string, role: string) => links.push({
    id: ftmId('documentation', `${doc}|${entity}`), schema: 'Documentation',
    properties: props({ document: [ftmOfDoc.get(doc)!], entity: [entity], role: [role] }),
  });
  for (const e of exp.entities) for (const d of e.documents) if (docs.has(d)) link(d, entityFtm(e.id), 'mentioned');
  for (const v of exp.events) if (docs.has(v.document)) link(v.document, ftmId('event', v.id), 'reported');
  links.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return [...out, ...links];
}

/** FollowTheMoney JSON lines, one entity per line. */
export function exportFtm(exp: DossierExport): string {
  return toFtm(exp).map((e) => `${JSON.stringify(e)}\n`).join('');
}
