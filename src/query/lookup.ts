// Secondary indexes over an ExportIndex for interactive use (the API): built once per export, so
// that a profile, an event page or a graph neighbourhood costs the size of its answer, not of the
// whole export. Semantics follow model.ts (eventsAsOf, eventDate) exactly.
import {
  dateOnOrBefore, eventDate, fold, indexExport, nameOf,
  type ExportClaim, type ExportEntity, type ExportEvent, type ExportIndex, type ExportStory,
} from './model.ts';
import type { DossierExport } from '../export/schema.ts';

export type ExportConflict = DossierExport['conflicts'][number];
export type ExportSupersession = DossierExport['supersessions'][number];

export interface LookupIndex extends ExportIndex {
  /** Events where the entity is source or target, by date (undated last), then id. */
  eventsByEntity: Map<string, ExportEvent[]>;
  eventsByDocument: Map<string, ExportEvent[]>;
  /** eventDate() of every event. */
  dates: Map<string, string | null>;
  /** Event id → dates at which a superseding event ended it. */
  endedAt: Map<string, string[]>;
  conflictsByEvent: Map<string, ExportConflict[]>;
  /** Conflicts where one of the events has the entity as source or target. */
  conflictsByEntity: Map<string, ExportConflict[]>;
  supersessionsByEvent: Map<string, ExportSupersession[]>;
  storyById: Map<string, ExportStory>;
  storyOfDocument: Map<string, string>;
  /** Entities, most mentioned first (ties by name). */
  entitiesByMentions: ExportEntity[];
  /** Folded name and aliases of each entity, for substring filters. */
  foldedNames: Map<string, string[]>;
  /** Folded name or alias → entity ids. */
  byFoldedName: Map<string, string[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildLookup(exp: DossierExport): LookupIndex {
  const base = indexExport(exp);
  const eventsByEntity = new Map<string, ExportEvent[]>();
  const eventsByDocument = new Map<string, ExportEvent[]>();
  const dates = new Map<string, string | null>();
  for (const v of exp.events) {
    if (v.source) push(eventsByEntity, v.source, v);
    if (v.target && v.target !== v.source) push(eventsByEntity, v.target, v);
    push(eventsByDocument, v.document, v);
    dates.set(v.id, eventDate(base, v));
  }
  const endedAt = new Map<string, string[]>();
  const supersessionsByEvent = new Map<string, ExportSupersession[]>();
  for (const s of exp.supersessions) {
    const when = dates.get(s.new);
    if (when) push(endedAt, s.old, when);
    push(supersessionsByEvent, s.old, s);
    if (s.new !== s.old) push(supersessionsByEvent, s.new, s);
  }
  const conflictsByEvent = new Map<string, ExportConflict[]>();
  for (const c of exp.conflicts) {
    push(conflictsByEvent, c.a, c);
    if (c.b !== c.a) push(conflictsByEvent, c.b, c);
  }
  const conflictsByEntity = new Map<string, ExportConflict[]>();
  for (const c of exp.conflicts) {
    const ids = new Set<string>();
    for (const k of [c.a, c.b]) {
      const v = base.events.get(k);
      if (v?.source) ids.add(v.source);
      if (v?.target) ids.add(v.target);
    }
    for (const id of ids) push(conflictsByEntity, id, c);
  }
  const storyById = new Map(exp.stories.map((s) => [s.id, s]));
  const storyOfDocument = new Map<string, string>();
  for (const s of exp.stories) for (const d of s.documents) storyOfDocument.set(d, s.id);
  const foldedNames = new Map<string, string[]>();
  const byFoldedName = new Map<string, string[]>();
  for (const e of exp.entities) {
    const names = [...new Set([e.name, ...e.aliases].map(fold))];
    foldedNames.set(e.id, names);
    for (const n of names) push(byFoldedName, n, e.id);
  }
  // Each entity's events sorted once by date (undated last), then id: profiles need no sort.
  const order = (a: ExportEvent, b: ExportEvent) => cmp(dates.get(a.id) ?? '9999', dates.get(b.id) ?? '9999') || cmp(a.id, b.id);
  for (const list of eventsByEntity.values()) list.sort(order);
  const entitiesByMentions = [...exp.entities].sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  return {
    ...base, eventsByEntity, eventsByDocument, dates, endedAt, conflictsByEvent, conflictsByEntity, supersessionsByEvent,
    storyById, storyOfDocument, entitiesByMentions, foldedNames, byFoldedName,
  };
}

/** True when the event held as of the date (the per-event form of eventsAsOf). */
export function liveAsOf(index: LookupIndex, v: ExportEvent, asOf: string | null): boolean {
  if (!asOf) return true;
  const when = index.dates.get(v.id) ?? null;
  if (when !== null && !dateOnOrBefore(when, asOf)) return false;
  return !(index.endedAt.get(v.id) ?? []).some((d) => dateOnOrBefore(d, asOf));
}

/**
 * True when the event's date lies in [from, to] (either may be null). Mixed precisions compare by
 * their common prefix, so "2020-06-03" is within from "2020-06". Undated events are outside any
 * bounded range.
 */
export function inRange(date: string | null, from: string | null, to: string | null): boolean {
  if (!from && !to) return true;
  if (date === null) return false;
  if (from && !dateOnOrBefore(from, date)) return false;
  if (to && !dateOnOrBefore(date, to)) return false;
  return true;
}

/** Finds an entity by id, or by exact folded name/alias (exact name first, then most mentions). */
export function lookupEntity(index: LookupIndex, query: string): ExportEntity | null {
  const direct = index.entities.get(query);
  if (direct) return direct;
  const q = fold(query);
  const ids = index.byFoldedName.get(q);
  if (!ids) return null;
  let best: { entity: ExportEntity; score: number } | null = null;
  for (const id of ids) {
    const entity = index.entities.get(id)!;
    const score = fold(entity.name) === q ? 2 : 1;
    if (!best || score > best.score || (score === best.score && entity.mentions > best.entity.mentions)) best = { entity, score };
  }
  return best?.entity ?? null;
}

export interface EventRow {
  id: string;
  date: string | null;
  when: { start: string; end: string } | null;
  type: string;
  mode: string | null;
  source: { id: string; name: string } | null;
  target: { id: string; name: string } | null;
  attributed_to: string | null;
  negated: boolean;
  hedged: boolean;
  document: { id: string; title: string | null; outlet: string | null; published: string | null; file: string };
  sentence: string;
  claim: string;
  origins: number;
}

function ref(index: ExportIndex, id: string | null): { id: string; name: string } | null {
  if (id === null) return null;
  return { id, name: nameOf(index, id) ?? id };
}

/** An event with names, date, document and origin count resolved, as the API and UI show it. */
export function eventRow(index: LookupIndex, v: ExportEvent): EventRow {
  const d = index.documents.get(v.document);
  const claim: ExportClaim | undefined = index.claims.get(v.claim);
  return {
    id: v.id,
    date: index.dates.get(v.id) ?? null,
    when: v.when,
    type: v.type,
    mode: v.mode,
    source: ref(index, v.source),
    target: ref(index, v.target),
    attributed_to: nameOf(index, v.attributed_to),
    negated: v.negated,
    hedged: v.hedged,
    document: { id: v.document, title: d?.title ?? null, outlet: d?.outlet ?? null, published: d?.published ?? null, file: d?.file ?? '' },
    sentence: v.sentence,
    claim: v.claim,
    origins: claim?.origins ?? 1,
  };
}

/** Code-point order (ISO dates and ids need no locale, and localeCompare is slow). */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorts by date (undated last), then id. */
export function byDate(index: LookupIndex): (a: ExportEvent, b: ExportEvent) => number {
  return (a, b) => cmp(index.dates.get(a.id) ?? '9999', index.dates.get(b.id) ?? '9999') || cmp(a.id, b.id);
}
