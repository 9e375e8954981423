// The actor graph: entities as nodes, events between two entities aggregated into one edge per
// (source, target, PLOVER type) with a count and a date range. Either an entity's neighbourhood
// (breadth-first to a depth) or, without an entity, the most mentioned actors.
import { cmp, inRange, type LookupIndex } from './lookup.ts';
import type { ExportEvent } from './model.ts';

export interface GraphNode {
  id: string;
  name: string;
  type: string;
  mentions: number;
  /** Hops from the focus entity (0 = the focus); null in the overview. */
  depth: number | null;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  count: number;
  negated: number;
  first: string | null;
  last: string | null;
  /** Distinct claims behind the edge and their largest independent-origin count. */
  claims: number;
  max_origins: number;
  /** Up to 20 event ids, earliest first. */
  events: string[];
}

export interface Graph {
  focus: string | null;
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** True when nodes were left out to stay within maxNodes. */
  truncated: boolean;
}

export interface GraphOptions {
  entity: string | null;
  depth: number;
  from: string | null;
  to: string | null;
  maxNodes: number;
}

const EDGE_EVENTS = 20;

/** Events between two distinct entities, grouped by (source, target, type), each group by date. */
interface Group { id: string; source: string; target: string; type: string; events: ExportEvent[] }

const groupsCache = new WeakMap<LookupIndex, Map<string, Group[]>>();

/** Each entity's groups (as source or target), built once per index (call at load to warm). */
export function graphGroups(index: LookupIndex): Map<string, Group[]> {
  let byEntity = groupsCache.get(index);
  if (byEntity) return byEntity;
  const groups = new Map<string, Group>();
  for (const v of index.exp.events) {
    if (v.source === null || v.target === null || v.source === v.target || !index.entities.has(v.source) || !index.entities.has(v.target)) continue;
    const key = `${v.source}|${v.target}|${v.type}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { id: key, source: v.source, target: v.target, type: v.type, events: [] }));
    g.events.push(v);
  }
  byEntity = new Map();
  for (const g of groups.values()) {
    g.events.sort((a, b) => cmp(index.dates.get(a.id) ?? '9999', index.dates.get(b.id) ?? '9999') || cmp(a.id, b.id));
    for (const e of [g.source, g.target]) {
      const l = byEntity.get(e);
      if (l) l.push(g);
      else byEntity.set(e, [g]);
    }
  }
  groupsCache.set(index, byEntity);
  return byEntity;
}

export function actorGraph(index: LookupIndex, o: GraphOptions): Graph {
  const groups = graphGroups(index);
  const ranged = Boolean(o.from || o.to);
  const inside = (g: Group) => (ranged ? g.events.filter((v) => inRange(index.dates.get(v.id) ?? null, o.from, o.to)) : g.events);
  const depthOf = new Map<string, number | null>();
  let truncated = false;
  if (o.entity) {
    depthOf.set(o.entity, 0);
    let frontier = [o.entity];
    for (let d = 1; d <= o.depth && frontier.length && !truncated; d++) {
      const weight = new Map<string, number>();
      for (const id of frontier) {
        for (const g of groups.get(id) ?? []) {
          const other = g.source === id ? g.target : g.source;
          if (depthOf.has(other)) continue;
          const n = inside(g).length;
          if (n) weight.set(other, (weight.get(other) ?? 0) + n);
        }
      }
      const next = [...weight.entries()].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0])).map(([id]) => id);
      const room = o.maxNodes - depthOf.size;
      if (next.length > room) truncated = true;
      frontier = next.slice(0, Math.max(0, room));
      for (const id of frontier) depthOf.set(id, d);
    }
  } else {
    // Overview: the most mentioned actors that take part in at least one event in range.
    for (const e of index.entitiesByMentions) {
      if (depthOf.size >= o.maxNodes) { truncated = true; break; }
      if ((groups.get(e.id) ?? []).some((g) => inside(g).length > 0)) depthOf.set(e.id, null);
    }
  }

  const edges: GraphEdge[] = [];
  for (const id of depthOf.keys()) {
    for (const g of groups.get(id) ?? []) {
      if (g.source !== id || !depthOf.has(g.target)) continue;
      const events = inside(g);
      if (!events.length) continue;
      const claims = new Set<string>();
      let negated = 0;
      let maxOrigins = 0;
      for (const v of events) {
        if (v.negated) negated++;
        claims.add(v.claim);
        maxOrigins = Math.max(maxOrigins, index.claims.get(v.claim)?.origins ?? 1);
      }
      const dated = events.filter((v) => index.dates.get(v.id));
      edges.push({
        id: g.id, source: g.source, target: g.target, type: g.type, count: events.length, negated,
        first: dated.length ? index.dates.get(dated[0].id)! : null,
        last: dated.length ? dated.map((v) => index.dates.get(v.id)!).reduce((a, b) => (b > a ? b : a)) : null,
        claims: claims.size, max_origins: maxOrigins, events: events.slice(0, EDGE_EVENTS).map((v) => v.id),
      });
    }
  }
  const nodes: GraphNode[] = [...depthOf.entries()].map(([id, depth]) => {
    const e = index.entities.get(id)!;
    return { id, name: e.name, type: e.type, mentions: e.mentions, depth };
  });
  return { focus: o.entity, nodes, edges: edges.sort((a, b) => b.count - a.count || cmp(a.id, b.id)), truncated };
}
