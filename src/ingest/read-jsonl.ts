// JSON Lines: one article object per line. A broken line is one failure naming "name.jsonl:<line>"; the other lines are kept.
import type { IngestFailure, RawArticle } from '../types.ts';
import { removeInvisible } from './decode.ts';
import { normalizeDate } from './iso-date.ts';

const OPTIONAL_FIELDS = ['title', 'url', 'outlet', 'published', 'language', 'byline'] as const;

function readLine(line: string, base: string, lineNumber: number): RawArticle | IngestFailure {
  const where = `${base}:${lineNumber}`;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { file: where, cause: `invalid JSON: ${(error as Error).message.split('\n')[0]}` };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { file: where, cause: 'line is not a JSON object' };
  const record = value as Record<string, unknown>;
  if (typeof record.text !== 'string' || !record.text.trim()) return { file: where, cause: 'missing or empty "text" field' };
  const fields: Partial<Record<(typeof OPTIONAL_FIELDS)[number], string | null>> = {};
  for (const key of OPTIONAL_FIELDS) {
    const v = record[key];
    if (v !== undefined && v !== null && typeof v !== 'string') return { file: where, cause: `field "${key}" must be a string, got ${typeof v}` };
    fields[key] = typeof v === 'string' && v.trim() ? removeInvisible(v).trim() : null;
  }
  if (fields.published && !normalizeDate(fields.published)) return { file: where, cause: `field "published" is not a date: ${JSON.stringify(fields.published.slice(0, 40))}` };
  return {
    file: `${base}#${lineNumber}`,
    url: fields.url ?? null,
    title: fields.title ?? null,
    text: removeInvisible(record.text),
    byline: fields.byline ?? null,
    outlet: fields.outlet ?? null,
    published: normalizeDate(fields.published),
    language: fields.language ? fields.language.toLowerCase() : null,
    format: 'jsonl',
  };
}

export function* readJsonl(content: string, base: string): Generator<RawArticle | IngestFailure> {
  const lines = content.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim()) yield readLine(lines[i], base, i + 1);
  }
}
