// fetch.ts against a local server on 127.0.0.1: schemes, redirects, timeouts, size limits, status, charset.
import { gzipSync } from 'node:zlib';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchUrl, parseContentType, USER_AGENT } from './fetch.ts';
import { redirect, respond, startTestServer, type TestServer } from './test-server.ts';

let server: TestServer;
const MB = 1024 * 1024;

beforeAll(async () => {
  server = await startTestServer({
    '/page': respond('<p>Hello</p>', 'text/html; charset=ISO-8859-1'),
    '/missing': respond('gone', 'text/plain', 404),
    '/broken': respond('oops', 'text/plain', 503),
    '/loop': redirect('/loop'),
    '/hop1': redirect('/hop2', 301),
    '/hop2': redirect('/page', 307),
    '/to-file': redirect('file:///etc/passwd'),
    '/to-data': redirect('data:text/html,<p>x</p>'),
    '/no-location': (_req, res) => {
      res.writeHead(302);
      res.end();
    },
    '/slow-headers': (_req, res) => {
      const timer = setTimeout(() => respond('late')(_req, res), 3000);
      res.on('close', () => clearTimeout(timer));
    },
    '/slow-body': (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.write('first part ');
      const timer = setInterval(() => res.write('.'), 100);
      res.on('close', () => clearInterval(timer));
    },
    '/big-declared': (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': String(50 * MB) });
      res.write('x'.repeat(1024));
      // never finishes: the client must stop at the header
    },
    '/big-streamed': (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/plain' }); // chunked, no length
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      let sent = 0;
      const pump = () => {
        while (sent < 50 * MB) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('close', () => (sent = Infinity));
      pump();
    },
    '/truncated': (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': '1000' });
      res.write('only a little', () => res.socket?.destroy());
    },
    '/bad-gzip': (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Encoding': 'gzip' });
      res.end('this is not gzip at all');
    },
    '/gzip-bomb': (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Encoding': 'gzip' });
      res.end(gzipSync(Buffer.alloc(20 * MB, 0x61)));
    },
    '/gzip-ok': (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Encoding': 'gzip' });
      res.end(gzipSync(Buffer.from('Compressed café')));
    },
  });
});
afterAll(() => server.close());

describe('fetchUrl', () => {
  it('fetches a page with the Dossier user agent and reports type and charset', async () => {
    const result = await fetchUrl(server.url('/page'));
    expect(result).toMatchObject({ ok: true, status: 200, mediaType: 'text/html', charset: 'iso-8859-1', finalUrl: server.url('/page') });
    if (result.ok) expect(Buffer.from(result.bytes).toString()).toBe('<p>Hello</p>');
    expect(server.userAgents.at(-1)).toBe(USER_AGENT);
    expect(USER_AGENT).toBe('Dossier/0.1 (+https://github.com/dossier)');
  });

  it('decompresses gzip bodies', async () => {
    const result = await fetchUrl(server.url('/gzip-ok'));
    expect(result.ok && Buffer.from(result.bytes).toString()).toBe('Compressed café');
  });

  it.each(['file:///etc/passwd', 'data:text/html,<p>hi</p>', 'ftp://127.0.0.1/x', 'javascript:alert(1)'])('refuses %s: unsupported scheme', async (url) => {
    const result = await fetchUrl(url);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.cause).toMatch(/^unsupported scheme [a-z]+:/);
  });

  it('rejects an invalid URL', async () => {
    expect(await fetchUrl('http://')).toMatchObject({ ok: false, cause: expect.stringMatching(/^invalid URL/) });
  });

  it('reports non-2xx statuses', async () => {
    expect(await fetchUrl(server.url('/missing'))).toEqual({ ok: false, cause: 'HTTP 404 Not Found' });
    expect(await fetchUrl(server.url('/broken'))).toEqual({ ok: false, cause: 'HTTP 503 Service Unavailable' });
  });

  it('follows relative redirects and reports the final URL', async () => {
    const result = await fetchUrl(server.url('/hop1'));
    expect(result).toMatchObject({ ok: true, url: server.url('/hop1'), finalUrl: server.url('/page') });
  });

  it('gives up on a redirect loop after 5 hops', async () => {
    const before = server.log.length;
    const result = await fetchUrl(server.url('/loop'));
    expect(result).toMatchObject({ ok: false, cause: expect.stringMatching(/^too many redirects \(more than 5/) });
    expect(server.log.length - before).toBe(6); // the first request and 5 redirects followed
    expect(await fetchUrl(server.url('/loop'), { maxRedirects: 0 })).toMatchObject({ ok: false, cause: expect.stringMatching(/more than 0/) });
  });

  it('refuses redirects to other schemes', async () => {
    expect(await fetchUrl(server.url('/to-file'))).toEqual({ ok: false, cause: 'redirect to unsupported scheme file: refused (file:///etc/passwd)' });
    expect(await fetchUrl(server.url('/to-data'))).toMatchObject({ ok: false, cause: expect.stringMatching(/^redirect to unsupported scheme data:/) });
    expect(await fetchUrl(server.url('/no-location'))).toMatchObject({ ok: false, cause: expect.stringMatching(/without a Location header/) });
  });

  it('times out when the server is slow to answer', async () => {
    const started = Date.now();
    const result = await fetchUrl(server.url('/slow-headers'), { timeoutMs: 300 });
    expect(result).toEqual({ ok: false, cause: 'timed out after 0.3 s (total time limit)' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('times out when the body trickles in', async () => {
    const result = await fetchUrl(server.url('/slow-body'), { timeoutMs: 400 });
    expect(result).toMatchObject({ ok: false, cause: expect.stringMatching(/^timed out after 0\.4 s/) });
  });

  it('refuses a body whose Content-Length is over the limit', async () => {
    const result = await fetchUrl(server.url('/big-declared'), { maxBytes: MB });
    expect(result).toEqual({ ok: false, cause: 'response too large: Content-Length 50.0 MB exceeds the 1.0 MB limit' });
  });

  it('stops a streamed body at the limit', async () => {
    const started = Date.now();
    const result = await fetchUrl(server.url('/big-streamed'), { maxBytes: MB });
    expect(result).toEqual({ ok: false, cause: 'response too large: more than 1.0 MB (download stopped at the limit)' });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('stops a gzip bomb at the limit, counting decompressed bytes', async () => {
    const result = await fetchUrl(server.url('/gzip-bomb'), { maxBytes: MB });
    expect(result).toMatchObject({ ok: false, cause: expect.stringMatching(/^response too large: more than 1\.0 MB/) });
  });

  it('reports a body cut short by the server', async () => {
    expect(await fetchUrl(server.url('/truncated'))).toEqual({ ok: false, cause: 'download failed: the server closed the connection early' });
  });

  it('reports a body that does not decompress', async () => {
    expect(await fetchUrl(server.url('/bad-gzip'))).toMatchObject({ ok: false, cause: expect.stringMatching(/^could not decompress the gzip body: /) });
  });

  it('reports a refused connection', async () => {
    const closed = http.createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((done) => closed.close(() => done()));
    const result = await fetchUrl(`http://127.0.0.1:${port}/`);
    expect(result).toMatchObject({ ok: false, cause: expect.stringMatching(/^connection failed: .*ECONNREFUSED/) });
  });

  it('stops when its signal aborts', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    expect(await fetchUrl(server.url('/slow-headers'), { signal: controller.signal })).toEqual({ ok: false, cause: 'aborted' });
  });
});

describe('parseContentType', () => {
  it('reads the media type and charset', () => {
    expect(parseContentType('Text/HTML; Charset="Windows-1252"')).toEqual({ mediaType: 'text/html', charset: 'windows-1252' });
    expect(parseContentType('application/rss+xml')).toEqual({ mediaType: 'application/rss+xml', charset: null });
    expect(parseContentType(undefined)).toEqual({ mediaType: null, charset: null });
  });
});
