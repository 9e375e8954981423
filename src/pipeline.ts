// The whole system in one page: the stages, in order. Each stage lives in its own folder with one
// typed entry point and passes plain records (src/types.ts) to the next.
//
//   ingest   files, pages, feeds, JSONL → RawArticle → Article (clean text, language, date, outlet)
//   nlp      Article.text → sentences, tokens, actor mentions
//   extract  sentences + mentions → PLOVER events (attribution, negation, hedging, time), cited sources
//   resolve  all documents → entities, stories, claims (independent origins), conflicts, supersessions
//   store    SQLite (default) behind the Store interface; idempotent, one transaction per article
//   export   the JSON contract (../shared/eval/EXPORT.md) and the formats derived from it
import { prepareArticle, readInputs } from './ingest/index.ts';
import { analyzeText } from './nlp/index.ts';
import { extractEvents } from './extract/index.ts';
import { resolve } from './resolve/index.ts';
import type { Store } from './store/store.ts';
import type { AnalyzedDocument, Article, IngestFailure, RawArticle } from './types.ts';

/** Runs nlp → extract on one cleaned article. */
export function analyzeArticle(article: Article): AnalyzedDocument {
  const { sentences, mentions } = analyzeText(article.text);
  const { events, cited } = extractEvents({ text: article.text, sentences, mentions, published: article.published });
  return { article, sentences, mentions, events, cited };
}

export interface IngestSummary {
  new: number;
  unchanged: number;
  failed: number;
  seconds: number;
}

export interface IngestHooks {
  onFailure?: (failure: IngestFailure) => void;
  onDocument?: (file: string, status: 'new' | 'unchanged') => void;
}

/**
 * Reads every input, analyses what is new and stores each article in its own transaction, then
 * recomputes the cross-document resolution. A run killed part-way leaves every stored article
 * whole; the next run skips them and resolves again, so the end state equals a clean run's.
 */
export async function ingest(paths: string[], store: Store, hooks: IngestHooks = {}): Promise<IngestSummary> {
  const started = performance.now();
  const summary: IngestSummary = { new: 0, unchanged: 0, failed: 0, seconds: 0 };
  for await (const item of readInputs(paths)) {
    if (isFailure(item)) {
      summary.failed++;
      hooks.onFailure?.(item);
      continue;
    }
    let status: 'new' | 'unchanged';
    try {
      status = storeArticle(item, store);
    } catch (err) {
      summary.failed++;
      hooks.onFailure?.({ file: item.file, cause: (err as Error).message });
      continue;
    }
    summary[status]++;
    hooks.onDocument?.(item.file, status);
  }
  store.putResolution(resolve(store.listDocuments()));
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

function storeArticle(raw: RawArticle, store: Store): 'new' | 'unchanged' {
  const article = prepareArticle(raw);
  if (store.hasDocument(article.id)) return 'unchanged';
  return store.putDocument(analyzeArticle(article));
}

function isFailure(item: RawArticle | IngestFailure): item is IngestFailure {
  return 'cause' in item;
}
