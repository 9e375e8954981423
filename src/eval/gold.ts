// The gold annotation format (see SCHEMA.md in the shared eval folder): what a careful analyst writes by
// hand after reading a folder of articles. Parsed leniently: unknown fields are kept, optional
// fields get defaults, and indexes/references are checked so a typo fails loudly instead of scoring 0.
import { z } from 'zod';
import { ENTITY_TYPES, PLOVER_TYPES } from '../types.ts';

/** "2020", "2020-06" or "2020-06-03". */
const isoPrefix = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

export const GoldDocumentSchema = z.looseObject({
  file: z.string().min(1),
  /** Optional: lets a JSONL/feed item match an export document by URL as well as by file name. */
  url: z.string().nullish(),
  published: isoPrefix.nullable().default(null),
  outlet: z.string().nullable().default(null),
  origin: z.string().nullable().default(null),
});

export const GoldEntitySchema = z.looseObject({
  name: z.string().min(1),
  type: z.enum(ENTITY_TYPES),
  aliases: z.array(z.string()).default([]),
});

export const GoldEventSchema = z.looseObject({
  doc: z.string().min(1),
  source: z.string().nullable(),
  type: z.enum(PLOVER_TYPES),
  mode: z.string().nullish(),
  target: z.string().nullable(),
  when: isoPrefix.nullable().default(null),
  attributed_to: z.string().nullable().default(null),
  negated: z.boolean().default(false),
  hedged: z.boolean().default(false),
  evidence: z.string().default(''),
});

const index = z.number().int().nonnegative();

export const GoldSchema = z
  .looseObject({
    corpus: z.string().optional(),
    documents: z.array(GoldDocumentSchema),
    entities: z.array(GoldEntitySchema).default([]),
    events: z.array(GoldEventSchema).default([]),
    stories: z.array(z.array(z.string())).default([]),
    conflicts: z.array(z.looseObject({ a: index, b: index, why: z.string().optional() })).default([]),
    supersessions: z.array(z.looseObject({ old: index, new: index, why: z.string().optional() })).default([]),
  })
  .superRefine((g, ctx) => {
    const files = new Set(g.documents.map((d) => d.file));
    g.events.forEach((e, i) => {
      if (!files.has(e.doc)) ctx.addIssue({ code: 'custom', path: ['events', i, 'doc'], message: `unknown document ${e.doc}` });
    });
    g.stories.forEach((s, i) =>
      s.forEach((f, j) => {
        if (!files.has(f)) ctx.addIssue({ code: 'custom', path: ['stories', i, j], message: `unknown document ${f}` });
      }),
    );
    const n = g.events.length;
    g.conflicts.forEach((c, i) => {
      if (c.a >= n || c.b >= n) ctx.addIssue({ code: 'custom', path: ['conflicts', i], message: `event index out of range (${n} events)` });
    });
    g.supersessions.forEach((s, i) => {
      if (s.old >= n || s.new >= n) ctx.addIssue({ code: 'custom', path: ['supersessions', i], message: `event index out of range (${n} events)` });
    });
  });

export type Gold = z.output<typeof GoldSchema>;
export type GoldDocument = Gold['documents'][number];
export type GoldEntity = Gold['entities'][number];
export type GoldEvent = Gold['events'][number];

/**
 * Parses and checks a gold object (e.g. JSON.parse of a *.gold.json file); throws a readable error
 * naming `source` (the file path) and up to ten problems.
 */
export function parseGold(data: unknown, source = 'gold file'): Gold {
  const r = GoldSchema.safeParse(data);
  if (!r.success) {
    const lines = r.error.issues.slice(0, 10).map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`);
    const more = r.error.issues.length > 10 ? `\n  ... and ${r.error.issues.length - 10} more` : '';
    throw new Error(`invalid ${source}:\n${lines.join('\n')}${more}`);
  }
  return r.data;
}
