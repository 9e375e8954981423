// One file's bytes → RawArticles or failures, by file extension. No file-system access here.
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

function readHtmlArticle(html: string, file: string): RawArticle | IngestFailure {
  const page = extractHtml(html);
  if (!page.text.trim()) return { file, cause: 'html: no text found in the page' };
  return {
    file, url: null, title: page.title, text: page.text, byline: page.byline, outlet: page.siteName,
    published: page.published, language: page.language, format: 'html',
  };
}

/** Reads one file's content. `name` is the basename used in `file` fields. Never throws. */
export function readBytes(bytes: Uint8Array, name: string): Array<RawArticle | IngestFailure> {
  const kind = fileKind(name);
  if (!kind) return [{ file: name, cause: `unsupported file type (expected one of ${SUPPORTED_EXTENSIONS.join(' ')})` }];
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return [{ file: name, cause: decoded.cause }];
  try {
    switch (kind) {
      case 'txt':
      case 'md':
        return [readTextArticle(decoded.text, name, kind)];
      case 'html':
        return [readHtmlArticle(decoded.text, name)];
      case 'jsonl':
        return [...readJsonl(decoded.text, name)];
      case 'feed':
        return readFeed(decoded.text, name);
    }
  } catch (error) {
    // A reader bug must not stop the batch; it is reported, with its message, as this file's failure.
    return [{ file: name, cause: `internal error in ${kind} reader: ${String((error as Error)?.message ?? error).split('\n')[0]}` }];
  }
}
