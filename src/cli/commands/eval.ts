import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, UsageError } from '../args.ts';
import { ingest } from '../../pipeline.ts';
import { openStore } from '../../store/index.ts';
import { exportJson } from '../../export/json.ts';
import { parseGold } from '../../eval/gold.ts';
import { scoreExport, formatScores } from '../../eval/score.ts';
import type { Command } from '../main.ts';

export const evalCommand: Command = {
  summary: 'Ingest a corpus into a temporary store and score it against a gold file',
  usage: 'dossier eval --gold FILE --corpus DIR [--json]',
  async run(argv) {
    const { values } = parse('eval', argv, {
      gold: { type: 'string' },
      corpus: { type: 'string' },
      json: { type: 'boolean' },
    });
    if (!values.gold || !values.corpus) throw new UsageError('dossier eval: --gold FILE and --corpus DIR are both required');
    const gold = parseGold(JSON.parse(readFileSync(values.gold as string, 'utf8')), values.gold as string);
    const dir = mkdtempSync(join(tmpdir(), 'dossier-eval-'));
    const store = openStore(join(dir, 'eval.db'));
    try {
      await ingest([values.corpus as string], store, {
        onFailure: (f) => process.stderr.write(`dossier eval: ${f.file}: ${f.cause}\n`),
      });
      const scores = scoreExport(gold, exportJson(store));
      process.stdout.write(values.json ? `${JSON.stringify(scores, null, 2)}\n` : formatScores(scores));
      return 0;
    } finally {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
