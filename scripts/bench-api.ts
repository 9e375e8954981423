// API latency on a store of 10,000+ articles: the demo corpus repeated with varied names, ingested
// through the pipeline; the server runs in a child process (as `dossier serve` would), the client
// here. Reports sequential p50/p99 for entity profile, search and graph, then a 50-connection
// load for 20 s (bounded concurrent fetch loop) with its error count and p99.
//   tsx scripts/bench-api.ts            (BENCH_API_ARTICLES, BENCH_API_SECONDS, BENCH_API_DB to reuse a store)
import { fork } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInputs } from '../src/ingest/index.ts';
import { ingest } from '../src/pipeline.ts';
import { openStore } from '../src/store/index.ts';
import type { RawArticle } from '../src/types.ts';

const DEMO = fileURLToPath(new URL('../examples/demo', import.meta.url));
const SELF = fileURLToPath(import.meta.url);
const ARTICLES = Number(process.env.BENCH_API_ARTICLES ?? 10_000);
const LOAD_SECONDS = Number(process.env.BENCH_API_SECONDS ?? 20);
const SEQUENTIAL = 300;
const CONNECTIONS = 50;

const FIRST = ['Ana', 'Bruno', 'Carmen', 'Diego', 'Elena', 'Felipe', 'Gloria', 'Hugo', 'Irene', 'Jorge', 'Karla', 'Luis', 'Marta', 'Nico', 'Olga', 'Pablo'];
const LAST = ['Alvarez', 'Brennan', 'Castillo', 'Dunmore', 'Echeverri', 'Fournier', 'Galvan', 'Hollis', 'Ibarra', 'Jansen', 'Kovac', 'Lindgren', 'Moreau', 'Novak'];
const PLACES = ['Velmora', 'Dastria', 'Korvane', 'Lusitra', 'Montaveo', 'Ostrelia', 'Pervia', 'Quenmar', 'Rastovia', 'Sardena', 'Tavrin', 'Ulmeria'];
const ACTS = [
  'accused {P} of smuggling arms across the border',
  'met {P} officials to discuss a ceasefire',
  'sent food aid to {P}',
  'threatened to impose sanctions on {P}',
  'praised {P} for releasing the prisoners',
  'rejected a proposal from {P}',
];

/** A store of `n` articles: demo texts with a varied closing paragraph (so each id differs). */
async function buildStore(dbPath: string, n: number) {
  const originals: RawArticle[] = [];
  for await (const item of readInputs([DEMO])) if (!('cause' in item)) originals.push(item);
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-api-'));
  try {
    const lines: string[] = [];
    for (let i = 0; lines.length < n; i++) {
      const a = originals[i % originals.length];
      const person = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
      const place = PLACES[(i * 7) % PLACES.length];
      const other = PLACES[(i * 5 + 3) % PLACES.length];
      const act = ACTS[i % ACTS.length].replace('{P}', other === place ? 'Norvania' : other);
      const month = String((i % 12) + 1).padStart(2, '0');
      const text = `${a.text}\n\nIn a separate development, ${place} Foreign Minister ${person} ${act} on ${2020 + (i % 5)}-${month}-${String((i % 27) + 1).padStart(2, '0')}, officials said. Report ${i}.`;
      lines.push(JSON.stringify({ title: `${a.title ?? 'Untitled'} (${i})`, text, outlet: a.outlet, published: a.published, url: a.url }));
    }
    const corpus = join(dir, 'bench.jsonl');
    writeFileSync(corpus, `${lines.join('\n')}\n`);
    const store = openStore(dbPath);
    try {
      const summary = await ingest([corpus], store);
      if (summary.new === 0) throw new Error(`bench-api: no article of ${n} could be stored (${summary.failed} failed)`);
      return summary;
    } finally {
      store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ------------------------------------------------------------------ server child

async function childServer(dbPath: string) {
  const { ApiData } = await import('../src/api/data.ts');
  const { startServer } = await import('../src/api/server.ts');
  const { exportJson } = await import('../src/export/json.ts');
  const store = openStore(dbPath);
  const t = performance.now();
  const data = new ApiData({ store, exporter: exportJson, version: null });
  const loadSeconds = (performance.now() - t) / 1000;
  const server = await startServer({ data, staticDir: null, host: '127.0.0.1', port: 0 });
  const exp = data.index.exp;
  const top = data.index.entitiesByMentions;
  process.send!({
    url: server.url, loadSeconds, rss: process.memoryUsage().rss,
    counts: { documents: exp.documents.length, entities: exp.entities.length, events: exp.events.length, claims: exp.claims.length },
    // Heavy (most mentioned) and ordinary entities, and names to search for.
    entities: [...top.slice(0, 20), ...top.filter((_, i) => i % 37 === 0).slice(0, 80)].map((e) => e.id),
    names: [...top.slice(0, 30), ...top.filter((_, i) => i % 53 === 0).slice(0, 30)].map((e) => e.name),
  });
  process.on('message', (m) => {
    if (m === 'stats') process.send!({ rss: process.memoryUsage().rss });
    if (m === 'stop') void server.close().then(() => process.exit(0));
  });
}

// ------------------------------------------------------------------ client

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const ms = (x: number) => Number(x.toFixed(2));

async function timed(url: string): Promise<number> {
  const t = performance.now();
  const res = await fetch(url);
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${res.status} for ${url}`);
  return performance.now() - t;
}

/**
 * Latency of each URL's first request (computed: the server caches response bodies per loaded
 * export) and of repeated requests (served from that cache), sequentially.
 */
async function sequential(urls: string[]): Promise<{ p50: number; p99: number; max: number; coldP50: number; coldP99: number }> {
  const cold: number[] = [];
  for (const u of new Set(urls)) cold.push(await timed(u));
  const times: number[] = [];
  for (let i = 0; i < SEQUENTIAL; i++) times.push(await timed(urls[i % urls.length]));
  times.sort((a, b) => a - b);
  cold.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99), max: times[times.length - 1], coldP50: percentile(cold, 50), coldP99: percentile(cold, 99) };
}

async function load(urls: string[], seconds: number, connections: number) {
  const end = performance.now() + seconds * 1000;
  const times: number[] = [];
  let errors = 0;
  let next = 0;
  const worker = async () => {
    while (performance.now() < end) {
      const url = urls[next++ % urls.length];
      try {
        times.push(await timed(url));
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  times.sort((a, b) => a - b);
  return { requests: times.length + errors, errors, rps: Math.round((times.length + errors) / seconds), p50: percentile(times, 50), p99: percentile(times, 99) };
}

export async function benchApi(): Promise<Record<string, number | string>> {
  const out: Record<string, number | string> = {};
  const reuse = process.env.BENCH_API_DB;
  const dir = reuse ? null : mkdtempSync(join(tmpdir(), 'dossier-bench-api-db-'));
  const dbPath = reuse ? resolve(reuse) : join(dir!, 'bench.db');
  try {
    if (!reuse || !existsSync(dbPath)) {
      const summary = await buildStore(dbPath, ARTICLES);
      out['ingest articles'] = summary.new;
      out['ingest seconds'] = Number(summary.seconds.toFixed(1));
    }
    const child = fork(SELF, [], { env: { ...process.env, BENCH_API_CHILD: dbPath }, execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    try {
      const info = await new Promise<any>((ok, fail) => {
        child.once('message', ok);
        child.once('exit', (code) => fail(new Error(`server child exited with ${code}`)));
      });
      out.documents = info.counts.documents;
      out.entities = info.counts.entities;
      out.events = info.counts.events;
      out.claims = info.counts.claims;
      out['export load s'] = Number(info.loadSeconds.toFixed(2));
      const base = info.url as string;
      const profile = (info.entities as string[]).map((id) => `${base}api/entities/${encodeURIComponent(id)}`);
      const search = (info.names as string[]).map((n) => `${base}api/search?q=${encodeURIComponent(n)}`);
      const graph = (info.entities as string[]).map((id, i) => `${base}api/graph?entity=${encodeURIComponent(id)}&depth=${1 + (i % 2)}`);
      for (const [name, urls] of [['entity profile', profile], ['search', search], ['graph', graph]] as const) {
        const r = await sequential(urls);
        out[`${name} first request p50 ms`] = ms(r.coldP50);
        out[`${name} first request p99 ms`] = ms(r.coldP99);
        out[`${name} p50 ms`] = ms(r.p50);
        out[`${name} p99 ms`] = ms(r.p99);
      }
      const mixed = profile.flatMap((u, i) => [u, search[i % search.length], graph[i]]);
      const l = await load(mixed, LOAD_SECONDS, CONNECTIONS);
      out[`load ${CONNECTIONS} conns ${LOAD_SECONDS}s requests`] = l.requests;
      out['load errors'] = l.errors;
      out['load req/s'] = l.rps;
      out['load p50 ms'] = ms(l.p50);
      out['load p99 ms'] = ms(l.p99);
      child.send('stats');
      const stats = await new Promise<any>((ok) => child.once('message', ok));
      out['server RSS MiB'] = Math.round(stats.rss / 2 ** 20);
    } finally {
      child.removeAllListeners('exit');
      child.send('stop');
      await new Promise((ok) => child.once('exit', ok));
    }
    return out;
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

if (process.env.BENCH_API_CHILD) {
  await childServer(process.env.BENCH_API_CHILD);
} else if (process.argv[1] && resolve(process.argv[1]) === SELF) {
  const started = performance.now();
  for (const [k, v] of Object.entries(await benchApi())) process.stdout.write(`${k.padEnd(34)}${v}\n`);
  process.stdout.write(`${'total seconds'.padEnd(34)}${((performance.now() - started) / 1000).toFixed(1)}\n`);
}
