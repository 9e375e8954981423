// The SQLite schema as an ordered list of migrations. `PRAGMA user_version` holds the number of the
// last one applied; opening a store applies the missing ones in one transaction. Never edit a
// migration that has shipped: append a new one.
import type Database from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'per-document tables',
    sql: `
      CREATE TABLE documents (
        id             TEXT PRIMARY KEY,       -- hash of the cleaned text
        file           TEXT NOT NULL,
        url            TEXT,
        title          TEXT,
        text           TEXT NOT NULL,
        byline         TEXT,
        outlet         TEXT,
        outlet_from    TEXT CHECK (outlet_from IN ('metadata', 'text')),
        published      TEXT,
        published_from TEXT CHECK (published_from IN ('metadata', 'text')),
        language       TEXT NOT NULL,
        ingested_at    TEXT NOT NULL,
        -- row counts written in the same transaction, so a consistency check needs no guessing
        n_sentences    INTEGER NOT NULL,
        n_mentions     INTEGER NOT NULL,
        n_events       INTEGER NOT NULL,
        n_cited        INTEGER NOT NULL
      );
      CREATE TABLE sentences (
        id     INTEGER PRIMARY KEY,            -- rowid, the FTS5 content rowid
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx    INTEGER NOT NULL,
        start  INTEGER NOT NULL,
        "end"  INTEGER NOT NULL,
        text   TEXT NOT NULL,
        UNIQUE (doc_id, idx)
      );
      CREATE TABLE mentions (
        doc_id    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx       INTEGER NOT NULL,
        sentence  INTEGER NOT NULL,
        start     INTEGER NOT NULL,
        "end"     INTEGER NOT NULL,
        text      TEXT NOT NULL,
        type      TEXT NOT NULL,
        canonical TEXT NOT NULL,
        rule      TEXT NOT NULL,
        PRIMARY KEY (doc_id, idx)
      ) WITHOUT ROWID;
      CREATE TABLE events (
        doc_id         TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx            INTEGER NOT NULL,
        sentence       INTEGER NOT NULL,
        type           TEXT NOT NULL,
        mode           TEXT,
        -- an actor is null when its name is null
        source_mention INTEGER,
        source_text    TEXT,
        source_name    TEXT,
        target_mention INTEGER,
        target_text    TEXT,
        target_name    TEXT,
        -- the attribution is null when attr_name is null; attr_chain is a JSON list of strings
        attr_name      TEXT,
        attr_text      TEXT,
        attr_mention   INTEGER,
        attr_chain     TEXT,
        negated        INTEGER NOT NULL,
        hedged         INTEGER NOT NULL,
        when_start     TEXT,
        when_end       TEXT,
        when_from      TEXT CHECK (when_from IN ('text', 'publication')),
        trigger_start  INTEGER NOT NULL,
        trigger_end    INTEGER NOT NULL,
        trigger_text   TEXT NOT NULL,
        rule           TEXT NOT NULL,
        PRIMARY KEY (doc_id, idx)
      ) WITHOUT ROWID;
      CREATE TABLE cited_sources (
        doc_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx      INTEGER NOT NULL,             -- position in AnalyzedDocument.cited
        name     TEXT NOT NULL,
        how      TEXT NOT NULL,
        sentence INTEGER NOT NULL,
        PRIMARY KEY (doc_id, idx)
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 2,
    name: 'resolution tables (derived; replaced as a whole)',
    // No foreign keys to documents: a resolution is derived data, replaced wholesale, and its
    // ids are checked by the export's validator instead. `ord`/`idx` keep list order exactly.
    sql: `
      CREATE TABLE entities (
        id       TEXT PRIMARY KEY,
        ord      INTEGER NOT NULL,
        name     TEXT NOT NULL,
        type     TEXT NOT NULL,
        mentions INTEGER NOT NULL
      );
      CREATE TABLE entity_aliases (
        entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        idx       INTEGER NOT NULL,
        alias     TEXT NOT NULL,
        PRIMARY KEY (entity_id, idx)
      ) WITHOUT ROWID;
      CREATE TABLE entity_documents (
        entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        idx       INTEGER NOT NULL,
        doc_id    TEXT NOT NULL,
        PRIMARY KEY (entity_id, idx)
      ) WITHOUT ROWID;
      CREATE TABLE entity_merges (
        entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        idx       INTEGER NOT NULL,
        why       TEXT NOT NULL,
        PRIMARY KEY (entity_id, idx)
      ) WITHOUT ROWID;
      CREATE TABLE mention_entities (
        mention_key TEXT PRIMARY KEY,          -- "\${documentId}:\${mention.index}"
        doc_id      TEXT NOT NULL,
        mention_idx INTEGER NOT NULL,
        entity_id   TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX mention_entities_entity ON mention_entities (entity_id);
      CREATE TABLE resolved_events (
        key           TEXT PRIMARY KEY,        -- "\${documentId}:\${event.index}"
        ord           INTEGER NOT NULL,
        doc_id        TEXT NOT NULL,
        idx           INTEGER NOT NULL,
        source        TEXT,
        target        TEXT,
        attributed_to TEXT,
        claim         TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE stories (
        id          TEXT PRIMARY KEY,
        ord         INTEGER NOT NULL,
        earliest    TEXT,
        origin      TEXT,
        origin_name TEXT
      );
      CREATE TABLE story_documents (
        story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        idx      INTEGER NOT NULL,
        doc_id   TEXT NOT NULL,
        PRIMARY KEY (story_id, idx)
      ) WITHOUT ROWID;
      CREATE TABLE claims (
        id         TEXT PRIMARY KEY,
        ord        INTEGER NOT NULL,
        origins    INTEGER NOT NULL,
        first_seen TEXT,
        last_seen  TEXT
      );
      CREATE TABLE claim_events (
        claim_id  TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
        idx       INTEGER NOT NULL,
        event_key TEXT NOT NULL,
        PRIMARY KEY (claim_id, idx)
      ) WITHOUT ROWID;
      CREATE TABLE claim_documents (
        claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
        idx      INTEGER NOT NULL,
        doc_id   TEXT NOT NULL,
        PRIMARY KEY (claim_id, idx)
      ) WITHOUT ROWID;
      CREATE TABLE claim_origin_chains (
        claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
        idx      INTEGER NOT NULL,
        chain    TEXT NOT NULL,
        PRIMARY KEY (claim_id, idx)
      ) WITHOUT ROWID;
      CREATE TABLE conflicts (
        ord INTEGER PRIMARY KEY,
        a   TEXT NOT NULL,
        b   TEXT NOT NULL,
        why TEXT NOT NULL
      );
      CREATE TABLE supersessions (
        ord   INTEGER PRIMARY KEY,
        old   TEXT NOT NULL,
        new   TEXT NOT NULL,
        why   TEXT NOT NULL
      );
    `,
  },
  {
    version: 3,
    name: 'full-text search (FTS5) over sentences and entity names',
    // remove_diacritics 2: "Nicolas" finds "Nicolás". The sentence index is an external-content
    // table over `sentences`, so the text is stored once; the entity index is rebuilt with the
    // resolution. Existing sentences (a store migrated from v2) are indexed here.
    sql: `
      CREATE VIRTUAL TABLE sentence_fts USING fts5 (
        text, content = 'sentences', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2'
      );
      INSERT INTO sentence_fts (sentence_fts) VALUES ('rebuild');
      CREATE VIRTUAL TABLE entity_fts USING fts5 (
        entity_id UNINDEXED, name, aliases,
        tokenize = 'unicode61 remove_diacritics 2'
      );
      INSERT INTO entity_fts (entity_id, name, aliases)
        SELECT e.id, e.name, coalesce((SELECT group_concat(alias, ' | ') FROM
          (SELECT alias FROM entity_aliases a WHERE a.entity_id = e.id ORDER BY idx)), '')
        FROM entities e;
    `,
  },
  {
    version: 4,
    name: 'publication dates revised across stories',
    sql: `
      CREATE TABLE redated_documents (
        document  TEXT PRIMARY KEY,
        ord       INTEGER NOT NULL,
        published TEXT NOT NULL,
        why       TEXT NOT NULL
      );
    `,
  },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

export interface MigrationResult {
  from: number;
  to: number;
}

/**
 * Brings the schema to `target` (default: latest) in one transaction. Throws when the file was
 * written by a newer Dossier, so an old binary never writes into a schema it does not know.
 */
export function migrate(db: Database.Database, target: number = LATEST_VERSION): MigrationResult {
  const run = db.transaction((): MigrationResult => {
    const from = db.pragma('user_version', { simple: true }) as number;
    if (from > LATEST_VERSION) {
      throw new Error(`store: schema version ${from} is newer than this Dossier understands (${LATEST_VERSION})`);
    }
    for (const m of MIGRATIONS) {
      if (m.version <= from || m.version > target) continue;
      db.exec(m.sql);
      // PRAGMA takes no bound parameters; the version is an integer from the list above.
      if (!Number.isInteger(m.version)) throw new Error(`store: bad migration version ${m.version}`);
      db.pragma(`user_version = ${m.version}`);
    }
    return { from, to: Math.max(from, Math.min(target, LATEST_VERSION)) };
  });
  return run.immediate();
}
