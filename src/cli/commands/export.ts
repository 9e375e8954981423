import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, DEFAULT_DB, UsageError } from '../args.ts';
import { openExistingStore } from '../store.ts';
import { EXPORT_FORMATS, exportAs, exportJson, isExportFormat } from '../../export/index.ts';
import type { Command } from '../main.ts';

export const exportCommand: Command = {
  summary: 'Export the store: the JSON contract, STIX 2.1, FollowTheMoney, GEXF, GraphML or CSV',
  usage: `dossier export [--format ${EXPORT_FORMATS.join('|')}] [--db FILE] [--out PATH]   (csv: --out names a folder)`,
  async run(argv) {
    const { values } = parse('export', argv, {
      format: { type: 'string', default: 'json' },
      db: { type: 'string', default: DEFAULT_DB },
      out: { type: 'string' },
    });
    const format = values.format as string;
    if (!isExportFormat(format)) throw new UsageError(`dossier export: unknown --format "${format}" (one of ${EXPORT_FORMATS.join(', ')})`);
    if (format === 'csv' && !values.out) throw new UsageError('dossier export: --format csv writes several files; name a folder with --out');
    const store = openExistingStore(values.db as string);
    let exp;
    try {
      exp = exportJson(store);
    } finally {
      store.close();
    }
    const out = values.out as string | undefined;
    if (format === 'csv') {
      mkdirSync(out!, { recursive: true });
      for (const [name, text] of Object.entries(exportAs('csv', exp))) writeFileSync(join(out!, name), text);
      return 0;
    }
    const text = exportAs(format, exp);
    const body = text.endsWith('\n') ? text : `${text}\n`;
    if (out) writeFileSync(out, body);
    else process.stdout.write(body);
    return 0;
  },
};
