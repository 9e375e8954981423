// Crash safety: `dossier ingest` killed with SIGKILL at random moments, then run to completion,
// leaves a store equal to a clean run's, with nothing lost or duplicated.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/dossier.js', import.meta.url));
const KILLS = 20;
const dir = mkdtempSync(join(tmpdir(), 'dossier-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A seeded generator, so a failure can be replayed.
function rng(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

const COUNTRIES = ['Norway', 'Chile', 'Kenya', 'Japan', 'Peru', 'Egypt', 'Poland', 'Ghana', 'Nepal', 'Spain'];
const VERBS = ['sent military advisers to', 'imposed sanctions on', 'accused', 'signed an agreement with', 'withdrew its troops from'];

function writeCorpus(path: string, n: number) {
  const random = rng(7);
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const a = COUNTRIES[Math.floor(random() * COUNTRIES.length)];
    const b = COUNTRIES[(COUNTRIES.indexOf(a) + 1 + Math.floor(random() * 8)) % COUNTRIES.length];
    const verb = VERBS[Math.floor(random() * VERBS.length)];
    const sentences = Array.from({ length: 12 }, (_, k) =>
      `${a} ${verb} ${b} on Tuesday, minister Ana Lund ${i}-${k} told reporters in the capital.`);
    lines.push(JSON.stringify({ title: `Report ${i}`, text: sentences.join(' '), published: `2024-03-${String(1 + (i % 28)).padStart(2, '0')}` }));
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
}

function runToEnd(corpus: string, db: string) {
  const r = spawnSync(process.execPath, [BIN, 'ingest', corpus, '--db', db, '--quiet'], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
}

/** Runs an ingest and kills it after `ms`; resolves true when the kill landed (the run had not ended). */
function killAfter(corpus: string, db: string, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'ingest', corpus, '--db', db, '--quiet'], { stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      resolve(signal === 'SIGKILL');
    });
  });
}

function exportOf(db: string): string {
  const r = spawnSync(process.execPath, [BIN, 'export', '--db', db], { encoding: 'utf8', maxBuffer: 1 << 28 });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

function countDocuments(db: string): number {
  const out = spawnSync(process.execPath, [BIN, 'stats', '--db', db, '--json'], { encoding: 'utf8' });
  return JSON.parse(out.stdout).documents;
}

describe('crash safety', () => {
  it(`survives ${KILLS} SIGKILLs mid-ingest and ends equal to a clean run`, async () => {
    const corpus = join(dir, 'corpus.jsonl');
    writeCorpus(corpus, 400);
    const clean = join(dir, 'clean.db');
    const started = Date.now();
    runToEnd(corpus, clean);
    // Kills land at 30–90% of a whole run's time, so that the first lands mid-ingest however fast
    // this machine ingests (fixed delays passed the end once ingest got faster).
    const wholeRun = Date.now() - started;
    const expected = exportOf(clean);

    const crashed = join(dir, 'crashed.db');
    const random = rng(42);
    const counts: number[] = [];
    // The clean run's time is only an estimate (a busy machine slows it): while no kill has yet
    // landed mid-ingest, a run that ends before its kill starts the store afresh with shorter delays.
    let scale = 1;
    for (let i = 0; i < KILLS; i++) {
      const killed = await killAfter(corpus, crashed, Math.floor(wholeRun * scale * (0.3 + 0.6 * random())));
      if (!killed && !counts.some((c) => c > 0 && c < 400)) {
        for (const suffix of ['', '-wal', '-shm']) rmSync(crashed + suffix, { force: true });
        scale /= 2;
        counts.push(0);
        continue;
      }
      // A kill before the store was first created leaves no file: nothing to check yet.
      if (!existsSync(crashed)) {
        counts.push(0);
        continue;
      }
      const handle = new Database(crashed, { readonly: true });
      expect(handle.pragma('integrity_check', { simple: true })).toBe('ok');
      handle.close();
      counts.push(countDocuments(crashed));
    }
    // The kills landed mid-ingest: the store grew across them without finishing at the first.
    expect(counts.some((c) => c > 0 && c < 400)).toBe(true);

    runToEnd(corpus, crashed);
    expect(countDocuments(crashed)).toBe(400);
    expect(exportOf(crashed)).toBe(expected);
  }, 300_000);
});
