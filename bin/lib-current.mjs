// Whether lib/ (the compiled modules, `npm run build:lib`) is complete and newer than every file
// under src/. Shared by bin/dossier.js and the benchmarks, which run lib/ only when it is.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The newest modification time of any file under dir (a few hundred files: milliseconds). */
function newest(dir) {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return t;
}

export function libIsCurrent() {
  const stamp = join(ROOT, 'lib', '.built');
  if (process.env.DOSSIER_FROM_SOURCE || !existsSync(stamp)) return false;
  return newest(join(ROOT, 'src')) <= statSync(stamp).mtimeMs;
}
