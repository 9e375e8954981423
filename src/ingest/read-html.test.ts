import { describe, expect, it } from 'vitest';
import { extractHtml } from './read-html.ts';

const BODY = Array.from({ length: 6 }, (_, k) => `<p>Paragraph ${k + 1} of the report: the harbour authority said grain barges would sail again once the strike ended and the union was paid.</p>`).join('\n');

const PAGE = `<!DOCTYPE html><html lang="en"><head><title>Barges idle - Valley Herald</title></head><body>
<header><nav><a href="/">Home</a><a href="/sport">Sport</a></nav></header>
<div class="breaking-ticker">LIVE: Election date confirmed · Cocoa prices hit record</div>
<main><article>
  <h1>Barges idle at the port</h1>
  <p class="meta">By <a href="/authors/jo-park">Jo Park</a> · <time datetime="2024-03-05">5 March 2024</time></p>
  ${BODY}
</article></main>
<footer>© 2024 Valley Herald</footer></body></html>`;

describe('extractHtml', () => {
  it('leaves out a news ticker outside the article', () => {
    const { text } = extractHtml(PAGE);
    expect(text).toContain('Paragraph 1 of the report');
    expect(text).not.toContain('Cocoa prices');
  });

  it('reads the author from a link to an author page when no metadata names one', () => {
    expect(extractHtml(PAGE).byline).toBe('Jo Park');
  });
});
