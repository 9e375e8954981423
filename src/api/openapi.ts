// The API described as OpenAPI 3.1 (served at /api/openapi.json). The export's record shapes
// (Document, Entity, Event, Claim, Story, Conflict, Supersession) are generated from the export
// contract's zod schema (src/export/schema.ts); the API's own views reference them.
import { z } from 'zod';
import { ENTITY_TYPES, PLOVER_TYPES } from '../types.ts';
import { dossierExportSchema } from '../export/schema.ts';

type Schemas = Record<string, object>;

/** Export array field → component name. */
const RECORDS: Record<string, string> = {
  documents: 'Document', entities: 'Entity', events: 'Event', claims: 'Claim', stories: 'Story',
  conflicts: 'Conflict', supersessions: 'Supersession',
};

/** JSON Schemas of the export's records, generated from the contract's zod schema. */
function contractSchemas(): Schemas {
  const out: Schemas = {};
  for (const [field, name] of Object.entries(RECORDS)) {
    const array = dossierExportSchema.shape[field as keyof typeof dossierExportSchema.shape];
    const { $schema: _drop, ...schema } = z.toJSONSchema(array.element, { unrepresentable: 'any' }) as Record<string, unknown>;
    out[name] = schema;
  }
  return out;
}

const str = { type: 'string' };
const nstr = { type: ['string', 'null'] };
const int = { type: 'integer' };
const bool = { type: 'boolean' };
const arr = (items: object) => ({ type: 'array', items });
const obj = (properties: Record<string, object>, required = Object.keys(properties)) => ({ type: 'object', properties, required });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const isoDate = { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$', description: 'ISO date at the precision known' };
const nDate = { anyOf: [isoDate, { type: 'null' }] };
const span = obj({ start: isoDate, end: isoDate });
const plover = { type: 'string', enum: [...PLOVER_TYPES] };

const entityRef = { anyOf: [obj({ id: str, name: str }), { type: 'null' }] };
const docRef = obj({ id: str, title: nstr, outlet: nstr, published: nDate, file: str });
const paged = (item: object) => obj({ total: int, offset: int, limit: int, items: arr(item) });

const VIEWS: Record<string, object> = {
  Error: obj({ error: obj({ status: int, message: str }) }),
  EventRow: obj({ id: str, date: nDate, when: { anyOf: [span, { type: 'null' }] }, type: plover, mode: nstr, source: entityRef, target: entityRef,
    attributed_to: nstr, negated: bool, hedged: bool, document: docRef, sentence: str, claim: str, origins: int }),
  ClaimRow: obj({ id: str, source: nstr, type: plover, mode: nstr, target: nstr, origins: int, documents: int, first_seen: nDate,
    last_seen: nDate, negated: bool, origin_chains: arr(str), events: arr(str) }),
  TimelineRow: obj({ event: str, date: nDate, type: plover, mode: nstr, role: { type: 'string', enum: ['source', 'target'] },
    counterpart: nstr, outlet: nstr, document: str, attributedTo: nstr, negated: bool, hedged: bool, origins: int, claim: str, sentence: str }),
  ConflictRow: { allOf: [ref('Conflict'), obj({ events: { type: 'object', additionalProperties: ref('EventRow') } })] },
  EntitySummary: obj({ id: str, name: str, type: str, aliases: arr(str), mentions: int, documents: int, events: int }),
  EntityProfile: obj({ id: str, name: str, type: str, aliases: arr(str), mentions: int, documents: int, merges: arr(str), as_of: nDate,
    event_types: { type: 'object', additionalProperties: int }, counterparts: arr(obj({ id: str, name: str, events: int })),
    activity: arr(obj({ period: { type: 'string', description: 'YYYY-MM (or YYYY)' }, type: plover, count: int })),
    timeline: arr(ref('TimelineRow')), timeline_total: int, offset: int, limit: int,
    claims: { ...arr(ref('ClaimRow')), description: 'at most 200' }, claims_total: int,
    conflicts: { ...arr(ref('ConflictRow')), description: 'at most 50' }, conflicts_total: int }),
  SearchHit: obj({ kind: { type: 'string', enum: ['sentence', 'entity'] }, id: str, sentence: { type: ['integer', 'null'] },
    snippet: { type: 'string', description: 'matches wrapped in [[ ]]' }, rank: { type: 'number' },
    entity: { anyOf: [obj({ id: str, name: str, type: str, mentions: int }), { type: 'null' }] }, document: { anyOf: [docRef, { type: 'null' }] } }),
  ClaimDetail: obj({ claim: { anyOf: [ref('ClaimRow'), { type: 'null' }] }, id: str, origins: int, origin_chains: arr(str), origins_explained: str,
    documents: arr(obj({ id: str, title: nstr, outlet: nstr, published: nDate, story: nstr })),
    evidence: arr({ allOf: [ref('EventRow'), obj({ url: nstr, attribution: { type: ['object', 'null'] }, trigger: { type: ['object', 'null'] },
      rule: nstr, when_from: nstr, sentence_index: { type: ['integer', 'null'] } })] }),
    events_total: int, conflicts: arr(ref('ConflictRow')), conflicts_total: int, supersessions_total: int,
    supersessions: arr({ allOf: [ref('Supersession'), obj({ role: { type: 'string', enum: ['superseded', 'supersedes'] } })] }) }),
  StoryRow: obj({ id: str, origin: nstr, documents: arr(docRef) }),
  DocumentView: obj({ document: obj({ id: str, file: str, url: nstr, title: nstr, byline: nstr, outlet: nstr, published: nDate, published_from: nstr, language: str, story: nstr }),
    text: { type: 'string', description: 'cleaned article text; every offset points into it' },
    sentences: arr(obj({ index: int, start: int, end: int })),
    mentions: arr(obj({ index: int, sentence: int, start: int, end: int, text: str, type: str, canonical: str, rule: str, entity: nstr, entity_name: nstr })),
    events: arr(obj({ id: nstr, index: int, sentence: int, type: plover, mode: nstr, trigger: obj({ start: int, end: int, text: str }),
      source: nstr, target: nstr, negated: bool, hedged: bool, rule: str, claim: nstr }, ['index', 'sentence', 'type', 'trigger'])),
  }),
  Graph: obj({ focus: nstr, truncated: bool,
    nodes: arr(obj({ id: str, name: str, type: str, mentions: int, depth: { type: ['integer', 'null'] } })),
    edges: arr(obj({ id: str, source: str, target: str, type: plover, count: int, negated: int, first: nDate, last: nDate,
      claims: int, max_origins: int, events: arr(str) })) }),
  Stats: obj({ loaded_at: str, documents: int, entities: int, events: int, claims: int, stories: int, conflicts: int, supersessions: int,
    first_date: nDate, last_date: nDate }),
};

type P = { name: string; in?: 'query' | 'path'; schema: object; description: string; required?: boolean };
const q = (name: string, description: string, schema: object = str): P => ({ name, schema, description });
const paging = [q('offset', 'items to skip', { type: 'integer', minimum: 0, default: 0 }), q('limit', 'items per page', { type: 'integer', minimum: 1, maximum: 500, default: 50 })];
const asOf = q('as_of', 'what held on that date: later events and superseded ones left out', isoDate);
const entityQ = q('entity', 'entity id, name or alias (404 when none)');
const typeQ = q('type', 'PLOVER event type', plover);

function op(summary: string, params: P[], schema: object, pathParam?: string) {
  const parameters = [
    ...(pathParam ? [{ name: pathParam, in: 'path', required: true, schema: str, description: `the ${pathParam}` }] : []),
    ...params.map((p) => ({ in: 'query', required: p.required ?? false, ...p })),
  ];
  const error = (d: string) => ({ description: d, content: { 'application/json': { schema: ref('Error') } } });
  return {
    get: {
      summary, parameters,
      responses: {
        200: { description: 'OK', content: { 'application/json': { schema } } },
        400: error('a parameter is unknown, repeated or malformed; the message names it'),
        404: error('no such id'),
        405: error('only GET and HEAD'),
        414: error('request URL too long'),
      },
    },
  };
}

let built: object | null = null;

/** The OpenAPI document (built once). */
export function buildOpenApi(): object {
  return (built ??= buildDocument());
}

function buildDocument(): object {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Dossier API', version: '1',
      description: 'Read-only views over the Dossier JSON export contract (actors, PLOVER events, claims with independent origins, '
        + 'stories, conflicts, supersessions). Ids are the export\'s ids. Dates are ISO at the precision known.',
    },
    paths: {
      '/api/search': op('Full-text search over sentences and entity names, best first', [
        { ...q('q', 'words to find (operators are not interpreted)'), required: true },
        q('limit', 'most hits', { type: 'integer', minimum: 1, maximum: 100, default: 20 })],
      obj({ query: str, hits: arr(ref('SearchHit')) })),
      '/api/entities': op('Entities, most mentioned first', [q('q', 'substring of a name or alias (accent- and case-insensitive)'),
        q('type', 'entity type', { type: 'string', enum: [...ENTITY_TYPES] }), ...paging], paged(ref('EntitySummary'))),
      '/api/entities/{id}': op('An entity\'s profile, timeline (paged by offset/limit, default 200 rows), claims and conflicts', [asOf,
        q('offset', 'timeline rows to skip', { type: 'integer', minimum: 0, default: 0 }), q('limit', 'timeline rows', { type: 'integer', minimum: 1, maximum: 5000, default: 200 })],
      ref('EntityProfile'), 'id'),
      '/api/events': op('Events, earliest first', [entityQ, typeQ, q('from', 'earliest date', isoDate), q('to', 'latest date', isoDate), asOf, ...paging],
        paged(ref('EventRow'))),
      '/api/claims': op('Claims, most independent origins first', [entityQ, typeQ, asOf, ...paging], paged(ref('ClaimRow'))),
      '/api/claims/{id}': op('A claim with its evidence, origins explained, conflicts and supersessions', [], ref('ClaimDetail'), 'id'),
      '/api/stories': op('Stories, largest first', paging, paged(ref('StoryRow'))),
      '/api/conflicts': op('Conflicting events', [entityQ, ...paging], paged(ref('ConflictRow'))),
      '/api/supersessions': op('Events replaced by later ones', paging, paged(ref('Supersession'))),
      '/api/documents/{id}': op('A document\'s text with its sentence, mention and event spans', [], ref('DocumentView'), 'id'),
      '/api/graph': op('Actors and relations: an entity\'s neighbourhood, or the most mentioned actors', [entityQ,
        q('depth', 'hops from the entity', { type: 'integer', minimum: 1, maximum: 3, default: 1 }),
        q('from', 'earliest event date', isoDate), q('to', 'latest event date', isoDate),
        q('limit', 'most nodes', { type: 'integer', minimum: 1, maximum: 300, default: 100 })], ref('Graph')),
      '/api/stats': op('Counts and the date range of the loaded export', [], ref('Stats')),
      '/api/openapi.json': op('This document', [], { type: 'object' }),
    },
    components: { schemas: { ...contractSchemas(), ...VIEWS } },
  };
}
