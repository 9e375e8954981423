// Walks files and folders (recursively, sorted, hidden entries skipped) and reads each supported file;
// http(s) arguments are fetched as pages or feeds (read-url.ts), other URL schemes are refused.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { IngestFailure, RawArticle } from '../types.ts';
import { checkUrl } from './fetch.ts';
import { fileKind, readBytes, SUPPORTED_EXTENSIONS } from './read-bytes.ts';
import { DEFAULT_URL_READ_OPTIONS, isUrlArgument, readUrl, type UrlReadOptions } from './read-url.ts';

export interface ReadOptions extends UrlReadOptions {
  /** Files larger than this are reported, not read. Default 20 MB; any positive number of bytes. */
  maxBytes: number;
}

export const DEFAULT_READ_OPTIONS: ReadOptions = { maxBytes: 20 * 1024 * 1024, ...DEFAULT_URL_READ_OPTIONS };

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

function failureCause(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const what = e?.code === 'ENOENT' ? 'not found' : e?.code === 'EACCES' || e?.code === 'EPERM' ? 'permission denied' : 'unreadable';
  return `${what}: ${String(e?.message ?? error).split('\n')[0]}`;
}

async function readFile(filePath: string, size: number, options: ReadOptions): Promise<Array<RawArticle | IngestFailure>> {
  const name = path.basename(filePath);
  // Checked from the directory entry's size, so an oversized file is never loaded into memory.
  if (size > options.maxBytes) {
    return [{ file: name, cause: `file too large: ${megabytes(size)} exceeds the ${megabytes(options.maxBytes)} limit` }];
  }
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(filePath);
  } catch (error) {
    return [{ file: name, cause: failureCause(error) }];
  }
  if (bytes.length > options.maxBytes) {
    return [{ file: name, cause: `file too large: ${megabytes(bytes.length)} exceeds the ${megabytes(options.maxBytes)} limit` }];
  }
  return readBytes(bytes, name);
}

/** Yields the files under a folder in sorted order, depth first; symlinked folders are followed once. */
async function* walkFolder(root: string, seen: Set<string>): AsyncGenerator<{ file: string; size: number } | IngestFailure> {
  let real: string;
  try {
    real = await fs.realpath(root);
  } catch (error) {
    yield { file: root, cause: failureCause(error) };
    return;
  }
  if (seen.has(real)) return;
  seen.add(real);
  let names: string[];
  try {
    names = (await fs.readdir(root)).filter((n) => !n.startsWith('.')).sort();
  } catch (error) {
    yield { file: root, cause: failureCause(error) };
    return;
  }
  for (const name of names) {
    const full = path.join(root, name);
    let stat;
    try {
      stat = await fs.stat(full);
    } catch (error) {
      yield { file: full, cause: failureCause(error) };
      continue;
    }
    if (stat.isDirectory()) yield* walkFolder(full, seen);
    else if (stat.isFile() && fileKind(name)) yield { file: full, size: stat.size };
  }
}

export async function* readInputs(paths: string[], options: Partial<ReadOptions> = {}): AsyncGenerator<RawArticle | IngestFailure> {
  const settings: ReadOptions = { ...DEFAULT_READ_OPTIONS, ...options };
  const seen = new Set<string>();
  for (const given of paths) {
    if (isUrlArgument(given)) {
      const checked = checkUrl(given);
      if (checked.ok) yield* readUrl(given, settings);
      else yield { file: given, cause: checked.cause };
      continue;
    }
    let stat;
    try {
      stat = await fs.stat(given);
    } catch (error) {
      yield { file: given, cause: failureCause(error) };
      continue;
    }
    if (stat.isDirectory()) {
      for await (const entry of walkFolder(given, seen)) {
        if ('cause' in entry) yield entry;
        else yield* await readFile(entry.file, entry.size, settings);
      }
    } else if (!stat.isFile()) {
      yield { file: given, cause: 'not a regular file or folder' };
    } else if (!fileKind(given)) {
      yield { file: path.basename(given), cause: `unsupported file type (expected one of ${SUPPORTED_EXTENSIONS.join(' ')})` };
    } else {
      yield* await readFile(given, stat.size, settings);
    }
  }
}
