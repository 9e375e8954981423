// Speed of `dossier code` (src/extract codeText: nlp analyzeText + extractEvents) on one core.
//
//   npx tsx scripts/bench-code.ts
//
// Sentences: the PLOVER GSR texts when ../shared is present, else a small built-in set (written for
// Dossier). The lexicon is compiled once (first call, reported apart); then sentences/s over ≥ 2 s,
// per second of wall time and per second of this process's CPU time (steadier on a shared machine).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeText, extractEvents } from '../src/extract/index.ts';
import { analyzeText } from '../src/nlp/index.ts';
import { DEFAULT_GSR } from './eval-plover.ts';

const BUILT_IN = [
  'Iran sent weapons to Venezuela to help its president, a US commander said on Wednesday.',
  'In April, the Treasury Department sanctioned a Moldovan bank and two of its owners.',
  'Danish observers have begun leaving Estonia this month, the broadcaster reported.',
  'The rebels rejected the peace plan and threatened to attack the capital.',
  'Police arrested two opposition leaders in the capital on Monday.',
];

function sentences(): string[] {
  if (existsSync(DEFAULT_GSR)) {
    return readFileSync(DEFAULT_GSR, 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text);
  }
  return BUILT_IN;
}

/** Runs fn over the texts for ≥ ms; rate per second of wall time and of this process's CPU time. */
function rate(texts: number, fn: (k: number) => void, ms = 2000): { wall: number; cpu: number } {
  let n = 0;
  const c0 = process.cpuUsage();
  const start = performance.now();
  while (performance.now() - start < ms) for (let k = 0; k < texts; k++) { fn(k); n++; }
  const c = process.cpuUsage(c0);
  return { wall: n / ((performance.now() - start) / 1000), cpu: n / ((c.user + c.system) / 1e6) };
}

export async function benchCode(): Promise<Record<string, number | string>> {
  const texts = sentences();
  const t0 = performance.now();
  codeText(texts[0], '2020-12-02');
  const warm = performance.now() - t0;
  const analysed = texts.map((s) => ({ s, a: analyzeText(s) }));
  const nSent = analysed.reduce((n, x) => n + x.a.sentences.length, 0);
  const perText = nSent / texts.length;
  // Warm both paths before timing.
  for (const { s, a } of analysed) extractEvents({ text: s, sentences: a.sentences, mentions: a.mentions, published: '2020-12-02' });
  const full = rate(texts.length, (k) => codeText(texts[k], '2020-12-02'));
  const nlp = rate(texts.length, (k) => analyzeText(texts[k]));
  // The extract stage alone, on pre-analysed sentences.
  const ex = rate(analysed.length, (k) => { const { s, a } = analysed[k]; extractEvents({ text: s, sentences: a.sentences, mentions: a.mentions, published: '2020-12-02' }); });
  const r = (x: number) => Math.round(x * perText);
  return {
    texts: texts.length,
    sentences: nSent,
    'first call incl. lexicon load (ms)': Math.round(warm),
    'codeText sentences/s (nlp + extract), wall': r(full.wall),
    'codeText sentences/s, per CPU-second': r(full.cpu),
    'analyzeText (nlp) sentences/s, per CPU-second': r(nlp.cpu),
    'extractEvents sentences/s (extract only), wall': r(ex.wall),
    'extractEvents sentences/s, per CPU-second': r(ex.cpu),
    'nlp share of CPU time (nlp / (nlp + extract))': `${Math.round((100 / nlp.cpu) / (1 / nlp.cpu + 1 / ex.cpu))}%`,
    target: '≥ 20000 sentences/s',
  };
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) console.table(await benchCode());
