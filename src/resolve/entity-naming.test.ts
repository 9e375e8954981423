// Table tests for the type vote: families (GPE and LOC together), precedence on ties, and what
// makes a place a state.
import { describe, expect, it } from 'vitest';
import type { EntityType } from '../types.ts';
import { voteTypeOf, type NodeInfo } from './entity-naming.ts';

function node(key: string, types: Partial<Record<EntityType, number>>, extra: Partial<NodeInfo> = {}): NodeInfo {
  return {
    key, types: new Map(Object.entries(types) as [EntityType, number][]), displays: new Map(), aliases: new Set(),
    documents: new Set(), refDocuments: new Set(), mentions: 1, references: 0, standalone: false, typeHint: null, ...extra,
  };
}

const ROWS: { name: string; nodes: NodeInfo[]; want: EntityType }[] = [
  { name: 'PERSON once, GPE five times → GPE', nodes: [node('zembria', { PERSON: 1, GPE: 5 })], want: 'GPE' },
  { name: 'GPE and LOC vote together against PERSON', nodes: [node('santa velma', { PERSON: 3, GPE: 2, LOC: 2 })], want: 'GPE' },
  { name: 'LOC-only place loses a tie to ORG', nodes: [node('ravel front', { ORG: 2, LOC: 2, PERSON: 1 })], want: 'ORG' },
  { name: 'GPE place wins a tie with ORG', nodes: [node('korvania', { ORG: 2, GPE: 1, LOC: 1 })], want: 'GPE' },
  { name: 'mostly LOC with no sign of a state stays LOC', nodes: [node('gulf of tarn', { LOC: 4, GPE: 1 })], want: 'LOC' },
  { name: 'LOC that acts in an event is a GPE', nodes: [node('drosnia', { LOC: 4 }, { acts: true })], want: 'GPE' },
  { name: 'a gazetteer region that acts stays LOC', nodes: [node('far north', { LOC: 4 }, { acts: true, knownLoc: true })], want: 'LOC' },
  { name: 'LOC with a demonym folded in is a GPE', nodes: [node('quelmar', { LOC: 3, NORP: 2 })], want: 'GPE' },
  { name: 'NORP alone stays NORP', nodes: [node('zembrians', { NORP: 2 })], want: 'NORP' },
  { name: 'PERSON beats ORG on a tie', nodes: [node('ana roth', { PERSON: 1, ORG: 1 })], want: 'PERSON' },
  { name: 'no mention: the hint', nodes: [node('x', {}, { typeHint: 'PERSON' })], want: 'PERSON' },
];

describe('voteTypeOf', () => {
  for (const r of ROWS) it(r.name, () => expect(voteTypeOf(r.nodes)).toBe(r.want));
});
