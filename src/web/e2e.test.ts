// The UI in headless Chromium against a real server: the demo corpus plus two articles of our own
// (one about Maduro, one whose text carries <script> and <img onerror>) ingested through the
// pipeline, the UI built by build.ts. Screenshots go to screenshots/ (gitignored).
// Skips, saying why, when /usr/bin/chromium is absent (CI: apt-get install -y chromium).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { openStore } from '../store/index.ts';
import type { Store } from '../store/store.ts';
import { exportJson } from '../export/json.ts';
import { ingest } from '../pipeline.ts';
import { ApiData } from '../api/data.ts';
import { startServer, type RunningServer } from '../api/server.ts';
import { DOCS, XSS_TITLE, fillFixtureStore } from '../api/test-support.ts';
import { buildWeb } from './build.ts';

const CHROMIUM = process.env.DOSSIER_CHROMIUM ?? '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
if (!HAVE_CHROMIUM) {
  process.stderr.write(`[e2e] SKIPPED: no Chromium at ${CHROMIUM} (install it: apt-get install -y chromium, or set DOSSIER_CHROMIUM)\n`);
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DEMO = join(ROOT, 'examples', 'demo');
const SHOTS = join(ROOT, 'screenshots');

const MADURO_ARTICLE = `Maduro welcomes Iranian fuel tankers

CARACAS, June 3, 2020 (Harbor Wire) - Venezuelan President Nicolás Maduro met Iranian envoys in Caracas on Tuesday and thanked Iran for sending fuel tankers to Venezuela, officials said.

Iran sent five fuel tankers to Venezuela in May, according to Reuters. The United States imposed sanctions on the owners of the tankers last week.

Maduro accused the United States of piracy on the high seas, the presidency said in a statement.
`;

const XSS_ARTICLE = `Inspectors report odd notes aboard a tanker

PUERTO CABELLO, July 2, 2020 (Coastal Times) - Inspectors found a note reading <script>alert("xss")</script> aboard a tanker, port officials said.

A second note said <img src=x onerror=alert(1)> and President Nicolás Maduro criticised Colombia over the incident.
`;

let dir: string;
let store: Store;
let server: RunningServer;
/** A second server on the hand-written corpus: markup in titles and outlets, relayed claims, supersessions. */
let fixtureStore: Store;
let fixtureServer: RunningServer;
let context: BrowserContext;
let page: Page;
let mode: 'pipeline' | 'fixtures';
const dialogs: string[] = [];
const problems: string[] = [];

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

async function go(hash: string, base = server.url): Promise<void> {
  await page.goto(`${base}${hash}`);
  await page.waitForSelector('main:not([aria-busy]) h1');
}

describe.skipIf(!HAVE_CHROMIUM)('UI in headless Chromium', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dossier-e2e-'));
    mkdirSync(SHOTS, { recursive: true });
    const web = await buildWeb(join(dir, 'web'));
    const extra = join(dir, 'extra');
    mkdirSync(extra);
    writeFileSync(join(extra, 'maduro-tankers.txt'), MADURO_ARTICLE);
    writeFileSync(join(extra, 'port-note.txt'), XSS_ARTICLE);
    store = openStore(join(dir, 'e2e.db'));
    let why: string | null = null;
    try {
      const failures: string[] = [];
      await ingest([DEMO, extra], store, { onFailure: (f) => failures.push(`${f.file}: ${f.cause}`) });
      const exp = exportJson(store);
      const maduro = exp.entities.find((e) => /maduro/i.test([e.name, ...e.aliases].join(' ')));
      if (!maduro || !exp.events.some((v) => v.source === maduro.id || v.target === maduro.id)) {
        why = `the pipeline found no Maduro with events${failures.length ? ` (${failures.length} failures, first: ${failures[0]})` : ''}`;
      }
    } catch (err) {
      why = `ingest failed: ${(err as Error).message}`;
    }
    mode = 'pipeline';
    if (why) {
      // The pipeline cannot give what this walk-through needs: use the hand-written fixture corpus.
      process.stderr.write(`[e2e] ${why}; using the fixture corpus\n`);
      store.close();
      store = openStore(join(dir, 'fixtures.db'));
      fillFixtureStore(store);
      mode = 'fixtures';
    }
    const data = new ApiData({ store, exporter: exportJson });
    server = await startServer({ data, staticDir: web, host: '127.0.0.1', port: 0 });
    fixtureStore = openStore(join(dir, 'fixtures-2.db'));
    fillFixtureStore(fixtureStore);
    fixtureServer = await startServer({ data: new ApiData({ store: fixtureStore, exporter: exportJson }), staticDir: web, host: '127.0.0.1', port: 0 });
    const { chromium } = await import('playwright-core');
    // A fresh profile per run (playwright takes the user-data-dir as the persistent context's folder).
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
      viewport: { width: 1280, height: 900 },
    });
    page = context.pages()[0] ?? await context.newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    page.on('request', (r) => {
      const url = r.url();
      if (![server.url, fixtureServer.url, 'data:', 'about:'].some((p) => url.startsWith(p))) problems.push(`off-site request: ${url}`);
    });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    await fixtureServer?.close();
    store?.close();
    fixtureStore?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows the start page', async () => {
    await go('#/');
    await expect(page.locator('h1').first().textContent()).resolves.toBe('Dossier');
    expect(await page.locator('a.card').count()).toBeGreaterThan(2);
    await shot('01-home');
  });

  it('searches "Maduro" from the search box and opens the actor', async () => {
    await page.fill('#q', 'Maduro');
    await page.press('#q', 'Enter');
    await page.waitForSelector('#actor-results a');
    expect(await page.locator('ol.results mark').first().textContent()).toBe('Maduro');
    await shot('02-search-maduro');
    await page.locator('#actor-results a', { hasText: 'Maduro' }).first().click();
    await page.waitForSelector('main:not([aria-busy]) h1:has-text("Maduro")');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1'); // focus moved to the new page
  });

  it('shows the entity timeline and its claims', async () => {
    expect(await page.locator('table.timeline tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('figure.timeline-chart circle').count()).toBeGreaterThan(0);
    expect(await page.locator('table.timeline .badge').first().textContent()).toMatch(/^[A-Z]+/);
    await shot('03-entity-maduro');
  });

  it('opens a claim with its evidence, origins and attribution', async () => {
    await page.locator('table.timeline a[href^="#/claim/"]').first().click();
    await page.waitForSelector('ol.evidence blockquote');
    const text = await page.locator('main').innerText();
    expect(text).toMatch(/independent origin/);
    expect(text).toContain('According to');
    expect(await page.locator('ol.evidence dl.facts').count()).toBeGreaterThan(0);
    await shot('04-claim');
  });

  it('opens the graph around the actor, with a time filter', async () => {
    await go('#/search?q=Maduro');
    await page.locator('#actor-results a', { hasText: 'Maduro' }).first().click();
    await page.waitForSelector('main:not([aria-busy]) a.button');
    await page.locator('a.button', { hasText: 'Graph' }).click();
    await page.waitForSelector('#graph-canvas canvas');
    await page.waitForTimeout(300);
    expect(await page.locator('table.data tbody tr').count()).toBeGreaterThan(0);
    await shot('05-graph');
    await page.fill('#g-from', '1990');
    await page.fill('#g-to', '1991');
    await page.click('form.filters button[type=submit]');
    await page.waitForFunction(() => location.hash.includes('from=1990'));
    await page.waitForSelector('main:not([aria-busy]) h1');
    expect(await page.locator('main').innerText()).toMatch(/No relations/);
  });

  it('renders an article with markup as inert text', async () => {
    await go('#/search?q=onerror');
    const link = page.locator('ol.results a').first();
    await link.click();
    await page.waitForSelector('article.reader');
    const reader = page.locator('article.reader');
    expect(await reader.innerText()).toContain('<script>alert("xss")</script>');
    expect(await reader.innerText()).toContain('<img src=x onerror=alert(1)>');
    expect(await page.locator('article.reader script, article.reader img, main img').count()).toBe(0);
    expect(await page.locator('article.reader .mention').count()).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    await shot('06-document-xss');
  });

  it('lists conflicts', async () => {
    await go('#/conflicts');
    expect(await page.locator('h1').textContent()).toBe('Conflicts');
    await shot('07-conflicts');
  });

  it('is keyboard usable: skip link first, visible focus', async () => {
    await page.goto('about:blank');
    await go('#/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('skip');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('brand');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe('solid');
    expect(await page.locator('header[role=banner], main, nav[aria-label], footer[role=contentinfo]').count()).toBe(4);
  });

  it('fixture corpus: a claim relayed by two outlets explains its single origin and attribution chains', async () => {
    await go('#/claim/claim-fuel', fixtureServer.url);
    const text = await page.locator('main').innerText();
    expect(text).toMatch(/2 articles state this claim; they trace back to 1 independent origin/);
    expect(await page.locator('ol.evidence > li').count()).toBe(2);
    expect(await page.locator('ol.chain').last().innerText()).toMatch(/Coastal Times\s*→?\s*Reuters\s*→?\s*shipping data/);
    expect(text).toContain('Conflict');
    await shot('08-claim-relayed');
    await go('#/claim/claim-sanctions', fixtureServer.url);
    expect(await page.locator('main').innerText()).toContain('Superseded by a later report');
  });

  it('fixture corpus: markup in a title, an outlet and an attribution stays text', async () => {
    await go(`#/doc/${DOCS[3].article.id}`, fixtureServer.url);
    expect(await page.locator('h1').textContent()).toBe(XSS_TITLE);
    expect(await page.locator('header.page-head').innerText()).toContain('<img src=x onerror=alert("outlet")>');
    expect(await page.locator('table.data').innerText()).toContain('<b>port officials</b>');
    expect(await page.locator('main script, main img, main b').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    await shot('09-document-markup-fixture');
    await go('#/entity/ent-us?as_of=2020-06-30', fixtureServer.url);
    expect(await page.locator('table.timeline').innerText()).not.toContain('SANCTION');
    await go('#/entity/ent-iran', fixtureServer.url);
    await shot('10-entity-iran-fixture');
    await go('#/graph?entity=ent-iran&depth=2', fixtureServer.url);
    await page.waitForSelector('#graph-canvas canvas');
    await page.waitForTimeout(300);
    await shot('11-graph-fixture');
  });

  it('raised no script errors, CSP violations, dialogs or off-site requests', () => {
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
    expect(['pipeline', 'fixtures']).toContain(mode);
  });
});
