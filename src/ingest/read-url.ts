// Live sources: feed URLs and page URLs → RawArticles, through fetch.ts and the same readers as files.
//
//   a page (HTML, or plain text)  → one article, `file` and `url` = the URL asked for
//   a feed (RSS 2.0 / Atom, by Content-Type or root element) → its items; an item that carries only a
//     summary has its link fetched for the full page (at most `maxItemPages` per feed), and the page's
//     metadata is completed from the feed's (title, date, author, outlet, language)
//   a list of URLs in a text file (readUrlList) → the URLs, and one failure per bad line
//
// Every problem is one IngestFailure naming the URL (or "list.txt:<line>"); the batch goes on.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { IngestFailure, RawArticle } from '../types.ts';
import { decodeBytes } from './decode.ts';
import { checkUrl, fetchUrl, type Fetched, type FetchOptions } from './fetch.ts';
import { readDecoded, type FileKind } from './read-bytes.ts';
import { readFeedEntries, type FeedEntry } from './read-feed.ts';

export interface UrlReadOptions {
  /** HTTP rules (timeouts, size limit, redirects, user agent); fetch.ts has the defaults. */
  http: Partial<FetchOptions>;
  /** Per feed, how many summary-only items get their page fetched; the rest keep the feed's text. Default 50. */
  maxItemPages: number;
  /** Item pages fetched at the same time, per feed (results still come in feed order). Default 4, at least 1. */
  pageConcurrency: number;
  /**
   * Called with each feed item's key (its absolute link, else its guid) before anything is fetched for it;
   * true skips the item silently (`dossier watch`: items whose link is already stored).
   */
  skipItem?: (key: string) => boolean;
}

export const DEFAULT_URL_READ_OPTIONS: UrlReadOptions = { http: {}, maxItemPages: 50, pageConcurrency: 4 };

const isFailure = (x: RawArticle | IngestFailure): x is IngestFailure => 'cause' in x;

const OTHER_SCHEMES = /^(?:data|javascript|vbscript|mailto|about|blob|file):/i;

/** True for arguments that name a URL rather than a path: "scheme://…", and scheme-only forms such as "data:" or "javascript:". */
export function isUrlArgument(arg: string): boolean {
  // Two or more letters before the colon, so a Windows drive ("C:\news") stays a path.
  return /^[a-z][a-z0-9+.-]+:\/\//i.test(arg) || OTHER_SCHEMES.test(arg);
}

type ContentKind = Exclude<FileKind, 'jsonl'>;

/** What the document starts with, past BOM, XML declaration, comments and DOCTYPE: a feed root, an HTML root, or neither. */
export function sniffRoot(head: string): 'feed' | 'html' | null {
  let s = head.replace(/^\uFEFF/, '');
  for (let guard = 0; guard < 50; guard++) {
    s = s.trimStart();
    if (s.startsWith('<?')) {
      const end = s.indexOf('?>');
      if (end === -1) return null;
      s = s.slice(end + 2);
    } else if (s.startsWith('<!--')) {
      const end = s.indexOf('-->');
      if (end === -1) return null;
      s = s.slice(end + 3);
    } else if (/^<!doctype/i.test(s)) {
      if (/^<!doctype\s+html\b/i.test(s)) return 'html';
      const bracket = s.indexOf('[');
      const close = s.indexOf('>');
      const end = bracket !== -1 && bracket < close ? s.indexOf(']>', bracket) + 1 : close;
      if (end <= 0) return null;
      s = s.slice(end + 1);
    } else break;
  }
  const name = /^<([A-Za-z][\w:.-]*)/.exec(s)?.[1].toLowerCase();
  if (name === 'rss' || name === 'feed' || name === 'rdf:rdf') return 'feed';
  if (name === 'html' || name === 'head' || name === 'body') return 'html';
  return null;
}

/** The charset a document declares in its first bytes: <meta charset>, <meta http-equiv>, or <?xml encoding?>. */
export function sniffCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([-\w.:]+)["']/i.exec(head.replace(/^\u00EF\u00BB\u00BF/, ''))?.[1];
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([-\w.:]+)/i.exec(head)?.[1];
  const found = (xml ?? meta)?.toLowerCase() ?? null;
  // A document cannot declare UTF-16 in ASCII bytes and be UTF-16; browsers read such pages as UTF-8.
  return found?.startsWith('utf-16') ? 'utf-8' : found;
}

function contentKind(fetched: Fetched): ContentKind | { cause: string } {
  const head = Buffer.from(fetched.bytes.subarray(0, 4096)).toString('latin1');
  const root = sniffRoot(head);
  const type = fetched.mediaType;
  if (root === 'feed') return 'feed';
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'application/rss+xml' || type === 'application/atom+xml' || type === 'application/rdf+xml') return 'feed';
  if (type === 'application/xml' || type === 'text/xml' || type?.endsWith('+xml')) return root === 'html' ? 'html' : 'feed';
  if (type === 'text/markdown' || type === 'text/x-markdown') return 'md';
  if (type === null || type === 'text/plain' || type === 'application/octet-stream') return root === 'html' ? 'html' : 'txt';
  return { cause: `unsupported content type ${type} (expected an HTML page, plain text, or an RSS/Atom feed)` };
}

function decode(fetched: Fetched): { ok: true; text: string } | { ok: false; cause: string } {
  const decoded = decodeBytes(fetched.bytes, fetched.charset ?? sniffCharset(fetched.bytes));
  // decodeBytes speaks of files; a fetched body is a response.
  return decoded.ok ? decoded : { ok: false, cause: decoded.cause.replace(/^empty file$/, 'empty response') };
}

/** An item link made absolute against the feed's URL; only http(s) links count. */
function absoluteLink(entry: FeedEntry, feedUrl: string): string | null {
  for (const candidate of [entry.link, entry.guid]) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate, feedUrl);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
      if (candidate === entry.link) return url.href; // a javascript: link is reported when fetched, not silently dropped
    } catch {
      // not a URL (a tag: guid, a relative path that does not resolve): try the next
    }
  }
  return null;
}

/** Fetches a summary-only item's page; the feed's item is the fallback when the page has less text. */
async function readItemPage(link: string, item: RawArticle | IngestFailure, options: UrlReadOptions): Promise<RawArticle | IngestFailure> {
  const fetched = await fetchUrl(link, options.http);
  if (!fetched.ok) return { file: link, cause: fetched.cause };
  const kind = contentKind(fetched);
  if (typeof kind !== 'string' || kind === 'feed') {
    return isFailure(item) ? { file: link, cause: typeof kind === 'string' ? 'the item links to a feed, not a page' : kind.cause } : item;
  }
  const decoded = decode(fetched);
  if (!decoded.ok) return isFailure(item) ? { file: link, cause: decoded.cause } : item;
  const [page] = readDecoded(decoded.text, link, kind, link);
  if (!page || isFailure(page)) return isFailure(item) ? (page ?? { file: link, cause: 'no text found in the page' }) : item;
  if (isFailure(item)) return page;
  // A teaser or paywall page can hold less than the feed's summary: keep whichever says more.
  const text = page.text.length >= item.text.length ? page.text : item.text;
  return {
    ...page,
    text,
    title: page.title ?? item.title,
    byline: page.byline ?? item.byline,
    outlet: page.outlet ?? item.outlet,
    published: page.published ?? item.published,
    language: page.language ?? item.language,
    format: text === page.text ? page.format : item.format,
  };
}

async function* readFeedUrl(text: string, fetched: Fetched, options: UrlReadOptions): AsyncGenerator<RawArticle | IngestFailure> {
  const read = readFeedEntries(text, fetched.url);
  if (!read.ok) {
    yield read.failure;
    return;
  }
  // Decided up front, in feed order (so skipItem sees every item first); pages are then fetched a few
  // at a time, and results are yielded in feed order.
  const tasks: Array<() => Promise<RawArticle | IngestFailure>> = [];
  let pages = 0;
  for (const entry of read.entries) {
    const link = absoluteLink(entry, fetched.finalUrl);
    const key = link ?? entry.guid;
    if (key && options.skipItem?.(key)) continue;
    const file = link ?? `${fetched.url}#${entry.index}`;
    const item: RawArticle | IngestFailure = isFailure(entry.item)
      ? { file, cause: entry.item.cause }
      : { ...entry.item, file, url: link ?? entry.item.url };
    if (entry.summaryOnly && link && pages < options.maxItemPages) {
      pages++;
      tasks.push(() =>
        readItemPage(link, item, options).catch((error: unknown) => ({ file: link, cause: `internal error reading the item page: ${String((error as Error)?.message ?? error).split('\n')[0]}` })),
      );
    } else tasks.push(() => Promise.resolve(item));
  }
  const width = Math.max(1, Math.floor(options.pageConcurrency));
  const running: Array<Promise<RawArticle | IngestFailure>> = [];
  let next = 0;
  while (next < tasks.length || running.length > 0) {
    while (next < tasks.length && running.length < width) running.push(tasks[next++]());
    yield await running.shift()!;
  }
}

/** Reads one URL argument: a page or a feed. Never throws. */
export async function* readUrl(url: string, options: Partial<UrlReadOptions> = {}): AsyncGenerator<RawArticle | IngestFailure> {
  const settings: UrlReadOptions = { ...DEFAULT_URL_READ_OPTIONS, ...options };
  const fetched = await fetchUrl(url, settings.http);
  if (!fetched.ok) {
    yield { file: url, cause: fetched.cause };
    return;
  }
  const kind = contentKind(fetched);
  if (typeof kind !== 'string') {
    yield { file: url, cause: kind.cause };
    return;
  }
  const decoded = decode(fetched);
  if (!decoded.ok) {
    yield { file: url, cause: decoded.cause };
    return;
  }
  if (kind === 'feed') yield* readFeedUrl(decoded.text, fetched, settings);
  else yield* readDecoded(decoded.text, url, kind, url);
}

export interface UrlList {
  urls: string[];
  /** One per unreadable list file or bad line: `{ file: "list.txt:3", cause }`. */
  failures: IngestFailure[];
}

/**
 * Reads a text file of URLs, one a line; blank lines and "#" comments (whole lines, or after whitespace)
 * are ignored, repeated URLs kept once. A line that is no http(s) URL is one failure naming "list.txt:<line>".
 */
export async function readUrlList(file: string): Promise<UrlList> {
  const name = path.basename(file);
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const what = e?.code === 'ENOENT' ? 'not found' : e?.code === 'EACCES' || e?.code === 'EPERM' ? 'permission denied' : 'unreadable';
    return { urls: [], failures: [{ file, cause: `URL list ${what}: ${String(e?.message ?? error).split('\n')[0]}` }] };
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { urls: [], failures: [{ file, cause: `URL list: ${decoded.cause}` }] };
  const urls: string[] = [];
  const failures: IngestFailure[] = [];
  const seen = new Set<string>();
  decoded.text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line) return;
    const checked = checkUrl(line);
    if (!checked.ok) {
      failures.push({ file: `${name}:${index + 1}`, cause: `${checked.cause}: ${line.slice(0, 200)}` });
      return;
    }
    if (!seen.has(line)) {
      seen.add(line);
      urls.push(line);
    }
  });
  return { urls, failures };
}
