// The default store: one SQLite file (WAL, foreign keys on), schema from migrations.ts.
// Every write is one transaction, so a process killed at any instant leaves the last committed
// state. Statements are prepared once per store and reused.
import Database from 'better-sqlite3';
import type {
  ActorRef, AnalyzedDocument, Article, Attribution, Claim, CitedSource, Entity, ExtractedEvent,
  Mention, Resolution, ResolvedEvent, Sentence, Story,
} from '../types.ts';
import { LATEST_VERSION, migrate } from './migrations.ts';
import { toFtsQuery } from './fts-query.ts';
import type { SearchHit, Store, StoreStats } from './store.ts';

/** Hits returned by `search` when no limit is given. */
export const DEFAULT_SEARCH_LIMIT = 20;
/** Tokens of context on either side of a match in a snippet (FTS5 allows 1..64). */
const SNIPPET_TOKENS = 12;

export interface SqliteStoreOptions {
  /** Open an existing store without writing (no migration; fails when it is not current). */
  readonly?: boolean;
}

// ------------------------------------------------------------------ row shapes

interface DocumentRow {
  id: string; file: string; url: string | null; title: string | null; text: string;
  byline: string | null; outlet: string | null; outlet_from: Article['outletFrom'];
  published: string | null; published_from: Article['publishedFrom']; language: string;
}
interface SentenceRow { doc_id: string; idx: number; start: number; end: number; text: string }
interface MentionRow {
  doc_id: string; idx: number; sentence: number; start: number; end: number; text: string;
  type: Mention['type']; canonical: string; rule: string;
}
interface EventRow {
  doc_id: string; idx: number; sentence: number; type: ExtractedEvent['type']; mode: string | null;
  source_mention: number | null; source_text: string | null; source_name: string | null;
  target_mention: number | null; target_text: string | null; target_name: string | null;
  attr_name: string | null; attr_text: string | null; attr_mention: number | null; attr_chain: string | null;
  negated: number; hedged: number; when_start: string | null; when_end: string | null;
  when_from: ExtractedEvent['whenFrom']; trigger_start: number; trigger_end: number;
  trigger_text: string; rule: string;
}
interface CitedRow { doc_id: string; idx: number; name: string; how: string; sentence: number }

// ------------------------------------------------------------------ row ⇄ record

function toArticle(r: DocumentRow): Article {
  return {
    id: r.id, file: r.file, url: r.url, title: r.title, text: r.text, byline: r.byline,
    outlet: r.outlet, outletFrom: r.outlet_from, published: r.published,
    publishedFrom: r.published_from, language: r.language,
  };
}
function toSentence(r: SentenceRow): Sentence {
  return { index: r.idx, start: r.start, end: r.end, text: r.text };
}
function toMention(r: MentionRow): Mention {
  return {
    index: r.idx, sentence: r.sentence, start: r.start, end: r.end, text: r.text, type: r.type,
    canonical: r.canonical, rule: r.rule,
  };
}
function toActor(mention: number | null, text: string | null, name: string | null): ActorRef | null {
  return name === null ? null : { mention, text: text ?? '', name };
}
function toEvent(r: EventRow): ExtractedEvent {
  const attribution: Attribution | null = r.attr_name === null ? null : {
    name: r.attr_name, text: r.attr_text ?? '', mention: r.attr_mention,
    chain: JSON.parse(r.attr_chain ?? '[]') as string[],
  };
  return {
    index: r.idx, sentence: r.sentence, type: r.type, mode: r.mode,
    source: toActor(r.source_mention, r.source_text, r.source_name),
    target: toActor(r.target_mention, r.target_text, r.target_name),
    attribution, negated: r.negated !== 0, hedged: r.hedged !== 0,
    when: r.when_start === null ? null : { start: r.when_start, end: r.when_end ?? r.when_start },
    whenFrom: r.when_from,
    trigger: { start: r.trigger_start, end: r.trigger_end, text: r.trigger_text },
    rule: r.rule,
  };
}
function toCited(r: CitedRow): CitedSource {
  return { name: r.name, how: r.how, sentence: r.sentence };
}

function eventParams(docId: string, e: ExtractedEvent): unknown[] {
  return [
    docId, e.index, e.sentence, e.type, e.mode,
    e.source?.mention ?? null, e.source?.text ?? null, e.source?.name ?? null,
    e.target?.mention ?? null, e.target?.text ?? null, e.target?.name ?? null,
    e.attribution?.name ?? null, e.attribution?.text ?? null, e.attribution?.mention ?? null,
    e.attribution ? JSON.stringify(e.attribution.chain) : null,
    e.negated ? 1 : 0, e.hedged ? 1 : 0, e.when?.start ?? null, e.when?.end ?? null, e.whenFrom,
    e.trigger.start, e.trigger.end, e.trigger.text, e.rule,
  ];
}

/** Groups rows (already ordered by doc_id) by document id. */
function groupBy<R extends { doc_id: string }, T>(rows: R[], map: (r: R) => T): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    let list = out.get(r.doc_id);
    if (!list) out.set(r.doc_id, (list = []));
    list.push(map(r));
  }
  return out;
}

/** Splits "docId:index" at the last colon. */
function splitKey(key: string, what: string): [string, number] {
  const at = key.lastIndexOf(':');
  const index = Number(key.slice(at + 1));
  if (at <= 0 || !Number.isInteger(index) || String(index) !== key.slice(at + 1)) {
    throw new Error(`store: malformed ${what} key ${JSON.stringify(key)} (want "documentId:index")`);
  }
  return [key.slice(0, at), index];
}

// ------------------------------------------------------------------ the store

export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Store {
  const db = new Database(path, { readonly: options.readonly ?? false });
  try {
    return new SqliteStore(db, options.readonly ?? false);
  } catch (err) {
    db.close();
    throw err;
  }
}

class SqliteStore implements Store {
  private readonly db: Database.Database;
  private readonly s: ReturnType<typeof prepare>;
  private readonly writeDocument: Database.Transaction<(doc: AnalyzedDocument) => 'new' | 'unchanged'>;
  private readonly writeResolution: Database.Transaction<(r: Resolution) => void>;
  private readonly writeExtraction: Database.Transaction<(id: string, events: ExtractedEvent[], cited: CitedSource[]) => void>;
  private readonly readResolution: () => Resolution;
  private readonly readDocument: (id: string) => AnalyzedDocument | null;
  private readonly readAll: () => AnalyzedDocument[];

  constructor(db: Database.Database, readonly: boolean) {
    this.db = db;
    db.pragma('busy_timeout = 5000');
    if (!readonly) {
      // WAL: readers never block the writer; NORMAL sync is crash-safe in WAL (a power cut may
      // lose the last commits, never corrupt). ":memory:" stays in its own journal mode.
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      migrate(db);
    } else {
      const version = db.pragma('user_version', { simple: true }) as number;
      if (version !== LATEST_VERSION) {
        throw new Error(`store: read-only open of a schema at version ${version}; this Dossier needs ${LATEST_VERSION} (open it writable once to migrate)`);
      }
    }
    db.pragma('foreign_keys = ON');
    this.s = prepare(db);
    this.writeDocument = db.transaction((doc: AnalyzedDocument) => this.insertDocument(doc));
    this.writeResolution = db.transaction((r: Resolution) => this.replaceResolution(r));
    this.writeExtraction = db.transaction((id: string, events: ExtractedEvent[], cited: CitedSource[]) => {
      const s = this.s;
      if (!s.hasDocument.get(id)) throw new Error(`store: no document ${id} to re-extract`);
      s.deleteEvents.run(id);
      s.deleteCited.run(id);
      for (const e of events) s.insertEvent.run(...eventParams(id, e));
      cited.forEach((c, i) => s.insertCited.run(id, i, c.name, c.how, c.sentence));
      s.updateCounts.run(events.length, cited.length, id);
    });
    // One read transaction, so a concurrent putResolution is never seen half-applied.
    this.readResolution = db.transaction(() => this.loadResolution());
    this.readDocument = db.transaction((id: string) => this.loadDocument(id));
    this.readAll = db.transaction(() => this.loadAll());
  }

  hasDocument(id: string): boolean {
    return this.s.hasDocument.get(id) !== undefined;
  }

  putDocument(doc: AnalyzedDocument): 'new' | 'unchanged' {
    try {
      return this.writeDocument.immediate(doc);
    } catch (err) {
      const what = `${doc?.article?.id ?? '(no id)'} (${doc?.article?.file ?? 'no file'})`;
      throw new Error(`store: cannot store document ${what}: ${(err as Error).message}`, { cause: err });
    }
  }

  private insertDocument(doc: AnalyzedDocument): 'new' | 'unchanged' {
    const a = doc.article;
    const s = this.s;
    const inserted = s.insertDocument.run(
      a.id, a.file, a.url, a.title, a.text, a.byline, a.outlet, a.outletFrom, a.published,
      a.publishedFrom, a.language, new Date().toISOString(),
      doc.sentences.length, doc.mentions.length, doc.events.length, doc.cited.length,
    );
    if (inserted.changes === 0) return 'unchanged';
    for (const t of doc.sentences) {
      const row = s.insertSentence.run(a.id, t.index, t.start, t.end, t.text);
      s.indexSentence.run(row.lastInsertRowid, t.text);
    }
    for (const m of doc.mentions) {
      s.insertMention.run(a.id, m.index, m.sentence, m.start, m.end, m.text, m.type, m.canonical, m.rule);
    }
    for (const e of doc.events) s.insertEvent.run(...eventParams(a.id, e));
    doc.cited.forEach((c, i) => s.insertCited.run(a.id, i, c.name, c.how, c.sentence));
    return 'new';
  }

  replaceExtraction(id: string, events: ExtractedEvent[], cited: CitedSource[]): void {
    this.writeExtraction.immediate(id, events, cited);
  }

  getDocument(id: string): AnalyzedDocument | null {
    return this.readDocument(id);
  }

  private loadDocument(id: string): AnalyzedDocument | null {
    const row = this.s.getDocument.get(id) as DocumentRow | undefined;
    if (!row) return null;
    return {
      article: toArticle(row),
      sentences: (this.s.sentencesOf.all(id) as SentenceRow[]).map(toSentence),
      mentions: (this.s.mentionsOf.all(id) as MentionRow[]).map(toMention),
      events: (this.s.eventsOf.all(id) as EventRow[]).map(toEvent),
      cited: (this.s.citedOf.all(id) as CitedRow[]).map(toCited),
    };
  }

  /** Five queries in all, whatever the number of documents. */
  listDocuments(): AnalyzedDocument[] {
    return this.readAll();
  }

  private loadAll(): AnalyzedDocument[] {
    const docs = this.s.allDocuments.all() as DocumentRow[];
    const sentences = groupBy(this.s.allSentences.all() as SentenceRow[], toSentence);
    const mentions = groupBy(this.s.allMentions.all() as MentionRow[], toMention);
    const events = groupBy(this.s.allEvents.all() as EventRow[], toEvent);
    const cited = groupBy(this.s.allCited.all() as CitedRow[], toCited);
    return docs.map((d) => ({
      article: toArticle(d),
      sentences: sentences.get(d.id) ?? [],
      mentions: mentions.get(d.id) ?? [],
      events: events.get(d.id) ?? [],
      cited: cited.get(d.id) ?? [],
    }));
  }

  documentCount(): number {
    return (this.s.countDocuments.get() as { n: number }).n;
  }

  putResolution(resolution: Resolution): void {
    this.writeResolution.immediate(resolution);
  }

  private replaceResolution(r: Resolution): void {
    const s = this.s;
    this.db.exec(`
      DELETE FROM entity_fts; DELETE FROM entity_aliases; DELETE FROM entity_documents;
      DELETE FROM entity_merges; DELETE FROM mention_entities; DELETE FROM resolved_events;
      DELETE FROM story_documents; DELETE FROM claim_events; DELETE FROM claim_documents;
      DELETE FROM claim_origin_chains; DELETE FROM conflicts; DELETE FROM supersessions;
      DELETE FROM entities; DELETE FROM stories; DELETE FROM claims; DELETE FROM redated_documents;
    `);
    r.entities.forEach((e, ord) => {
      s.insertEntity.run(e.id, ord, e.name, e.type, e.mentions);
      e.aliases.forEach((alias, i) => s.insertAlias.run(e.id, i, alias));
      e.documents.forEach((d, i) => s.insertEntityDocument.run(e.id, i, d));
      e.merges.forEach((why, i) => s.insertMerge.run(e.id, i, why));
      s.indexEntity.run(e.id, e.name, e.aliases.join(' | '));
    });
    for (const [key, entity] of Object.entries(r.mentionEntity)) {
      const [doc, index] = splitKey(key, 'mention');
      s.insertMentionEntity.run(key, doc, index, entity);
    }
    r.events.forEach((e, ord) => {
      s.insertResolvedEvent.run(e.key, ord, e.document, e.index, e.source, e.target, e.attributedTo, e.claim);
    });
    r.stories.forEach((st, ord) => {
      s.insertStory.run(st.id, ord, st.earliest, st.origin, st.originName);
      st.documents.forEach((d, i) => s.insertStoryDocument.run(st.id, i, d));
    });
    r.claims.forEach((c, ord) => {
      s.insertClaim.run(c.id, ord, c.origins, c.first_seen, c.last_seen);
      c.events.forEach((k, i) => s.insertClaimEvent.run(c.id, i, k));
      c.documents.forEach((d, i) => s.insertClaimDocument.run(c.id, i, d));
      c.originChains.forEach((chain, i) => s.insertClaimChain.run(c.id, i, chain));
    });
    r.conflicts.forEach((c, ord) => s.insertConflict.run(ord, c.a, c.b, c.why));
    r.supersessions.forEach((c, ord) => s.insertSupersession.run(ord, c.old, c.new, c.why));
    r.redated.forEach((d, ord) => s.insertRedated.run(d.document, ord, d.published, d.why));
  }

  getResolution(): Resolution {
    return this.readResolution();
  }

  private loadResolution(): Resolution {
    const s = this.s;
    const lists = (stmt: Database.Statement, col: string) => {
      const out = new Map<string, string[]>();
      for (const row of stmt.all() as Array<{ owner: string } & Record<string, string>>) {
        let l = out.get(row.owner);
        if (!l) out.set(row.owner, (l = []));
        l.push(row[col]);
      }
      return out;
    };
    const aliases = lists(s.allAliases, 'v');
    const entityDocs = lists(s.allEntityDocuments, 'v');
    const merges = lists(s.allMerges, 'v');
    const entities: Entity[] = (s.allEntities.all() as Array<Omit<Entity, 'aliases' | 'documents' | 'merges'>>)
      .map((e) => ({
        id: e.id, name: e.name, type: e.type,
        aliases: aliases.get(e.id) ?? [], mentions: e.mentions,
        documents: entityDocs.get(e.id) ?? [], merges: merges.get(e.id) ?? [],
      }));
    const mentionEntity: Record<string, string> = {};
    for (const row of s.allMentionEntities.all() as Array<{ mention_key: string; entity_id: string }>) {
      mentionEntity[row.mention_key] = row.entity_id;
    }
    const events: ResolvedEvent[] = (s.allResolvedEvents.all() as Array<{
      key: string; doc_id: string; idx: number; source: string | null; target: string | null;
      attributed_to: string | null; claim: string;
    }>).map((e) => ({
      key: e.key, document: e.doc_id, index: e.idx, source: e.source, target: e.target,
      attributedTo: e.attributed_to, claim: e.claim,
    }));
    const storyDocs = lists(s.allStoryDocuments, 'v');
    const stories: Story[] = (s.allStories.all() as Array<{
      id: string; earliest: string | null; origin: string | null; origin_name: string | null;
    }>).map((st) => ({
      id: st.id, documents: storyDocs.get(st.id) ?? [], earliest: st.earliest, origin: st.origin,
      originName: st.origin_name,
    }));
    const claimEvents = lists(s.allClaimEvents, 'v');
    const claimDocs = lists(s.allClaimDocuments, 'v');
    const chains = lists(s.allClaimChains, 'v');
    const claims: Claim[] = (s.allClaims.all() as Array<{
      id: string; origins: number; first_seen: string | null; last_seen: string | null;
    }>).map((c) => ({
      id: c.id, events: claimEvents.get(c.id) ?? [], documents: claimDocs.get(c.id) ?? [],
      origins: c.origins, originChains: chains.get(c.id) ?? [], first_seen: c.first_seen,
      last_seen: c.last_seen,
    }));
    return {
      entities, mentionEntity, events, stories, claims,
      conflicts: s.allConflicts.all() as Resolution['conflicts'],
      supersessions: s.allSupersessions.all() as Resolution['supersessions'],
      redated: s.allRedated.all() as Resolution['redated'],
    };
  }

  search(query: string, limit: number = DEFAULT_SEARCH_LIMIT): SearchHit[] {
    const match = toFtsQuery(query);
    const n = Math.floor(limit);
    if (match === null || !(n > 0)) return [];
    const sentences = (this.s.searchSentences.all(match, n) as Array<{
      id: string; sentence: number; snippet: string; rank: number;
    }>).map((h): SearchHit => ({ kind: 'sentence', ...h }));
    const entities = (this.s.searchEntities.all(match, n) as Array<{
      id: string; snippet: string; rank: number;
    }>).map((h): SearchHit => ({ kind: 'entity', id: h.id, sentence: null, snippet: h.snippet, rank: h.rank }));
    return [...sentences, ...entities]
      .sort((x, y) => x.rank - y.rank || (x.kind < y.kind ? 1 : x.kind > y.kind ? -1 : 0)
        || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0) || (x.sentence ?? 0) - (y.sentence ?? 0))
      .slice(0, n);
  }

  stats(): StoreStats {
    return this.s.stats.get() as StoreStats;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

function prepare(db: Database.Database) {
  const p = (sql: string) => db.prepare(sql);
  return {
    hasDocument: p('SELECT 1 FROM documents WHERE id = ?'),
    countDocuments: p('SELECT count(*) AS n FROM documents'),
    insertDocument: p(`INSERT INTO documents (id, file, url, title, text, byline, outlet, outlet_from,
        published, published_from, language, ingested_at, n_sentences, n_mentions, n_events, n_cited)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`),
    insertSentence: p('INSERT INTO sentences (doc_id, idx, start, "end", text) VALUES (?, ?, ?, ?, ?)'),
    indexSentence: p('INSERT INTO sentence_fts (rowid, text) VALUES (?, ?)'),
    insertMention: p(`INSERT INTO mentions (doc_id, idx, sentence, start, "end", text, type, canonical, rule)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    insertEvent: p(`INSERT INTO events (doc_id, idx, sentence, type, mode,
        source_mention, source_text, source_name, target_mention, target_text, target_name,
        attr_name, attr_text, attr_mention, attr_chain, negated, hedged, when_start, when_end, when_from,
        trigger_start, trigger_end, trigger_text, rule)
      VALUES (${Array(24).fill('?').join(', ')})`),
    insertCited: p('INSERT INTO cited_sources (doc_id, idx, name, how, sentence) VALUES (?, ?, ?, ?, ?)'),
    deleteEvents: p('DELETE FROM events WHERE doc_id = ?'),
    deleteCited: p('DELETE FROM cited_sources WHERE doc_id = ?'),
    updateCounts: p('UPDATE documents SET n_events = ?, n_cited = ? WHERE id = ?'),

    getDocument: p('SELECT * FROM documents WHERE id = ?'),
    sentencesOf: p('SELECT doc_id, idx, start, "end", text FROM sentences WHERE doc_id = ? ORDER BY idx'),
    mentionsOf: p('SELECT * FROM mentions WHERE doc_id = ? ORDER BY idx'),
    eventsOf: p('SELECT * FROM events WHERE doc_id = ? ORDER BY idx'),
    citedOf: p('SELECT * FROM cited_sources WHERE doc_id = ? ORDER BY idx'),
    allDocuments: p('SELECT * FROM documents ORDER BY id'),
    allSentences: p('SELECT doc_id, idx, start, "end", text FROM sentences ORDER BY doc_id, idx'),
    allMentions: p('SELECT * FROM mentions ORDER BY doc_id, idx'),
    allEvents: p('SELECT * FROM events ORDER BY doc_id, idx'),
    allCited: p('SELECT * FROM cited_sources ORDER BY doc_id, idx'),

    insertEntity: p('INSERT INTO entities (id, ord, name, type, mentions) VALUES (?, ?, ?, ?, ?)'),
    insertAlias: p('INSERT INTO entity_aliases (entity_id, idx, alias) VALUES (?, ?, ?)'),
    insertEntityDocument: p('INSERT INTO entity_documents (entity_id, idx, doc_id) VALUES (?, ?, ?)'),
    insertMerge: p('INSERT INTO entity_merges (entity_id, idx, why) VALUES (?, ?, ?)'),
    indexEntity: p('INSERT INTO entity_fts (entity_id, name, aliases) VALUES (?, ?, ?)'),
    insertMentionEntity: p('INSERT INTO mention_entities (mention_key, doc_id, mention_idx, entity_id) VALUES (?, ?, ?, ?)'),
    insertResolvedEvent: p(`INSERT INTO resolved_events (key, ord, doc_id, idx, source, target, attributed_to, claim)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
    insertStory: p('INSERT INTO stories (id, ord, earliest, origin, origin_name) VALUES (?, ?, ?, ?, ?)'),
    insertStoryDocument: p('INSERT INTO story_documents (story_id, idx, doc_id) VALUES (?, ?, ?)'),
    insertClaim: p('INSERT INTO claims (id, ord, origins, first_seen, last_seen) VALUES (?, ?, ?, ?, ?)'),
    insertClaimEvent: p('INSERT INTO claim_events (claim_id, idx, event_key) VALUES (?, ?, ?)'),
    insertClaimDocument: p('INSERT INTO claim_documents (claim_id, idx, doc_id) VALUES (?, ?, ?)'),
    insertClaimChain: p('INSERT INTO claim_origin_chains (claim_id, idx, chain) VALUES (?, ?, ?)'),
    insertConflict: p('INSERT INTO conflicts (ord, a, b, why) VALUES (?, ?, ?, ?)'),
    insertSupersession: p('INSERT INTO supersessions (ord, old, new, why) VALUES (?, ?, ?, ?)'),
    insertRedated: p('INSERT INTO redated_documents (document, ord, published, why) VALUES (?, ?, ?, ?)'),

    allEntities: p('SELECT id, name, type, mentions FROM entities ORDER BY ord'),
    allAliases: p('SELECT entity_id AS owner, alias AS v FROM entity_aliases ORDER BY entity_id, idx'),
    allEntityDocuments: p('SELECT entity_id AS owner, doc_id AS v FROM entity_documents ORDER BY entity_id, idx'),
    allMerges: p('SELECT entity_id AS owner, why AS v FROM entity_merges ORDER BY entity_id, idx'),
    allMentionEntities: p('SELECT mention_key, entity_id FROM mention_entities ORDER BY doc_id, mention_idx'),
    allResolvedEvents: p('SELECT * FROM resolved_events ORDER BY ord'),
    allStories: p('SELECT * FROM stories ORDER BY ord'),
    allStoryDocuments: p('SELECT story_id AS owner, doc_id AS v FROM story_documents ORDER BY story_id, idx'),
    allClaims: p('SELECT * FROM claims ORDER BY ord'),
    allClaimEvents: p('SELECT claim_id AS owner, event_key AS v FROM claim_events ORDER BY claim_id, idx'),
    allClaimDocuments: p('SELECT claim_id AS owner, doc_id AS v FROM claim_documents ORDER BY claim_id, idx'),
    allClaimChains: p('SELECT claim_id AS owner, chain AS v FROM claim_origin_chains ORDER BY claim_id, idx'),
    allConflicts: p('SELECT a, b, why FROM conflicts ORDER BY ord'),
    allSupersessions: p('SELECT old, new, why FROM supersessions ORDER BY ord'),
    allRedated: p('SELECT document, published, why FROM redated_documents ORDER BY ord'),

    // bm25(): lower is better. Ties broken by id so results are deterministic.
    searchSentences: p(`SELECT s.doc_id AS id, s.idx AS sentence,
        snippet(sentence_fts, 0, '[[', ']]', '…', ${SNIPPET_TOKENS}) AS snippet, bm25(sentence_fts) AS rank
      FROM sentence_fts JOIN sentences s ON s.id = sentence_fts.rowid
      WHERE sentence_fts MATCH ? ORDER BY rank, s.doc_id, s.idx LIMIT ?`),
    searchEntities: p(`SELECT entity_id AS id,
        snippet(entity_fts, -1, '[[', ']]', '…', ${SNIPPET_TOKENS}) AS snippet, bm25(entity_fts) AS rank
      FROM entity_fts WHERE entity_fts MATCH ? ORDER BY rank, entity_id LIMIT ?`),

    stats: p(`SELECT
        (SELECT count(*) FROM documents) AS documents,
        (SELECT count(*) FROM sentences) AS sentences,
        (SELECT count(*) FROM mentions) AS mentions,
        (SELECT count(*) FROM events) AS events,
        (SELECT count(*) FROM entities) AS entities,
        (SELECT count(*) FROM stories) AS stories,
        (SELECT count(*) FROM claims) AS claims,
        (SELECT count(*) FROM conflicts) AS conflicts,
        (SELECT count(*) FROM supersessions) AS supersessions`),
  };
}
