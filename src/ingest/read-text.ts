// Plain-text and Markdown files: the first non-empty line is the title, the rest is the text.
import type { RawArticle } from '../types.ts';
import { stripMarkdown } from './markdown.ts';

export function readTextArticle(content: string, file: string, format: 'txt' | 'md'): RawArticle {
  const lines = content.replace(/\r\n?/g, '\n').split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  let title: string | null = first === -1 ? null : lines[first].replace(/^\s*#{1,6}\s*/, '').replace(/\s+#+\s*$/, '').trim();
  let text = lines.slice(first + 1).join('\n');
  if (format === 'md') {
    title = title === null ? null : stripMarkdown(title).trim();
    text = stripMarkdown(text);
  }
  text = text.replace(/\n[ \t]*\n(?:[ \t]*\n)+/g, '\n\n');
  // A one-line file: keep the line as text too, so the article is never empty.
  if (!text.trim()) text = title ?? '';
  return { file, url: null, title: title || null, text: text.trim(), byline: null, outlet: null, published: null, language: null, format };
}
