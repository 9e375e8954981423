// The whole system in one page: the stages, in order. Each stage lives in its own folder with one
// typed entry point and passes plain records (src/types.ts) to the next.
//
//   ingest   files, pages, feeds, JSONL → RawArticle → Article (clean text, language, date, outlet)
//   nlp      Article.text → sentences, tokens, actor mentions
//   extract  sentences + mentions → PLOVER events (attribution, negation, hedging, time), cited sources
//   resolve  all documents → entities, stories, claims (independent origins), conflicts, supersessions
//   store    SQLite (default) behind the Store interface; idempotent, one transaction per article
//   export   the JSON contract (../shared/eval/EXPORT.md) and the formats derived from it
import { prepareArticle, readInputs, type ReadOptions } from './ingest/index.ts';
import { analyzeText, languageIndependentMentions } from './nlp/index.ts';
import { extractEvents, GLOSSED_LANGUAGES, glossedMentions } from './extract/index.ts';
import { resolve } from './resolve/index.ts';
import type { Store } from './store/store.ts';
import type { AnalyzedDocument, Article, IngestFailure, RawArticle, Resolution } from './types.ts';

/** Languages the event coder reads: English, and Spanish and French through a word-by-word gloss (extract/gloss.ts); other articles get their gazetteer mentions only. */
export const CODED_LANGUAGES = new Set(['en', 'und', 'es', 'fr']);

/** Runs nlp → extract on one cleaned article. */
export function analyzeArticle(article: Article): AnalyzedDocument {
  const analysis = analyzeText(article.text);
  const { sentences } = analysis;
  // Other languages: no events, and only the mentions that hold in any language (no junk entities).
  if (!CODED_LANGUAGES.has(article.language)) return { article, sentences, mentions: languageIndependentMentions(analysis.mentions), events: [], cited: [] };
  // Spanish and French: the English tagger's spans cleaned of the articles and prepositions they hold.
  const mentions = GLOSSED_LANGUAGES.has(article.language) ? glossedMentions(article.text, analysis.mentions, article.language) : analysis.mentions;
  const { events, cited } = extractEvents({ text: article.text, sentences, mentions, published: article.published, language: article.language });
  return { article, sentences, mentions, events, cited };
}

export interface IngestSummary {
  new: number;
  unchanged: number;
  failed: number;
  seconds: number;
  /** True when `signal` stopped the run before every input was read. */
  interrupted: boolean;
}

export interface IngestOptions {
  onFailure?: (failure: IngestFailure) => void;
  onDocument?: (article: Article, status: 'new' | 'unchanged') => void;
  /** Reader settings: size limits, HTTP timeouts, items to skip unfetched. */
  read?: Partial<ReadOptions>;
  /** Stops the run between articles (and aborts a download in flight, via read.http). */
  signal?: AbortSignal;
  /**
   * When to recompute the cross-document resolution: after every run (default, so a run after a
   * killed one completes it), or only when the run stored something new (feed polling).
   */
  resolveWhen?: 'always' | 'new';
  /** Longest cleaned article text analysed, in characters; longer ones are reported, not stored. Default 1,000,000. */
  maxArticleChars?: number;
}

/** About 200 pages of news copy: far beyond any article, short of a blob that would stall the batch. */
export const MAX_ARTICLE_CHARS = 1_000_000;

/**
 * Reads every input, analyses what is new and stores each article in its own transaction, then
 * recomputes the cross-document resolution. A run killed part-way leaves every stored article
 * whole; the next run skips them and resolves again, so the end state equals a clean run's.
 */
export async function ingest(paths: string[], store: Store, options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const summary: IngestSummary = { new: 0, unchanged: 0, failed: 0, seconds: 0, interrupted: false };
  for await (const item of readInputs(paths, options.read)) {
    if (options.signal?.aborted) {
      summary.interrupted = true;
      break;
    }
    if (isFailure(item)) {
      summary.failed++;
      options.onFailure?.(item);
      continue;
    }
    try {
      const limit = options.maxArticleChars ?? MAX_ARTICLE_CHARS;
      const tooLong = (chars: number) =>
        new Error(`article text is ${(chars / 1e6).toFixed(1)} million characters, over the ${(limit / 1e6).toFixed(1)} million limit for one article`);
      // Boilerplate removal never halves a text that long: refused before it is prepared, which
      // would take seconds and most of the process's memory.
      if (item.text.length > 2 * limit) throw tooLong(item.text.length);
      const article = prepareArticle(item);
      if (article.text.length > limit) throw tooLong(article.text.length);
      const status = store.hasDocument(article.id) ? 'unchanged' : store.putDocument(analyzeArticle(article));
      summary[status]++;
      options.onDocument?.(article, status);
    } catch (err) {
      summary.failed++;
      options.onFailure?.({ file: item.file, cause: String((err as Error)?.message ?? err).split('\n')[0] });
    }
  }
  if (options.resolveWhen !== 'new' || summary.new > 0) store.putResolution(resolveAndRedate(store));
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

/**
 * Resolves the stored documents. When a story revises an article's publication date (resolve/
 * publication.ts), relative times in that article ("on Sunday", "since January") were read against
 * the old estimate: its events are extracted again with the revised date, stored, and the corpus
 * resolved once more. The article itself keeps its own estimate; the resolution says what revised it.
 */
export function resolveAndRedate(store: Store): Resolution {
  const docs = store.listDocuments();
  const first = resolve(docs);
  if (first.redated.length === 0) return first;
  const byId = new Map(docs.map((d) => [d.article.id, d]));
  let changed = false;
  for (const { document, published } of first.redated) {
    const doc = byId.get(document);
    if (!doc || !CODED_LANGUAGES.has(doc.article.language)) continue;
    const { events, cited } = extractEvents({ text: doc.article.text, sentences: doc.sentences, mentions: doc.mentions, published, language: doc.article.language });
    if (JSON.stringify(events) === JSON.stringify(doc.events) && JSON.stringify(cited) === JSON.stringify(doc.cited)) continue;
    store.replaceExtraction(document, events, cited);
    byId.set(document, { ...doc, events, cited });
    changed = true;
  }
  return changed ? resolve([...byId.values()]) : first;
}

function isFailure(item: RawArticle | IngestFailure): item is IngestFailure {
  return 'cause' in item;
}
