import { existsSync } from 'node:fs';
import { openStore } from '../store/index.ts';

/** Opens a store that read-only commands expect to exist, with a clear error when it does not. */
export function openExistingStore(path: string) {
  if (path !== ':memory:' && !existsSync(path)) throw new Error(`no store at ${path} (run "dossier ingest <path>" first, or pass --db)`);
  return openStore(path);
}
