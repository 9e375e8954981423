// The JSON export contract (../shared/eval/EXPORT.md), defined once. The TypeScript types are
// inferred from it, `validateExport` checks shapes and that every reference resolves, and every
// other export format is derived from a `DossierExport`.
//
// Fields may be added; none of the contract's may be renamed or dropped. Added here:
//   documents: url, outlet_from, published_from
//   entities:  merges
//   events:    rule, attribution_chain, when_from, sentence_index, trigger, source_name, target_name
//   claims:    origin_chains
//   stories:   earliest, origin_name
import { z } from 'zod';
import { ENTITY_TYPES, PLOVER_TYPES } from '../types.ts';

/** ISO date at the precision known: YYYY, YYYY-MM or YYYY-MM-DD. */
export const isoDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)');
const provenance = z.enum(['metadata', 'text']).nullable();
const id = z.string().min(1);

export const documentSchema = z.object({
  id,
  /** Basename of the source file, or the URL. */
  file: z.string(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  published: isoDate.nullable(),
  language: z.string(),
  /** The story this article belongs to; null when the resolution put it in none. */
  story: id.nullable(),
  url: z.string().nullable(),
  outlet_from: provenance,
  /** "story": the text's own estimate revised by the other articles of its story (see `redated`). */
  published_from: z.enum(['metadata', 'text', 'story']).nullable(),
});

export const entitySchema = z.object({
  id,
  name: z.string(),
  type: z.enum(ENTITY_TYPES),
  aliases: z.array(z.string()),
  mentions: z.number().int().nonnegative(),
  documents: z.array(id),
  /** Why each alias was merged in. */
  merges: z.array(z.string()),
});

export const eventSchema = z.object({
  /** `${document id}:${event index}`: stable across re-exports. */
  id,
  document: id,
  /** The full sentence text. */
  sentence: z.string(),
  source: id.nullable(),
  target: id.nullable(),
  type: z.enum(PLOVER_TYPES),
  mode: z.string().nullable(),
  when: z.object({ start: isoDate, end: isoDate }).nullable(),
  /** Entity id, or a plain string when the speaker is no entity ("US officials"). */
  attributed_to: z.string().nullable(),
  negated: z.boolean(),
  hedged: z.boolean(),
  /** The claim (cluster of events across documents stating the same thing) this event belongs to. */
  claim: id,
  rule: z.string(),
  /** The reporting chain, outermost first. */
  attribution_chain: z.array(z.string()),
  when_from: z.enum(['text', 'publication']).nullable(),
  sentence_index: z.number().int().nonnegative(),
  trigger: z.string(),
  /** The actors' names as the text gives them, also when they are no entity. */
  source_name: z.string().nullable(),
  target_name: z.string().nullable(),
});

export const claimSchema = z.object({
  id,
  events: z.array(id),
  documents: z.array(id),
  /** Independent origins: rewrites of one report count once. */
  origins: z.number().int().nonnegative(),
  first_seen: isoDate.nullable(),
  last_seen: isoDate.nullable(),
  origin_chains: z.array(z.string()),
});

export const storySchema = z.object({
  id,
  documents: z.array(id),
  origin: id.nullable(),
  earliest: id.nullable(),
  origin_name: z.string().nullable(),
});

export const conflictSchema = z.object({ a: id, b: id, why: z.string() });
export const supersessionSchema = z.object({ old: id, new: id, why: z.string() });

export const dossierExportSchema = z.object({
  documents: z.array(documentSchema),
  entities: z.array(entitySchema),
  events: z.array(eventSchema),
  claims: z.array(claimSchema),
  stories: z.array(storySchema),
  conflicts: z.array(conflictSchema),
  supersessions: z.array(supersessionSchema),
});

/** The same schema under the name other modules import. */
export const DossierExportSchema = dossierExportSchema;

export type DossierExport = z.infer<typeof dossierExportSchema>;
export type ExportDocument = z.infer<typeof documentSchema>;
export type ExportEntity = z.infer<typeof entitySchema>;
export type ExportEvent = z.infer<typeof eventSchema>;
export type ExportClaim = z.infer<typeof claimSchema>;
export type ExportStory = z.infer<typeof storySchema>;

/**
 * Every problem with `x` as a Dossier export, one line each ("events[2].claim: ..."); [] when
 * it is valid. Checks the shapes, then that ids are unique and every reference resolves.
 */
export function validateExport(x: unknown): string[] {
  const parsed = dossierExportSchema.safeParse(x);
  if (!parsed.success) {
    return parsed.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`);
  }
  const e = parsed.data;
  const problems: string[] = [];
  const index = (list: Array<{ id: string }>, what: string) => {
    const ids = new Set<string>();
    list.forEach((item, i) => {
      if (ids.has(item.id)) problems.push(`${what}[${i}].id: duplicate id ${JSON.stringify(item.id)}`);
      ids.add(item.id);
    });
    return ids;
  };
  const docs = index(e.documents, 'documents');
  const entities = index(e.entities, 'entities');
  const events = index(e.events, 'events');
  const claims = index(e.claims, 'claims');
  const stories = index(e.stories, 'stories');
  const ref = (value: string | null, set: Set<string>, where: string, what: string) => {
    if (value !== null && !set.has(value)) problems.push(`${where}: ${JSON.stringify(value)} is no ${what} in this export`);
  };

  e.documents.forEach((d, i) => ref(d.story, stories, `documents[${i}].story`, 'story'));
  e.entities.forEach((en, i) => en.documents.forEach((d, j) => ref(d, docs, `entities[${i}].documents[${j}]`, 'document')));
  const claimOf = new Map(e.claims.flatMap((c) => c.events.map((v) => [v, c.id] as const)));
  e.events.forEach((v, i) => {
    ref(v.document, docs, `events[${i}].document`, 'document');
    ref(v.source, entities, `events[${i}].source`, 'entity');
    ref(v.target, entities, `events[${i}].target`, 'entity');
    ref(v.claim, claims, `events[${i}].claim`, 'claim');
    if (claims.has(v.claim) && claimOf.get(v.id) !== v.claim) {
      problems.push(`events[${i}].claim: claim ${JSON.stringify(v.claim)} does not list event ${JSON.stringify(v.id)}`);
    }
    if (v.when && v.when.start > v.when.end) problems.push(`events[${i}].when: start ${v.when.start} is after end ${v.when.end}`);
  });
  e.claims.forEach((c, i) => {
    c.events.forEach((v, j) => ref(v, events, `claims[${i}].events[${j}]`, 'event'));
    c.documents.forEach((d, j) => ref(d, docs, `claims[${i}].documents[${j}]`, 'document'));
  });
  e.stories.forEach((s, i) => {
    s.documents.forEach((d, j) => ref(d, docs, `stories[${i}].documents[${j}]`, 'document'));
    ref(s.origin, entities, `stories[${i}].origin`, 'entity');
    ref(s.earliest, docs, `stories[${i}].earliest`, 'document');
  });
  e.conflicts.forEach((c, i) => {
    ref(c.a, events, `conflicts[${i}].a`, 'event');
    ref(c.b, events, `conflicts[${i}].b`, 'event');
  });
  e.supersessions.forEach((s, i) => {
    ref(s.old, events, `supersessions[${i}].old`, 'event');
    ref(s.new, events, `supersessions[${i}].new`, 'event');
  });
  return problems;
}

/** Parses `x` as an export, throwing one error that lists every problem. */
export function assertValidExport(x: unknown): DossierExport {
  const problems = validateExport(x);
  if (problems.length) {
    throw new Error(`export: ${problems.length} problem(s):\n  ${problems.slice(0, 50).join('\n  ')}`);
  }
  return dossierExportSchema.parse(x);
}

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : `${out ? '.' : ''}${String(p)}`;
  return out || '(root)';
}
