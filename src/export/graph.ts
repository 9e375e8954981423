// The actor graph both graph formats draw: one node per entity, one directed edge per event whose
// source and target are both entities (events with a plain-text actor have no node to join).
import type { DossierExport, ExportEntity, ExportEvent } from './schema.ts';

export interface ActorGraph {
  nodes: ExportEntity[];
  edges: ExportEvent[];
}

export function actorGraph(exp: DossierExport): ActorGraph {
  const ids = new Set(exp.entities.map((e) => e.id));
  return {
    nodes: exp.entities,
    edges: exp.events.filter((v) => v.source !== null && v.target !== null && ids.has(v.source) && ids.has(v.target)),
  };
}

/** A one-line label for an edge: "AID (military)", "NOT ACCUSE". */
export function edgeLabel(v: ExportEvent): string {
  return `${v.negated ? 'NOT ' : ''}${v.type}${v.mode ? ` (${v.mode})` : ''}`;
}
