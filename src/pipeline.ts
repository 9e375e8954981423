// The whole system in one page: the stages, in order. Each stage lives in its own folder with one
// typed entry point and passes plain records (src/types.ts) to the next.
//
//   ingest   files, pages, feeds, JSONL → RawArticle → Article (clean text, language, date, outlet)
//   nlp      Article.text → sentences, tokens, actor mentions
//   extract  sentences + mentions → PLOVER events (attribution, negation, hedging, time), cited sources
//   resolve  all documents → entities, stories, claims (independent origins), conflicts, supersessions
//   store    SQLite (default) behind the Store interface; idempotent, one transaction per article
//   export   the JSON contract (../shared/eval/EXPORT.md) and the formats derived from it
import { prepareArticle } from './ingest/index.ts';
import { analyzeText } from './nlp/index.ts';
import { extractEvents } from './extract/index.ts';
import type { AnalyzedDocument, RawArticle } from './types.ts';

/** Runs the per-document stages (ingest clean-up → nlp → extract) on one raw article. */
export function analyzeArticle(raw: RawArticle): AnalyzedDocument {
  const article = prepareArticle(raw);
  const { sentences, mentions } = analyzeText(article.text);
  const { events, cited } = extractEvents({ text: article.text, sentences, mentions, published: article.published });
  return { article, sentences, mentions, events, cited };
}

export { readInputs } from './ingest/index.ts';
export { resolve } from './resolve/index.ts';
