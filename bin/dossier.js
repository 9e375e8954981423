#!/usr/bin/env node
// Runs the compiled modules in lib/ (`npm run build:lib`, done by `npm ci`) when they are newer than
// every file under src/; otherwise the TypeScript sources through tsx's loader, so an edited
// checkout never runs stale code. DOSSIER_FROM_SOURCE=1 forces the sources.
import { libIsCurrent } from './lib-current.mjs';

// A reader that stops early (`dossier export | head`) is not an error.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

let main;
if (libIsCurrent()) {
  ({ main } = await import('../lib/cli/main.js'));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
