// Scores `dossier code` (src/extract codeText) on the PLOVER gold-standard records
// (../shared/data/plover_gsr/plover_gsr_cameo_shared.jsonl, CC BY-SA 4.0, Open Event Data Alliance).
//
//   npx tsx scripts/eval-plover.ts [file.jsonl] [--errors]   (also: --seeds for the seed articles)
//
// Type top-1: the first predicted event's type equals the gold category (2016 labels mapped:
// DEMAND → REQUEST, DISAPPROVE/INVESTIGATE → ACCUSE, FIGHT → ASSAULT); no prediction counts wrong.
// Full match: right type, and the predicted source text shares a content word with a gold source
// actorText, and the same for the target (a record without gold target accepts any target).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeText } from '../src/extract/index.ts';

const here = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_GSR = join(here, '..', '..', 'shared', 'data', 'plover_gsr', 'plover_gsr_cameo_shared.jsonl');

const LABEL_MAP: Record<string, string> = { DEMAND: 'REQUEST', DISAPPROVE: 'ACCUSE', INVESTIGATE: 'ACCUSE', FIGHT: 'ASSAULT' };
const STOP = new Set(['the', 'of', 'a', 'an', 'and', 'in', 's', 'for', 'to', 'on', 'by', 'from', 'with', 'its', 'his', 'their']);

interface GoldActor { actorText?: string }
interface GsrRecord { id: string; event: string; text: string; source?: GoldActor[] | string | null; target?: GoldActor[] | string | null }

export interface PloverCase {
  id: string;
  gold: string;
  predicted: string | null;
  typeOk: boolean;
  fullOk: boolean;
  text: string;
  goldSource: string[];
  goldTarget: string[];
  source: string | null;
  target: string | null;
  rule: string | null;
}

export interface PloverResult {
  file: string;
  skipped?: string;
  n: number;
  typeAccuracy: number;
  fullMatch: number;
  byType: Record<string, { n: number; type: number; full: number }>;
  cases: PloverCase[];
}

const words = (s: string): Set<string> =>
  new Set(s.toLowerCase().replace(/[’']s\b/g, '').split(/[^\p{L}\p{N}.]+/u).map((w) => w.replace(/\.$/, '')).filter((w) => w && !STOP.has(w)));

export function overlaps(pred: string, gold: string[]): boolean {
  const p = words(pred);
  return gold.some((g) => [...words(g)].some((w) => p.has(w)));
}

const actorTexts = (v: GsrRecord['source']): string[] =>
  Array.isArray(v) ? v.map((a) => a?.actorText ?? '').filter((s) => s.trim()) : [];

export async function evalPlover(file: string = DEFAULT_GSR): Promise<PloverResult> {
  if (!existsSync(file)) {
    return { file, skipped: `eval-plover: ${file} not found; skipping`, n: 0, typeAccuracy: 0, fullMatch: 0, byType: {}, cases: [] };
  }
  const records = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GsrRecord);
  const cases: PloverCase[] = [];
  const byType: PloverResult['byType'] = {};
  for (const r of records) {
    const gold = LABEL_MAP[r.event] ?? r.event;
    const first = codeText(r.text, null).events[0] ?? null;
    const goldSource = actorTexts(r.source);
    const goldTarget = actorTexts(r.target);
    const typeOk = !!first && first.type === gold;
    const srcOk = goldSource.length === 0 || (!!first?.source && overlaps(first.source.text, goldSource));
    const tgtOk = goldTarget.length === 0 || (!!first?.target && overlaps(first.target.text, goldTarget));
    const fullOk = typeOk && srcOk && tgtOk;
    cases.push({
      id: r.id, gold, predicted: first?.type ?? null, typeOk, fullOk, text: r.text, goldSource, goldTarget,
      source: first?.source?.text ?? null, target: first?.target?.text ?? null, rule: first?.rule ?? null,
    });
    const b = (byType[gold] ??= { n: 0, type: 0, full: 0 });
    b.n++;
    if (typeOk) b.type++;
    if (fullOk) b.full++;
  }
  const n = cases.length;
  return {
    file, n, byType, cases,
    typeAccuracy: n ? cases.filter((c) => c.typeOk).length / n : 0,
    fullMatch: n ? cases.filter((c) => c.fullOk).length / n : 0,
  };
}

export function printPlover(r: PloverResult, errors = false): void {
  if (r.skipped) { console.log(r.skipped); return; }
  console.log(`PLOVER GSR: ${r.n} records from ${r.file}`);
  console.log('type        n   type-acc  full-match');
  for (const [t, b] of Object.entries(r.byType).sort()) {
    console.log(`${t.padEnd(10)} ${String(b.n).padStart(3)}   ${(b.type / b.n).toFixed(2).padStart(8)}  ${(b.full / b.n).toFixed(2).padStart(10)}`);
  }
  console.log(`${'ALL'.padEnd(10)} ${String(r.n).padStart(3)}   ${r.typeAccuracy.toFixed(3).padStart(8)}  ${r.fullMatch.toFixed(3).padStart(10)}   (targets: type ≥ 0.75, full ≥ 0.6)`);
  if (errors) {
    for (const c of r.cases.filter((x) => !x.fullOk)) {
      console.log(`\n${c.id} gold ${c.gold} pred ${c.predicted} [${c.rule}]\n  ${c.text}\n  src ${JSON.stringify(c.source)} ~ ${JSON.stringify(c.goldSource)}  tgt ${JSON.stringify(c.target)} ~ ${JSON.stringify(c.goldTarget)}`);
    }
  }
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const args = process.argv.slice(2);
  if (args.includes('--seeds')) {
    const { evalSeeds, printSeeds } = await import('../src/extract/seeds-eval.ts');
    printSeeds(await evalSeeds(), args.includes('--errors'));
  } else {
    const file = args.find((a) => !a.startsWith('--'));
    printPlover(await evalPlover(file ?? DEFAULT_GSR), args.includes('--errors'));
  }
}
