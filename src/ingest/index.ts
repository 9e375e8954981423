// Stage 1 — ingest: read files, folders, pages, feeds and JSONL into RawArticles, then clean each
// into an Article (boilerplate removed, language detected, publication date and outlet estimated).
//
//   read-inputs.ts  paths → files (recursive, sorted, size limit)      read-bytes.ts  bytes → articles by extension
//   decode.ts       encodings, binary and empty detection              read-text.ts / read-html.ts / read-jsonl.ts / read-feed.ts
//   prepare.ts      RawArticle → Article                                boilerplate.ts / language.ts / published.ts / outlet.ts
export { readInputs, DEFAULT_READ_OPTIONS, type ReadOptions } from './read-inputs.ts';
export { readBytes } from './read-bytes.ts';
export { prepareArticle, type PrepareOptions } from './prepare.ts';
export { BOILERPLATE_RULES } from './boilerplate.ts';
export { OUTLET_RULES } from './outlet.ts';
