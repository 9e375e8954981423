// Compiles src/ to plain ES modules in lib/ (tsconfig.build.json) and copies the data folders the
// modules read beside themselves. bin/dossier.js runs lib/ when it is newer than every source file,
// else the TypeScript sources through tsx. Compiled, the modules run as native ES modules and start
// faster; tsx's on-the-fly transform turns them into CommonJS, where each imported name is a getter
// call (`dossier code` on 4,920 lines: 3.2 s through tsx, 2.7 s compiled).
//
//   node scripts/build-lib.mjs              (npm run build:lib: fails on a type error)
//   node scripts/build-lib.mjs --if-possible  (`prepare`, run by `npm ci`: without TypeScript, or
//                                              on an error, it says so and leaves no lib/ — the
//                                              CLI then runs the sources through tsx)
//
// Plain JavaScript on purpose: it must run before anything is compiled.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const lib = join(root, 'lib');
const lenient = process.argv.includes('--if-possible');

function fail(message) {
  console.error(`build-lib: ${message}; bin/dossier.js will run the sources through tsx`);
  rmSync(lib, { recursive: true, force: true });
  process.exit(lenient ? 0 : 1);
}

let tsc;
try {
  tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
} catch {
  fail('TypeScript is not installed');
}

rmSync(lib, { recursive: true, force: true });
const run = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
if (run.status !== 0) fail('tsc failed');

/** Every `data` folder under src/ (JSON the modules load relative to themselves). */
function copyData(dir) {
  for (const entry of readdirSync(join(root, 'src', dir), { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const rel = join(dir, entry.name);
    if (entry.name === 'data') cpSync(join(root, 'src', rel), join(lib, rel), { recursive: true });
    else copyData(rel);
  }
}
copyData('');
if (!existsSync(join(lib, 'cli', 'main.js'))) fail('lib/cli/main.js is missing after tsc');
// Written last: its time says when lib/ was complete (bin/dossier.js compares it with the sources).
writeFileSync(join(lib, '.built'), `${new Date().toISOString()}\n`);
