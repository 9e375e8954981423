// `dossier watch`: re-polls feeds every interval and ingests only what is new.
//
// An item whose link (or guid) is already known — stored as a document's url, or seen earlier by this
// process — is skipped before anything is fetched for it; the rest go through the ingest stage like
// `dossier ingest <url>` does, and an article whose content hash is stored counts as unchanged. The
// cross-document resolution is recomputed only after a poll that stored something new. One line per
// poll on stdout; failures on stderr, one line each. SIGINT/SIGTERM stop it between articles (an
// in-flight download is aborted), the store is closed, and the exit code is 0.
import { parse, DEFAULT_DB, UsageError } from '../args.ts';
import { ingest } from '../../pipeline.ts';
import type { ReadOptions } from '../../ingest/index.ts';
import { openStore, type Store } from '../../store/index.ts';
import type { Command } from '../main.ts';

export const MIN_INTERVAL_MS = 10_000;
const DEFAULT_INTERVAL = '15m';

/** "30s", "15m", "1h", "1h30m", "90" (seconds) → milliseconds; null when unreadable. */
export function parseInterval(text: string): number | null {
  const s = text.trim().toLowerCase();
  if (/^\d+(?:\.\d+)?$/.test(s)) return Number(s) * 1000;
  if (!/^(?:\d+(?:\.\d+)?(?:ms|s|m|h|d))+$/.test(s)) return null;
  const unit: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
  let total = 0;
  for (const m of s.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)) total += Number(m[1]) * unit[m[2]];
  return total;
}

function formatInterval(ms: number): string {
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000}h`;
  if (ms % 60_000 === 0) return `${ms / 60_000}m`;
  return `${ms / 1000}s`;
}

export interface PollSummary {
  poll: number;
  new: number;
  unchanged: number;
  failed: number;
  seconds: number;
  /** True when a stop signal cut the poll short. */
  interrupted: boolean;
}

/** What a watcher remembers between polls. */
export interface WatchState {
  /** Item links and guids known to be stored: pages behind them are never fetched again. */
  seen: Set<string>;
  /** Whether `seen` has been filled from the store's documents yet. */
  loaded: boolean;
  polls: number;
}

export function newWatchState(): WatchState {
  return { seen: new Set(), loaded: false, polls: 0 };
}

export interface PollOptions extends Partial<Omit<ReadOptions, 'skipItem'>> {
  /** Stops the poll between articles and aborts an in-flight download. */
  signal?: AbortSignal;
  onFailure?: (file: string, cause: string) => void;
}

/** Polls every feed once, storing what is new. */
export async function pollFeeds(feeds: string[], store: Store, state: WatchState, options: PollOptions = {}): Promise<PollSummary> {
  const started = performance.now();
  const summary: PollSummary = { poll: ++state.polls, new: 0, unchanged: 0, failed: 0, seconds: 0, interrupted: false };
  if (!state.loaded) {
    for (const doc of store.listDocuments()) if (doc.article.url) state.seen.add(doc.article.url);
    state.loaded = true;
  }
  const { signal, onFailure, ...read } = options;
  const skipItem = (key: string) => {
    if (!state.seen.has(key)) return false;
    summary.unchanged++;
    return true;
  };
  const fail = (file: string, cause: string) => {
    summary.failed++;
    onFailure?.(file, cause);
  };
  // Items are keyed by link or guid; the article's own URL is recorded as it is stored.
  const run = await ingest(feeds, store, {
    read: { ...read, http: { ...read.http, signal }, skipItem },
    signal,
    resolveWhen: 'new',
    onFailure: (f) => fail(f.file, f.cause),
    onDocument: (article) => {
      if (article.url) state.seen.add(article.url);
    },
  });
  summary.new += run.new;
  summary.unchanged += run.unchanged;
  summary.interrupted = run.interrupted;
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

export function pollLine(s: PollSummary, at: Date = new Date()): string {
  const note = s.interrupted ? ' (interrupted)' : '';
  return `${at.toISOString().replace(/\.\d{3}Z$/, 'Z')} poll ${s.poll}: ${s.new} new, ${s.unchanged} unchanged, ${s.failed} failed (${s.seconds.toFixed(1)} s)${note}\n`;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((done) => {
    if (signal.aborted) return done();
    const timer = setTimeout(finish, ms);
    function finish() {
      clearTimeout(timer);
      signal.removeEventListener('abort', finish);
      done();
    }
    signal.addEventListener('abort', finish, { once: true });
  });
}

export const watchCommand: Command = {
  summary: 'Re-poll feed URLs every interval and ingest only the new items',
  usage:
    'dossier watch <feed-url...> [--every 15m] [--db FILE] [--once] [--timeout 15s] [--max-pages N]\n\n' +
    '  --every      time between polls: 30s, 15m, 1h (at least 10s; default 15m)\n' +
    '  --once       poll once and exit (exit code 1 when anything failed)\n' +
    '  --timeout    HTTP time limit per URL, connecting included (default 15s)\n' +
    '  --max-pages  per feed and poll, how many summary-only items get their page fetched (default 50)\n' +
    '  Items whose link is already stored are skipped without fetching. SIGINT/SIGTERM stop cleanly.',
  async run(argv) {
    const { values, positionals } = parse('watch', argv, {
      db: { type: 'string', default: DEFAULT_DB },
      every: { type: 'string', default: DEFAULT_INTERVAL },
      once: { type: 'boolean', default: false },
      timeout: { type: 'string', default: '15s' },
      'max-pages': { type: 'string', default: '50' },
    });
    if (positionals.length === 0) throw new UsageError('dossier watch: name at least one feed URL');
    const every = parseInterval(values.every as string);
    if (every === null) throw new UsageError(`dossier watch: --every "${values.every}" is not a duration (use e.g. 30s, 15m, 1h)`);
    if (every < MIN_INTERVAL_MS) throw new UsageError(`dossier watch: --every must be at least ${MIN_INTERVAL_MS / 1000}s (got ${values.every})`);
    const timeout = parseInterval(values.timeout as string);
    if (timeout === null || timeout <= 0) throw new UsageError(`dossier watch: --timeout "${values.timeout}" is not a positive duration`);
    const maxItemPages = Number(values['max-pages']);
    if (!Number.isInteger(maxItemPages) || maxItemPages < 0) throw new UsageError('dossier watch: --max-pages must be a whole number');

    const once = Boolean(values.once);
    const stop = new AbortController();
    const onSignal = (name: string) => {
      if (stop.signal.aborted) process.exit(130); // a second signal: stop now; every stored article is already whole
      process.stderr.write(`dossier watch: ${name}, stopping\n`);
      stop.abort();
    };
    const onInt = () => onSignal('SIGINT');
    const onTerm = () => onSignal('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);

    const store = openStore(values.db as string);
    const state = newWatchState();
    const options: PollOptions = {
      http: { timeoutMs: timeout, connectTimeoutMs: timeout },
      maxItemPages,
      signal: stop.signal,
      onFailure: (file, cause) => process.stderr.write(`dossier watch: ${file}: ${cause}\n`),
    };
    try {
      if (!once) {
        process.stderr.write(`dossier watch: ${positionals.length} feed${positionals.length === 1 ? '' : 's'} every ${formatInterval(every)} into ${values.db} (Ctrl-C stops)\n`);
      }
      for (;;) {
        const started = Date.now();
        const summary = await pollFeeds(positionals, store, state, options);
        process.stdout.write(pollLine(summary));
        if (once) return summary.failed > 0 ? 1 : 0;
        if (stop.signal.aborted) break;
        await sleep(Math.max(0, started + every - Date.now()), stop.signal);
        if (stop.signal.aborted) break;
      }
      process.stderr.write(`dossier watch: stopped after ${state.polls} poll${state.polls === 1 ? '' : 's'}\n`);
      return 0;
    } finally {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      store.close();
    }
  },
};
