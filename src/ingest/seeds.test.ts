// Checks the heuristics against the shared seed corpus and its gold, when present (it lives outside the repo).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Article } from '../types.ts';
import { prepareArticle, readInputs } from './index.ts';

const shared = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared');
const seeds = path.join(shared, 'corpus/seeds');
const goldFile = path.join(shared, 'eval/seeds.gold.json');
const present = existsSync(seeds) && existsSync(goldFile);
if (!present) console.warn(`ingest seeds test skipped: ${seeds} or ${goldFile} not found`);

interface GoldDocument {
  file: string;
  published: string | null;
  outlet: string | null;
}

const fold = (s: string | null) => (s === null ? null : s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim());
/** An estimate matches when its prefix at the gold's precision equals the gold. */
const dateMatches = (estimate: string | null, gold: string | null) => (gold === null ? estimate === null : estimate !== null && estimate.slice(0, gold.length) === gold && estimate.length >= gold.length);

describe.skipIf(!present)('seed corpus', () => {
  it('reads every seed and reports publication-date and outlet accuracy against the gold', async () => {
    const gold: GoldDocument[] = JSON.parse(readFileSync(goldFile, 'utf8')).documents;
    const articles: Article[] = [];
    for await (const item of readInputs([seeds])) {
      expect('cause' in item ? item : null).toBeNull();
      if (!('cause' in item)) articles.push(prepareArticle(item));
    }
    let dates = 0;
    let outlets = 0;
    for (const g of gold) {
      const a = articles.find((x) => x.file === g.file);
      if (dateMatches(a?.published ?? null, g.published)) dates++;
      if (fold(a?.outlet ?? null) === fold(g.outlet)) outlets++;
      console.info(`${g.file}: published ${a?.published} (gold ${g.published}), outlet ${a?.outlet} (gold ${g.outlet})`);
    }
    console.info(`seeds: published ${dates}/${gold.length}, outlet ${outlets}/${gold.length}`);
    expect(articles).toHaveLength(gold.length);
    // Outlets come from credit lines the seeds do carry; a regression here means a rule broke.
    expect(outlets).toBeGreaterThanOrEqual(gold.length - 1);
  });
});
