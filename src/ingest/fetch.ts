// HTTP(S) fetching for live sources: one GET with the rules a crawler owes the web and itself.
//
//   schemes     http: and https: only, checked on the URL given and on every redirect hop
//   redirects   followed by hand, at most `maxRedirects` hops
//   timeouts    `connectTimeoutMs` per connection (DNS + TCP + TLS), `timeoutMs` for the whole fetch
//   size        `maxBytes` of body, checked against Content-Length and again while streaming (after
//               decompression, so a gzip bomb stops at the limit too)
//   status      anything but 2xx is a failure naming the status
//
// Never throws: every problem comes back as `{ ok: false, cause }`, one line, for an IngestFailure.
import http from 'node:http';
import https from 'node:https';
import zlib from 'node:zlib';
import type { Readable } from 'node:stream';

export const USER_AGENT = 'Dossier/0.1 (+https://github.com/dossier)';

export interface FetchOptions {
  /** Whole fetch, every redirect hop and the body included. Default 15 s. */
  timeoutMs: number;
  /** Time to establish each connection (DNS, TCP and TLS). Default 15 s. */
  connectTimeoutMs: number;
  /** Largest body accepted, after decompression. Default 10 MB. */
  maxBytes: number;
  /** Redirect hops followed before giving up. Default 5. */
  maxRedirects: number;
  userAgent: string;
  /** Stops the fetch early (watch: SIGINT); the result is a failure "aborted". */
  signal?: AbortSignal;
}

export const DEFAULT_FETCH_OPTIONS: FetchOptions = {
  timeoutMs: 15_000,
  connectTimeoutMs: 15_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  userAgent: USER_AGENT,
};

export interface Fetched {
  ok: true;
  /** The URL asked for. */
  url: string;
  /** The URL the body came from, after redirects. */
  finalUrl: string;
  status: number;
  /** Media type from Content-Type, lower case, without parameters ("text/html"); null when absent. */
  mediaType: string | null;
  /** The charset parameter of Content-Type, lower case, else null. */
  charset: string | null;
  bytes: Uint8Array;
}

export type FetchResult = Fetched | { ok: false; cause: string };

const ALLOWED_SCHEMES = new Set(['http:', 'https:']);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
const seconds = (ms: number) => `${+(ms / 1000).toFixed(3)} s`;
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Parses `url` and checks its scheme; the failure cause names the scheme ("unsupported scheme file:"). */
export function checkUrl(url: string): { ok: true; url: URL } | { ok: false; cause: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, cause: `invalid URL ${JSON.stringify(url.slice(0, 200))}` };
  }
  if (!ALLOWED_SCHEMES.has(parsed.protocol)) {
    return { ok: false, cause: `unsupported scheme ${parsed.protocol} (only http: and https: URLs are fetched)` };
  }
  return { ok: true, url: parsed };
}

export function parseContentType(header: string | null | undefined): { mediaType: string | null; charset: string | null } {
  if (!header) return { mediaType: null, charset: null };
  const [type, ...params] = header.split(';');
  let charset: string | null = null;
  for (const p of params) {
    const m = /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p);
    if (m) charset = m[1].toLowerCase();
  }
  return { mediaType: type.trim().toLowerCase() || null, charset };
}

interface Hop {
  status: number;
  location: string | null;
  contentType: string | null;
  bytes: Uint8Array;
}

class FetchError extends Error {}

function decompressor(encoding: string | undefined): zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress | null {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip();
    case 'deflate':
      return zlib.createInflate();
    case 'br':
      return zlib.createBrotliDecompress();
    default:
      return null;
  }
}

/** One request, no redirect handling. Rejects with a FetchError whose message is the one-line cause. */
function requestOnce(url: URL, options: FetchOptions, deadline: number): Promise<Hop> {
  return new Promise<Hop>((resolve, reject) => {
    const lib = url.protocol === 'https:' ? https : http;
    let settled = false;
    let connectTimer: NodeJS.Timeout | undefined;
    let totalTimer: NodeJS.Timeout | undefined;
    let body: Readable | undefined;
    const finish = (error: Error | null, hop?: Hop) => {
      if (settled) return;
      settled = true;
      clearTimeout(connectTimer);
      clearTimeout(totalTimer);
      options.signal?.removeEventListener('abort', onAbort);
      if (error) {
        body?.destroy();
        req.destroy();
        reject(error);
      } else resolve(hop!);
    };
    const onAbort = () => finish(new FetchError('aborted'));

    const req = lib.request(url, {
      method: 'GET',
      agent: false, // a fresh connection per request, so the connect timeout always measures a real connect
      headers: {
        'User-Agent': options.userAgent,
        Accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.9, text/plain;q=0.8, */*;q=0.5',
        'Accept-Encoding': 'gzip, deflate, br',
      },
    });

    const remaining = deadline - Date.now();
    totalTimer = setTimeout(() => finish(new FetchError(`timed out after ${seconds(options.timeoutMs)} (total time limit)`)), Math.max(remaining, 0));
    connectTimer = setTimeout(
      () => finish(new FetchError(`timed out after ${seconds(options.connectTimeoutMs)} connecting to ${url.host}`)),
      options.connectTimeoutMs,
    );
    if (options.signal?.aborted) return onAbort();
    options.signal?.addEventListener('abort', onAbort, { once: true });

    // agent: false gives every request a fresh socket, so these events always come.
    req.on('socket', (socket) => socket.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', () => clearTimeout(connectTimer)));
    req.on('error', (error: NodeJS.ErrnoException) => {
      const what = error.code === 'ENOTFOUND' || error.code === 'EAI_AGAIN' ? 'host not found' : 'connection failed';
      finish(new FetchError(`${what}: ${oneLine(error.message)}`));
    });
    req.on('response', (res) => {
      clearTimeout(connectTimer);
      const status = res.statusCode ?? 0;
      const location = typeof res.headers.location === 'string' ? res.headers.location : null;
      const contentType = res.headers['content-type'] ?? null;
      if (REDIRECTS.has(status) || status < 200 || status > 299) {
        // The body of a redirect or an error page is not needed.
        res.resume();
        finish(null, { status, location, contentType, bytes: new Uint8Array() });
        return;
      }
      const declared = Number(res.headers['content-length']);
      const inflate = decompressor(res.headers['content-encoding']);
      // Content-Length counts the bytes on the wire, which are held to the limit too.
      if (Number.isFinite(declared) && declared > options.maxBytes) {
        finish(new FetchError(`response too large: Content-Length ${megabytes(declared)} exceeds the ${megabytes(options.maxBytes)} limit`));
        return;
      }
      const early = () => new FetchError('download failed: the server closed the connection early');
      const tooLarge = () => new FetchError(`response too large: more than ${megabytes(options.maxBytes)} (download stopped at the limit)`);
      const chunks: Buffer[] = [];
      let received = 0;
      let wire = 0;
      res.on('error', () => finish(early()));
      if (inflate) {
        res.on('data', (chunk: Buffer) => {
          wire += chunk.length;
          if (wire > options.maxBytes) finish(tooLarge());
        });
        inflate.on('error', (error) => finish(new FetchError(`could not decompress the ${res.headers['content-encoding']} body: ${oneLine(error.message)}`)));
      }
      body = inflate ? res.pipe(inflate) : res;
      body.on('data', (chunk: Buffer) => {
        received += chunk.length;
        if (received > options.maxBytes) return finish(tooLarge());
        chunks.push(chunk);
      });
      res.on('close', () => {
        if (!res.complete) finish(early());
      });
      body.on('end', () => {
        if (!res.complete) return finish(early());
        finish(null, { status, location, contentType, bytes: new Uint8Array(Buffer.concat(chunks)) });
      });
    });
    req.end();
  });
}

/** Fetches one http(s) URL, following redirects; never throws. */
export async function fetchUrl(url: string, options: Partial<FetchOptions> = {}): Promise<FetchResult> {
  const settings: FetchOptions = { ...DEFAULT_FETCH_OPTIONS, ...options };
  const first = checkUrl(url);
  if (!first.ok) return first;
  const deadline = Date.now() + settings.timeoutMs;
  let current = first.url;
  for (let hop = 0; ; hop++) {
    let response: Hop;
    try {
      response = await requestOnce(current, settings, deadline);
    } catch (error) {
      const cause = error instanceof FetchError ? error.message : `request failed: ${oneLine(String((error as Error)?.message ?? error))}`;
      return { ok: false, cause: hop > 0 ? `${cause} (at ${current.href} after ${hop} redirect${hop === 1 ? '' : 's'})` : cause };
    }
    if (REDIRECTS.has(response.status)) {
      if (!response.location) return { ok: false, cause: `HTTP ${response.status} redirect without a Location header (at ${current.href})` };
      if (hop >= settings.maxRedirects) return { ok: false, cause: `too many redirects (more than ${settings.maxRedirects}; last to ${response.location.slice(0, 200)})` };
      let next: URL;
      try {
        next = new URL(response.location, current);
      } catch {
        return { ok: false, cause: `HTTP ${response.status} redirect to an invalid URL ${JSON.stringify(response.location.slice(0, 200))}` };
      }
      if (!ALLOWED_SCHEMES.has(next.protocol)) {
        return { ok: false, cause: `redirect to unsupported scheme ${next.protocol} refused (${next.href.slice(0, 200)})` };
      }
      current = next;
      continue;
    }
    if (response.status < 200 || response.status > 299) {
      const reason = http.STATUS_CODES[response.status];
      return { ok: false, cause: `HTTP ${response.status}${reason ? ` ${reason}` : ''}${hop > 0 ? ` (at ${current.href})` : ''}` };
    }
    const { mediaType, charset } = parseContentType(response.contentType);
    return { ok: true, url, finalUrl: current.href, status: response.status, mediaType, charset, bytes: response.bytes };
  }
}
