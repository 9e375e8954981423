import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, DEFAULT_DB, UsageError } from '../args.ts';
import { openExistingStore } from '../store.ts';
import { exportJson } from '../../export/json.ts';
import { ApiData, fileVersion } from '../../api/data.ts';
import { startServer } from '../../api/server.ts';
import type { Command } from '../main.ts';

/** Where `npm run build:web` puts the UI. */
const WEB_DIR = fileURLToPath(new URL('../../../dist/web', import.meta.url));

export const serveCommand: Command = {
  summary: 'Serve the analyst UI and the JSON API (read-only) on 127.0.0.1',
  usage: 'dossier serve [--db FILE] [--host 127.0.0.1] [--port 8080] [--web DIR]',
  async run(argv) {
    const { values } = parse('serve', argv, {
      db: { type: 'string', default: DEFAULT_DB },
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: '8080' },
      web: { type: 'string' },
    });
    const port = Number(values.port);
    if (!/^\d+$/.test(String(values.port)) || port > 65535) throw new UsageError(`dossier serve: --port must be 0..65535, got "${values.port}"`);
    const db = values.db as string;
    const webDir = values.web ? resolve(values.web as string) : WEB_DIR;
    const store = openExistingStore(db);
    const started = performance.now();
    const data = new ApiData({ store, exporter: exportJson, version: db === ':memory:' ? null : fileVersion(db) });
    const stats = data.index.exp;
    process.stderr.write(`Loaded ${db}: ${stats.documents.length} articles, ${stats.entities.length} actors, ${stats.events.length} events `
      + `in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    const hasUi = existsSync(resolve(webDir, 'index.html'));
    if (!hasUi) process.stderr.write(`No UI at ${webDir} (run "npm run build:web"); serving the API only\n`);
    const server = await startServer({ data, staticDir: hasUi ? webDir : null, host: values.host as string, port });
    if (!['127.0.0.1', 'localhost', '::1'].includes(values.host as string)) {
      process.stderr.write(`Warning: listening on ${values.host}, reachable from other machines; the API has no authentication\n`);
    }
    process.stdout.write(`Dossier is serving ${db} at ${server.url}  (API: ${server.url}api/openapi.json; Ctrl-C stops)\n`);
    await new Promise<void>((done) => {
      const stop = () => void server.close().then(done);
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    store.close();
    return 0;
  },
};
