// URL inputs through readInputs: pages, feeds (with summary-only items fetched), schemes, charsets, URL lists.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { IngestFailure, RawArticle } from '../types.ts';
import { readInputs, readUrlList } from './index.ts';
import { isUrlArgument, sniffCharset, sniffRoot } from './read-url.ts';
import { articlePage, redirect, respond, rssFeed, startTestServer, type Route, type TestServer } from './test-server.ts';

let server: TestServer;
let dir: string;
const isFailure = (x: RawArticle | IngestFailure): x is IngestFailure => 'cause' in x;

const PROSE = [
  'The harbour authority of Valmera reopened the northern port on Monday after a week of storms had closed it to all shipping traffic.',
  'Officials said more than forty cargo ships had queued offshore, and that the backlog would take at least ten days to clear.',
  'Dock workers welcomed the decision, although their union warned that overtime limits would slow the unloading of the waiting vessels.',
];

async function collect(paths: string[], options: Parameters<typeof readInputs>[1] = {}) {
  const out: Array<RawArticle | IngestFailure> = [];
  for await (const item of readInputs(paths, options)) out.push(item);
  return out;
}

const atom = (origin: string) => `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>Atom Wire</title>
<entry><title>Full entry</title><link href="${origin}/atom/full"/><id>tag:wire,2024:1</id><updated>2024-04-02T10:00:00Z</updated>
<content type="html">&lt;p&gt;The whole story is here in the feed.&lt;/p&gt;</content></entry>
<entry><title>Summary entry</title><link rel="alternate" href="/pages/harbour"/><id>tag:wire,2024:2</id><updated>2024-04-03T10:00:00Z</updated>
<summary>Port reopens.</summary></entry></feed>`;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'dossier-urls-'));
  server = await startTestServer();
  const o = server.origin;
  const routes: Record<string, Route> = {
    '/pages/harbour': respond(articlePage('Harbour reopens | Valmera Post', PROSE, { site: 'Valmera Post', published: '2024-03-04T08:00:00Z' })),
    '/pages/teaser': respond('<html><body><p>Subscribe.</p></body></html>'),
    '/pages/latin': respond(new Uint8Array([...Buffer.from('<html><body><p>Caf'), 0xe9, ...Buffer.from(' cr'), 0xe8, ...Buffer.from('me.</p></body></html>')]), 'text/html; charset=iso-8859-1'),
    // ISO-8859-2 declared only in the page: 0xB3 is "ł".
    '/pages/polish': respond(new Uint8Array([...Buffer.from('<html><head><meta charset="iso-8859-2"></head><body><p>Bia'), 0xb3, ...Buffer.from('ystok.</p></body></html>')]), 'text/html'),
    '/pages/plain': respond('A plain headline\n\nPlain body text.', 'text/plain'),
    '/pages/pdf': respond('%PDF-1.4', 'application/pdf'),
    '/pages/moved': redirect('/pages/harbour', 301),
    '/rss': respond(
      rssFeed('Valmera Wire', [
        { title: 'Harbour reopens', link: `${o}/pages/harbour`, summary: 'The port reopened.', date: 'Mon, 04 Mar 2024 09:00:00 GMT' },
        { title: 'Full item', link: `${o}/pages/full-never-fetched`, content: '<p>The full item text travels in the feed itself.</p>' },
        { title: 'Teaser item', link: `${o}/pages/teaser`, summary: 'A summary longer than the teaser page says.' },
        { title: 'Dead link', link: `${o}/pages/dead`, summary: 'Its page is gone.' },
      ]),
      'application/rss+xml',
    ),
    '/rss-as-html': respond(rssFeed('Mislabelled', [{ title: 'One', link: `${o}/pages/full`, content: '<p>Full text.</p>' }]), 'text/html'),
    '/atom': respond(atom(o), 'text/xml'),
    '/rss-empty-content': respond(
      `<rss xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title><item><title>Empty</title><link>${o}/pages/harbour</link>` +
        '<content:encoded></content:encoded><description>Short summary.</description></item></channel></rss>',
      'application/rss+xml',
    ),
  };
  for (const [p, r] of Object.entries(routes)) server.routes.set(p, r);
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  server.log.length = 0;
});

describe('readInputs with page URLs', () => {
  it('reads a page like an .html file, file and url being the URL', async () => {
    const url = server.url('/pages/harbour');
    const [page] = await collect([url]);
    expect(page).toMatchObject({ file: url, url, title: 'Harbour reopens', outlet: 'Valmera Post', published: '2024-03-04', format: 'html' });
    expect((page as RawArticle).text).toMatch(/^The harbour authority of Valmera/);
    expect((page as RawArticle).text).not.toMatch(/Home|Privacy/);
  });

  it('keeps the URL asked for when the page redirects', async () => {
    const url = server.url('/pages/moved');
    expect(await collect([url])).toMatchObject([{ file: url, url, title: 'Harbour reopens' }]);
  });

  it('decodes by the Content-Type charset, else by <meta charset>', async () => {
    const [latin, polish] = await collect([server.url('/pages/latin'), server.url('/pages/polish')]);
    expect(latin).toMatchObject({ text: 'Café crème.' });
    expect(polish).toMatchObject({ text: 'Białystok.' });
  });

  it('reads text/plain as a text article and refuses other content types', async () => {
    const [plain, pdf] = await collect([server.url('/pages/plain'), server.url('/pages/pdf')]);
    expect(plain).toMatchObject({ title: 'A plain headline', text: 'Plain body text.', url: server.url('/pages/plain'), format: 'txt' });
    expect(pdf).toEqual({ file: server.url('/pages/pdf'), cause: expect.stringMatching(/^unsupported content type application\/pdf/) });
  });

  it.each(['file:///etc/passwd', 'data:text/html,<p>hi</p>', 'ftp://127.0.0.1/feed.xml', 'javascript:alert(1)'])(
    'refuses %s with a failure naming the URL',
    async (url) => {
      expect(await collect([url])).toEqual([{ file: url, cause: expect.stringMatching(/^unsupported scheme/) }]);
    },
  );

  it('reports an HTTP failure for the URL and goes on with the batch', async () => {
    const items = await collect([server.url('/nothing-here'), server.url('/pages/plain')]);
    expect(items).toEqual([{ file: server.url('/nothing-here'), cause: 'HTTP 404 Not Found' }, expect.objectContaining({ format: 'txt' })]);
  });
});

describe('readInputs with feed URLs', () => {
  it('yields RSS items, fetching the pages of summary-only items only', async () => {
    const o = server.origin;
    const items = await collect([server.url('/rss')]);
    expect(items.map((x) => x.file)).toEqual([`${o}/pages/harbour`, `${o}/pages/full-never-fetched`, `${o}/pages/teaser`, `${o}/pages/dead`]);
    // The page's text and metadata, the feed's for what the page lacks.
    expect(items[0]).toMatchObject({ url: `${o}/pages/harbour`, title: 'Harbour reopens', outlet: 'Valmera Post', language: 'en', format: 'html' });
    expect((items[0] as RawArticle).text).toMatch(/^The harbour authority/);
    expect(items[1]).toMatchObject({ text: 'The full item text travels in the feed itself.', outlet: 'Valmera Wire', format: 'rss' });
    // A teaser page shorter than the summary: the summary is kept.
    expect(items[2]).toMatchObject({ text: 'A summary longer than the teaser page says.', format: 'rss' });
    expect(items[3]).toEqual({ file: `${o}/pages/dead`, cause: 'HTTP 404 Not Found' });
    expect(server.log[0]).toBe('/rss');
    expect(server.log.slice(1).sort()).toEqual(['/pages/dead', '/pages/harbour', '/pages/teaser']);
  });

  it('fetches at most maxItemPages pages per feed; the other items keep their summary', async () => {
    const items = await collect([server.url('/rss')], { maxItemPages: 1 });
    expect(server.log).toEqual(['/rss', '/pages/harbour']);
    expect(items[3]).toMatchObject({ text: 'Its page is gone.', format: 'rss' });
  });

  it('skips items the caller already has, without fetching them', async () => {
    const skipped: string[] = [];
    const items = await collect([server.url('/rss')], {
      skipItem: (key) => (key.endsWith('/harbour') || key.endsWith('/dead') ? (skipped.push(key), true) : false),
    });
    expect(skipped).toEqual([server.url('/pages/harbour'), server.url('/pages/dead')]);
    expect(items).toHaveLength(2);
    expect(server.log).toEqual(['/rss', '/pages/teaser']); // one page: order is certain
  });

  it('reads Atom served as text/xml, resolving relative links against the feed', async () => {
    const items = await collect([server.url('/atom')]);
    expect(items).toMatchObject([
      { file: server.url('/atom/full'), text: 'The whole story is here in the feed.', format: 'atom', published: '2024-04-02' },
      { file: server.url('/pages/harbour'), url: server.url('/pages/harbour'), title: 'Harbour reopens', format: 'html' },
    ]);
  });

  it('fetches item pages a few at a time and still yields them in feed order', async () => {
    const o = server.origin;
    const slowPage = (ms: number): Route => (req, res) => {
      const timer = setTimeout(() => respond(articlePage('Slow', PROSE))(req, res), ms);
      res.on('close', () => clearTimeout(timer));
    };
    for (const i of [1, 2, 3, 4]) server.routes.set(`/slow/${i}`, slowPage(i === 1 ? 600 : 300));
    server.routes.set('/slow-feed', respond(rssFeed('Slow', [1, 2, 3, 4].map((i) => ({ title: `S${i}`, link: `${o}/slow/${i}`, summary: 'Short.' }))), 'application/rss+xml'));
    const started = Date.now();
    const items = await collect([server.url('/slow-feed')]);
    expect(items.map((x) => x.file)).toEqual([1, 2, 3, 4].map((i) => `${o}/slow/${i}`));
    expect(Date.now() - started).toBeLessThan(1200); // 600 + 3×300 one at a time
    const serial = await collect([server.url('/slow-feed')], { pageConcurrency: 1 });
    expect(serial.map((x) => x.file)).toEqual(items.map((x) => x.file));
  });

  it('treats an item with an empty full-content element as summary-only', async () => {
    expect(await collect([server.url('/rss-empty-content')])).toMatchObject([{ title: 'Harbour reopens', format: 'html' }]);
    expect(server.log).toEqual(['/rss-empty-content', '/pages/harbour']);
  });

  it('recognises a feed by its root element whatever the Content-Type says', async () => {
    expect(await collect([server.url('/rss-as-html')])).toMatchObject([{ text: 'Full text.', format: 'rss' }]);
  });
});

describe('readUrlList', () => {
  it('reads URLs, ignoring comments and blank lines, reporting bad lines', async () => {
    const list = path.join(dir, 'urls.txt');
    writeFileSync(list, `# morning reading\n\n${server.url('/pages/plain')}\n  ${server.url('/pages/harbour')}#top   # inline note\nnot a url\nftp://127.0.0.1/x\n${server.url('/pages/plain')}\n`);
    const { urls, failures } = await readUrlList(list);
    expect(urls).toEqual([server.url('/pages/plain'), `${server.url('/pages/harbour')}#top`]);
    expect(failures).toEqual([
      { file: 'urls.txt:5', cause: 'invalid URL "not a url": not a url' },
      { file: 'urls.txt:6', cause: expect.stringMatching(/^unsupported scheme ftp: .*: ftp:\/\/127\.0\.0\.1\/x$/) },
    ]);
  });

  it('reports a missing list', async () => {
    const { urls, failures } = await readUrlList(path.join(dir, 'none.txt'));
    expect(urls).toEqual([]);
    expect(failures).toEqual([{ file: path.join(dir, 'none.txt'), cause: expect.stringMatching(/^URL list not found/) }]);
  });
});

describe('sniffing', () => {
  it('tells URLs from paths', () => {
    for (const s of ['http://a.b/c', 'HTTPS://a.b', 'ftp://x', 'file:///etc/passwd', 'data:text/plain,x', 'javascript:alert(1)']) expect(isUrlArgument(s)).toBe(true);
    for (const s of ['articles/', './a.txt', 'C:\\news\\a.txt', 'notes:2024.txt', '/tmp/x.html']) expect(isUrlArgument(s)).toBe(false);
  });

  it('finds the root element past declarations, comments and DOCTYPEs', () => {
    expect(sniffRoot('\uFEFF<?xml version="1.0"?>\n<!-- hi --><!DOCTYPE rss [<!ENTITY a "b">]>\n<rss version="2.0">')).toBe('feed');
    expect(sniffRoot('<feed xmlns="http://www.w3.org/2005/Atom">')).toBe('feed');
    expect(sniffRoot('<!doctype html><html>')).toBe('html');
    expect(sniffRoot('Just text')).toBe(null);
  });

  it('finds declared charsets', () => {
    expect(sniffCharset(Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss>'))).toBe('iso-8859-1');
    expect(sniffCharset(Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'))).toBe('windows-1251');
    expect(sniffCharset(Buffer.from('<meta charset="utf-16">'))).toBe('utf-8');
    expect(sniffCharset(Buffer.from('<p>nothing</p>'))).toBe(null);
  });
});
