import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMANDS } from './main.ts';

const BIN = fileURLToPath(new URL('../../bin/dossier.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'dossier-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function dossier(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: dir });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('dossier CLI', () => {
  it('--help lists every command with a one-line description', () => {
    const { code, stdout } = dossier('--help');
    expect(code).toBe(0);
    for (const [name, command] of Object.entries(COMMANDS)) {
      expect(stdout).toMatch(new RegExp(`^  ${name}\\s+${command.summary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
    }
  });

  it('names an unknown command and exits 2', () => {
    const { code, stderr } = dossier('frobnicate');
    expect(code).toBe(2);
    expect(stderr).toContain('unknown command "frobnicate"');
  });

  it('reports each bad file on one line, ingests the rest, exits 1, and is idempotent', () => {
    const input = join(dir, 'batch');
    mkdirSync(input);
    writeFileSync(join(input, 'good.txt'),
      'Ministers meet in Lisbon\n\nPortugal and Spain signed a water-sharing agreement on Monday, officials said.\n');
    writeFileSync(join(input, 'copy-of-good.txt'),
      'Ministers meet in Lisbon\n\nPortugal and Spain signed a water-sharing agreement on Monday, officials said.\n');
    writeFileSync(join(input, 'empty.txt'), '');
    writeFileSync(join(input, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 0, 7, 0, 0, 12, 0]));
    const db = join(dir, 'batch.db');

    const first = dossier('ingest', input, '--db', db);
    expect(first.code).toBe(1);
    const errors = first.stderr.split('\n').filter((l) => l.startsWith('dossier ingest: '));
    expect(errors).toHaveLength(2);
    expect(errors.find((l) => l.includes('empty.txt'))).toMatch(/empty/i);
    expect(errors.find((l) => l.includes('binary.txt'))).toMatch(/binary/i);
    expect(first.stderr).toMatch(/1 new, 1 unchanged, 2 failed/);

    const again = dossier('ingest', join(input, 'good.txt'), '--db', db);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/0 new, 1 unchanged, 0 failed/);
    const stats = JSON.parse(dossier('stats', '--db', db, '--json').stdout);
    expect(stats.documents).toBe(1);
  });

  it('read-only commands say when the store does not exist', () => {
    const { code, stderr } = dossier('stats', '--db', join(dir, 'missing.db'));
    expect(code).toBe(1);
    expect(stderr).toMatch(/no store at .*missing\.db/);
  });

  it('rejects a malformed --as-of with a usage error', () => {
    const { code, stderr } = dossier('claims', '--as-of', 'yesterday', '--db', join(dir, 'batch.db'));
    expect(code).toBe(2);
    expect(stderr).toContain('--as-of must be YYYY, YYYY-MM or YYYY-MM-DD');
  });

  it('codes one JSON line per input line, in order', () => {
    const out = execFileSync(process.execPath, [BIN, 'code'], {
      input: 'Germany imposed sanctions on Belarus.\n\nThe weather was mild.\n',
      encoding: 'utf8',
    });
    const lines = out.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0].events.map((e: { type: string }) => e.type)).toContain('SANCTION');
    expect(lines[1].events).toEqual([]);
    expect(lines[2].events).toEqual([]);
  });

  it('codes Spanish or French lines with --lang, and refuses a language it cannot read', () => {
    const out = execFileSync(process.execPath, [BIN, 'code', '--lang', 'es'], { input: 'Rusia envió tropas a Venezuela.\n', encoding: 'utf8' });
    expect(JSON.parse(out).events.map((e: { source: { name: string } | null }) => e.source?.name)).toContain('Russia');
    const { code, stderr } = dossier('code', '--lang', 'de');
    expect(code).toBe(2);
    expect(stderr).toContain('--lang must be en, es or fr, got "de"');
  });
});

describe('dossier export formats', () => {
  it('writes each format, and csv as a folder of files', () => {
    const input = join(dir, 'exp');
    mkdirSync(input);
    writeFileSync(join(input, 'a.txt'), 'Talks in Oslo\n\nNorway imposed sanctions on Belarus on Monday, the foreign ministry said.\n');
    const db = join(dir, 'exp.db');
    expect(dossier('ingest', input, '--db', db).code).toBe(0);
    expect(JSON.parse(dossier('export', '--db', db, '--format', 'stix').stdout).type).toBe('bundle');
    expect(dossier('export', '--db', db, '--format', 'gexf').stdout).toContain('<gexf');
    expect(dossier('export', '--db', db, '--format', 'graphml').stdout).toContain('<graphml');
    expect(JSON.parse(dossier('export', '--db', db, '--format', 'ftm').stdout.split('\n')[0]).schema).toBeTruthy();
    const csv = join(dir, 'csv');
    expect(dossier('export', '--db', db, '--format', 'csv', '--out', csv).code).toBe(0);
    expect(execFileSync('ls', [csv], { encoding: 'utf8' })).toMatch(/documents\.csv[\s\S]*events\.csv/);
    const bad = dossier('export', '--db', db, '--format', 'pdf');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown --format "pdf"');
  });
});
