// Stage 6 — export: the JSON contract (../shared/eval/EXPORT.md), from which every other format
// is derived. Ids are the store's own (document content hashes, the resolution's entity, claim and
// story ids; events `${document}:${index}`), so re-exports are stable. Every list is sorted.
//
// An event the resolution does not cover (documents stored after the last resolve) still gets a
// claim, a singleton `unresolved:<event id>`, so every reference resolves; re-resolving fixes it.
import { redatedEvent } from '../resolve/publication.ts';
import type { AnalyzedDocument, Resolution } from '../types.ts';
import type { Store } from '../store/store.ts';
import type { DossierExport, ExportClaim, ExportDocument, ExportEntity, ExportEvent, ExportStory } from './schema.ts';

/** Orders ids naturally ("e2" before "e10"), then by code point; never locale-dependent. */
export function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  // Find where the strings first differ, back up to the start of a digit run there, and compare
  // from that point: digit runs by numeric value, anything else by code point. Only equal numbers
  // written with different zero padding ("01" vs "1") need the full chunk-by-chunk comparison.
  const n = Math.min(a.length, b.length);
  let k = 0;
  while (k < n && a.charCodeAt(k) === b.charCodeAt(k)) k++;
  let s = k;
  while (s > 0 && isDigit(a, s - 1)) s--;
  if (!isDigit(a, s) || !isDigit(b, s)) {
    // One side starts a digit run where the other's text run goes on: the ended run is a prefix of
    // the longer one, so that side sorts first (",0" < ", "), whatever the code points say.
    if (s === k && k > 0 && k < n && isDigit(a, k) !== isDigit(b, k)) return isDigit(a, k) ? -1 : 1;
    return a < b ? -1 : 1;
  }
  let ea = s;
  while (isDigit(a, ea)) ea++;
  let eb = s;
  while (isDigit(b, eb)) eb++;
  let za = s;
  while (za < ea - 1 && a.charCodeAt(za) === 48) za++;
  let zb = s;
  while (zb < eb - 1 && b.charCodeAt(zb) === 48) zb++;
  if (ea - za !== eb - zb) return (ea - za) - (eb - zb);
  const x = a.slice(za, ea);
  const y = b.slice(zb, eb);
  if (x !== y) return x < y ? -1 : 1;
  return compareChunks(a, b);
}

function isDigit(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** The reference natural order: split into digit and non-digit runs and compare run by run. */
export function compareChunks(a: string, b: string): number {
  if (a === b) return 0;
  const ca = a.match(/\d+|\D+/g) ?? [];
  const cb = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
    const x = ca[i];
    const y = cb[i];
    if (x === y) continue;
    if (/^\d/.test(x) && /^\d/.test(y)) {
      const lx = x.replace(/^0+/, '');
      const ly = y.replace(/^0+/, '');
      if (lx.length !== ly.length) return lx.length - ly.length;
      if (lx !== ly) return lx < ly ? -1 : 1;
      continue;
    }
    return x < y ? -1 : 1;
  }
  if (ca.length !== cb.length) return ca.length - cb.length;
  return a < b ? -1 : 1;
}

const sortIds = (ids: Iterable<string>) => [...new Set(ids)].sort(compareIds);
const sortText = (xs: Iterable<string>) => [...xs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

export function eventId(document: string, index: number): string {
  return `${document}:${index}`;
}

/** Prefix of the singleton claim given to an event the stored resolution does not cover. */
export const UNRESOLVED_CLAIM_PREFIX = 'unresolved:';

export function buildJsonExport(docs: AnalyzedDocument[], resolution: Resolution): DossierExport {
  const storyOf = new Map<string, string>();
  for (const s of [...resolution.stories].sort((a, b) => compareIds(a.id, b.id))) {
    for (const d of s.documents) if (!storyOf.has(d)) storyOf.set(d, s.id);
  }
  const resolved = new Map(resolution.events.map((e) => [e.key, e]));
  const entityOfMention = (doc: string, mention: number | null) =>
    mention === null ? null : resolution.mentionEntity[`${doc}:${mention}`] ?? null;

  const sortedDocs = [...docs].sort((a, b) => compareIds(a.article.id, b.article.id));
  // Publication dates the story revised (resolve/publication.ts); events dated by them follow.
  const redated = new Map((resolution.redated ?? []).map((r) => [r.document, r.published]));
  const documents: ExportDocument[] = sortedDocs.map(({ article: a }) => ({
    id: a.id, file: a.file, title: a.title, outlet: a.outlet, published: redated.get(a.id) ?? a.published,
    language: a.language, story: storyOf.get(a.id) ?? null, url: a.url, outlet_from: a.outletFrom,
    published_from: redated.has(a.id) ? 'story' : a.publishedFrom,
  }));

  const events: ExportEvent[] = [];
  const unresolved: ExportClaim[] = [];
  const oneSided = new Set<string>();
  const related = new Set([...resolution.conflicts.flatMap((c) => [c.a, c.b]), ...resolution.supersessions.flatMap((x) => [x.old, x.new])]);
  for (const doc of sortedDocs) {
    const docId = doc.article.id;
    const sentenceText = new Map(doc.sentences.map((s) => [s.index, s.text]));
    for (const e of [...doc.events].sort((x, y) => x.index - y.index).map((x) => redatedEvent(x, redated.get(docId)))) {
      const key = eventId(docId, e.index);
      const r = resolved.get(key);
      // Without a resolved event (a stale resolution), fall back to the mentions' entities.
      const source = r ? r.source : entityOfMention(docId, e.source?.mention ?? null);
      const target = r ? r.target : entityOfMention(docId, e.target?.mention ?? null);
      // A side the text names that no entity stands for (a bare group noun: "cabinet ministers",
      // "the navy") leaves no event between actors: it stays in the store, not in the export, unless a
      // conflict or supersession rests on it ("denied receiving weapons" against the shipment).
      if (r && ((e.source && !source) || (e.target && !target)) && !related.has(key)) { oneSided.add(key); continue; }
      let attributedTo: string | null;
      if (r) attributedTo = r.attributedTo;
      else if (!e.attribution) attributedTo = null;
      else attributedTo = entityOfMention(docId, e.attribution.mention) ?? e.attribution.name;
      events.push({
        id: key, document: docId, sentence: sentenceText.get(e.sentence) ?? '',
        source, target, type: e.type, mode: e.mode, when: e.when ? { start: e.when.start, end: e.when.end } : null,
        attributed_to: attributedTo, negated: e.negated, hedged: e.hedged,
        claim: r ? r.claim : UNRESOLVED_CLAIM_PREFIX + key,
        rule: e.rule, attribution_chain: e.attribution ? [...e.attribution.chain] : [], when_from: e.whenFrom,
        sentence_index: e.sentence, trigger: e.trigger.text, source_name: e.source?.name ?? null,
        target_name: e.target?.name ?? null,
      });
      if (!r) {
        unresolved.push({
          id: UNRESOLVED_CLAIM_PREFIX + key, events: [key], documents: [docId], origins: 1,
          first_seen: e.when?.start ?? null, last_seen: e.when?.end ?? null, origin_chains: [],
        });
      }
    }
  }
  const eventOrder = new Map(events.map((v, i) => [v.id, i]));
  const byEventOrder = (a: string, b: string) =>
    (eventOrder.get(a) ?? Infinity) - (eventOrder.get(b) ?? Infinity) || compareIds(a, b);

  const entities: ExportEntity[] = resolution.entities
    .map((e) => ({
      id: e.id, name: e.name, type: e.type, aliases: sortText(new Set(e.aliases)), mentions: e.mentions,
      documents: sortIds(e.documents), merges: sortText(e.merges),
    }))
    .sort((a, b) => compareIds(a.id, b.id));

  const claims: ExportClaim[] = [...resolution.claims
    .filter((c) => c.events.some((k) => !oneSided.has(k)))
    .map((c) => ({
      id: c.id, events: [...new Set(c.events.filter((k) => !oneSided.has(k)))].sort(byEventOrder),
      // (A claim some of whose events are left out names only the documents of those kept.)
      documents: sortIds(c.events.some((k) => oneSided.has(k)) ? [...new Set(c.events.filter((k) => !oneSided.has(k)).map((k) => k.slice(0, k.lastIndexOf(':'))))] : c.documents),
      origins: c.origins, first_seen: c.first_seen, last_seen: c.last_seen, origin_chains: sortText(c.originChains),
    })), ...unresolved]
    .sort((a, b) => compareIds(a.id, b.id));

  const stories: ExportStory[] = resolution.stories
    .map((s) => ({
      id: s.id, documents: sortIds(s.documents), origin: s.origin,
      earliest: s.earliest, origin_name: s.originName,
    }))
    .sort((a, b) => compareIds(a.id, b.id));

  const conflicts = resolution.conflicts
    .filter((c) => !oneSided.has(c.a) && !oneSided.has(c.b))
    .map((c) => ({ a: c.a, b: c.b, why: c.why }))
    .sort((x, y) => byEventOrder(x.a, y.a) || byEventOrder(x.b, y.b) || compareIds(x.why, y.why));
  const supersessions = resolution.supersessions
    .filter((x) => !oneSided.has(x.old) && !oneSided.has(x.new))
    .map((s) => ({ old: s.old, new: s.new, why: s.why }))
    .sort((x, y) => byEventOrder(x.old, y.old) || byEventOrder(x.new, y.new) || compareIds(x.why, y.why));

  return { documents, entities, events, claims, stories, conflicts, supersessions };
}

/** The export of everything in `store`. */
export function exportJson(store: Store): DossierExport {
  return buildJsonExport(store.listDocuments(), store.getResolution());
}

/** The export as the text `dossier export --format json` writes: two-space indented, newline-terminated. */
export function stringifyExport(exp: DossierExport): string {
  return `${JSON.stringify(exp, null, 2)}\n`;
}
