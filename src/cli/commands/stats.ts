import { parse, DEFAULT_DB } from '../args.ts';
import { openExistingStore } from '../store.ts';
import type { Command } from '../main.ts';

export const statsCommand: Command = {
  summary: 'Count what the store holds (documents, entities, events, claims, ...)',
  usage: 'dossier stats [--db FILE] [--json]',
  async run(argv) {
    const { values } = parse('stats', argv, { db: { type: 'string', default: DEFAULT_DB }, json: { type: 'boolean' } });
    const store = openExistingStore(values.db as string);
    try {
      const stats = store.stats();
      if (values.json) process.stdout.write(`${JSON.stringify(stats)}\n`);
      else for (const [k, v] of Object.entries(stats)) process.stdout.write(`${k.padEnd(14)}${v}\n`);
      return 0;
    } finally {
      store.close();
    }
  },
};
