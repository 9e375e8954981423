// The shared Store suite: every implementation (SQLite now, PostgreSQL later) must pass it.
// Another implementation imports `describeStoreContract` and calls it with its own factory; the
// SQLite runs at the bottom register only when this file itself is the test file being run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { AnalyzedDocument, Resolution } from '../types.ts';
import { openSqliteStore } from './sqlite.ts';
import type { Store } from './store.ts';
import {
  CORPUS, DOC_A, DOC_B, DOC_C, EMPTY_RESOLUTION, RESOLUTION, makeDocument, syntheticDocument,
} from './test-support.ts';

/** One store location: `open` may be called again after `close` to reopen the same data. */
export interface StoreLocation {
  open(): Store;
  dispose(): void;
}

export interface StoreFactory {
  /** A fresh, empty location. */
  create(): StoreLocation;
  /** Whether data outlives `close` (false for in-memory stores). */
  persistent: boolean;
  /** A location holding a store of schema version 0 (nothing in it), when the backend has such a thing. */
  createVersionZero?(): StoreLocation;
}

const byId = (docs: AnalyzedDocument[]) =>
  [...docs].sort((x, y) => (x.article.id < y.article.id ? -1 : x.article.id > y.article.id ? 1 : 0));

const INJECTIONS = [
  '") OR 1=1 --', 'NEAR(', 'NEAR(Iran Venezuela', '"', '""', '*', 'Iran*', '^Iran', '-Iran', 'Iran AND',
  'OR', 'NOT Iran', 'text:Iran', '{text}: Iran', "'; DROP TABLE documents; --", '(((', ')', 'Iran"  OR "x',
  '\u0000', 'Iran\u0000Venezuela', '%', '_', '\\', '😀', 'a'.repeat(5000),
];

export function describeStoreContract(name: string, factory: StoreFactory): void {
  describe(`Store contract: ${name}`, () => {
    const open: StoreLocation[] = [];
    const fresh = (): { store: Store; location: StoreLocation } => {
      const location = factory.create();
      open.push(location);
      return { store: location.open(), location };
    };
    const filled = (): Store => {
      const { store } = fresh();
      for (const d of CORPUS) store.putDocument(d);
      store.putResolution(RESOLUTION);
      return store;
    };
    afterEach(() => {
      for (const l of open.splice(0)) l.dispose();
    });

    it('starts empty', () => {
      const { store } = fresh();
      expect(store.documentCount()).toBe(0);
      expect(store.listDocuments()).toEqual([]);
      expect(store.getResolution()).toEqual(EMPTY_RESOLUTION);
      expect(store.search('Iran')).toEqual([]);
      expect(Object.values(store.stats()).every((n) => n === 0)).toBe(true);
      expect(store.hasDocument(DOC_A.article.id)).toBe(false);
      expect(store.getDocument(DOC_A.article.id)).toBeNull();
    });

    it('returns each document exactly as stored', () => {
      const { store } = fresh();
      for (const d of CORPUS) expect(store.putDocument(d)).toBe('new');
      for (const d of CORPUS) {
        expect(store.hasDocument(d.article.id)).toBe(true);
        expect(store.getDocument(d.article.id)).toEqual(d);
      }
      expect(store.documentCount()).toBe(3);
      expect(store.listDocuments()).toEqual(byId(CORPUS));
    });

    it('round-trips arbitrary optional fields (nulls, empty lists, odd text)', () => {
      const { store } = fresh();
      const bare = makeDocument({ file: 'bare.txt', sentences: ['Nothing happened.'], language: 'und' });
      const odd = makeDocument({
        file: 'https://example.org/x?y=1#z', sentences: ['Quote " and \'apostrophe\' and — dash; 中文 😀.'],
        url: 'https://example.org/x', byline: '', outlet: 'O\'Brien "Times"', published: '2021',
        mentions: [{ sentence: 0, text: '中文', type: 'NORP' }],
        events: [{ sentence: 0, type: 'REJECT', trigger: 'dash', source: { text: '', name: '' }, target: 0,
          attribution: { by: { text: 'someone' }, chain: [] }, when: { start: '2021', end: '2022' },
          whenFrom: 'publication', negated: true, hedged: true, mode: '' }],
        cited: [{ name: 'X', how: 'told', sentence: 0 }, { name: 'X', how: 'told', sentence: 0 }],
      });
      const empty: AnalyzedDocument = { ...bare, article: { ...bare.article, id: 'empty', text: '' }, sentences: [] };
      for (const d of [bare, odd, empty]) {
        expect(store.putDocument(d)).toBe('new');
        expect(store.getDocument(d.article.id)).toEqual(d);
      }
    });

    it('is idempotent: a known id is "unchanged" and nothing is written', () => {
      const { store } = fresh();
      store.putDocument(DOC_A);
      const before = store.stats();
      expect(store.putDocument(DOC_A)).toBe('unchanged');
      const changed = { ...DOC_A, article: { ...DOC_A.article, title: 'Other title' }, events: [] };
      expect(store.putDocument(changed)).toBe('unchanged');
      expect(store.stats()).toEqual(before);
      expect(store.getDocument(DOC_A.article.id)).toEqual(DOC_A);
      expect(store.search('Tankers').length + store.search('fuel').length).toBeGreaterThan(0);
    });

    it('replaces a document\'s events and cited sources, and nothing else, in one transaction', () => {
      const { store } = fresh();
      store.putDocument(DOC_A);
      const events = DOC_A.events.slice(0, 1).map((e) => ({ ...e, when: { start: '2021-05', end: '2021-05' } }));
      store.replaceExtraction(DOC_A.article.id, events, []);
      expect(store.getDocument(DOC_A.article.id)).toEqual({ ...DOC_A, events, cited: [] });
      expect(() => store.replaceExtraction('no-such-document', events, [])).toThrow(/no document no-such-document/);
      // A failure part-way keeps what was there.
      expect(() => store.replaceExtraction(DOC_A.article.id, [events[0], { ...events[0] }], [])).toThrow();
      expect(store.getDocument(DOC_A.article.id)!.events).toEqual(events);
    });

    it('writes nothing of a document whose insert fails half-way', () => {
      const { store } = fresh();
      const bad = { ...DOC_B, events: [DOC_B.events[0], { ...DOC_B.events[0] }] }; // duplicate event index
      expect(() => store.putDocument(bad)).toThrow(new RegExp(`^store: cannot store document ${DOC_B.article.id} \\(b_wire.html\\)`));
      expect(store.hasDocument(DOC_B.article.id)).toBe(false);
      expect(store.stats().sentences).toBe(0);
      expect(store.search('gasoline')).toEqual([]);
      expect(store.putDocument(DOC_B)).toBe('new');
      expect(store.getDocument(DOC_B.article.id)).toEqual(DOC_B);
    });

    it('round-trips the resolution and replaces it as a whole', () => {
      const store = filled();
      expect(store.getResolution()).toEqual(RESOLUTION);
      const smaller: Resolution = {
        entities: [{ ...RESOLUTION.entities[0], aliases: ['Persia'], merges: [] }],
        mentionEntity: { [`${DOC_A.article.id}:0`]: 'ent-iran' },
        events: [RESOLUTION.events[0]],
        stories: [{ ...RESOLUTION.stories[1], documents: [DOC_C.article.id, DOC_A.article.id] }],
        claims: [{ ...RESOLUTION.claims[0], events: [RESOLUTION.events[0].key] }],
        conflicts: [], supersessions: [], redated: [],
      };
      store.putResolution(smaller);
      expect(store.getResolution()).toEqual(smaller);
      expect(store.stats()).toMatchObject({ entities: 1, stories: 1, claims: 1, conflicts: 0, supersessions: 0 });
      expect(store.search('Maduro').filter((h) => h.kind === 'entity')).toEqual([]);
      expect(store.search('Persia').map((h) => h.id)).toEqual(['ent-iran']);
      store.putResolution(EMPTY_RESOLUTION);
      expect(store.getResolution()).toEqual(EMPTY_RESOLUTION);
      expect(store.documentCount()).toBe(3); // documents are not derived data
    });

    it('counts everything in stats', () => {
      expect(filled().stats()).toEqual({
        documents: 3, sentences: 7, mentions: 14, events: 7, entities: 5, stories: 2, claims: 5,
        conflicts: 1, supersessions: 1,
      });
    });

    it('finds sentences and entities, with [[ ]] snippets, best first', () => {
      const store = filled();
      const hits = store.search('Maduro');
      expect(hits.map((h) => [h.kind, h.id, h.sentence]).sort()).toEqual([
        ['entity', 'ent-maduro', null],
        ['sentence', DOC_A.article.id, 1],
        ['sentence', DOC_B.article.id, 1],
      ].sort());
      for (const h of hits) expect(h.snippet).toMatch(/\[\[Maduro\]\]/);
      const ranks = hits.map((h) => h.rank);
      expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
      // accents folded: "Nicolas" finds "Nicolás"
      expect(store.search('nicolas').some((h) => h.kind === 'sentence' && h.id === DOC_A.article.id)).toBe(true);
      // all terms must match
      expect(store.search('Iran gasoline').map((h) => h.id)).toEqual([DOC_B.article.id]);
      // aliases are searchable
      expect(store.search('Caracas').filter((h) => h.kind === 'entity').map((h) => h.id)).toEqual(['ent-venezuela']);
      expect(store.search('Iran', 2)).toHaveLength(2);
      expect(store.search('Iran', 0)).toEqual([]);
    });

    it('ranks denser matches first (bm25)', () => {
      const { store } = fresh();
      const sparse = makeDocument({ file: 's.txt', sentences: [
        'Officials from several ministries met for many hours on Tuesday and later spoke briefly about Cuba.'] });
      const dense = makeDocument({ file: 'd.txt', sentences: ['Cuba, Cuba and Cuba again.'] });
      store.putDocument(sparse);
      store.putDocument(dense);
      expect(store.search('cuba').map((h) => h.id)).toEqual([dense.article.id, sparse.article.id]);
    });

    it('treats query syntax as plain words: no injection, no throw', () => {
      const store = filled();
      expect(store.search('')).toEqual([]);
      expect(store.search('   ')).toEqual([]);
      expect(store.search('!!! --- ()')).toEqual([]);
      for (const q of INJECTIONS) expect(() => store.search(q), q).not.toThrow();
      expect(store.search('") OR 1=1 --')).toEqual([]);
      expect(store.search('NEAR(Iran Venezuela').length).toBe(0); // "near" is a word, found nowhere
      expect(store.search('"Iran"').length).toBeGreaterThan(0);
      expect(store.search('Iran"  OR "x')).toEqual([]); // x is in no sentence: ANDed, not ORed
      expect(store.documentCount()).toBe(3);
      fc.assert(fc.property(fc.string({ maxLength: 40 }), (q) => {
        const hits = store.search(q, 5);
        return Array.isArray(hits) && hits.length <= 5;
      }), { numRuns: 300 });
      expect(store.stats().documents).toBe(3);
    });

    it('keeps list order stable and loads many documents', () => {
      const { store } = fresh();
      const docs = Array.from({ length: 200 }, (_, i) => syntheticDocument(i, 3));
      for (const d of docs) store.putDocument(d);
      const all = store.listDocuments();
      expect(all.map((d) => d.article.id)).toEqual(byId(docs).map((d) => d.article.id));
      expect(all).toEqual(byId(docs));
    });

    if (factory.persistent) {
      it('keeps everything across close and reopen', () => {
        const { store, location } = fresh();
        for (const d of CORPUS) store.putDocument(d);
        store.putResolution(RESOLUTION);
        store.close();
        const again = location.open();
        try {
          expect(again.listDocuments()).toEqual(byId(CORPUS));
          expect(again.getResolution()).toEqual(RESOLUTION);
          expect(again.putDocument(DOC_C)).toBe('unchanged');
          expect(again.search('Maduro').length).toBe(3);
        } finally {
          again.close();
        }
      });
    }

    if (factory.createVersionZero) {
      const createV0 = factory.createVersionZero;
      it('migrates an empty version-0 store on open', () => {
        const location = createV0();
        open.push(location);
        const store = location.open();
        expect(store.documentCount()).toBe(0);
        expect(store.putDocument(DOC_A)).toBe('new');
        expect(store.getDocument(DOC_A.article.id)).toEqual(DOC_A);
        store.close();
      });
    }
  });
}

// ------------------------------------------------------------------ SQLite runs

function sqliteFile(init?: (path: string) => void): StoreLocation {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-store-'));
  const path = join(dir, 'dossier.db');
  init?.(path);
  const opened: Store[] = [];
  return {
    open: () => {
      const s = openSqliteStore(path);
      opened.push(s);
      return s;
    },
    dispose: () => {
      for (const s of opened) s.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function sqliteMemory(): StoreLocation {
  let store: Store | null = null;
  return {
    open: () => (store = openSqliteStore(':memory:')),
    dispose: () => store?.close(),
  };
}

const runningThisFile = expect.getState().testPath === fileURLToPath(import.meta.url);
if (runningThisFile) {
  describeStoreContract('SQLite file', {
    persistent: true,
    create: () => sqliteFile(),
    createVersionZero: () => sqliteFile((path) => new Database(path).close()),
  });
  describeStoreContract('SQLite :memory:', { persistent: false, create: sqliteMemory });
}
