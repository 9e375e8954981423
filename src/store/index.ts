// Stage 5 — store: where analysed documents and the cross-document resolution are kept.
// SQLite is the default; callers depend on the Store interface only.
import { openSqliteStore } from './sqlite.ts';
import type { Store } from './store.ts';

export type { SearchHit, Store, StoreStats } from './store.ts';
export { openSqliteStore } from './sqlite.ts';

/** Opens (creating or migrating as needed) the store at `path`; ":memory:" for a throwaway one. */
export function openStore(path: string): Store {
  return openSqliteStore(path);
}
