// RSS 2.0 and Atom feeds: one RawArticle per item/entry, item HTML run through the page extractor.
import type { IngestFailure, RawArticle } from '../types.ts';
import { extractHtml } from './read-html.ts';
import { htmlToText } from './html-text.ts';
import { normalizeDate } from './iso-date.ts';
import { childElement, childElements, innerXml, parseXml, textOf, type XmlElement } from './xml.ts';

const clean = (s: string) => s.replace(/\s+/g, ' ').trim() || null;

/** Feed titles sometimes carry escaped markup ("A &amp;lt;b&amp;gt;bold&amp;lt;/b&amp;gt; title"): keep only the words. */
const plainTitle = (s: string) => clean(htmlToText(s).replace(/\n+/g, ' '));

const languageTag = (s: string) => /^[A-Za-z]{2,3}\b/.exec(s.trim())?.[0].toLowerCase() ?? null;

function itemText(content: XmlElement | undefined): string {
  if (!content) return '';
  const markup = content.attrs.type === 'xhtml' ? innerXml(content) : textOf(content);
  if (content.attrs.type === 'text') return markup.trim();
  return extractHtml(markup).text;
}

/** One feed item as read, with what a live reader needs to decide whether to fetch its page. */
export interface FeedEntry {
  /** 1-based position in the feed. */
  index: number;
  /** The item's link (RSS <link>, Atom rel="alternate" href) as written, else null. */
  link: string | null;
  /** RSS <guid> or Atom <id>, else null. */
  guid: string | null;
  /** True when the item carries no full-content element (only <description> / <summary>, or nothing). */
  summaryOnly: boolean;
  /** The item read from the feed alone: its article, or why it has none (no text). */
  item: RawArticle | IngestFailure;
}

export type FeedRead = { ok: true; entries: FeedEntry[] } | { ok: false; failure: IngestFailure };

function rssItems(channel: XmlElement, base: string): FeedEntry[] {
  const outlet = clean(textOf(childElement(channel, 'title')));
  const language = languageTag(textOf(childElement(channel, 'language')));
  return childElements(channel, 'item').map((item, index) => {
    const file = `${base}#${index + 1}`;
    const fullText = itemText(childElement(item, 'content:encoded'));
    const text = fullText || itemText(childElement(item, 'description'));
    const link = clean(textOf(childElement(item, 'link')));
    const guid = clean(textOf(childElement(item, 'guid')));
    const entry = { index: index + 1, link, guid, summaryOnly: !fullText };
    if (!text) return { ...entry, item: { file, cause: `feed item ${index + 1} has no text (no content:encoded or description)` } };
    return {
      ...entry,
      item: {
        file,
        url: link ?? guid,
        title: plainTitle(textOf(childElement(item, 'title'))),
        text,
        byline: clean(textOf(childElement(item, 'dc:creator', 'author'))),
        outlet,
        published: normalizeDate(textOf(childElement(item, 'pubDate', 'dc:date'))),
        language,
        format: 'rss' as const,
      },
    };
  });
}

function atomLink(entry: XmlElement): string | null {
  const links = childElements(entry, 'link');
  const link = links.find((l) => !l.attrs.rel || l.attrs.rel === 'alternate') ?? links[0];
  return link?.attrs.href?.trim() || null;
}

function atomEntries(feed: XmlElement, base: string): FeedEntry[] {
  const outlet = clean(textOf(childElement(feed, 'title')));
  const language = languageTag(feed.attrs['xml:lang'] ?? '');
  return childElements(feed, 'entry').map((element, index) => {
    const file = `${base}#${index + 1}`;
    const fullText = itemText(childElement(element, 'content'));
    const text = fullText || itemText(childElement(element, 'summary'));
    const link = atomLink(element);
    const guid = clean(textOf(childElement(element, 'id')));
    const entry = { index: index + 1, link, guid, summaryOnly: !fullText };
    if (!text) return { ...entry, item: { file, cause: `feed entry ${index + 1} has no text (no content or summary)` } };
    return {
      ...entry,
      item: {
        file,
        url: link,
        title: plainTitle(textOf(childElement(element, 'title'))),
        text,
        byline: clean(textOf(childElement(childElement(element, 'author') ?? element, 'name'))),
        outlet,
        published: normalizeDate(textOf(childElement(element, 'published', 'updated'))),
        language: languageTag(element.attrs['xml:lang'] ?? '') ?? language,
        format: 'atom' as const,
      },
    };
  });
}

/** Parses a feed document into its entries; a malformed document, an unknown root or no items is one failure. */
export function readFeedEntries(xml: string, base: string): FeedRead {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (error) {
    return { ok: false, failure: { file: base, cause: `feed: ${(error as Error).message}` } };
  }
  if (root.name === 'rss') {
    const channel = childElement(root, 'channel');
    if (!channel) return { ok: false, failure: { file: base, cause: 'feed: <rss> has no <channel>' } };
    const entries = rssItems(channel, base);
    return entries.length ? { ok: true, entries } : { ok: false, failure: { file: base, cause: 'feed: no <item> elements' } };
  }
  if (root.name === 'feed') {
    const entries = atomEntries(root, base);
    return entries.length ? { ok: true, entries } : { ok: false, failure: { file: base, cause: 'feed: no <entry> elements' } };
  }
  return { ok: false, failure: { file: base, cause: `feed: unsupported XML root <${root.name}> (expected <rss> or <feed>)` } };
}

/** Parses a feed document; a malformed document or an unknown root is one failure for the whole file. */
export function readFeed(xml: string, base: string): Array<RawArticle | IngestFailure> {
  const read = readFeedEntries(xml, base);
  return read.ok ? read.entries.map((e) => e.item) : [read.failure];
}
