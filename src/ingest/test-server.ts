// A tiny HTTP server on 127.0.0.1 (port 0) for the live-source tests: routes are plain functions, and every
// request is logged so tests can tell what was (and was not) fetched. Test support only.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = (req: http.IncomingMessage, res: http.ServerResponse) => void;

export interface TestServer {
  /** "http://127.0.0.1:PORT" */
  origin: string;
  url(path: string): string;
  routes: Map<string, Route>;
  /** Paths requested, in order. */
  log: string[];
  userAgents: string[];
  close(): Promise<void>;
}

export async function startTestServer(routes: Record<string, Route> = {}): Promise<TestServer> {
  const table = new Map(Object.entries(routes));
  const log: string[] = [];
  const userAgents: string[] = [];
  const sockets = new Set<import('node:net').Socket>();
  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    log.push(path);
    userAgents.push(String(req.headers['user-agent']));
    const route = table.get(path);
    if (route) route(req, res);
    else {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found');
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => origin + path,
    routes: table,
    log,
    userAgents,
    close: () =>
      new Promise<void>((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}

/** A route answering with a fixed body. */
export function respond(body: string | Uint8Array, contentType = 'text/html; charset=utf-8', status = 200): Route {
  return (_req, res) => {
    res.writeHead(status, { 'Content-Type': contentType });
    res.end(body);
  };
}

export function redirect(location: string, status = 302): Route {
  return (_req, res) => {
    res.writeHead(status, { Location: location });
    res.end();
  };
}

/** An article page with enough prose for Readability. */
export function articlePage(title: string, paragraphs: string[], meta: { published?: string; site?: string; charset?: string } = {}): string {
  return `<!DOCTYPE html><html lang="en"><head>${meta.charset ? `<meta charset="${meta.charset}">` : ''}<title>${title}</title>
${meta.site ? `<meta property="og:site_name" content="${meta.site}">` : ''}
${meta.published ? `<meta property="article:published_time" content="${meta.published}">` : ''}</head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article>
<footer>Contact · Privacy</footer></body></html>`;
}

export interface FeedItem {
  title: string;
  link: string;
  /** Summary (description) text; full content goes in content:encoded when `content` is set. */
  summary?: string;
  content?: string;
  date?: string;
}

export function rssFeed(title: string, items: FeedItem[]): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>${esc(title)}</title><language>en</language>
${items
  .map(
    (i) => `<item><title>${esc(i.title)}</title><link>${esc(i.link)}</link>${i.date ? `<pubDate>${i.date}</pubDate>` : ''}
${i.summary ? `<description>${esc(i.summary)}</description>` : ''}${i.content ? `<content:encoded><![CDATA[${i.content}]]></content:encoded>` : ''}</item>`,
  )
  .join('\n')}
</channel></rss>`;
}
