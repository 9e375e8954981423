// Stage 1 — ingest: read files, folders, pages, feeds and JSONL into RawArticles, then clean each
// into an Article (boilerplate removed, language detected, publication date and outlet estimated).
//
//   read-inputs.ts  paths → files (recursive, sorted, size limit)      read-bytes.ts  bytes → articles by extension
//   decode.ts       encodings, binary and empty detection              read-text.ts / read-html.ts / read-jsonl.ts / read-feed.ts
//   fetch.ts        http(s) GET with the crawler's rules                read-url.ts    URLs → pages / feed items; readUrlList
//   prepare.ts      RawArticle → Article                                boilerplate.ts / language.ts / published.ts / outlet.ts
export { readInputs, DEFAULT_READ_OPTIONS, type ReadOptions } from './read-inputs.ts';
export { readBytes } from './read-bytes.ts';
export { fetchUrl, DEFAULT_FETCH_OPTIONS, USER_AGENT, type FetchOptions, type FetchResult } from './fetch.ts';
export { readUrl, readUrlList, isUrlArgument, type UrlList, type UrlReadOptions } from './read-url.ts';
export { prepareArticle, type PrepareOptions } from './prepare.ts';
export { BOILERPLATE_RULES } from './boilerplate.ts';
export { OUTLET_RULES } from './outlet.ts';
