import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IngestFailure, RawArticle } from '../types.ts';
import { prepareArticle, readInputs } from './index.ts';

// Small fixtures, written for these tests.
const FIXTURES: Record<string, string | Uint8Array> = {
  'a-plain.txt': '\n\nHarbour reopens after storm\n\nThe port of Valmera reopened on Monday.\n\nShips queued overnight.',
  'b-notes.md': '# River *levels* rise\n\nThe [river agency](https://example.org) said **levels** rose.\n\n![chart](c.png)\n\n```\nlevel = 4.2\n```',
  'c-page.html': `<!DOCTYPE html><html lang="en"><head><title>Mill closes | Example Daily</title>
<meta property="og:site_name" content="Example Daily">
<meta property="article:published_time" content="2024-03-05T09:00:00+01:00">
<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"name":"Example Daily Ltd"}}</script></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<div class="cookie">We use cookies. Accept all cookies</div>
<article><h1>Mill closes</h1>
<p>The old textile mill in Brennford closed its doors on Tuesday after ninety years of production, leaving two hundred workers looking for new jobs in the valley.</p>
<p>The owners blamed rising energy prices and weak demand from abroad, and said the site would be sold to a developer later in the year.</p>
<p>Union leaders called the decision a betrayal and promised to campaign for a retraining fund paid by the regional government.</p>
</article><footer>© Example Daily · Contact · Privacy</footer></body></html>`,
  'd-lines.jsonl': [
    JSON.stringify({ text: 'First report text.', title: 'One', outlet: 'Wire A', published: '2023-07-01', language: 'en' }),
    '{"text": "broken',
    '',
    JSON.stringify({ title: 'no text here' }),
    JSON.stringify({ text: 'Third report text.', url: 'https://example.org/3' }),
  ].join('\n'),
  'e-feed.rss': `<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY a "aaaaaaaaaa">
  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
  <!ENTITY secret SYSTEM "file:///etc/passwd">
]>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Example Feed</title><language>en-gb</language>
<item><title>Bridge repaired &amp;c;</title><link>https://example.org/bridge</link><pubDate>Tue, 05 Mar 2024 23:30:00 -0500</pubDate>
<description>&lt;p&gt;The bridge &amp;c; was repaired.&lt;/p&gt;&lt;p&gt;Traffic resumed &amp;secret;.&lt;/p&gt;</description></item>
<item><title>Ferry delayed</title><link>https://example.org/ferry</link>
<content:encoded><![CDATA[<p>The ferry was <b>delayed</b> by fog.</p>]]></content:encoded></item>
</channel></rss>`,
  'f-feed.atom': `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr"><title>Exemple</title>
<entry><title>Le pont</title><link rel="alternate" href="https://example.org/pont"/><updated>2024-04-02T10:00:00Z</updated>
<content type="html">&lt;p&gt;Le pont a été réparé.&lt;/p&gt;</content></entry></feed>`,
  'g-other.xml': '<catalog><book>Not a feed</book></catalog>',
  'h-binary.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d]),
  'i-empty.txt': '   \n\n  ',
  'j-latin.txt': new Uint8Array([0x54, 0x69, 0x74, 0x6c, 0x65, 0x0a, 0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x2e]),
  'k-utf16.txt': new Uint8Array([0xff, 0xfe, ...Array.from('Title\nBody.').flatMap((c) => [c.charCodeAt(0), 0])]),
  'notes.pdf': 'ignored in folders',
  '.hidden.txt': 'Hidden\n\nNever read.',
  'sub/z-nested.txt': 'Nested title\n\nNested body.',
};

let dir: string;
const isFailure = (x: RawArticle | IngestFailure): x is IngestFailure => 'cause' in x;

async function collect(paths: string[], options?: { maxBytes?: number }) {
  const out: Array<RawArticle | IngestFailure> = [];
  for await (const item of readInputs(paths, options)) out.push(item);
  return out;
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'dossier-ingest-'));
  for (const [name, content] of Object.entries(FIXTURES)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readInputs over a folder', () => {
  let items: Array<RawArticle | IngestFailure>;
  beforeAll(async () => {
    items = await collect([dir]);
  });
  const byFile = (file: string) => items.find((x) => x.file === file);

  it('visits files in sorted order, recursing, skipping hidden files and unknown extensions', () => {
    expect(items.map((x) => x.file)).toEqual([
      'a-plain.txt', 'b-notes.md', 'c-page.html', 'd-lines.jsonl#1', 'd-lines.jsonl:2', 'd-lines.jsonl:4', 'd-lines.jsonl#5',
      'e-feed.rss#1', 'e-feed.rss#2', 'f-feed.atom#1', 'g-other.xml', 'h-binary.txt', 'i-empty.txt', 'j-latin.txt', 'k-utf16.txt',
      'z-nested.txt',
    ]);
  });

  it('reads .txt: first non-empty line is the title', () => {
    expect(byFile('a-plain.txt')).toMatchObject({ title: 'Harbour reopens after storm', text: 'The port of Valmera reopened on Monday.\n\nShips queued overnight.', format: 'txt' });
  });

  it('reads .md: markup stripped, code kept as text, images dropped', () => {
    const md = byFile('b-notes.md') as RawArticle;
    expect(md.title).toBe('River levels rise');
    expect(md.text).toBe('The river agency said levels rose.\n\nlevel = 4.2');
  });

  it('reads .html: main text without navigation, and metadata; the cookie line goes in prepareArticle', () => {
    const page = byFile('c-page.html') as RawArticle;
    expect(page.text).not.toMatch(/Home|World|Sport|Privacy/);
    expect(page).toMatchObject({ outlet: 'Example Daily', published: '2024-03-05', language: 'en', format: 'html' });
    const article = prepareArticle(page);
    expect(article.text).toMatch(/^The old textile mill/);
    expect(article.text.split('\n\n')).toHaveLength(3);
    expect(article).toMatchObject({ outletFrom: 'metadata', publishedFrom: 'metadata', title: 'Mill closes' });
  });

  it('reads .jsonl: good lines kept, broken lines reported with their line number', () => {
    expect(byFile('d-lines.jsonl#1')).toMatchObject({ text: 'First report text.', outlet: 'Wire A', published: '2023-07-01', language: 'en' });
    expect(byFile('d-lines.jsonl#5')).toMatchObject({ text: 'Third report text.', url: 'https://example.org/3', title: null });
    expect((byFile('d-lines.jsonl:2') as IngestFailure).cause).toMatch(/^invalid JSON/);
    expect((byFile('d-lines.jsonl:4') as IngestFailure).cause).toBe('missing or empty "text" field');
  });

  it('reads RSS items without expanding DOCTYPE entities or reading local files', () => {
    const first = byFile('e-feed.rss#1') as RawArticle;
    expect(first).toMatchObject({ title: 'Bridge repaired &c;', url: 'https://example.org/bridge', published: '2024-03-05', outlet: 'Example Feed', language: 'en', format: 'rss' });
    expect(first.text).toBe('The bridge &c; was repaired.\n\nTraffic resumed &secret;.');
    expect(JSON.stringify(items)).not.toMatch(/root:|aaaaaaaaaaaaaaaaaaaa/);
    expect(byFile('e-feed.rss#2')).toMatchObject({ text: 'The ferry was delayed by fog.', published: null });
  });

  it('reads Atom entries', () => {
    expect(byFile('f-feed.atom#1')).toMatchObject({ title: 'Le pont', url: 'https://example.org/pont', text: 'Le pont a été réparé.', published: '2024-04-02', language: 'fr', format: 'atom' });
  });

  const failures: Array<[string, RegExp]> = [
    ['g-other.xml', /unsupported XML root <catalog>/],
    ['h-binary.txt', /^binary data/],
    ['i-empty.txt', /^empty file$/],
  ];
  it.each(failures)('reports %s as a one-line failure', (file, cause) => {
    const failure = byFile(file);
    expect(failure && isFailure(failure)).toBe(true);
    expect((failure as IngestFailure).cause).toMatch(cause);
    expect((failure as IngestFailure).cause).not.toMatch(/\n/);
  });

  it('decodes windows-1252 and UTF-16', () => {
    expect(byFile('j-latin.txt')).toMatchObject({ title: 'Title', text: '\u201CCafé\u201D.' });
    expect(byFile('k-utf16.txt')).toMatchObject({ title: 'Title', text: 'Body.' });
  });
});

describe('readInputs on named paths', () => {
  it('reports a named file with an unknown extension, and a missing path', async () => {
    const items = await collect([path.join(dir, 'notes.pdf'), path.join(dir, 'missing.txt')]);
    expect(items).toEqual([
      { file: 'notes.pdf', cause: expect.stringMatching(/^unsupported file type/) },
      { file: path.join(dir, 'missing.txt'), cause: expect.stringMatching(/^not found: ENOENT/) },
    ]);
  });

  it('reports files over the size limit without reading them', async () => {
    const items = await collect([path.join(dir, 'c-page.html')], { maxBytes: 100 });
    expect(items).toEqual([{ file: 'c-page.html', cause: expect.stringMatching(/^file too large: 0\.0 MB exceeds the 0\.0 MB limit/) }]);
  });

  it.skipIf(process.getuid?.() === 0)('reports an unreadable file (skipped as root, who can read anything)', async () => {
    const locked = path.join(dir, 'locked.txt');
    writeFileSync(locked, 'Title\n\nBody.');
    chmodSync(locked, 0o000);
    const items = await collect([locked]);
    chmodSync(locked, 0o600);
    expect(items).toEqual([{ file: 'locked.txt', cause: expect.stringMatching(/^permission denied/) }]);
  });

  it('extracts text from HTML nested 100,000 levels deep, quickly and without a crash', async () => {
    const deep = path.join(dir, 'deep.html');
    const levels = 100_000;
    writeFileSync(deep, `<html><body>${'<div>'.repeat(levels)}<p>Deep text survives.</p>${'</div>'.repeat(levels)}</body></html>`);
    const started = Date.now();
    const items = await collect([deep]);
    expect(items).toMatchObject([{ file: 'deep.html', text: 'Deep text survives.' }]);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
