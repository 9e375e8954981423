import { parse, DEFAULT_DB, UsageError } from '../args.ts';
import { Progress } from '../progress.ts';
import { ingest } from '../../pipeline.ts';
import { openStore } from '../../store/index.ts';
import { readUrlList } from '../../ingest/index.ts';
import type { Command } from '../main.ts';

export const ingestCommand: Command = {
  summary: 'Ingest files, folders, page and feed URLs (.txt .md .html .jsonl, RSS/Atom) into the store',
  usage: 'dossier ingest <path-or-url...> [--urls FILE] [--db FILE] [--quiet]\n\n' +
    '  http(s) arguments are fetched: a feed yields its items (summary-only items get their page fetched),\n' +
    '  a page is read like an .html file. --urls FILE names a text file of URLs, one a line (# comments).',
  async run(argv) {
    const parsed = parse('ingest', argv, {
      db: { type: 'string', default: DEFAULT_DB },
      quiet: { type: 'boolean', short: 'q', default: false },
      urls: { type: 'string', multiple: true },
    });
    const { values } = parsed;
    const inputs = [...parsed.positionals];
    let listFailures = 0;
    for (const list of (values.urls as unknown as string[] | undefined) ?? []) {
      const { urls, failures } = await readUrlList(list);
      for (const f of failures) process.stderr.write(`dossier ingest: ${f.file}: ${f.cause}\n`);
      listFailures += failures.length;
      inputs.push(...urls);
    }
    if (inputs.length === 0 && listFailures === 0) throw new UsageError('dossier ingest: name at least one file, folder or URL (or --urls FILE)');
    const store = openStore(values.db as string);
    try {
      const summary = inputs.length > 0 ? await ingestInto(store, inputs, Boolean(values.quiet)) : { failed: 0 };
      return summary.failed + listFailures > 0 ? 1 : 0;
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
