// Hostile and oversized input through the real command line: each bad file gets one line naming it
// and the cause, the rest of the batch is stored, and memory stays bounded. Inputs are generated here.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/dossier.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'dossier-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function dossier(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, DOSSIER_PEAK_MEMORY: '1' } });
  const peak = Number(/peak RSS: (\d+) MiB/.exec(r.stderr)?.[1] ?? NaN);
  return { code: r.status, stderr: r.stderr, peakMiB: peak };
}

/** Writes `bytes` of generated content in chunks, never holding the whole file in memory. */
function writeBig(path: string, head: string, chunk: string, bytes: number, tail: string) {
  const fd = openSync(path, 'w');
  writeSync(fd, head);
  for (let written = 0; written < bytes; written += chunk.length) writeSync(fd, chunk);
  writeSync(fd, tail);
  closeSync(fd);
}

describe('oversized input', () => {
  const input = join(dir, 'batch');
  mkdirSync(input);
  writeFileSync(join(input, 'ok.txt'), 'Ministers meet\n\nChile and Peru signed a fisheries agreement on Monday, officials said.\n');
  writeBig(join(input, 'huge-page.html'), '<html><head><title>Huge</title></head><body><article>',
    '<p>Norway sent observers to Chile while officials in Lima said talks would continue.</p>\n', 50 * 1024 * 1024, '</article></body></html>');
  writeBig(join(input, 'one-line.txt'), 'One enormous line\n', 'officials said talks would continue and aid was sent ', 10 * 1024 * 1024, '\n');

  it('refuses a 50 MB page and a 10 MB line with one clear line each, stores the rest, in under 1 GB', () => {
    const db = join(dir, 'big.db');
    const { code, stderr, peakMiB } = dossier('ingest', input, '--db', db);
    expect(code).toBe(1);
    const errors = stderr.split('\n').filter((l) => l.startsWith('dossier ingest: '));
    expect(errors).toHaveLength(2);
    expect(errors.find((l) => l.includes('huge-page.html'))).toMatch(/MB/);
    expect(errors.find((l) => l.includes('one-line.txt'))).toMatch(/limit/);
    expect(stderr).toMatch(/1 new, 0 unchanged, 2 failed/);
    expect(peakMiB).toBeLessThan(1024);
  }, 180_000);
});
