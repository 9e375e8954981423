import { writeFileSync } from 'node:fs';
import { parse, DEFAULT_DB, UsageError } from '../args.ts';
import { openExistingStore } from '../store.ts';
import { exportJson } from '../../export/json.ts';
import type { Command } from '../main.ts';

const FORMATS = ['json'] as const;

export const exportCommand: Command = {
  summary: 'Export the store as the JSON contract (stdout or --out FILE)',
  usage: `dossier export [--format ${FORMATS.join('|')}] [--db FILE] [--out FILE]`,
  async run(argv) {
    const { values } = parse('export', argv, {
      format: { type: 'string', default: 'json' },
      db: { type: 'string', default: DEFAULT_DB },
      out: { type: 'string' },
    });
    const format = values.format as string;
    if (!(FORMATS as readonly string[]).includes(format)) {
      throw new UsageError(`dossier export: unknown --format "${format}" (one of ${FORMATS.join(', ')})`);
    }
    const store = openExistingStore(values.db as string);
    try {
      const text = `${JSON.stringify(exportJson(store), null, 2)}\n`;
      if (values.out) writeFileSync(values.out as string, text);
      else process.stdout.write(text);
      return 0;
    } finally {
      store.close();
    }
  },
};
