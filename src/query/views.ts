// The analyst's views (entity profile, claims, stories) as plain records; the CLI prints them,
// the API serves them.
import { eventDate, eventsAsOf, findEntity, nameOf, type ExportClaim, type ExportEvent, type ExportIndex } from './model.ts';

export interface TimelineRow {
  event: string;
  date: string | null;
  type: string;
  mode: string | null;
  role: 'source' | 'target';
  counterpart: string | null;
  outlet: string | null;
  document: string;
  attributedTo: string | null;
  negated: boolean;
  hedged: boolean;
  origins: number;
  claim: string;
  sentence: string;
}

export interface EntityProfile {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  mentions: number;
  documents: number;
  merges: string[];
  timeline: TimelineRow[];
  conflicts: { a: string; b: string; why: string }[];
}

export function entityProfile(index: ExportIndex, query: string, asOf: string | null = null): EntityProfile | null {
  const entity = findEntity(index, query);
  if (!entity) return null;
  const timeline: TimelineRow[] = [];
  for (const v of eventsAsOf(index, asOf)) {
    const role = v.source === entity.id ? 'source' : v.target === entity.id ? 'target' : null;
    if (!role) continue;
    timeline.push(timelineRow(index, v, role));
  }
  timeline.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.event.localeCompare(b.event));
  const own = new Set(timeline.map((t) => t.event));
  return {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    aliases: entity.aliases,
    mentions: entity.mentions,
    documents: entity.documents.length,
    merges: (entity as { merges?: string[] }).merges ?? [],
    timeline,
    conflicts: index.exp.conflicts.filter((c) => own.has(c.a) || own.has(c.b)),
  };
}

export function timelineRow(index: ExportIndex, v: ExportEvent, role: 'source' | 'target'): TimelineRow {
  const doc = index.documents.get(v.document);
  return {
    event: v.id,
    date: eventDate(index, v),
    type: v.type,
    mode: v.mode,
    role,
    counterpart: nameOf(index, role === 'source' ? v.target : v.source),
    outlet: doc?.outlet ?? doc?.file ?? null,
    document: v.document,
    attributedTo: nameOf(index, v.attributed_to),
    negated: v.negated,
    hedged: v.hedged,
    origins: index.claims.get(v.claim)?.origins ?? 1,
    claim: v.claim,
    sentence: v.sentence,
  };
}

export interface ClaimRow {
  id: string;
  source: string | null;
  type: string;
  mode: string | null;
  target: string | null;
  origins: number;
  documents: number;
  first_seen: string | null;
  last_seen: string | null;
  negated: boolean;
  origin_chains: string[];
  events: string[];
}

export interface ClaimFilter {
  entity?: string;
  type?: string;
  asOf?: string | null;
}

export function listClaims(index: ExportIndex, filter: ClaimFilter = {}): ClaimRow[] {
  const entityId = filter.entity ? findEntity(index, filter.entity)?.id ?? '\0none' : null;
  const live = new Set(eventsAsOf(index, filter.asOf ?? null).map((v) => v.id));
  const rows: ClaimRow[] = [];
  for (const claim of index.exp.claims) {
    const events = claim.events.map((id) => index.events.get(id)).filter((v): v is ExportEvent => Boolean(v) && live.has(v!.id));
    const first = events[0];
    if (!first) continue;
    if (filter.type && first.type !== filter.type.toUpperCase()) continue;
    if (entityId && first.source !== entityId && first.target !== entityId) continue;
    rows.push(claimRow(index, claim, first));
  }
  return rows.sort(compareClaimRows);
}

/** One claim as a row, described by its first (live) event. */
export function claimRow(index: ExportIndex, claim: ExportClaim, first: ExportEvent): ClaimRow {
  return {
    id: claim.id,
    source: nameOf(index, first.source),
    type: first.type,
    mode: first.mode,
    target: nameOf(index, first.target),
    origins: claim.origins,
    documents: claim.documents.length,
    first_seen: claim.first_seen,
    last_seen: claim.last_seen,
    negated: first.negated,
    origin_chains: (claim as { origin_chains?: string[] }).origin_chains ?? [],
    events: claim.events,
  };
}

/** Most independent origins first, then most documents, then id. */
export function compareClaimRows(a: ClaimRow, b: ClaimRow): number {
  return b.origins - a.origins || b.documents - a.documents || a.id.localeCompare(b.id);
}

export interface StoryRow {
  id: string;
  origin: string | null;
  documents: { id: string; file: string; title: string | null; outlet: string | null; published: string | null }[];
}

export function listStories(index: ExportIndex): StoryRow[] {
  return index.exp.stories
    .map((s) => ({
      id: s.id,
      origin: (s as { origin_name?: string | null }).origin_name ?? nameOf(index, s.origin),
      documents: s.documents.map((id) => {
        const d = index.documents.get(id)!;
        return { id, file: d.file, title: d.title, outlet: d.outlet, published: d.published };
      }),
    }))
    .sort((a, b) => b.documents.length - a.documents.length || a.id.localeCompare(b.id));
}
