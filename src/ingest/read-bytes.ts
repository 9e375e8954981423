// One file's bytes → RawArticles or failures, by file extension (readBytes), or decoded text of a known kind
// (readDecoded, also used for fetched URLs). No file-system or network access here.
import type { IngestFailure, RawArticle } from '../types.ts';
import { decodeBytes } from './decode.ts';
import { readFeed } from './read-feed.ts';
import { extractHtml } from './read-html.ts';
import { readJsonl } from './read-jsonl.ts';
import { readTextArticle } from './read-text.ts';

export type FileKind = 'txt' | 'md' | 'html' | 'jsonl' | 'feed';

const KINDS: Record<string, FileKind> = {
  '.txt': 'txt', '.text': 'txt', '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.rss': 'feed', '.atom': 'feed', '.xml': 'feed',
};

export const SUPPORTED_EXTENSIONS = Object.keys(KINDS);

export function fileKind(name: string): FileKind | null {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? null : KINDS[name.slice(dot).toLowerCase()] ?? null;
}

function readHtmlArticle(html: string, file: string, url: string | null): RawArticle | IngestFailure {
  const page = extractHtml(html);
  if (!page.text.trim()) return { file, cause: 'html: no text found in the page' };
  return {
    file, url, title: page.title, text: page.text, byline: page.byline, outlet: page.siteName,
    published: page.published, language: page.language, format: 'html',
  };
}

/** Reads one file's content. `name` is the basename used in `file` fields. Never throws. */
export function readBytes(bytes: Uint8Array, name: string): Array<RawArticle | IngestFailure> {
  const kind = fileKind(name);
  if (!kind) return [{ file: name, cause: `unsupported file type (expected one of ${SUPPORTED_EXTENSIONS.join(' ')})` }];
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return [{ file: name, cause: decoded.cause }];
  return readDecoded(decoded.text, name, kind, null);
}

/**
 * Reads decoded content of a known kind; `file` names it in the results and `url` is where it came from
 * (a fetched page's URL, null for files). Shared by files (readBytes) and URLs (read-url.ts). Never throws.
 */
export function readDecoded(text: string, file: string, kind: FileKind, url: string | null): Array<RawArticle | IngestFailure> {
  try {
    switch (kind) {
      case 'txt':
      case 'md': {
        const article = readTextArticle(text, file, kind);
        return [{ ...article, url: article.url ?? url }];
      }
      case 'html':
        return [readHtmlArticle(text, file, url)];
      case 'jsonl':
        return [...readJsonl(text, file)];
      case 'feed':
        return readFeed(text, file);
    }
  } catch (error) {
    // A reader bug must not stop the batch; it is reported, with its message, as this file's failure.
    return [{ file, cause: `internal error in ${kind} reader: ${String((error as Error)?.message ?? error).split('\n')[0]}` }];
  }
}
