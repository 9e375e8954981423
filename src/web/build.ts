// Builds the UI into a static folder (default dist/web): app.ts bundled by esbuild (cytoscape
// included, no CDN), index.html, and style.css with the colour classes from colors.ts.
//   npm run build:web            (tsx src/web/build.ts [OUT_DIR])
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { colorCss } from './colors.ts';

const HERE = fileURLToPath(new URL('.', import.meta.url));
export const DEFAULT_WEB_DIR = resolve(HERE, '../../dist/web');

export async function buildWeb(outDir: string = DEFAULT_WEB_DIR): Promise<string> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [join(HERE, 'app.ts')],
    outfile: join(outDir, 'app.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022'],
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
  });
  writeFileSync(join(outDir, 'index.html'), readFileSync(join(HERE, 'index.html')));
  writeFileSync(join(outDir, 'style.css'), `${readFileSync(join(HERE, 'style.css'), 'utf8')}\n/* generated from colors.ts */\n${colorCss()}`);
  return outDir;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = await buildWeb(process.argv[2] ? resolve(process.argv[2]) : DEFAULT_WEB_DIR);
  process.stdout.write(`built the UI into ${out}\n`);
}
