// The store interface. SQLite (src/store/sqlite.ts) is the default; a PostgreSQL implementation
// must pass the same shared suite (store.case.test.ts).
import type { AnalyzedDocument, CitedSource, ExtractedEvent, Resolution } from '../types.ts';

export interface StoreStats {
  documents: number;
  sentences: number;
  mentions: number;
  events: number;
  entities: number;
  stories: number;
  claims: number;
  conflicts: number;
  supersessions: number;
}

export interface SearchHit {
  kind: 'sentence' | 'entity';
  /** Document id for sentences, entity id for entities. */
  id: string;
  /** Sentence index within the document, for sentence hits. */
  sentence: number | null;
  /** Snippet with matches wrapped in [[ ]]. */
  snippet: string;
  rank: number;
}

export interface Store {
  /** True when a document with this id (content hash) is stored. */
  hasDocument(id: string): boolean;
  /**
   * Stores one analysed document and everything derived from it in one transaction.
   * Returns "unchanged" and writes nothing when the id is already stored.
   */
  putDocument(doc: AnalyzedDocument): 'new' | 'unchanged';
  /**
   * Replaces a stored document's events and cited sources (extraction re-run with a revised
   * publication date, see pipeline.ts) in one transaction; its text, sentences and mentions stay.
   */
  replaceExtraction(id: string, events: ExtractedEvent[], cited: CitedSource[]): void;
  getDocument(id: string): AnalyzedDocument | null;
  /** Every stored document, ordered by id. */
  listDocuments(): AnalyzedDocument[];
  documentCount(): number;
  /** Replaces the cross-document resolution (entities, stories, claims, ...) in one transaction. */
  putResolution(resolution: Resolution): void;
  /** The last resolution stored; empty lists before the first. */
  getResolution(): Resolution;
  /** Full-text search over sentences and entity names (FTS5), best first. */
  search(query: string, limit?: number): SearchHit[];
  stats(): StoreStats;
  close(): void;
}
