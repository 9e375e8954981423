// Tagging speed of the trained tagger on one core: eng.testa tokens read at run time when
// ../shared is there, else a text made of this file's own sentences; features + decoding included.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConll } from '../src/nlp/ner/conll.ts';
import { loadNerModel, tagDocument, MODEL_PATH } from '../src/nlp/ner/index.ts';
import { tokenize } from '../src/nlp/tokens.ts';
import { splitSentences } from '../src/nlp/sentences.ts';
import nlp from 'compromise';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const testa = resolve(repoRoot, '../shared/data/conll2003/eng.testa');

const OWN_TEXT = `Admiral Ana Costa told reporters in Lisbon that the Northern Fleet would sail on Monday.
The Ministry of Fisheries said Portuguese and Spanish boats had been stopped by the coast guard.
Officials in Madrid denied the report, and the Liberal Party called for an inquiry by the European Commission.`;

function documents(): string[][][] {
  if (existsSync(testa)) return readConll(readFileSync(testa, 'utf8')).map((d) => d.sentences.map((s) => s.tokens));
  const doc = splitSentences(OWN_TEXT).map((s) => tokenize(s.text).map((t) => t.text));
  return Array.from({ length: 2000 }, () => doc);
}

export async function benchNer(): Promise<Record<string, number | string>> {
  const t0 = performance.now();
  loadNerModel();
  const loadMs = performance.now() - t0;
  const docs = documents();
  for (const d of docs.slice(0, 50)) tagDocument(d); // warm-up
  let tokens = 0;
  const start = performance.now();
  const cpu0 = process.cpuUsage();
  for (let round = 0; round < 3; round++) {
    for (const d of docs) {
      tagDocument(d);
      for (const s of d) tokens += s.length;
    }
  }
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpu0);
  // CPU seconds of this process (user + system): the one-core figure on a machine shared with
  // other work, where wall time also counts the time spent waiting for a core.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  // The same text through compromise, the usual offline JavaScript choice: people, places and
  // organisations of each document, in the same process.
  const texts = docs.map((d) => d.map((s) => s.join(' ')).join('\n'));
  for (const t of texts.slice(0, 20)) nlp(t).people().out('array');
  const cStart = performance.now();
  for (const t of texts) {
    const doc = nlp(t);
    doc.people().out('array');
    doc.places().out('array');
    doc.organizations().out('array');
  }
  const compromiseSeconds = (performance.now() - cStart) / 1000;
  return {
    input: existsSync(testa) ? 'eng.testa x3' : 'built-in sentences x2000 x3',
    tokens,
    'tokens/s': Math.round(tokens / seconds),
    'compromise tokens/s (same text, x1)': Math.round(tokens / 3 / compromiseSeconds),
    'tokens/cpu-s': Math.round(tokens / cpuSeconds),
    'model load ms': Math.round(loadMs),
    'model MB': Number((statSync(MODEL_PATH).size / 1e6).toFixed(2)),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const [k, v] of Object.entries(await benchNer())) console.log(`${k.padEnd(38)}${v}`);
}
