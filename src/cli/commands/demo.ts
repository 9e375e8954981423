import { fileURLToPath } from 'node:url';
import { parse, DEFAULT_DB } from '../args.ts';
import { openStore } from '../../store/index.ts';
import { exportJson } from '../../export/json.ts';
import { ingestInto } from './ingest.ts';
import { formatDigest } from '../../query/digest.ts';
import type { Command } from '../main.ts';

const DEMO_CORPUS = fileURLToPath(new URL('../../../examples/demo', import.meta.url));

export const demoCommand: Command = {
  summary: 'Ingest the demo corpus (examples/demo) into the store and print a readable summary',
  usage: 'dossier demo [--db FILE]',
  async run(argv) {
    const { values } = parse('demo', argv, { db: { type: 'string', default: DEFAULT_DB } });
    const store = openStore(values.db as string);
    try {
      process.stderr.write(`Ingesting the demo corpus ${DEMO_CORPUS} into ${values.db}\n`);
      await ingestInto(store, [DEMO_CORPUS], false);
      process.stdout.write(formatDigest(exportJson(store)));
      return 0;
    } finally {
      store.close();
    }
  },
};
