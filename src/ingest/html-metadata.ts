// Page metadata read straight from the markup (no DOM, so it also works when the DOM is too deep):
// <title>, Open Graph / article meta tags, and JSON-LD NewsArticle fields.
import { decodeHtmlEntities } from './html-text.ts';

export interface HtmlMetadata {
  /** og:title or JSON-LD headline: the article's own title. */
  title: string | null;
  /** The <title> element, which often carries the site name too ("Story | Site"). */
  documentTitle: string | null;
  siteName: string | null;
  published: string | null;
  byline: string | null;
  language: string | null;
}

function attributes(tag: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of tag.matchAll(/([A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
    attrs[m[1].toLowerCase()] = decodeHtmlEntities(m[2] ?? m[3] ?? m[4] ?? '').trim();
  }
  return attrs;
}

const PUBLISHED_KEYS = ['article:published_time', 'og:published_time', 'datepublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'sailthru.date', 'parsely-pub-date'];
const SITE_KEYS = ['og:site_name', 'application-name', 'publisher', 'dc.publisher'];
const AUTHOR_KEYS = ['author', 'article:author', 'parsely-author', 'dc.creator'];

interface JsonLdFacts {
  published?: string;
  publisher?: string;
  author?: string;
  headline?: string;
}

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return nameOf(value[0]);
  if (value && typeof value === 'object' && typeof (value as { name?: unknown }).name === 'string') {
    return (value as { name: string }).name;
  }
  return undefined;
}

/** Walks JSON-LD objects (including @graph arrays) iteratively and keeps the first value seen for each fact. */
function jsonLdFacts(html: string): JsonLdFacts {
  const facts: JsonLdFacts = {};
  for (const m of html.matchAll(/<script\b[^>]*application\/ld\+json[^>]*>([\s\S]*?)<\/script\s*>/gi)) {
    let data: unknown;
    try {
      data = JSON.parse(m[1]);
    } catch {
      continue; // Broken JSON-LD is common and only costs optional metadata; the page text is still read.
    }
    const queue: unknown[] = [data];
    for (let visited = 0; queue.length > 0 && visited < 1000; visited++) {
      const node = queue.shift();
      if (Array.isArray(node)) queue.push(...node);
      else if (node && typeof node === 'object') {
        const o = node as Record<string, unknown>;
        if (typeof o.datePublished === 'string') facts.published ??= o.datePublished;
        const publisher = nameOf(o.publisher);
        if (publisher) facts.publisher ??= publisher;
        const author = nameOf(o.author);
        if (author) facts.author ??= author;
        if (typeof o.headline === 'string') facts.headline ??= o.headline;
        if (o['@graph']) queue.push(o['@graph']);
      }
    }
  }
  return facts;
}

/** The text of the first author link: rel="author", or a link to an /author(s)/ page. */
function authorLink(html: string): string | null {
  const m = /<a\b[^>]*(?:\brel\s*=\s*["']?author\b|\bhref\s*=\s*["'][^"']*\/(?:authors?|autor(?:es)?|auteurs?|journalists?|staff|profile)\/[^"']*["'])[^>]*>([\s\S]{1,120}?)<\/a\s*>/i.exec(html);
  if (!m) return null;
  const name = decodeHtmlEntities(m[1].replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim();
  return /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u.test(name) ? name : null;
}

export function readHtmlMetadata(html: string): HtmlMetadata {
  const meta: Record<string, string> = {};
  for (const m of html.matchAll(/<meta\b[^>]*>/gi)) {
    const a = attributes(m[0]);
    const key = (a.property ?? a.name ?? a.itemprop ?? '').toLowerCase();
    const value = a.content ?? a.datetime;
    if (key && value && !(key in meta)) meta[key] = value;
  }
  const first = (keys: string[]) => keys.map((k) => meta[k]).find((v) => v) ?? null;
  const ld = jsonLdFacts(html);
  const titleTag = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(html)?.[1];
  const title = meta['og:title'] || ld.headline || null;
  const documentTitle = (titleTag ? decodeHtmlEntities(titleTag).replace(/\s+/g, ' ').trim() : '') || null;
  const timeTag = /<time\b[^>]*\bdatetime\s*=\s*["']([^"']+)["'][^>]*\bpubdate\b/i.exec(html)?.[1] ?? null;
  const lang = /<html\b[^>]*\blang\s*=\s*["']?([A-Za-z]{2,3})\b/i.exec(html)?.[1] ?? null;
  return {
    title,
    documentTitle,
    siteName: first(SITE_KEYS) ?? ld.publisher ?? null,
    published: first(PUBLISHED_KEYS) ?? ld.published ?? timeTag,
    byline: first(AUTHOR_KEYS) ?? ld.author ?? authorLink(html),
    language: lang ? lang.toLowerCase() : meta['og:locale']?.slice(0, 2).toLowerCase() ?? null,
  };
}
