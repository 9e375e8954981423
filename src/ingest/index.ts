// Stage 1 — ingest: read files, folders, pages, feeds and JSONL into RawArticles, then clean each
// into an Article (boilerplate removed, language detected, publication date and outlet estimated).
import type { Article, IngestFailure, RawArticle } from '../types.ts';

/** Walks paths (files and folders, recursively) and yields one RawArticle per article, or a failure per bad input. */
export async function* readInputs(paths: string[]): AsyncGenerator<RawArticle | IngestFailure> {
  throw new Error('ingest: not implemented yet');
}

/** Cleans a raw article: boilerplate removal, language, publication date and outlet (from the text when metadata lacks them). */
export function prepareArticle(raw: RawArticle): Article {
  throw new Error('ingest: not implemented yet');
}
