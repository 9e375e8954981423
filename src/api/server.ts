// The HTTP server: node:http, read-only. One handler answers /api/* from ApiData and serves the
// built UI (src/web → dist/web) as static files. Safety is the default: loopback bind, GET/HEAD
// only, bounded URLs, strict CSP and no sniffing on every response, static paths that cannot
// leave the built folder, and a Host check against DNS rebinding when bound to loopback.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { ApiError, errorBody } from './errors.ts';
import { Params } from './params.ts';
import { ROUTES } from './routes.ts';
import type { ApiData } from './data.ts';

/** Longest request target (path and query) accepted; longer is 414. */
export const MAX_URL_LENGTH = 2048;
/** A request whose headers or body take longer than this is dropped (slow clients). */
export const REQUEST_TIMEOUT_MS = 10_000;

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
};

export interface HandlerOptions {
  data: ApiData;
  /** Folder of the built UI; null serves the API only. */
  staticDir: string | null;
  /** Host names (without port) accepted in the Host header; null accepts any. */
  allowedHosts?: string[] | null;
  /** Called with unexpected errors (500s); defaults to stderr. */
  onError?: (err: unknown) => void;
}

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

function send(req: IncomingMessage, res: ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}): void {
  const buf = typeof body === 'string' ? Buffer.from(body) : body;
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': String(buf.length), ...extra });
  res.end(req.method === 'HEAD' ? undefined : buf);
}

function sendError(req: IncomingMessage, res: ServerResponse, status: number, message: string, extra: Record<string, string> = {}): void {
  send(req, res, status, 'application/json; charset=utf-8', errorBody(status, message), { 'Cache-Control': 'no-store', ...extra });
}

/** Decodes one path segment; null when it is malformed or unsafe (., .., slashes, backslashes, NUL). */
export function safeSegment(raw: string): string | null {
  let s: string;
  try {
    s = decodeURIComponent(raw);
  } catch {
    return null;
  }
  if (s === '.' || s === '..' || /[/\\\0]/.test(s)) return null;
  return s;
}

function hostAllowed(req: IncomingMessage, allowed: string[] | null | undefined): boolean {
  if (!allowed) return true;
  const host = (req.headers.host ?? '').toLowerCase();
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.replace(/:\d+$/, '');
  return allowed.includes(name);
}

export function createHandler(o: HandlerOptions): Handler {
  const root = o.staticDir ? realpathSync(resolve(o.staticDir)) : null;
  const onError = o.onError ?? ((err: unknown) => process.stderr.write(`dossier serve: ${(err as Error)?.stack ?? err}\n`));

  function serveApi(req: IncomingMessage, res: ServerResponse, path: string, search: string): void {
    const route = ROUTES.find((r) => r.pattern.test(path));
    if (!route) throw new ApiError(404, `no endpoint ${path} (see /api/openapi.json)`);
    const match = route.pattern.exec(path)!.slice(1).map((seg) => {
      const s = safeSegment(seg);
      if (s === null) throw new ApiError(400, `malformed path segment "${seg}"`);
      return s;
    });
    o.data.refresh();
    const body = o.data.cachedResponse(`${path}?${search}`, () =>
      JSON.stringify(route.handle({ data: o.data, params: new Params(new URLSearchParams(search), route.params), match })));
    send(req, res, 200, 'application/json; charset=utf-8', body, { 'Cache-Control': 'no-store' });
  }

  function serveStatic(req: IncomingMessage, res: ServerResponse, path: string): void {
    if (!root) throw new ApiError(404, 'no UI is served (build it with npm run build:web)');
    const segments = path.split('/').slice(1);
    const decoded: string[] = [];
    for (const seg of segments) {
      const s = safeSegment(seg);
      if (s === null) throw new ApiError(400, 'malformed or unsafe path');
      decoded.push(s);
    }
    const rel = decoded.join('/') || 'index.html';
    if (rel.startsWith('.') || decoded.some((s) => s.startsWith('.'))) throw new ApiError(404, 'not found');
    const file = resolve(join(root, rel));
    if (!file.startsWith(root + sep)) throw new ApiError(400, 'malformed or unsafe path');
    let real: string;
    try {
      real = realpathSync(file);
      if (!real.startsWith(root + sep) || !statSync(real).isFile()) throw new Error('not a file');
    } catch {
      throw new ApiError(404, 'not found');
    }
    const type = TYPES[extname(real).toLowerCase()] ?? 'application/octet-stream';
    send(req, res, 200, type, readFileSync(real), { 'Cache-Control': rel === 'index.html' ? 'no-cache' : 'public, max-age=300' });
  }

  return (req, res) => {
    try {
      const target = req.url ?? '/';
      if (target.length > MAX_URL_LENGTH) return sendError(req, res, 414, `request URL longer than ${MAX_URL_LENGTH} characters`);
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        return sendError(req, res, 405, `method ${req.method} not allowed (GET or HEAD only)`, { Allow: 'GET, HEAD' });
      }
      if (!hostAllowed(req, o.allowedHosts)) return sendError(req, res, 421, 'unexpected Host header');
      if (!target.startsWith('/') || target.startsWith('//')) return sendError(req, res, 400, 'request target must be a path');
      const q = target.indexOf('?');
      const path = q < 0 ? target : target.slice(0, q);
      const search = q < 0 ? '' : target.slice(q + 1);
      // Raw checks before any decoding: dot segments and encoded separators are refused outright.
      if (/(^|\/)\.\.?(\/|$)|%2f|%5c|%00|\\/i.test(path) || /(^|\/)(%2e|\.){1,2}(\/|$)/i.test(path)) {
        return sendError(req, res, 400, 'malformed or unsafe path');
      }
      if (path === '/api' || path.startsWith('/api/')) serveApi(req, res, path, search);
      else serveStatic(req, res, path);
    } catch (err) {
      if (res.headersSent) return void res.destroy();
      if (err instanceof ApiError) return sendError(req, res, err.status, err.message);
      onError(err);
      sendError(req, res, 500, 'internal error');
    }
  };
}

export interface ServerOptions extends Omit<HandlerOptions, 'allowedHosts'> {
  host?: string;
  port?: number;
  /** Compute the busiest actors' profiles and graphs at start (default true). */
  warm?: boolean;
}

export interface RunningServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

const LOOPBACK = ['127.0.0.1', 'localhost', '::1', '[::1]'];

/** Listens on host:port (default 127.0.0.1:8080; port 0 picks a free one). */
export async function startServer(o: ServerOptions): Promise<RunningServer> {
  const host = o.host ?? '127.0.0.1';
  const allowedHosts = LOOPBACK.includes(host) ? ['127.0.0.1', 'localhost', '[::1]'] : null;
  const server = createServer({ requestTimeout: REQUEST_TIMEOUT_MS, headersTimeout: REQUEST_TIMEOUT_MS / 2, maxHeaderSize: 16 * 1024 },
    createHandler({ ...o, allowedHosts }));
  server.keepAliveTimeout = 5_000;
  server.timeout = REQUEST_TIMEOUT_MS; // an idle or stalled socket is closed
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(o.port ?? 8080, host, () => {
      server.off('error', fail);
      ok();
    });
  });
  const addr = server.address() as AddressInfo;
  const shown = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  if (o.warm !== false) await warmHeaviest(`http://${shown}:${addr.port}/`, o.data);
  return {
    server,
    url: `http://${shown}:${addr.port}/`,
    close: () => new Promise<void>((ok) => {
      server.close(() => ok());
      server.closeAllConnections();
    }),
  };
}

/** Profiles and graphs worth computing before the first visitor asks: the most active actors. */
const WARM_ENTITIES = 20;

/**
 * Answers the heaviest requests once at start, through the server itself: their bodies land in the
 * response cache and the code paths are compiled, so the first analyst to open a busy actor does not
 * wait for either.
 */
async function warmHeaviest(base: string, data: ApiData): Promise<void> {
  const byEvents = [...data.index.eventsByEntity.entries()].sort((a, b) => b[1].length - a[1].length).slice(0, WARM_ENTITIES);
  for (const [id] of byEvents) {
    for (const path of [`api/entities/${encodeURIComponent(id)}`, `api/graph?entity=${encodeURIComponent(id)}&depth=1`]) {
      try {
        await (await fetch(base + path)).arrayBuffer();
      } catch {
        return; // warming is an optimisation: a failure here only means a slower first request
      }
    }
  }
}
