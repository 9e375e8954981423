// The read-only JSON endpoints. Each names its path, the query parameters it accepts and a
// handler that answers from the in-memory indexes (search and documents go to the store).
import { badParam, notFound } from './errors.ts';
import { Params, PAGING } from './params.ts';
import type { ApiData } from './data.ts';
import { buildOpenApi } from './openapi.ts';
import { actorGraph } from '../query/graph.ts';
import { byDate, eventRow, inRange, liveAsOf, lookupEntity, type EventRow, type LookupIndex } from '../query/lookup.ts';
import { fold, nameOf, type ExportEntity, type ExportEvent } from '../query/model.ts';
import { claimRow, compareClaimRows, listStories, timelineRow, type ClaimRow } from '../query/views.ts';

export interface RouteContext {
  data: ApiData;
  params: Params;
  /** Decoded path segments captured by the route pattern. */
  match: string[];
}

export interface Route {
  pattern: RegExp;
  params: readonly string[];
  handle(ctx: RouteContext): unknown;
}

/** Longest search query accepted. */
export const MAX_QUERY = 200;
export const MAX_DEPTH = 3;
export const MAX_GRAPH_NODES = 300;

function page<T>(items: T[], p: { offset: number; limit: number }) {
  return { total: items.length, offset: p.offset, limit: p.limit, items: items.slice(p.offset, p.offset + p.limit) };
}

/** The entity a parameter names (id, name or alias); 404 naming the parameter when none. */
function entityParam(index: LookupIndex, params: Params, name: string): ExportEntity | null {
  const v = params.string(name);
  if (v === null) return null;
  const e = lookupEntity(index, v);
  if (!e) throw notFound(`parameter "${name}": no entity "${v}"`);
  return e;
}

function entitySummary(index: LookupIndex, e: ExportEntity) {
  return { id: e.id, name: e.name, type: e.type, aliases: e.aliases, mentions: e.mentions, documents: e.documents.length,
    events: index.eventsByEntity.get(e.id)?.length ?? 0 };
}

function claimsOf(index: LookupIndex, events: Iterable<ExportEvent>, type: string | null, asOf: string | null): ClaimRow[] {
  const seen = new Set<string>();
  const rows: ClaimRow[] = [];
  for (const v of events) {
    if (seen.has(v.claim)) continue;
    seen.add(v.claim);
    const claim = index.claims.get(v.claim);
    if (!claim) continue;
    // As listClaims: a claim is described by its first event that held as of the date.
    const first = claim.events.map((id) => index.events.get(id)).find((e): e is ExportEvent => !!e && liveAsOf(index, e, asOf));
    if (!first || (type && first.type !== type)) continue;
    // Lists carry the first 20 event ids; the claim's own page has them all.
    rows.push({ ...claimRow(index, claim, first), events: claim.events.slice(0, 20) });
  }
  return rows.sort(compareClaimRows);
}

function eventRefs(data: ApiData, ids: string[]): Record<string, EventRow> {
  const out: Record<string, EventRow> = {};
  for (const id of ids) {
    const v = data.index.events.get(id);
    if (v) out[id] = eventRow(data.index, v);
  }
  return out;
}

function conflictRows(data: ApiData, conflicts: { a: string; b: string; why: string }[]) {
  return conflicts.map((c) => ({ ...c, events: eventRefs(data, [c.a, c.b]) }));
}

// ------------------------------------------------------------------ handlers

function search({ data, params }: RouteContext) {
  const q = params.required('q');
  if (q.length > MAX_QUERY) throw badParam('q', `longer than ${MAX_QUERY} characters`);
  const limit = params.int('limit', 20, 1, 100);
  const index = data.index;
  const hits = data.store.search(q, limit).map((h) => {
    if (h.kind === 'entity') {
      const e = index.entities.get(h.id);
      return { kind: h.kind, id: h.id, sentence: null, snippet: h.snippet, rank: h.rank,
        entity: e ? { id: e.id, name: e.name, type: e.type, mentions: e.mentions } : null, document: null };
    }
    const docId = data.exportDocumentId(h.id) ?? h.id;
    const d = index.documents.get(docId);
    return { kind: h.kind, id: docId, sentence: h.sentence, snippet: h.snippet, rank: h.rank, entity: null,
      document: d ? { id: d.id, title: d.title, outlet: d.outlet, published: d.published, file: d.file } : null };
  });
  return { query: q, hits };
}

function entities({ data, params }: RouteContext) {
  const p = params.page();
  const q = params.string('q');
  const type = params.entityType('type');
  const index = data.index;
  const needle = q ? fold(q) : null;
  let list = index.entitiesByMentions;
  if (needle || type) {
    list = list.filter((e) => (!type || e.type === type) && (!needle || index.foldedNames.get(e.id)!.some((n) => n.includes(needle))));
  }
  if (needle) {
    // Exact and prefix matches first, each group still by mentions.
    const rank = (e: ExportEntity) => {
      const names = index.foldedNames.get(e.id)!;
      return names.includes(needle) ? 0 : names.some((n) => n.startsWith(needle)) ? 1 : 2;
    };
    list = list.map((e, i) => ({ e, r: rank(e), i })).sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.e);
  }
  const out = page(list, p);
  return { ...out, items: out.items.map((e) => entitySummary(index, e)) };
}

/** Most conflicts and supersessions listed inline on a profile or claim page (totals are given). */
export const INLINE_LIMIT = 50;

/** Conflicts touching any of the events, at most `limit`, and how many there are in all. */
function conflictsOf(index: LookupIndex, eventIds: Iterable<string>, limit: number) {
  // Both of a conflict's events list the same record, so identity is enough to count it once.
  const seen = new Set<object>();
  const list: { a: string; b: string; why: string }[] = [];
  for (const id of eventIds) {
    for (const c of index.conflictsByEvent.get(id) ?? []) {
      if (seen.has(c)) continue;
      seen.add(c);
      if (list.length < limit) list.push(c);
    }
  }
  return { list, total: seen.size };
}

/** Events per month and type: the shape of a timeline too long to list. */
function activity(index: LookupIndex, events: ExportEvent[]) {
  const counts = new Map<string, number>();
  for (const v of events) {
    const d = index.dates.get(v.id);
    if (!d) continue;
    const key = `${d.slice(0, 7)}|${v.type}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()].map(([k, count]) => {
    const [period, type] = k.split('|');
    return { period, type, count };
  }).sort((a, b) => a.period.localeCompare(b.period) || a.type.localeCompare(b.type));
}

function entity({ data, params, match }: RouteContext) {
  const asOf = params.date('as_of');
  const p = params.page(200, 5000);
  const index = data.index;
  const e = lookupEntity(index, match[0]);
  if (!e) throw notFound(`no entity "${match[0]}"`);
  const own = (index.eventsByEntity.get(e.id) ?? []).filter((v) => liveAsOf(index, v, asOf)); // already by date
  const timeline = own.slice(p.offset, p.offset + p.limit).map((v) => timelineRow(index, v, v.source === e.id ? 'source' : 'target'));
  const all = asOf ? null : index.conflictsByEntity.get(e.id) ?? [];
  const conflicts = all ? { list: all.slice(0, INLINE_LIMIT), total: all.length } : conflictsOf(index, own.map((v) => v.id), INLINE_LIMIT);
  const byType: Record<string, number> = {};
  for (const v of own) byType[v.type] = (byType[v.type] ?? 0) + 1;
  const counterparts = new Map<string, number>();
  for (const v of own) {
    const other = v.source === e.id ? v.target : v.source;
    if (other && other !== e.id) counterparts.set(other, (counterparts.get(other) ?? 0) + 1);
  }
  const claims = claimsOf(index, own, null, asOf);
  return {
    id: e.id, name: e.name, type: e.type, aliases: e.aliases, mentions: e.mentions, documents: e.documents.length,
    merges: (e as { merges?: string[] }).merges ?? [],
    as_of: asOf,
    event_types: byType,
    activity: activity(index, own),
    counterparts: [...counterparts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 20)
      .map(([id, events]) => ({ id, name: nameOf(index, id), events })),
    timeline,
    timeline_total: own.length,
    offset: p.offset,
    limit: p.limit,
    claims: claims.slice(0, 200),
    claims_total: claims.length,
    conflicts: conflictRows(data, conflicts.list),
    conflicts_total: conflicts.total,
  };
}

function events({ data, params }: RouteContext) {
  const p = params.page();
  const index = data.index;
  const e = entityParam(index, params, 'entity');
  const type = params.ploverType('type');
  const from = params.date('from');
  const to = params.date('to');
  const asOf = params.date('as_of');
  if (from && to && !inRange(from, null, to)) throw badParam('from', `is after "to" (${from} > ${to})`);
  const pool = e ? index.eventsByEntity.get(e.id) ?? [] : index.exp.events;
  const list = pool.filter((v) => (!type || v.type === type) && inRange(index.dates.get(v.id) ?? null, from, to) && liveAsOf(index, v, asOf))
    .sort(byDate(index));
  const out = page(list, p);
  return { ...out, items: out.items.map((v) => eventRow(index, v)) };
}

function claims({ data, params }: RouteContext) {
  const p = params.page();
  const index = data.index;
  const e = entityParam(index, params, 'entity');
  const type = params.ploverType('type');
  const asOf = params.date('as_of');
  const pool = e ? index.eventsByEntity.get(e.id) ?? [] : index.exp.events;
  return page(claimsOf(index, pool, type, asOf), p);
}

function claim({ data, match }: RouteContext) {
  const index = data.index;
  const c = index.claims.get(match[0]);
  if (!c) throw notFound(`no claim "${match[0]}"`);
  const first = c.events.map((id) => index.events.get(id)).find((v): v is ExportEvent => !!v);
  const evidence = c.events.slice(0, 200).map((id) => {
    const v = index.events.get(id);
    if (!v) return null;
    const d = index.documents.get(v.document);
    return {
      ...eventRow(index, v),
      url: d?.url ?? null,
      attribution: v.attributed_to || v.attribution_chain.length
        ? { name: nameOf(index, v.attributed_to), chain: v.attribution_chain } : null,
      trigger: v.trigger,
      rule: v.rule,
      when_from: v.when_from,
      sentence_index: v.sentence_index,
    };
  }).filter((x) => x !== null);
  const conflicts = conflictsOf(index, c.events, INLINE_LIMIT);
  const supersessions = new Map<string, { old: string; new: string; why: string }>();
  for (const id of c.events) {
    for (const x of index.supersessionsByEvent.get(id) ?? []) supersessions.set(`${x.old}|${x.new}|${x.why}`, x);
  }
  const chains = (c as { origin_chains?: string[] }).origin_chains ?? [];
  return {
    claim: first ? claimRow(index, c, first) : null,
    id: c.id,
    origins: c.origins,
    origin_chains: chains,
    origins_explained: explainOrigins(c.origins, c.documents.length, chains),
    documents: c.documents.map((id) => {
      const d = index.documents.get(id);
      return { id, title: d?.title ?? null, outlet: d?.outlet ?? null, published: d?.published ?? null, story: index.storyOfDocument.get(id) ?? null };
    }),
    evidence,
    events_total: c.events.length,
    conflicts: conflictRows(data, conflicts.list),
    conflicts_total: conflicts.total,
    supersessions_total: supersessions.size,
    supersessions: [...supersessions.values()].slice(0, INLINE_LIMIT).map((s) => ({ ...s, role: c.events.includes(s.old) ? 'superseded' : 'supersedes', events: eventRefs(data, [s.old, s.new]) })),
  };
}

/** One readable sentence on why a claim has the origin count it has. */
export function explainOrigins(origins: number, documents: number, chains: string[]): string {
  const n = (k: number, w: string) => `${k} ${w}${k === 1 ? '' : 's'}`;
  if (documents === 1) return `1 article states this claim: ${n(origins, 'independent origin')}.`;
  const head = `${n(documents, 'article')} state this claim; they trace back to ${n(origins, 'independent origin')}`;
  if (documents > origins) return `${head}: articles that rewrite or relay the same report count once.${chains.length ? ' Each line below is one origin.' : ''}`;
  return `${head}: each article reports it independently.`;
}

function stories({ data, params }: RouteContext) {
  const p = params.page();
  return page(listStories(data.index), p);
}

function conflicts({ data, params }: RouteContext) {
  const p = params.page();
  const index = data.index;
  const e = entityParam(index, params, 'entity');
  const list = e ? index.conflictsByEntity.get(e.id) ?? [] : index.exp.conflicts;
  const out = page(list, p);
  return { ...out, items: conflictRows(data, out.items) };
}

function supersessions({ data, params }: RouteContext) {
  const p = params.page();
  const out = page(data.index.exp.supersessions, p);
  return { ...out, items: out.items.map((s) => ({ ...s, events: eventRefs(data, [s.old, s.new]) })) };
}

function documentView({ data, match }: RouteContext) {
  const id = match[0];
  const index = data.index;
  const meta = index.documents.get(id);
  const doc = meta ? data.document(id) : null;
  if (!meta || !doc) throw notFound(`no document "${id}"`);
  const events = data.eventMap(id);
  const a = doc.article;
  return {
    // The date as resolved: a story may have revised the text's own estimate (published_from "story").
    document: { id, file: a.file, url: a.url, title: a.title, byline: a.byline, outlet: a.outlet, published: meta.published,
      published_from: meta.published_from ?? null, language: a.language, story: index.storyOfDocument.get(id) ?? null },
    text: a.text,
    sentences: doc.sentences.map((s) => ({ index: s.index, start: s.start, end: s.end })),
    mentions: doc.mentions.map((m) => {
      const entityId = data.mentionEntity(doc, id, m);
      return { index: m.index, sentence: m.sentence, start: m.start, end: m.end, text: m.text, type: m.type,
        canonical: m.canonical, rule: m.rule, entity: entityId, entity_name: entityId ? nameOf(index, entityId) : null };
    }),
    events: doc.events.map((ev) => {
      const exportId = events.get(ev.index) ?? null;
      const v = exportId ? index.events.get(exportId) : undefined;
      return {
        id: exportId, index: ev.index, sentence: ev.sentence, type: ev.type, mode: ev.mode,
        trigger: ev.trigger,
        source: ev.source?.name ?? null, target: ev.target?.name ?? null,
        source_entity: v?.source ?? null, target_entity: v?.target ?? null,
        attribution: ev.attribution ? { name: ev.attribution.name, chain: ev.attribution.chain } : null,
        negated: ev.negated, hedged: ev.hedged, when: v?.when ?? ev.when, when_from: ev.whenFrom, rule: ev.rule,
        claim: v?.claim ?? null,
      };
    }),
    cited: doc.cited,
  };
}

function graph({ data, params }: RouteContext) {
  const index = data.index;
  const e = entityParam(index, params, 'entity');
  const depth = params.int('depth', 1, 1, MAX_DEPTH);
  const from = params.date('from');
  const to = params.date('to');
  const limit = params.int('limit', 100, 1, MAX_GRAPH_NODES);
  if (from && to && !inRange(from, null, to)) throw badParam('from', `is after "to" (${from} > ${to})`);
  return actorGraph(index, { entity: e?.id ?? null, depth, from, to, maxNodes: limit });
}

function stats({ data }: RouteContext) {
  const exp = data.index.exp;
  const dates = [...data.index.dates.values()].filter((d): d is string => d !== null).sort();
  return {
    loaded_at: data.loadedAt,
    documents: exp.documents.length, entities: exp.entities.length, events: exp.events.length, claims: exp.claims.length,
    stories: exp.stories.length, conflicts: exp.conflicts.length, supersessions: exp.supersessions.length,
    first_date: dates[0] ?? null, last_date: dates[dates.length - 1] ?? null,
  };
}

/** The route table; patterns capture one path segment each ([^/]+, percent-decoded by the server). */
export const ROUTES: Route[] = [
  { pattern: /^\/api\/openapi\.json$/, params: [], handle: () => buildOpenApi() },
  { pattern: /^\/api\/stats$/, params: [], handle: stats },
  { pattern: /^\/api\/search$/, params: ['q', 'limit'], handle: search },
  { pattern: /^\/api\/entities$/, params: ['q', 'type', ...PAGING], handle: entities },
  { pattern: /^\/api\/entities\/([^/]+)$/, params: ['as_of', ...PAGING], handle: entity },
  { pattern: /^\/api\/events$/, params: ['entity', 'type', 'from', 'to', 'as_of', ...PAGING], handle: events },
  { pattern: /^\/api\/claims$/, params: ['entity', 'type', 'as_of', ...PAGING], handle: claims },
  { pattern: /^\/api\/claims\/([^/]+)$/, params: [], handle: claim },
  { pattern: /^\/api\/stories$/, params: [...PAGING], handle: stories },
  { pattern: /^\/api\/conflicts$/, params: ['entity', ...PAGING], handle: conflicts },
  { pattern: /^\/api\/supersessions$/, params: [...PAGING], handle: supersessions },
  { pattern: /^\/api\/documents\/([^/]+)$/, params: [], handle: documentView },
  { pattern: /^\/api\/graph$/, params: ['entity', 'depth', 'from', 'to', 'limit'], handle: graph },
];
