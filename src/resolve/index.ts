// Stage 4 — resolve: across all documents, one entity per actor, stories, claims with independent
// origins, conflicts and supersessions. A pure function: the same documents in any order give the
// same ids and lists.
//
//   entities.ts       mentions and actor names → entities (with a reason per merged alias)
//   events.ts         actors, speakers and times of each event resolved
//   stories.ts        near-copies and independent reports of one event → stories
//   publication.ts    publication dates revised across a story (events dated by them follow)
//   claims.ts         events stating the same thing → claims with independent origins
//   leaders.ts        who leads which country ("withdrew from Venezuela" ends "guards Maduro")
//   conflicts.ts      pairs of events that cannot both hold
//   supersessions.ts  later events that end earlier states
//   as-of.ts          what held at a date
import type { AnalyzedDocument, Resolution, ResolvedEvent } from '../types.ts';
import { groupClaims } from './claims.ts';
import { findConflicts } from './conflicts.ts';
import { EntityResolver } from './entities.ts';
import { finishEvents, resolveEventNodes } from './events.ts';
import { byCodeUnit } from './ids.ts';
import { inferLeaders, leaderOptionNodes } from './leaders.ts';
import { nameKey } from './names.ts';
import { resolveOptions, type ResolveOptions } from './options.ts';
import { groupStories, type CitedRef, type StoryLink } from './stories.ts';
import { redateStories, redatedEvent } from './publication.ts';
import { dayRange, spanRange } from './dates.ts';
import type { EventRecord } from './events.ts';
import { findSupersessions } from './supersessions.ts';

export { asOf, type AsOfView } from './as-of.ts';
export { DEFAULT_RESOLVE_OPTIONS, resolveOptions, type ResolveOptions } from './options.ts';

/** What `resolve` decided beyond the Resolution record, for "why are these one story?". */
export interface ResolveTrace {
  storyLinks: StoryLink[];
}

export function resolve(docs: AnalyzedDocument[], options: Partial<ResolveOptions> = {}): Resolution {
  return resolveWithTrace(docs, options).resolution;
}

export function resolveWithTrace(
  docs: AnalyzedDocument[],
  overrides: Partial<ResolveOptions> = {},
): { resolution: Resolution; trace: ResolveTrace } {
  const options = resolveOptions(overrides);
  const sorted = [...docs].sort((a, b) => byCodeUnit(a.article.id, b.article.id));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].article.id === sorted[i - 1].article.id) throw new Error(`resolve: duplicate document id ${sorted[i].article.id}`);
  }

  // Entities: mentions first, then every name that may need one (cited sources, actors, speakers).
  const resolver = new EntityResolver(sorted, options);
  const citedNodes = new Map<string, Array<{ node: string; name: string }>>();
  const outletNodes = new Map<string, { node: string; name: string }>();
  for (const doc of sorted) {
    const list: Array<{ node: string; name: string }> = [];
    const cited = [...doc.cited].sort((a, b) => a.sentence - b.sentence || byCodeUnit(a.name, b.name));
    for (const c of cited) {
      const node = resolver.nameNode(doc.article.id, c.name, { create: resolver.mayCreateFromName(c.name), typeHint: 'ORG' });
      if (node) list.push({ node, name: c.name });
    }
    citedNodes.set(doc.article.id, list);
    // The publisher and the author are actors of the record too ("CiberCuba", "Paul Shindman").
    const { outlet, byline } = doc.article;
    if (outlet && resolver.mayCreateFromName(outlet)) {
      const node = resolver.nameNode(doc.article.id, outlet, { create: true, typeHint: 'ORG' });
      if (node) outletNodes.set(doc.article.id, { node, name: outlet });
    }
    for (const author of bylineAuthors(byline)) resolver.nameNode(doc.article.id, author, { create: true, typeHint: 'PERSON' });
  }
  const pending = resolveEventNodes(sorted, resolver);
  const leaderPairs = leaderOptionNodes(resolver, options);
  const entities = resolver.finish();
  const names = entities.byId;

  const undatedEvents = finishEvents(pending, entities, options);
  const citedByDoc = new Map<string, CitedRef[]>();
  const citedKeysByDoc = new Map<string, Set<string>>();
  for (const [docId, list] of citedNodes) {
    const refs = list.map(({ node, name }) => {
      const entity = entities.idOf(node);
      return { key: entity ?? nameKey(name), entity, name };
    });
    citedByDoc.set(docId, refs);
    citedKeysByDoc.set(docId, new Set(refs.map((r) => r.key)));
  }

  // Each document's publisher as a cited-source key, so that a rewrite citing "Sahel Wire" meets Sahel Wire's own report.
  const publisherByDoc = new Map<string, CitedRef>();
  for (const [docId, { node, name }] of outletNodes) {
    const entity = entities.idOf(node);
    publisherByDoc.set(docId, { key: entity ?? nameKey(name), entity, name });
  }
  const stories = groupStories(sorted, undatedEvents, citedByDoc, (id) => names.get(id)?.name ?? null, options, publisherByDoc);
  const redated = redateStories(sorted, stories.stories);
  const events = redate(undatedEvents, redated, options);
  const storyOriginKeys = new Map(stories.stories.map((s) => [s.id, s.origin]));
  const leaders = inferLeaders(sorted, entities, leaderPairs, options);
  const claims = groupClaims(events, stories, storyOriginKeys, citedKeysByDoc, options);
  const conflicts = findConflicts({
    events,
    claimOf: claims.claimOf,
    nearCopyGroup: stories.nearCopyGroup,
    mentionEntity: entities.mentionEntity,
    names,
    leaders,
    options,
  });
  const supersessions = findSupersessions({ events, claimOf: claims.claimOf, names, leaders, options });

  // events come out in document-id order, then event index (sorted inputs, events sorted per document).
  const resolvedEvents: ResolvedEvent[] = events.map((r) => ({
    key: r.key,
    document: r.docId,
    index: r.event.index,
    source: r.source,
    target: r.target,
    attributedTo: r.speakerEntity ?? r.speakerName,
    claim: claims.claimOf.get(r.key)!,
  }));

  return {
    resolution: {
      entities: entities.entities,
      mentionEntity: entities.mentionEntity,
      events: resolvedEvents,
      stories: stories.stories,
      claims: claims.claims,
      conflicts,
      supersessions,
      redated,
    },
    trace: { storyLinks: stories.links },
  };
}

/** Event records of redated documents with the revised date where the time came from the publication date. */
function redate(events: EventRecord[], redated: { document: string; published: string }[], options: ResolveOptions): EventRecord[] {
  if (redated.length === 0) return events;
  const revised = new Map(redated.map((r) => [r.document, r.published]));
  // One revised copy per document, so later steps (claims' first and last seen) read the new date too.
  const docs = new Map<string, AnalyzedDocument>();
  return events.map((r) => {
    const published = revised.get(r.docId);
    if (published === undefined) return r;
    let doc = docs.get(r.docId);
    if (!doc) docs.set(r.docId, (doc = { ...r.doc, article: { ...r.doc.article, published } }));
    const event = redatedEvent(r.event, published);
    const when = event === r.event ? r.when : options.publicationTimesAreSoft ? null : spanRange(event.when);
    return { ...r, doc, event, when, dated: spanRange(event.when) ?? dayRange(published) };
  });
}

/** Person names in a byline: "By Ana Ruiz and Tom Lee" → both; desks and agencies ("Staff", "Reuters") → none. */
export function bylineAuthors(byline: string | null): string[] {
  if (!byline) return [];
  return byline
    .replace(/^\s*(by|por|de)\s+/i, '')
    .split(/\s*(?:,|;|\band\b|\by\b|&)\s*/i)
    .map((s) => s.trim())
    .filter((s) => /^(\p{Lu}[\p{L}'’.-]+)(\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u.test(s) && !/\b(staff|team|desk|bureau|editorial|news|agency|redacci[oó]n)\b/i.test(s));
}
