// RawArticle → Article: clean text, content-hash id, language, publication date and outlet.
import { createHash } from 'node:crypto';
import type { Article, RawArticle } from '../types.ts';
import { removeBoilerplate } from './boilerplate.ts';
import { removeInvisible } from './decode.ts';
import { normalizeDate } from './iso-date.ts';
import { detectLanguage, normalizeLanguageTag } from './language.ts';
import { estimateOutlet, type OutletOptions } from './outlet.ts';
import { toParagraphs } from './paragraphs.ts';
import { estimatePublished, type PublishedOptions } from './published.ts';

export type PrepareOptions = OutletOptions & PublishedOptions;

const cleanField = (value: string | null | undefined): string | null => {
  const s = removeInvisible(value ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
  return s || null;
};

export function prepareArticle(raw: RawArticle, options: PrepareOptions = {}): Article {
  const paragraphs = toParagraphs(raw.text ?? '');
  const { kept, removed } = removeBoilerplate(paragraphs);
  const text = kept.join('\n\n');
  const id = createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
  const language = normalizeLanguageTag(raw.language) ?? detectLanguage(text);

  const metadataDate = normalizeDate(raw.published);
  const creditYear = metadataDate ? null : copyrightYear(removed.map((r) => r.text), options);
  const textDate = metadataDate ? null : estimatePublished(kept, language, { ...options, creditYear }) ?? creditYear;

  const metadataOutlet = cleanField(raw.outlet);
  // Credits live in boilerplate (bylines, "Editorial Team", "©"), so the outlet is read before removal.
  const credit = estimateOutlet(paragraphs, options);
  const outlet = metadataOutlet ?? credit.outlet;

  return {
    id,
    file: raw.file,
    url: cleanField(raw.url),
    title: cleanField(raw.title),
    text,
    byline: cleanField(raw.byline) ?? credit.byline,
    outlet,
    outletFrom: metadataOutlet ? 'metadata' : outlet ? 'text' : null,
    published: metadataDate ?? textDate,
    publishedFrom: metadataDate ? 'metadata' : textDate ? 'text' : null,
    language,
  };
}

/**
 * The year of a "© 2024 …" credit, when nothing in the text dates the article: a page states the
 * year it was served, so this is the publication year of recent news and a bound for older pages.
 */
function copyrightYear(boilerplate: string[], options: PublishedOptions): string | null {
  const maxYear = options.maxYear ?? new Date().getFullYear();
  for (const p of boilerplate) {
    const m = /(?:©|\(c\)|copyright)\s*(?:\d{4}\s*[-–]\s*)?((?:19|20)\d{2})\b/i.exec(p);
    if (m && +m[1] <= maxYear) return m[1];
  }
  return null;
}
