// SQLite-only behaviour: schema migrations, WAL, crash safety, volume. The behaviour every store
// shares is in store.case.test.ts.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_VERSION, MIGRATIONS, migrate } from './migrations.ts';
import { openSqliteStore } from './sqlite.ts';
import { openStore } from './index.ts';
import { CORPUS, DOC_A, RESOLUTION, syntheticDocument } from './test-support.ts';

const dirs: string[] = [];
function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-sqlite-'));
  dirs.push(dir);
  return join(dir, 'dossier.db');
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('migrations', () => {
  it('are numbered 1..n in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_VERSION).toBe(MIGRATIONS.length);
  });

  it('bring an empty file to the latest version, in WAL mode with foreign keys', () => {
    const path = tempDb();
    new Database(path).close();
    openStore(path).close();
    const db = new Database(path);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('upgrade an older store and keep (and index) its data', () => {
    const path = tempDb();
    const db = new Database(path);
    expect(migrate(db, 2)).toEqual({ from: 0, to: 2 });
    // A v2 store written by an older Dossier: one document, no search index yet.
    db.prepare(`INSERT INTO documents (id, file, text, language, ingested_at, n_sentences, n_mentions, n_events, n_cited)
      VALUES ('old1', 'old.txt', 'Chile signed a treaty.', 'en', '2020-01-01T00:00:00Z', 1, 0, 0, 0)`).run();
    db.prepare(`INSERT INTO sentences (doc_id, idx, start, "end", text) VALUES ('old1', 0, 0, 22, 'Chile signed a treaty.')`).run();
    db.prepare(`INSERT INTO entities (id, ord, name, type, mentions) VALUES ('e-chile', 0, 'Chile', 'GPE', 1)`).run();
    db.prepare(`INSERT INTO entity_aliases (entity_id, idx, alias) VALUES ('e-chile', 0, 'Santiago')`).run();
    db.close();

    const store = openSqliteStore(path);
    expect(store.getDocument('old1')?.sentences).toEqual([{ index: 0, start: 0, end: 22, text: 'Chile signed a treaty.' }]);
    expect(store.search('treaty').map((h) => [h.kind, h.id])).toEqual([['sentence', 'old1']]);
    expect(store.search('Santiago').map((h) => [h.kind, h.id])).toEqual([['entity', 'e-chile']]);
    store.close();
  });

  it('refuse a store written by a newer Dossier', () => {
    const path = tempDb();
    const db = new Database(path);
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    db.close();
    expect(() => openSqliteStore(path)).toThrow(/newer than this Dossier/);
  });

  it('are applied all or nothing', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE documents (x)'); // a clash: migration 1 fails part-way
    expect(() => migrate(db)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'sentences'").get()).toEqual({ n: 0 });
    db.close();
  });
});

describe('consistency', () => {
  it('passes SQLite integrity and foreign-key checks after writes', () => {
    const path = tempDb();
    const store = openSqliteStore(path);
    for (const d of CORPUS) store.putDocument(d);
    store.putResolution(RESOLUTION);
    store.close();
    const db = new Database(path);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.prepare("INSERT INTO sentence_fts (sentence_fts) VALUES ('integrity-check')").run().changes).toBeGreaterThanOrEqual(0);
    db.close();
  });

  it('opens read-only without writing', () => {
    const path = tempDb();
    const w = openSqliteStore(path);
    w.putDocument(DOC_A);
    const r = openSqliteStore(path, { readonly: true });
    expect(r.getDocument(DOC_A.article.id)).toEqual(DOC_A);
    expect(() => r.putDocument(CORPUS[1])).toThrow(/readonly/);
    r.close();
    w.close();
  });

  it('leaves a consistent store when the writer is killed mid-stream (SIGKILL)', async () => {
    const path = tempDb();
    openSqliteStore(path).close();
    const writer = fileURLToPath(new URL('./crash-writer.fixture.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', writer, path], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (b) => (stderr += b));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (b: Buffer) => { if (b.toString().includes('writing')) resolve(); });
      child.on('exit', (code) => reject(new Error(`writer exited early (${code}): ${stderr}`)));
    });
    await new Promise((r) => setTimeout(r, 150 + Math.random() * 200));
    child.kill('SIGKILL');
    await new Promise((r) => child.on('exit', r));

    const db = new Database(path);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const torn = db.prepare(`SELECT d.id FROM documents d WHERE
        n_sentences != (SELECT count(*) FROM sentences s WHERE s.doc_id = d.id) OR
        n_mentions  != (SELECT count(*) FROM mentions m WHERE m.doc_id = d.id) OR
        n_events    != (SELECT count(*) FROM events e WHERE e.doc_id = d.id) OR
        n_cited     != (SELECT count(*) FROM cited_sources c WHERE c.doc_id = d.id)`).all();
    const docs = (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    db.close();
    expect(torn).toEqual([]);
    expect(docs).toBeGreaterThan(5);
    const store = openSqliteStore(path);
    const res = store.getResolution();
    expect([0, RESOLUTION.entities.length]).toContain(res.entities.length);
    if (res.entities.length) expect(res).toEqual(RESOLUTION);
    expect(store.search('Report').length).toBeGreaterThan(0);
    store.close();
  });
});

describe('volume', () => {
  it('stores thousands of articles a minute and lists 10,000 in few queries', () => {
    const path = tempDb();
    const store = openSqliteStore(path);
    const N = 10_000;
    const docs = Array.from({ length: N }, (_, i) => syntheticDocument(i, 8));
    let t = performance.now();
    for (const d of docs) store.putDocument(d);
    const putMs = performance.now() - t;
    t = performance.now();
    const all = store.listDocuments();
    const listMs = performance.now() - t;
    t = performance.now();
    for (let i = 0; i < 200; i++) store.getDocument(docs[i * 7].article.id);
    const getMs = (performance.now() - t) / 200;
    t = performance.now();
    const hits = store.search('Venezuela sanctioned', 20);
    const searchMs = performance.now() - t;
    store.close();
    console.log(`[store volume] putDocument ${Math.round(N / (putMs / 1000))}/s (${N} docs × 8 sentences), ` +
      `listDocuments ${Math.round(listMs)} ms for ${N}, getDocument ${getMs.toFixed(2)} ms, search ${searchMs.toFixed(1)} ms`);
    expect(all).toHaveLength(N);
    expect(all[123].sentences).toHaveLength(8);
    expect(hits.length).toBe(20);
    expect(N / (putMs / 60_000)).toBeGreaterThan(5_000); // far above "thousands a minute"
    expect(listMs).toBeLessThan(15_000);
  });
});
