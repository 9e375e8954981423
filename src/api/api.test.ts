// The HTTP API end to end in-process: a real SQLite store with the fixture corpus, the real
// exporter, the handler listening on 127.0.0.1:0. Raw requests (node:http) are used where fetch
// would normalise the path before sending it.
import { explainOrigins } from './routes.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../store/index.ts';
import type { Store } from '../store/store.ts';
import { exportJson } from '../export/json.ts';
import { ApiData, fileVersion } from './data.ts';
import { startServer, type RunningServer } from './server.ts';
import { DOCS, RESOLUTION, XSS_TITLE, fillFixtureStore } from './test-support.ts';

let dir: string;
let store: Store;
let data: ApiData;
let server: RunningServer;
let port: number;

const [A, B, C, X] = DOCS.map((d) => d.article.id);

interface RawResponse { status: number; headers: Record<string, string | string[] | undefined>; body: string }

function raw(path: string, method = 'GET', headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => ok({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

async function get(path: string): Promise<{ status: number; json: any }> {
  const r = await raw(path);
  return { status: r.status, json: JSON.parse(r.body) };
}

async function ok(path: string): Promise<any> {
  const r = await get(path);
  expect(r.status, `${path}: ${JSON.stringify(r.json)}`).toBe(200);
  return r.json;
}

async function fails(path: string, status: number, mentions?: string): Promise<string> {
  const r = await get(path);
  expect(r.status, path).toBe(status);
  expect(r.json.error.status).toBe(status);
  if (mentions) expect(r.json.error.message).toContain(mentions);
  return r.json.error.message;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-api-'));
  const web = join(dir, 'web');
  mkdirSync(join(web, 'assets'), { recursive: true });
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(join(web, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.txt'), 'TOP-SECRET');
  const dbPath = join(dir, 'api.db');
  store = openStore(dbPath);
  fillFixtureStore(store);
  data = new ApiData({ store, exporter: exportJson, version: fileVersion(dbPath), checkEveryMs: 0 });
  server = await startServer({ data, staticDir: web, host: '127.0.0.1', port: 0 });
  port = Number(new URL(server.url).port);
});

afterAll(async () => {
  await server?.close();
  store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('search', () => {
  it('ranks entity and sentence hits with [[ ]] highlights and resolved documents', async () => {
    const r = await ok('/api/search?q=Maduro');
    expect(r.hits.length).toBeGreaterThan(2);
    const entity = r.hits.find((h: any) => h.kind === 'entity');
    expect(entity.entity).toMatchObject({ id: 'ent-maduro', name: 'Nicolás Maduro' });
    const sentence = r.hits.find((h: any) => h.kind === 'sentence');
    expect(sentence.snippet).toContain('[[Maduro]]');
    expect(sentence.document.title).toBeTruthy();
    const ranks = r.hits.map((h: any) => h.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it.each([`' OR 1=1 --`, `") NEAR(`, '"', 'Maduro*', 'text:Maduro', 'NOT', '%', '\\', '); DROP TABLE documents; --'])(
    'treats %s as words, never as SQL or FTS syntax', async (q) => {
      const r = await ok(`/api/search?q=${encodeURIComponent(q)}`);
      expect(Array.isArray(r.hits)).toBe(true);
      for (const h of r.hits) expect(h.snippet).toMatch(/\[\[/);
    });

  it('still works after the injection attempts', async () => {
    expect((await ok('/api/stats')).documents).toBe(4);
  });

  it('rejects a missing, empty, long or repeated q, and a bad limit', async () => {
    await fails('/api/search', 400, '"q"');
    await fails('/api/search?q=', 400, '"q"');
    await fails(`/api/search?q=${'a'.repeat(201)}`, 400, '"q"');
    await fails('/api/search?q=a&q=b', 400, 'more than once');
    await fails('/api/search?q=Iran&limit=0', 400, '"limit"');
    await fails('/api/search?q=Iran&limit=ten', 400, '"limit"');
  });
});

describe('entities', () => {
  it('lists by mentions with paging and filters', async () => {
    const all = await ok('/api/entities');
    expect(all.total).toBe(6);
    expect(all.items[0].name).toBe('Iran');
    const page = await ok('/api/entities?offset=1&limit=2');
    expect(page.items.map((e: any) => e.id)).toEqual(all.items.slice(1, 3).map((e: any) => e.id));
    expect((await ok('/api/entities?q=nicolas')).items.map((e: any) => e.id)).toEqual(['ent-maduro']);
    expect((await ok('/api/entities?q=TEHR')).items.map((e: any) => e.id)).toEqual(['ent-iran']);
    expect((await ok('/api/entities?type=person')).items.map((e: any) => e.id)).toEqual(['ent-maduro']);
    await fails('/api/entities?type=ROBOT', 400, '"type"');
    await fails('/api/entities?limit=501', 400, '"limit"');
    await fails('/api/entities?offset=-1', 400, '"offset"');
    await fails('/api/entities?sort=name', 400, '"sort"');
  });

  it('profiles an entity by id or name, with timeline, claims and conflicts', async () => {
    const byId = await ok('/api/entities/ent-iran');
    const byName = await ok('/api/entities/Tehran');
    expect(byName.id).toBe('ent-iran');
    expect(byId.timeline.map((t: any) => t.date)).toEqual(['2020-05', '2020-05', '2020-06', '2020-06-02', '2020-06-04']);
    expect(byId.timeline[0]).toMatchObject({ type: 'AID', role: 'source', counterpart: 'Venezuela' });
    expect(byId.claims.map((c: any) => c.id)).toContain('claim-fuel');
    expect(byId.conflicts).toHaveLength(1);
    expect(byId.conflicts[0].events[`${A}:1`].document.outlet).toBe('Harbor Wire');
    expect(byId.event_types.AID).toBe(3);
  });

  it('pages a long timeline and summarises it per month', async () => {
    const p = await ok('/api/entities/ent-iran?limit=2&offset=1');
    expect(p.timeline).toHaveLength(2);
    expect(p.timeline_total).toBe(5);
    expect(p.activity).toEqual(expect.arrayContaining([{ period: '2020-05', type: 'AID', count: 2 }]));
    expect(p.conflicts_total).toBe(1);
    await fails('/api/entities/ent-iran?limit=5001', 400, '"limit"');
  });

  it('applies as_of, supersessions included', async () => {
    const early = await ok('/api/entities/Maduro?as_of=2020-06-03');
    expect(early.timeline.map((t: any) => t.type)).toEqual(['CONSULT']);
    const us10 = await ok('/api/entities/ent-us?as_of=2020-06-10');
    expect(us10.timeline.map((t: any) => t.type)).toContain('SANCTION');
    const us30 = await ok('/api/entities/ent-us?as_of=2020-06-30');
    expect(us30.timeline.map((t: any) => t.type)).not.toContain('SANCTION');
    await fails('/api/entities/ent-us?as_of=2020-02-30', 400, '"as_of"');
    await fails('/api/entities/ent-us?as_of=yesterday', 400, '"as_of"');
  });

  it('404s an unknown entity, injection strings included', async () => {
    await fails('/api/entities/ent-nobody', 404);
    await fails(`/api/entities/${encodeURIComponent("' OR 1=1 --")}`, 404);
  });
});

describe('events', () => {
  it('filters by entity, type, date range and as_of, with paging', async () => {
    expect((await ok('/api/events')).total).toBe(9);
    const aid = await ok('/api/events?type=aid');
    expect(aid.items.map((v: any) => v.id).sort()).toEqual([`${A}:1`, `${B}:0`, `${C}:0`].sort());
    expect(aid.items[0]).toMatchObject({ type: 'AID', source: { id: 'ent-iran', name: 'Iran' }, document: { id: expect.any(String) } });
    const june = await ok('/api/events?from=2020-06&to=2020-06');
    expect(june.items.every((v: any) => v.date.startsWith('2020-06'))).toBe(true);
    expect(june.total).toBe(6);
    const maduro = await ok('/api/events?entity=Maduro&limit=2&offset=1');
    expect(maduro.total).toBe(4);
    expect(maduro.items).toHaveLength(2);
    expect((await ok('/api/events?entity=ent-us&as_of=2020-06-30')).items.map((v: any) => v.type)).toEqual(['CONCEDE', 'ACCUSE']);
  });

  it('rejects bad parameters, naming them', async () => {
    await fails('/api/events?type=HUG', 400, '"type"');
    await fails('/api/events?from=2020-1-5', 400, '"from"');
    await fails('/api/events?to=20200', 400, '"to"');
    await fails('/api/events?from=2021&to=2020', 400, '"from"');
    await fails('/api/events?entity=Atlantis', 404, '"entity"');
    await fails('/api/events?limit=1.5', 400, '"limit"');
  });
});

describe('claims', () => {
  it('lists claims by origins with entity, type and as_of filters', async () => {
    const all = await ok('/api/claims');
    expect(all.total).toBe(8);
    expect(all.items[0].id).toBe('claim-fuel');
    expect((await ok('/api/claims?entity=Venezuela&type=AID')).items.map((c: any) => c.id).sort()).toEqual(['claim-arms', 'claim-fuel']);
    expect((await ok('/api/claims?as_of=2020-05-31')).items.map((c: any) => c.id)).toEqual(['claim-fuel']);
    await fails('/api/claims?type=x', 400, '"type"');
    await fails('/api/claims?as_of=2020-00', 400, '"as_of"');
  });

  it('explains a claim: evidence with article, outlet, date and chain; origins; conflicts', async () => {
    const c = await ok('/api/claims/claim-fuel');
    expect(c.origins).toBe(1);
    expect(c.origins_explained).toMatch(/2 articles .* 1 independent origin/);
    expect(c.origin_chains[0]).toContain('Reuters');
    expect(c.evidence.map((e: any) => e.document.outlet).sort()).toEqual(['Coastal Times', 'Harbor Wire']);
    const coastal = c.evidence.find((e: any) => e.document.outlet === 'Coastal Times');
    expect(coastal.attribution.chain).toEqual(['Coastal Times', 'Reuters', 'shipping data']);
    expect(coastal.sentence).toContain('Iran shipped gasoline');
    expect(coastal.date).toBe('2020-05');
    expect(coastal.trigger).toBe('shipped');
    expect(c.conflicts).toHaveLength(1);
    expect(c.conflicts[0].why).toContain('denies');
  });

  it('shows supersessions from both sides', async () => {
    expect((await ok('/api/claims/claim-sanctions')).supersessions[0]).toMatchObject({ role: 'superseded', old: `${A}:2` });
    expect((await ok('/api/claims/claim-lifted')).supersessions[0]).toMatchObject({ role: 'supersedes', new: `${C}:2` });
  });

  it('404s an unknown claim and refuses parameters', async () => {
    await fails('/api/claims/claim-none', 404);
    await fails('/api/claims/claim-fuel?x=1', 400, '"x"');
  });
});

describe('stories, conflicts, supersessions', () => {
  it('lists stories largest first', async () => {
    const s = await ok('/api/stories');
    expect(s.items[0]).toMatchObject({ id: 'story-fuel', origin: 'Reuters' });
    expect(s.items[0].documents).toHaveLength(2);
  });

  it('lists conflicts with both events, by entity', async () => {
    const all = await ok('/api/conflicts');
    expect(all.total).toBe(1);
    expect(Object.keys(all.items[0].events)).toHaveLength(2);
    expect((await ok('/api/conflicts?entity=Colombia')).total).toBe(0);
    expect((await ok('/api/conflicts?entity=Iran')).total).toBe(1);
    expect((await ok('/api/supersessions')).items[0].why).toContain('lifted');
  });
});

describe('documents', () => {
  it('returns text with sentence, mention and event spans that point into it', async () => {
    const d = await ok(`/api/documents/${A}`);
    expect(d.document).toMatchObject({ outlet: 'Harbor Wire', published: '2020-06-03', story: 'story-fuel', url: 'https://example.org/harbor/tankers' });
    for (const m of d.mentions) expect(d.text.slice(m.start, m.end)).toBe(m.text);
    for (const v of d.events) expect(d.text.slice(v.trigger.start, v.trigger.end)).toBe(v.trigger.text);
    expect(d.mentions.find((m: any) => m.text === 'Caracas')).toMatchObject({ entity: 'ent-venezuela', entity_name: 'Venezuela' });
    expect(d.events[1]).toMatchObject({ id: `${A}:1`, type: 'AID', claim: 'claim-fuel', attribution: { chain: ['Reuters'] } });
  });

  it('returns markup in an article as data, unchanged', async () => {
    const d = await ok(`/api/documents/${X}`);
    expect(d.document.title).toBe(XSS_TITLE);
    expect(d.text).toContain('<script>alert("xss")</script>');
  });

  it('404s unknown documents', async () => {
    await fails('/api/documents/0000000000000000', 404);
    await fails(`/api/documents/${encodeURIComponent('" OR ""="')}`, 404);
  });
});

describe('graph', () => {
  it('returns a neighbourhood with aggregated edges', async () => {
    const g = await ok('/api/graph?entity=Maduro');
    expect(g.nodes.map((n: any) => n.id).sort()).toEqual(['ent-colombia', 'ent-iran', 'ent-maduro', 'ent-us']);
    const toIran = g.edges.filter((e: any) => e.source === 'ent-maduro' && e.target === 'ent-iran');
    expect(toIran.map((e: any) => e.type).sort()).toEqual(['CONSULT', 'SUPPORT']);
    const g2 = await ok('/api/graph?entity=Maduro&depth=2');
    const aid = g2.edges.find((e: any) => e.id === 'ent-iran|ent-venezuela|AID');
    expect(aid).toMatchObject({ count: 3, negated: 1, first: '2020-05', last: '2020-06', claims: 2 });
  });

  it('filters by time and gives an overview without an entity', async () => {
    const july = await ok('/api/graph?entity=Maduro&from=2020-07&to=2020-07');
    expect(july.edges.map((e: any) => e.type)).toEqual(['ACCUSE']);
    const overview = await ok('/api/graph?limit=3');
    expect(overview.nodes).toHaveLength(3);
    expect(overview.truncated).toBe(true);
  });

  it('rejects depth out of range and bad dates', async () => {
    await fails('/api/graph?entity=Maduro&depth=0', 400, '"depth"');
    await fails('/api/graph?entity=Maduro&depth=4', 400, '"depth"');
    await fails('/api/graph?entity=Maduro&depth=two', 400, '"depth"');
    await fails('/api/graph?from=2020-06-31', 400, '"from"');
    await fails('/api/graph?entity=nobody', 404, '"entity"');
  });
});

describe('openapi', () => {
  it('documents every endpoint, with the export records from the contract schema', async () => {
    const doc = await ok('/api/openapi.json');
    expect(doc.openapi).toMatch(/^3\./);
    for (const p of ['/api/search', '/api/entities', '/api/entities/{id}', '/api/events', '/api/claims', '/api/claims/{id}',
      '/api/stories', '/api/documents/{id}', '/api/graph', '/api/conflicts']) {
      expect(doc.paths[p]?.get, p).toBeTruthy();
    }
    expect(Object.keys(doc.components.schemas.Event.properties)).toEqual(expect.arrayContaining(['id', 'document', 'sentence', 'attributed_to', 'claim']));
    expect(doc.components.schemas.Claim.properties.origins).toBeTruthy();
  });
});

describe('HTTP hygiene', () => {
  it('sets CSP and nosniff on every response', async () => {
    for (const path of ['/', '/api/stats', '/api/nope', '/assets/app.js']) {
      const r = await raw(path);
      expect(r.headers['content-security-policy'], path).toContain("default-src 'self'; script-src 'self'");
      expect(r.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(r.headers['x-content-type-options'], path).toBe('nosniff');
    }
  });

  it('serves the UI folder and 404s the rest', async () => {
    const index = await raw('/');
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toContain('text/html');
    expect((await raw('/assets/app.js')).headers['content-type']).toContain('javascript');
    expect((await raw('/missing.js')).status).toBe(404);
    expect((await raw('/assets')).status).toBe(404);
  });

  it.each([
    '/../secret.txt', '/../../etc/passwd', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/%2e%2e%2fsecret.txt',
    '/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd', '/..%2fsecret.txt', '/..%5csecret.txt', '/assets/%2e%2e/%2e%2e/secret.txt',
    '/%252e%252e%252fsecret.txt', '/..\\secret.txt', '/.%2e/secret.txt', '/assets/..%00/secret.txt', '/%c0%ae%c0%ae/secret.txt',
    '/api/documents/..%2f..%2fetc%2fpasswd', '//etc/passwd', '/.env',
  ])('refuses path traversal %s', async (path) => {
    const r = await raw(path);
    expect([400, 404]).toContain(r.status);
    expect(r.body).not.toContain('TOP-SECRET');
    expect(r.body).not.toContain('root:');
    expect(JSON.parse(r.body).error.status).toBe(r.status);
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])('answers %s with 405', async (method) => {
    const r = await raw('/api/entities', method);
    expect(r.status).toBe(405);
    expect(r.headers.allow).toBe('GET, HEAD');
  });

  it('answers HEAD without a body', async () => {
    const r = await raw('/api/stats', 'HEAD');
    expect(r.status).toBe(200);
    expect(r.body).toBe('');
  });

  it('refuses long URLs, unknown endpoints and foreign Host headers', async () => {
    expect((await raw(`/api/search?q=${'a'.repeat(3000)}`)).status).toBe(414);
    await fails('/api/users', 404, '/api/users');
    expect((await raw('/api/stats', 'GET', { host: 'evil.example:80' })).status).toBe(421);
    expect((await raw('/api/stats', 'GET', { host: `localhost:${port}` })).status).toBe(200);
  });
});

describe('reload', () => {
  it('reloads the export when the store file changes', async () => {
    const before = await ok('/api/stats');
    const extra = structuredClone(DOCS[0]);
    extra.article.id = 'ffffffffffffffff';
    extra.article.title = 'A later copy';
    store.putDocument(extra);
    store.putResolution({ ...RESOLUTION, stories: [...RESOLUTION.stories, { id: 'story-copy', documents: ['ffffffffffffffff'], earliest: null, origin: null, originName: null }] });
    const after = await ok('/api/stats');
    expect(after.documents).toBe(before.documents + 1);
    expect(after.stories).toBe(before.stories + 1);
    expect((await ok('/api/documents/ffffffffffffffff')).document.title).toBe('A later copy');
  });
});

describe('response cache', () => {
  it('computes a response once per loaded export', () => {
    let computed = 0;
    const compute = () => String(++computed);
    expect(data.cachedResponse('/api/cache-probe?', compute)).toBe('1');
    expect(data.cachedResponse('/api/cache-probe?', compute)).toBe('1');
    expect(data.cachedResponse('/api/cache-probe?x=1', compute)).toBe('2');
  });
});

describe('origin explanation', () => {
  it('reads as a sentence for one article, for independent reports, and for relays', () => {
    expect(explainOrigins(1, 1, [])).toBe('1 article states this claim: 1 independent origin.');
    expect(explainOrigins(2, 2, [])).toMatch(/^2 articles state this claim; they trace back to 2 independent origins: each article reports it independently\.$/);
    expect(explainOrigins(1, 3, ['Reuters ← officials (a, b, c)'])).toMatch(/count once\. Each line below is one origin\.$/);
  });
});
