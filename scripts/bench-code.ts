// Speed of `dossier code` (src/extract codeText: nlp analyzeText + extractEvents) on one core.
//
//   npx tsx scripts/bench-code.ts
//
// Sentences: the PLOVER GSR texts when ../shared is present, else a small built-in set (written for
// Dossier). The lexicon is compiled once (first call, reported apart); then sentences/s over ≥ 2 s.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeText, extractEvents } from '../src/extract/index.ts';
import { analyzeText } from '../src/nlp/index.ts';
import { DEFAULT_GSR } from './eval-plover.ts';

const BUILT_IN = [
  'Iran sent weapons to Venezuela to help its president, a US commander said on Wednesday.',
  'In September, the State Department sanctioned the Iranian defense unit.',
  'Cuban security advisors have begun their departure from Venezuela in recent weeks, the agency reported.',
  'The rebels rejected the peace plan and threatened to attack the capital.',
  'Police arrested two opposition leaders in the capital on Monday.',
];

function sentences(): string[] {
  if (existsSync(DEFAULT_GSR)) {
    return readFileSync(DEFAULT_GSR, 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text);
  }
  return BUILT_IN;
}

export async function benchCode(): Promise<Record<string, number | string>> {
  const texts = sentences();
  let t0 = performance.now();
  codeText(texts[0], '2020-12-02');
  const warm = performance.now() - t0;
  const run = (fn: (s: string) => void): number => {
    let n = 0;
    const start = performance.now();
    while (performance.now() - start < 2000) for (const s of texts) { fn(s); n++; }
    return n / ((performance.now() - start) / 1000);
  };
  const full = run((s) => codeText(s, '2020-12-02'));
  // The extract stage alone, on pre-analysed sentences.
  const analysed = texts.map((s) => ({ s, a: analyzeText(s) }));
  let k = 0;
  t0 = performance.now();
  let n = 0;
  while (performance.now() - t0 < 2000) {
    const { s, a } = analysed[k++ % analysed.length];
    extractEvents({ text: s, sentences: a.sentences, mentions: a.mentions, published: '2020-12-02' });
    n++;
  }
  const extractOnly = n / ((performance.now() - t0) / 1000);
  return {
    sentences: texts.length,
    'first call incl. lexicon load (ms)': Math.round(warm),
    'codeText sentences/s (nlp + extract)': Math.round(full),
    'extractEvents sentences/s (extract only)': Math.round(extractOnly),
    target: '≥ 20000 sentences/s',
  };
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) console.table(await benchCode());
