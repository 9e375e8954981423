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

function rssItems(channel: XmlElement, base: string): Array<RawArticle | IngestFailure> {
  const outlet = clean(textOf(childElement(channel, 'title')));
  const language = languageTag(textOf(childElement(channel, 'language')));
  return childElements(channel, 'item').map((item, index) => {
    const file = `${base}#${index + 1}`;
    const text = itemText(childElement(item, 'content:encoded', 'description'));
    if (!text) return { file, cause: `feed item ${index + 1} has no text (no content:encoded or description)` };
    return {
      file,
      url: clean(textOf(childElement(item, 'link'))) ?? clean(textOf(childElement(item, 'guid'))),
      title: plainTitle(textOf(childElement(item, 'title'))),
      text,
      byline: clean(textOf(childElement(item, 'dc:creator', 'author'))),
      outlet,
      published: normalizeDate(textOf(childElement(item, 'pubDate', 'dc:date'))),
      language,
      format: 'rss' as const,
    };
  });
}

function atomLink(entry: XmlElement): string | null {
  const links = childElements(entry, 'link');
  const link = links.find((l) => !l.attrs.rel || l.attrs.rel === 'alternate') ?? links[0];
  return link?.attrs.href?.trim() || null;
}

function atomEntries(feed: XmlElement, base: string): Array<RawArticle | IngestFailure> {
  const outlet = clean(textOf(childElement(feed, 'title')));
  const language = languageTag(feed.attrs['xml:lang'] ?? '');
  return childElements(feed, 'entry').map((entry, index) => {
    const file = `${base}#${index + 1}`;
    const text = itemText(childElement(entry, 'content', 'summary'));
    if (!text) return { file, cause: `feed entry ${index + 1} has no text (no content or summary)` };
    return {
      file,
      url: atomLink(entry),
      title: plainTitle(textOf(childElement(entry, 'title'))),
      text,
      byline: clean(textOf(childElement(childElement(entry, 'author') ?? entry, 'name'))),
      outlet,
      published: normalizeDate(textOf(childElement(entry, 'published', 'updated'))),
      language: languageTag(entry.attrs['xml:lang'] ?? '') ?? language,
      format: 'atom' as const,
    };
  });
}

/** Parses a feed document; a malformed document or an unknown root is one failure for the whole file. */
export function readFeed(xml: string, base: string): Array<RawArticle | IngestFailure> {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (error) {
    return [{ file: base, cause: `feed: ${(error as Error).message}` }];
  }
  if (root.name === 'rss') {
    const channel = childElement(root, 'channel');
    if (!channel) return [{ file: base, cause: 'feed: <rss> has no <channel>' }];
    const items = rssItems(channel, base);
    return items.length ? items : [{ file: base, cause: 'feed: no <item> elements' }];
  }
  if (root.name === 'feed') {
    const entries = atomEntries(root, base);
    return entries.length ? entries : [{ file: base, cause: 'feed: no <entry> elements' }];
  }
  return [{ file: base, cause: `feed: unsupported XML root <${root.name}> (expected <rss> or <feed>)` }];
}
