// Read-side views over the JSON contract: one index built once, queried by the CLI views and the API.
import type { DossierExport } from '../export/schema.ts';

export type ExportDocument = DossierExport['documents'][number];
export type ExportEntity = DossierExport['entities'][number];
export type ExportEvent = DossierExport['events'][number];
export type ExportClaim = DossierExport['claims'][number];
export type ExportStory = DossierExport['stories'][number];

export interface ExportIndex {
  exp: DossierExport;
  documents: Map<string, ExportDocument>;
  entities: Map<string, ExportEntity>;
  events: Map<string, ExportEvent>;
  claims: Map<string, ExportClaim>;
}

export function indexExport(exp: DossierExport): ExportIndex {
  return {
    exp,
    documents: new Map(exp.documents.map((d) => [d.id, d])),
    entities: new Map(exp.entities.map((e) => [e.id, e])),
    events: new Map(exp.events.map((v) => [v.id, v])),
    claims: new Map(exp.claims.map((c) => [c.id, c])),
  };
}

/** Accent- and case-folded form used to look names up. */
export function fold(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Finds an entity by id, name or alias (folded); exact name beats alias, more mentions break ties. */
export function findEntity(index: ExportIndex, query: string): ExportEntity | null {
  const direct = index.entities.get(query);
  if (direct) return direct;
  const q = fold(query);
  let best: { entity: ExportEntity; score: number } | null = null;
  for (const entity of index.exp.entities) {
    const score = fold(entity.name) === q ? 2 : entity.aliases.some((a) => fold(a) === q) ? 1 : 0;
    if (score === 0) continue;
    if (!best || score > best.score || (score === best.score && entity.mentions > best.entity.mentions)) best = { entity, score };
  }
  return best?.entity ?? null;
}

/** Name of an entity id, or the plain string itself (attributions to non-entities). */
export function nameOf(index: ExportIndex, idOrName: string | null): string | null {
  if (idOrName === null) return null;
  return index.entities.get(idOrName)?.name ?? idOrName;
}

/** The date an event is placed at: its own time, else its document's publication date. */
export function eventDate(index: ExportIndex, event: ExportEvent): string | null {
  return event.when?.start ?? index.documents.get(event.document)?.published ?? null;
}

/** Compares ISO dates of mixed precision by their common prefix: "2020" ≤ "2020-06-01" ≤ "2020". */
export function dateOnOrBefore(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) <= b.slice(0, n);
}

/**
 * What held as of a date: events dated on or before it (undated ones kept), minus those a
 * supersession ended on or before it.
 */
export function eventsAsOf(index: ExportIndex, asOf: string | null): ExportEvent[] {
  if (!asOf) return index.exp.events;
  const ended = new Set<string>();
  for (const s of index.exp.supersessions) {
    const replacement = index.events.get(s.new);
    const when = replacement ? eventDate(index, replacement) : null;
    if (when && dateOnOrBefore(when, asOf)) ended.add(s.old);
  }
  return index.exp.events.filter((v) => {
    const when = eventDate(index, v);
    return (when === null || dateOnOrBefore(when, asOf)) && !ended.has(v.id);
  });
}
