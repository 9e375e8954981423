// `npm run bench`: speed and memory. Ingest throughput on the demo corpus repeated to 2,000+
// articles (names varied so no two texts are equal), then each stage's own benchmark.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInputs } from '../src/ingest/index.ts';
import { ingest } from '../src/pipeline.ts';
import { openStore } from '../src/store/index.ts';
import type { RawArticle } from '../src/types.ts';

const DEMO = fileURLToPath(new URL('../examples/demo', import.meta.url));
const TARGET_ARTICLES = Number(process.env.BENCH_ARTICLES ?? 2000);
const SURNAMES = ['Alvarez', 'Brennan', 'Castillo', 'Dunmore', 'Echeverri', 'Fournier', 'Galvan', 'Hollis', 'Ibarra', 'Jansen'];

async function benchIngest() {
  const originals: RawArticle[] = [];
  for await (const item of readInputs([DEMO])) if (!('cause' in item)) originals.push(item);
  if (originals.length === 0) throw new Error(`no demo articles under ${DEMO}`);
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
  try {
    const lines: string[] = [];
    for (let i = 0; lines.length < TARGET_ARTICLES; i++) {
      const a = originals[i % originals.length];
      const name = `${SURNAMES[i % SURNAMES.length]} ${Math.floor(i / SURNAMES.length)}`;
      const text = `${a.text}\n\nOfficial ${name} told reporters on Tuesday that talks would continue.`;
      lines.push(JSON.stringify({ title: a.title, text, outlet: a.outlet, published: a.published }));
    }
    const corpus = join(dir, 'bench.jsonl');
    writeFileSync(corpus, `${lines.join('\n')}\n`);
    const store = openStore(join(dir, 'bench.db'));
    const summary = await ingest([corpus], store);
    store.close();
    const peakMiB = process.resourceUsage().maxRSS / 1024;
    return {
      articles: summary.new,
      seconds: Number(summary.seconds.toFixed(2)),
      'articles/s': Math.round(summary.new / summary.seconds),
      'articles/min': Math.round((60 * summary.new) / summary.seconds),
      'peak RSS MiB': Math.round(peakMiB),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function section(title: string, run: () => Promise<Record<string, unknown>>) {
  process.stdout.write(`\n== ${title}\n`);
  try {
    for (const [k, v] of Object.entries(await run())) process.stdout.write(`${k.padEnd(62)} ${v}\n`);
  } catch (err) {
    process.stdout.write(`failed: ${(err as Error).message}\n`);
    process.exitCode = 1;
  }
}

await section(`Ingest: demo corpus repeated to ${TARGET_ARTICLES} articles (one process, SQLite store)`, benchIngest);
await section('NER tagging speed (one core)', async () => (await import('./bench-ner.ts')).benchNer());
await section('PLOVER coding speed: dossier code (one core)', async () => (await import('./bench-code.ts')).benchCode());
await section('HTTP API on a 10,000-article store: latency and 50 connections for 20 s (tsx scripts/bench-api.ts)', async () =>
  (await import('./bench-api.ts')).benchApi());
