// STIX 2.1 bundle derived from the JSON export. Actors are `identity` objects (countries are
// `location` objects when world-countries knows them), each article a `report`, each event a
// `relationship` (`related-to`, PLOVER type and mode in x_dossier_*), each attribution a `note`
// on its relationship. Ids are UUIDv5 of Dossier's own ids and timestamps come from the event
// and publication dates, so re-exporting the same data gives the same bundle, byte for byte.
import { countryCode } from './countries.ts';
import { endTimestamp, startTimestamp } from './dates.ts';
import type { DossierExport, ExportEntity, ExportEvent } from './schema.ts';
import { DOSSIER_NAMESPACE, uuidv5 } from './uuid.ts';

export type StixObject = Record<string, unknown> & { type: string; id: string };
export interface StixBundle {
  type: 'bundle';
  id: string;
  objects: StixObject[];
}

/** Used where nothing gives a date (an undated article with undated events). */
export const EPOCH = '1970-01-01T00:00:00.000Z';

export function stixId(type: string, key: string): string {
  return `${type}--${uuidv5(`stix:${type}:${key}`, DOSSIER_NAMESPACE)}`;
}

const CREATOR_ID = stixId('identity', 'dossier');

/** The STIX object id an entity becomes. */
export function entityStixId(e: ExportEntity): string {
  return isLocation(e) ? stixId('location', e.id) : stixId('identity', e.id);
}

function isLocation(e: ExportEntity): boolean {
  return e.type === 'GPE' && countryCode([e.name, ...e.aliases]) !== null;
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const IDENTITY_CLASS: Record<ExportEntity['type'], string> = {
  PERSON: 'individual', ORG: 'organization', GPE: 'class', NORP: 'group', FAC: 'unknown', LOC: 'unknown', EVENT: 'unknown',
};

/** Drops null/undefined values and empty lists (STIX lists need at least one item). */
function clean<T extends Record<string, unknown>>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (v === null || v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    out[k] = v;
  }
  return out as T;
}

const minTs = (xs: string[]) => xs.reduce((a, b) => (b < a ? b : a), xs[0]);
const maxTs = (xs: string[]) => xs.reduce((a, b) => (b > a ? b : a), xs[0]);

export function toStix(exp: DossierExport): StixBundle {
  const docs = new Map(exp.documents.map((d) => [d.id, d]));
  const entities = new Map(exp.entities.map((e) => [e.id, e]));
  const entityRef = new Map(exp.entities.map((e) => [e.id, entityStixId(e)]));
  /** An event's instant: its own start, else its article's publication, else null. */
  const eventTime = (v: ExportEvent): string | null => {
    if (v.when) return startTimestamp(v.when.start);
    const p = docs.get(v.document)?.published;
    return p ? startTimestamp(p) : null;
  };
  const common = (type: string, key: string, times: Array<string | null>) => {
    const known = times.filter((t): t is string => t !== null);
    return {
      type, spec_version: '2.1', id: stixId(type, key), created_by_ref: CREATOR_ID,
      created: known.length ? minTs(known) : EPOCH, modified: known.length ? maxTs(known) : EPOCH,
    };
  };

  // Actors named in the text but resolved to no entity still need an object to point at.
  const plainActors = new Map<string, string>();
  const actorRef = (entity: string | null, name: string | null): string | null => {
    if (entity !== null && entityRef.has(entity)) return entityRef.get(entity)!;
    if (!name) return null;
    if (!plainActors.has(name)) plainActors.set(name, stixId('identity', `actor:${name}`));
    return plainActors.get(name)!;
  };

  const timesOf = new Map<string, string[]>(); // STIX id → instants of its events
  const noteTime = (id: string, t: string | null) => {
    if (t === null) return;
    const l = timesOf.get(id);
    if (l) l.push(t);
    else timesOf.set(id, [t]);
  };

  const relationships: StixObject[] = [];
  const notes: StixObject[] = [];
  const refsOfDoc = new Map<string, Set<string>>();
  const addRef = (doc: string, id: string) => {
    let s = refsOfDoc.get(doc);
    if (!s) refsOfDoc.set(doc, (s = new Set()));
    s.add(id);
  };

  const timesOfDoc = new Map<string, Array<string | null>>();
  for (const v of exp.events) {
    const times = timesOfDoc.get(v.document);
    if (times) times.push(eventTime(v));
    else timesOfDoc.set(v.document, [eventTime(v)]);
  }

  for (const v of exp.events) {
    const source = actorRef(v.source, v.source_name);
    const target = actorRef(v.target, v.target_name);
    if (source === null || target === null) continue; // nothing to relate
    const t = eventTime(v);
    const rel: StixObject = clean({
      ...common('relationship', v.id, [t]),
      relationship_type: 'related-to',
      description: v.sentence,
      source_ref: source,
      target_ref: target,
      start_time: v.when ? startTimestamp(v.when.start) : null,
      stop_time: v.when ? endTimestamp(v.when.end) : null,
      lang: docs.get(v.document)?.language,
      x_dossier_event: v.id,
      x_dossier_type: v.type,
      x_dossier_mode: v.mode,
      x_dossier_negated: v.negated,
      x_dossier_hedged: v.hedged,
      x_dossier_claim: v.claim,
      x_dossier_rule: v.rule,
      x_dossier_when_from: v.when_from,
    });
    relationships.push(rel);
    noteTime(source, t);
    noteTime(target, t);
    for (const id of [rel.id, source, target]) addRef(v.document, id);
    if (v.attributed_to !== null) {
      const speaker = entities.get(v.attributed_to);
      const by = speaker ? speaker.name : v.attributed_to;
      const chain = v.attribution_chain.length ? ` (reported via ${v.attribution_chain.join(' → ')})` : '';
      const note: StixObject = clean({
        ...common('note', `attribution:${v.id}`, [t]),
        abstract: `Attributed to ${by}`,
        content: `${by} says: ${v.sentence}${chain}`,
        authors: [by],
        object_refs: [rel.id, ...(speaker ? [entityRef.get(speaker.id)!] : [])],
        x_dossier_attributed_to: v.attributed_to,
        x_dossier_attribution_chain: v.attribution_chain,
      });
      notes.push(note);
      addRef(v.document, note.id);
    }
  }

  const actors: StixObject[] = exp.entities.map((e) => {
    const id = entityRef.get(e.id)!;
    for (const d of e.documents) addRef(d, id);
    const published = e.documents.map((d) => docs.get(d)?.published).filter((p): p is string => !!p).map(startTimestamp);
    const times = timesOf.get(id) ?? published;
    const base = { ...common(isLocation(e) ? 'location' : 'identity', e.id, times), id };
    const extra = { x_dossier_entity: e.id, x_dossier_aliases: e.aliases, x_dossier_mentions: e.mentions };
    if (isLocation(e)) {
      return clean({ ...base, name: e.name, country: countryCode([e.name, ...e.aliases]), ...extra });
    }
    return clean({
      ...base, name: e.name, identity_class: IDENTITY_CLASS[e.type],
      description: e.aliases.length ? `Also: ${e.aliases.join(', ')}` : null, ...extra,
    });
  });
  for (const [name, id] of plainActors) {
    actors.push(clean({
      type: 'identity', spec_version: '2.1', id, created_by_ref: CREATOR_ID,
      created: timesOf.has(id) ? minTs(timesOf.get(id)!) : EPOCH,
      modified: timesOf.has(id) ? maxTs(timesOf.get(id)!) : EPOCH,
      name, identity_class: 'unknown', x_dossier_entity: null,
    }));
  }

  const reports: StixObject[] = exp.documents.map((d) => {
    const refs = [...(refsOfDoc.get(d.id) ?? [])].sort(byCodePoint);
    const eventTimes = timesOfDoc.get(d.id) ?? [];
    const published = d.published ? startTimestamp(d.published) : null;
    const c = common('report', d.id, published ? [published] : eventTimes);
    return clean({
      ...c,
      name: d.title ?? d.file,
      description: d.outlet ? `${d.outlet}: ${d.title ?? d.file}` : null,
      published: published ?? c.created,
      // A report must reference something: an article with no actors points at its producer.
      object_refs: refs.length ? refs : [CREATOR_ID],
      lang: d.language,
      external_references: d.url ? [{ source_name: d.outlet ?? 'article', url: d.url }] : null,
      x_dossier_document: d.id,
      x_dossier_file: d.file,
      x_dossier_story: d.story,
    });
  });

  const creator: StixObject = {
    type: 'identity', spec_version: '2.1', id: CREATOR_ID, created: EPOCH, modified: EPOCH,
    name: 'Dossier', identity_class: 'system',
  };
  const order = ['identity', 'location', 'report', 'relationship', 'note'];
  const objects = [creator, ...actors, ...reports, ...relationships, ...notes].sort((a, b) =>
    a.id === CREATOR_ID ? -1 : b.id === CREATOR_ID ? 1
      : order.indexOf(a.type) - order.indexOf(b.type) || byCodePoint(a.id, b.id));
  return { type: 'bundle', id: stixId('bundle', objects.map((o) => o.id).join(',')), objects };
}

export function exportStix(exp: DossierExport): string {
  return `${JSON.stringify(toStix(exp), null, 2)}\n`;
}
