// What the API reads: the export loaded once into in-memory indexes (reloaded when the store
// changes), plus the store itself for full-text search and for a document's text and spans.
//
// The API speaks the export's ids. The store keys documents by content hash and events by
// "documentId:index"; when the export uses those ids the mapping is the identity, otherwise it is
// rebuilt here by matching (file, title, date) for documents and (sentence, type) for events.
import { statSync } from 'node:fs';
import type { DossierExport } from '../export/schema.ts';
import { buildLookup, type LookupIndex } from '../query/lookup.ts';
import { graphGroups } from '../query/graph.ts';
import { fold } from '../query/model.ts';
import type { Store } from '../store/store.ts';
import type { AnalyzedDocument } from '../types.ts';

export type Exporter = (store: Store) => DossierExport;

export interface ApiDataOptions {
  store: Store;
  exporter: Exporter;
  /** A token that changes when the data underneath changes (see fileVersion); null: never reload. */
  version?: (() => string) | null;
  /** Least time between two version checks, in ms (default 1000). */
  checkEveryMs?: number;
}

/** Size and mtime of a SQLite file and its WAL: changes on every commit. */
export function fileVersion(path: string): () => string {
  const one = (p: string) => {
    try {
      const s = statSync(p);
      return `${s.size}:${s.mtimeMs}`;
    } catch {
      return '-'; // no WAL file yet, or a checkpoint just removed it
    }
  };
  return () => `${one(path)}|${one(`${path}-wal`)}`;
}

const DOCUMENT_CACHE = 256;

interface Loaded {
  index: LookupIndex;
  loadedAt: string;
  mentionEntity: Record<string, string>;
  docMap: { toStore: Map<string, string>; toExport: Map<string, string> } | null;
  docCache: Map<string, AnalyzedDocument | null>;
  eventMaps: Map<string, Map<number, string>>;
  /** Request key → JSON body, for this load only. */
  responses: Map<string, string>;
}

/** Responses kept per loaded export, and the largest body worth keeping (characters). */
const MAX_CACHED_RESPONSES = 2000;
const MAX_CACHED_BODY = 1 << 20;

export class ApiData {
  readonly store: Store;
  private readonly exporter: Exporter;
  private readonly version: (() => string) | null;
  private readonly checkEveryMs: number;
  private loaded: Loaded;
  private seenVersion: string;
  private lastCheck = 0;
  /** How many times the export was loaded (1 after construction). */
  loads = 0;

  constructor(o: ApiDataOptions) {
    this.store = o.store;
    this.exporter = o.exporter;
    this.version = o.version ?? null;
    this.checkEveryMs = o.checkEveryMs ?? 1000;
    this.seenVersion = this.version?.() ?? '';
    this.loaded = this.load();
  }

  private load(): Loaded {
    const exp = this.exporter(this.store);
    this.loads++;
    const index = buildLookup(exp);
    graphGroups(index);
    return {
      index,
      loadedAt: new Date().toISOString(),
      mentionEntity: this.store.getResolution().mentionEntity,
      docMap: null,
      docCache: new Map(),
      eventMaps: new Map(),
      responses: new Map(),
    };
  }

  /**
   * The JSON body for a request, computed once per loaded export: the data only changes on reload,
   * which drops the cache. Bounded; the least recently used entry goes first.
   */
  cachedResponse(key: string, compute: () => string): string {
    const cache = this.loaded.responses;
    const hit = cache.get(key);
    if (hit !== undefined) {
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    const body = compute();
    if (body.length <= MAX_CACHED_BODY) {
      cache.set(key, body);
      if (cache.size > MAX_CACHED_RESPONSES) cache.delete(cache.keys().next().value!);
    }
    return body;
  }

  /** Reloads when the version token changed since the last load (checked at most once per checkEveryMs). */
  refresh(now = Date.now()): void {
    if (!this.version || now - this.lastCheck < this.checkEveryMs) return;
    this.lastCheck = now;
    const v = this.version();
    if (v === this.seenVersion) return;
    this.seenVersion = v;
    this.loaded = this.load();
  }

  get index(): LookupIndex {
    return this.loaded.index;
  }

  get loadedAt(): string {
    return this.loaded.loadedAt;
  }

  // ------------------------------------------------------------ document ids

  private docMap() {
    const l = this.loaded;
    if (l.docMap) return l.docMap;
    // Not the date: the export may carry a date its story revised (resolve/publication.ts).
    const key = (file: string, title: string | null) => `${file}\u0000${title ?? ''}`;
    const byKey = new Map<string, string[]>();
    for (const d of this.store.listDocuments()) {
      const k = key(d.article.file, d.article.title);
      const list = byKey.get(k);
      if (list) list.push(d.article.id);
      else byKey.set(k, [d.article.id]);
    }
    const toStore = new Map<string, string>();
    const toExport = new Map<string, string>();
    for (const d of l.index.exp.documents) {
      const storeId = byKey.get(key(d.file, d.title))?.shift();
      if (storeId) {
        toStore.set(d.id, storeId);
        toExport.set(storeId, d.id);
      }
    }
    l.docMap = { toStore, toExport };
    return l.docMap;
  }

  /** Store id of an export document id, or null when the export has no such document. */
  storeDocumentId(exportId: string): string | null {
    if (!this.index.documents.has(exportId)) return null;
    if (this.store.hasDocument(exportId)) return exportId;
    return this.docMap().toStore.get(exportId) ?? null;
  }

  /** Export id of a store document id, or null. */
  exportDocumentId(storeId: string): string | null {
    if (this.index.documents.has(storeId)) return storeId;
    return this.docMap().toExport.get(storeId) ?? null;
  }

  /** The analysed document behind an export document id (cached). */
  document(exportId: string): AnalyzedDocument | null {
    const cache = this.loaded.docCache;
    if (cache.has(exportId)) {
      const hit = cache.get(exportId)!;
      cache.delete(exportId);
      cache.set(exportId, hit);
      return hit;
    }
    const storeId = this.storeDocumentId(exportId);
    const doc = storeId ? this.store.getDocument(storeId) : null;
    cache.set(exportId, doc);
    if (cache.size > DOCUMENT_CACHE) cache.delete(cache.keys().next().value!);
    return doc;
  }

  // ------------------------------------------------------------ event ids

  /** Store event index → export event id, for one export document. */
  eventMap(exportDocId: string): Map<number, string> {
    const cached = this.loaded.eventMaps.get(exportDocId);
    if (cached) return cached;
    const map = new Map<number, string>();
    const doc = this.document(exportDocId);
    if (doc) {
      const exported = this.index.eventsByDocument.get(exportDocId) ?? [];
      const used = new Set<string>();
      for (const ev of doc.events) {
        const direct = this.index.events.get(`${doc.article.id}:${ev.index}`);
        if (direct && direct.document === exportDocId) {
          map.set(ev.index, direct.id);
          used.add(direct.id);
        }
      }
      for (const ev of doc.events) {
        if (map.has(ev.index)) continue;
        const text = doc.sentences[ev.sentence]?.text;
        const match = exported.find((v) => !used.has(v.id) && v.type === ev.type && v.sentence === text);
        if (match) {
          map.set(ev.index, match.id);
          used.add(match.id);
        }
      }
    }
    this.loaded.eventMaps.set(exportDocId, map);
    return map;
  }

  // ------------------------------------------------------------ mentions

  /** Export entity id a mention was resolved to, or null. */
  mentionEntity(doc: AnalyzedDocument, exportDocId: string, mention: AnalyzedDocument['mentions'][number]): string | null {
    const id = this.loaded.mentionEntity[`${doc.article.id}:${mention.index}`];
    if (id && this.index.entities.has(id)) return id;
    // The export renamed entity ids: fall back to the entity of this document with that name.
    const candidates = this.index.byFoldedName.get(fold(mention.canonical)) ?? this.index.byFoldedName.get(fold(mention.text)) ?? [];
    return candidates.find((c) => this.index.entities.get(c)!.documents.includes(exportDocId)) ?? null;
  }
}
