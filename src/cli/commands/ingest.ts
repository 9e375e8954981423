import { parse, DEFAULT_DB, UsageError } from '../args.ts';
import { Progress } from '../progress.ts';
import { ingest } from '../../pipeline.ts';
import { openStore } from '../../store/index.ts';
import type { Command } from '../main.ts';

export const ingestCommand: Command = {
  summary: 'Ingest files and folders (.txt .md .html .jsonl, RSS/Atom) into the store',
  usage: 'dossier ingest <path...> [--db FILE] [--quiet]',
  async run(argv) {
    const { values, positionals } = parse('ingest', argv, {
      db: { type: 'string', default: DEFAULT_DB },
      quiet: { type: 'boolean', short: 'q', default: false },
    });
    if (positionals.length === 0) throw new UsageError('dossier ingest: name at least one file or folder');
    const store = openStore(values.db as string);
    try {
      const summary = await ingestInto(store, positionals, Boolean(values.quiet));
      return summary.failed > 0 ? 1 : 0;
    } finally {
      store.close();
    }
  },
};

/** Ingests paths into an open store, printing failures and a summary; shared by `ingest` and `demo`. */
export async function ingestInto(store: ReturnType<typeof openStore>, paths: string[], quiet: boolean) {
  const progress = new Progress('ingesting');
  let done = 0;
  let failed = 0;
  const summary = await ingest(paths, store, {
    onFailure: (f) => {
      failed++;
      progress.clear();
      process.stderr.write(`dossier ingest: ${f.file}: ${f.cause}\n`);
    },
    onDocument: () => progress.update(++done, `${failed} failed`),
  });
  progress.clear();
  if (!quiet) {
    const s = store.stats();
    process.stderr.write(
      `documents: ${summary.new} new, ${summary.unchanged} unchanged, ${summary.failed} failed · ` +
        `entities ${s.entities} · events ${s.events} · stories ${s.stories} · ${summary.seconds.toFixed(1)} s\n`,
    );
  }
  return summary;
}
