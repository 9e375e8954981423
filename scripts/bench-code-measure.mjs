// The timing loops of the `dossier code` benchmark (scripts/bench-code.ts prepares the sentences).
// Plain JavaScript so that it runs in plain Node against the compiled lib/ — what `dossier code`
// runs — without a TypeScript loader in the process:
//
//   node scripts/bench-code-measure.mjs SETS.json MODE      → one JSON line of rates
//
// SETS.json: { repeated: string[], distinct: string[], warmup: string[] }; MODE: how the distinct set is
// coded, `batched` (codeLines, as `dossier code` runs) or `single` (codeText one line at a time). Each
// mode needs a process of its own: the distinct lines are coded once, and the first pass over new
// lines pays for what the second would find cached.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PUBLISHED = '2020-12-02';

/** Runs fn over the texts for ≥ ms; rate per second of wall time and of this process's CPU time. */
function window(count, fn, ms) {
  let n = 0;
  const c0 = process.cpuUsage();
  const start = performance.now();
  while (performance.now() - start < ms) for (let k = 0; k < count; k++) { fn(k); n++; }
  const c = process.cpuUsage(c0);
  return { wall: n / ((performance.now() - start) / 1000), cpu: n / ((c.user + c.system) / 1e6) };
}

/**
 * The median of five windows of ms / 5 each (wall and CPU rates taken apart): on a shared machine
 * one long window takes whatever else ran during it, the median of short ones mostly does not.
 */
function rate(count, fn, ms = 2500) {
  const runs = Array.from({ length: 5 }, () => window(count, fn, ms / 5));
  const median = (xs) => xs.sort((a, b) => a - b)[2];
  return { wall: median(runs.map((r) => r.wall)), cpu: median(runs.map((r) => r.cpu)) };
}

/** Each text once. */
function onePass(texts, fn) {
  const c0 = process.cpuUsage();
  const start = performance.now();
  for (const s of texts) fn(s);
  const c = process.cpuUsage(c0);
  return { wall: texts.length / ((performance.now() - start) / 1000), cpu: texts.length / ((c.user + c.system) / 1e6) };
}

/** Lines per codeLines call, as `dossier code` batches them (src/cli/commands/code.ts). */
const BATCH = 64;

/** The texts in batches of BATCH. */
function batches(texts) {
  const out = [];
  for (let k = 0; k < texts.length; k += BATCH) out.push(texts.slice(k, k + BATCH));
  return out;
}

/** A rate of batches as a rate of lines. */
function perLine(rate, lines, batchCount) {
  return { wall: (rate.wall * lines) / batchCount, cpu: (rate.cpu * lines) / batchCount };
}

/**
 * Rates of codeLines in batches (what `dossier code` runs), of codeText one line at a time, and of
 * each stage alone, with { codeText, codeLines, analyzeText, extractEvents } given.
 */
export function measure({ codeText, codeLines, analyzeText, extractEvents }, { repeated, distinct, warmup }, mode = 'batched') {
  const t0 = performance.now();
  codeText(repeated[0], PUBLISHED);
  const firstCallMs = performance.now() - t0;
  // Until the JIT has compiled the hot paths a rate mostly measures the compiler (whose threads
  // also count as this process's CPU): warm up on lines not timed below.
  for (const s of warmup) codeText(s, PUBLISHED);
  rate(repeated.length, (k) => codeText(repeated[k], PUBLISHED), 1500);
  const analysed = repeated.map((s) => ({ s, a: analyzeText(s) }));
  const sentences = analysed.reduce((n, x) => n + x.a.sentences.length, 0);
  const extract = (k) => {
    const { s, a } = analysed[k];
    extractEvents({ text: s, sentences: a.sentences, mentions: a.mentions, published: PUBLISHED, oneSided: true });
  };
  for (let k = 0; k < analysed.length; k++) extract(k);
  const repeatedBatches = batches(repeated);
  const batched = perLine(rate(repeatedBatches.length, (k) => codeLines(repeatedBatches[k], PUBLISHED)), repeated.length, repeatedBatches.length);
  const full = rate(repeated.length, (k) => codeText(repeated[k], PUBLISHED));
  const nlp = rate(repeated.length, (k) => analyzeText(repeated[k]));
  const ex = rate(analysed.length, extract);
  let once;
  if (mode === 'single') once = onePass(distinct, (s) => codeText(s, PUBLISHED));
  else {
    const distinctBatches = batches(distinct);
    once = perLine(onePass(distinctBatches, (b) => codeLines(b, PUBLISHED)), distinct.length, distinctBatches.length);
  }
  return { firstCallMs, sentencesPerText: sentences / repeated.length, batched, full, nlp, ex, once };
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const lib = new URL('../lib/', import.meta.url);
  const { codeText, codeLines, extractEvents } = await import(new URL('extract/index.js', lib).href);
  const { analyzeText } = await import(new URL('nlp/index.js', lib).href);
  const sets = JSON.parse(readFileSync(process.argv[2], 'utf8'));
  process.stdout.write(`${JSON.stringify(measure({ codeText, codeLines, analyzeText, extractEvents }, sets, process.argv[3]))}\n`);
}
