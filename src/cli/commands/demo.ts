import { fileURLToPath } from 'node:url';
import { parse, DEFAULT_DB } from '../args.ts';
import { openStore } from '../../store/index.ts';
import { exportJson } from '../../export/json.ts';
import { ingestInto } from './ingest.ts';
import { formatDigest } from '../../query/digest.ts';
import { serveCommand } from './serve.ts';
import type { Command } from '../main.ts';

const DEMO_CORPUS = fileURLToPath(new URL('../../../examples/demo', import.meta.url));

export const demoCommand: Command = {
  summary: 'Ingest the demo corpus (examples/demo), print a readable summary, and with --serve open the UI',
  usage: 'dossier demo [--db FILE] [--serve] [--port 8080]',
  async run(argv) {
    const { values } = parse('demo', argv, {
      db: { type: 'string', default: DEFAULT_DB },
      serve: { type: 'boolean', default: false },
      port: { type: 'string', default: '8080' },
    });
    const store = openStore(values.db as string);
    try {
      process.stderr.write(`Ingesting the demo corpus ${DEMO_CORPUS} into ${values.db}\n`);
      await ingestInto(store, [DEMO_CORPUS], false);
      process.stdout.write(formatDigest(exportJson(store)));
    } finally {
      store.close();
    }
    if (!values.serve) return 0;
    return serveCommand.run(['--db', values.db as string, '--port', values.port as string]);
  },
};
