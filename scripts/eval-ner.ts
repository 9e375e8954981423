// Entity-level scores of the trained tagger on CoNLL-2003 eng.testa (conlleval rules: a mention
// counts only with exact span and type). `tsx scripts/eval-ner.ts` prints the table.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConll, scoreChunks, type NerScores } from '../src/nlp/ner/conll.ts';
import { tagDocument } from '../src/nlp/ner/index.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const testa = resolve(repoRoot, '../shared/data/conll2003/eng.testa');

/** Scores eng.testa; throws a specific error when ../shared is absent (callers print it as a skip). */
export async function evalNer(file = testa): Promise<NerScores> {
  if (!existsSync(file)) throw new Error(`skipped: ${file} is absent (CoNLL-2003 lives in ../shared)`);
  const pairs: { gold: string[]; pred: string[] }[] = [];
  for (const doc of readConll(readFileSync(file, 'utf8'))) {
    const labels = tagDocument(doc.sentences.map((s) => s.tokens));
    doc.sentences.forEach((s, k) => pairs.push({ gold: s.tags, pred: labels[k] }));
  }
  return scoreChunks(pairs);
}

export function printNer(scores: NerScores): void {
  const pct = (x: number) => (100 * x).toFixed(2).padStart(7);
  process.stdout.write(`${'type'.padEnd(8)}${'P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}\n`);
  for (const [t, s] of Object.entries(scores.perType)) process.stdout.write(`${t.padEnd(8)}${pct(s.p)}${pct(s.r)}${pct(s.f1)}\n`);
  const o = scores.overall;
  process.stdout.write(`${'overall'.padEnd(8)}${pct(o.p)}${pct(o.r)}${pct(o.f1)}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!existsSync(testa)) console.log(`skipped: ${testa} is absent (CoNLL-2003 lives in ../shared)`);
  else printNer(await evalNer());
}
