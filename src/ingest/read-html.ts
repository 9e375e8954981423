// HTML pages (and HTML fragments from feeds): main text via Readability over linkedom, metadata from the
// markup, and a plain tag-stripping fallback when the DOM route fails or the page is too deeply nested.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { readHtmlMetadata } from './html-metadata.ts';
import { htmlToText, maxNestingDepth } from './html-text.ts';
import { normalizeDate } from './iso-date.ts';

/** Deeper than this, linkedom and Readability recurse past the stack (100k levels crash); real pages stay under ~100. */
const MAX_DOM_DEPTH = 1000;

export interface HtmlExtraction {
  title: string | null;
  text: string;
  byline: string | null;
  siteName: string | null;
  published: string | null;
  language: string | null;
  /** "readability" or "fallback": which extractor produced the text. */
  extractor: 'readability' | 'fallback';
}

const FURNITURE = '[class*="ticker"], [id*="ticker"], [class*="breaking"], [class*="trending"], [class*="most-read"], marquee';

function readabilityText(html: string): { text: string; title: string | null; byline: string | null; siteName: string | null; published: string | null } | null {
  const page = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(page);
  // Page furniture Readability does not know: news tickers and "trending" strips outside the article.
  for (const el of [...document.querySelectorAll(FURNITURE)]) {
    if (!el.querySelector('article, main') && !el.closest('article, main')) el.remove();
  }
  const result = new Readability(document as unknown as Document).parse();
  if (!result?.content) return null;
  const text = htmlToText(result.content);
  if (!text) return null;
  return {
    text,
    title: result.title?.trim() || null,
    byline: result.byline?.trim() || null,
    siteName: result.siteName?.trim() || null,
    published: result.publishedTime?.trim() || null,
  };
}

/** "Story | Site" → "Story" when the suffix is the site's own name. */
function withoutSiteSuffix(title: string | null, siteName: string | null): string | null {
  if (!title || !siteName) return title;
  const escaped = siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return title.replace(new RegExp(`\\s+[|\\-–—:·]\\s+${escaped}\\s*$`, 'i'), '').trim() || title;
}

export function extractHtml(html: string): HtmlExtraction {
  const meta = readHtmlMetadata(html);
  let main: ReturnType<typeof readabilityText> = null;
  if (maxNestingDepth(html) <= MAX_DOM_DEPTH) {
    try {
      main = readabilityText(html);
    } catch {
      // Stack overflow or a DOM quirk in linkedom/Readability: the fallback below still reads the page.
      main = null;
    }
  }
  const text = main?.text ?? htmlToText(html, { dropChrome: true });
  const siteName = main?.siteName ?? meta.siteName;
  return {
    title: withoutSiteSuffix(meta.title ?? main?.title ?? meta.documentTitle, siteName),
    text,
    byline: main?.byline ?? meta.byline,
    siteName,
    published: normalizeDate(main?.published) ?? normalizeDate(meta.published),
    language: meta.language,
    extractor: main ? 'readability' : 'fallback',
  };
}
