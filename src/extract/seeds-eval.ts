// Sanity check on real text: codes ../shared/corpus/seeds/*.txt and scores the events against
// ../shared/eval/seeds.gold.json. An event matches a gold event of the same document when type,
// source and target agree (names accent/case-folded against the gold entity's name and aliases);
// matching is one-to-one, a prediction inside the gold event's evidence paired first. On matched pairs: attribution, negation+hedging and date agreement
// (date: same value at the coarser of the two precisions; gold null accepts the publication date).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeText } from '../nlp/index.ts';
import type { ExtractedEvent } from '../types.ts';
import { extractEvents } from './index.ts';

const here = dirname(fileURLToPath(import.meta.url));
export const SEEDS_DIR = join(here, '..', '..', '..', 'shared');

interface GoldEvent { doc: string; source: string; type: string; target: string; when: string | null; attributed_to: string | null; negated: boolean; hedged: boolean; evidence: string }
interface Gold { documents: { file: string; published: string | null }[]; entities: { name: string; aliases: string[] }[]; events: GoldEvent[] }

export interface SeedsResult {
  skipped?: string;
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  attribution: number;
  negHedge: number;
  date: number;
  misses: string[];
  extras: string[];
}

export const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();

export async function evalSeeds(root: string = SEEDS_DIR): Promise<SeedsResult> {
  const goldFile = join(root, 'eval', 'seeds.gold.json');
  const empty = { gold: 0, predicted: 0, matched: 0, precision: 0, recall: 0, f1: 0, attribution: 0, negHedge: 0, date: 0, misses: [], extras: [] };
  if (!existsSync(goldFile)) return { ...empty, skipped: `seeds-eval: ${goldFile} not found; skipping` };
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as Gold;
  const aliases = new Map<string, Set<string>>();
  for (const e of gold.entities) aliases.set(fold(e.name), new Set([e.name, ...e.aliases].map(fold)));
  const same = (pred: string | null | undefined, g: string | null): boolean => {
    if (!pred || !g) return !pred && !g;
    const set = aliases.get(fold(g)) ?? new Set([fold(g)]);
    return set.has(fold(pred));
  };
  let predicted = 0, matched = 0, attr = 0, nh = 0, date = 0;
  const misses: string[] = [];
  const extras: string[] = [];
  for (const doc of gold.documents) {
    const file = join(root, 'corpus', 'seeds', doc.file);
    if (!existsSync(file)) continue;
    const text = readFileSync(file, 'utf8');
    const { sentences, mentions } = analyzeText(text);
    const { events } = extractEvents({ text, sentences, mentions, published: doc.published });
    predicted += events.length;
    const used = new Set<ExtractedEvent>();
    const golds = gold.events.filter((x) => x.doc === doc.file);
    const fits = (e: ExtractedEvent, g: GoldEvent) => !used.has(e) && e.type === g.type && same(e.source?.name, g.source) && same(e.target?.name, g.target);
    // Pairing: first the prediction whose trigger lies in the gold event's evidence, then any other.
    const pairs = new Map<GoldEvent, ExtractedEvent>();
    for (const g of golds) {
      const at = text.indexOf(g.evidence.slice(0, 60));
      if (at < 0) continue;
      const hit = events.find((e) => fits(e, g) && e.trigger.start >= at && e.trigger.start < at + g.evidence.length);
      if (hit) { used.add(hit); pairs.set(g, hit); }
    }
    for (const g of golds) {
      if (pairs.has(g)) continue;
      const hit = events.find((e) => fits(e, g));
      if (hit) { used.add(hit); pairs.set(g, hit); }
    }
    for (const g of golds) {
      const hit = pairs.get(g);
      if (!hit) { misses.push(`${doc.file.slice(0, 3)} ${g.source} ${g.type} ${g.target} | ${g.evidence.slice(0, 90)}`); continue; }
      matched++;
      const an = hit.attribution?.name ?? null;
      if (g.attributed_to === null ? an === null : an !== null && (same(an, g.attributed_to) || fold(an) === fold(g.attributed_to))) attr++;
      if (hit.negated === g.negated && hit.hedged === g.hedged) nh++;
      const w = hit.when?.start ?? null;
      if (g.when === null ? hit.whenFrom !== 'text' : !!w && (w.startsWith(g.when) || g.when.startsWith(w))) date++;
    }
    for (const e of events) if (!used.has(e)) extras.push(`${doc.file.slice(0, 3)} ${e.source?.name ?? '-'} ${e.type} ${e.target?.name ?? '-'} [${e.rule}] ${text.slice(e.trigger.start, e.trigger.end)}`);
  }
  const g = gold.events.length;
  const precision = predicted ? matched / predicted : 0;
  const recall = g ? matched / g : 0;
  return {
    gold: g, predicted, matched, precision, recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    attribution: matched ? attr / matched : 0, negHedge: matched ? nh / matched : 0, date: matched ? date / matched : 0,
    misses, extras,
  };
}

export function printSeeds(r: SeedsResult, details = false): void {
  if (r.skipped) { console.log(r.skipped); return; }
  console.log(`seeds: gold ${r.gold}, predicted ${r.predicted}, matched ${r.matched}`);
  console.log(`  event P ${r.precision.toFixed(3)} R ${r.recall.toFixed(3)} F1 ${r.f1.toFixed(3)}   (target F1 ≥ 0.6)`);
  console.log(`  on matched: attribution ${r.attribution.toFixed(3)} (≥ 0.85), negation/hedging ${r.negHedge.toFixed(3)} (≥ 0.9), date ${r.date.toFixed(3)} (≥ 0.8)`);
  if (details) {
    console.log('\nmissed gold:'); for (const m of r.misses) console.log('  ' + m);
    console.log('\nunmatched predictions:'); for (const e of r.extras) console.log('  ' + e);
  }
}
