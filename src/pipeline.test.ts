// End to end: the demo corpus through every stage, checked against the export contract.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from './pipeline.ts';
import { openStore } from './store/index.ts';
import { exportJson } from './export/json.ts';
import { DossierExportSchema, validateExport } from './export/schema.ts';
import type { DossierExport } from './export/schema.ts';

const DEMO = fileURLToPath(new URL('../examples/demo', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'dossier-pipeline-'));
let exp: DossierExport;

beforeAll(async () => {
  const store = openStore(join(dir, 'demo.db'));
  const summary = await ingest([DEMO], store);
  expect(summary.failed).toBe(0);
  exp = exportJson(store);
  store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the demo corpus end to end', () => {
  it('exports exactly the JSON contract, every reference resolving', () => {
    expect(() => DossierExportSchema.parse(exp)).not.toThrow();
    expect(validateExport(exp)).toEqual([]);
  });

  it('finds documents, actors, events, stories and claims', () => {
    expect(exp.documents.length).toBeGreaterThanOrEqual(8);
    expect(exp.entities.length).toBeGreaterThan(10);
    expect(exp.events.length).toBeGreaterThan(10);
    expect(exp.stories.length).toBeLessThan(exp.documents.length);
    expect(exp.claims.some((c) => c.documents.length > 1)).toBe(true);
  });

  it('detects the Spanish article and keeps English for the rest', () => {
    expect(exp.documents.some((d) => d.language === 'es')).toBe(true);
    expect(exp.documents.filter((d) => d.language === 'en').length).toBeGreaterThan(5);
  });

  it('is idempotent: ingesting the same corpus again adds nothing', async () => {
    const store = openStore(join(dir, 'demo.db'));
    const summary = await ingest([DEMO], store);
    expect(summary.new).toBe(0);
    expect(exportJson(store)).toEqual(exp);
    store.close();
  });
});

describe('languages', () => {
  it('codes Spanish through the gloss (the evidence stays the Spanish text), and no language it does not read', async () => {
    const spanish = exp.documents.find((d) => d.language === 'es')!;
    const evs = exp.events.filter((v) => v.document === spanish.id);
    expect(evs.length, JSON.stringify(evs)).toBeGreaterThan(0);
    expect(evs.some((v) => /detuvieron/.test(JSON.stringify(v)))).toBe(true);
    expect(exp.events.some((v) => exp.documents.find((d) => d.id === v.document)?.language === 'en')).toBe(true);
    const local = mkdtempSync(join(tmpdir(), 'dossier-lang-'));
    try {
      writeFileSync(join(local, 'de.txt'), 'Polizei nimmt Präsidenten fest\n\nPolizisten der Nationalpolizei haben am Freitag den Präsidenten Tomás Ardila in seiner Residenz festgenommen, wie die Regierung mitteilte. Die Beamten brachten ihn in ein Gefängnis in der Hauptstadt, sagte ein Sprecher der Behörde. Die Regierung von Peru protestierte.');
      const store = openStore(':memory:');
      await ingest([local], store);
      const out = exportJson(store);
      expect(out.documents[0].language).toBe('de');
      expect(out.events).toEqual([]);
      // The English tagger would take "Polizisten", "Freitag", "Beamten" for names: only the
      // gazetteers' mentions (Peru) are kept from a language nothing reads.
      expect(store.listDocuments()[0].mentions.map((m) => m.text)).toEqual(['Peru']);
    } finally {
      rmSync(local, { recursive: true, force: true });
    }
  });
});

describe('dates revised across a story', () => {
  it('extracts a copy again with the date its story gives it, so its relative times follow', async () => {
    const local = mkdtempSync(join(tmpdir(), 'dossier-redate-'));
    try {
      const body = [
        'Chilean soldiers took over the protection of President Ana Ruiz on Sunday, three officials said, after her own guards were sent back to their barracks.',
        'The soldiers arrived in Lima aboard two transport planes and were posted at the presidential palace, the officials said.',
        'Chile has trained Peruvian officers since 2019 under a defence agreement that both governments describe as routine.',
        'Neither government answered questions about the number of soldiers or how long they would stay in the country.',
      ];
      writeFileSync(join(local, 'wire.txt'), `Chile sends soldiers to guard Peru's president\n\nLIMA, March 4, 2024 (Example Wire) - ${body.join('\n\n')}`);
      // A copy with no date of its own: its text says only "since 2019".
      writeFileSync(join(local, 'copy.txt'), `Chilean soldiers now guard Peru's president\n\n${body.join('\n\n')}\n\nShare this article`);
      const store = openStore(':memory:');
      await ingest([local], store);
      const out = exportJson(store);
      const copy = out.documents.find((d) => d.file.endsWith('copy.txt'))!;
      expect(copy).toMatchObject({ published: '2024-03', published_from: 'story' });
      const guard = out.events.find((e) => e.document === copy.id && e.type === 'AID')!;
      // "on Sunday" read against March 2024, not against 2019.
      expect(guard.when?.start.startsWith('2024-03')).toBe(true);
      store.close();
    } finally {
      rmSync(local, { recursive: true, force: true });
    }
  });
});

describe('events the export keeps', () => {
  it('leaves out an event whose named side is no entity (a bare group noun); the store keeps it', async () => {
    const d = mkdtempSync(join(tmpdir(), 'dossier-onesided-'));
    writeFileSync(join(d, 'a.txt'), 'Surveillance in Ostland\n\nBelarusian technicians have monitored the telephones of cabinet ministers since March, two officials said.\n\nBelarus sent two hundred mortars to Ostland in April, the officials said.\n');
    const store = openStore(join(d, 'a.db'));
    await ingest([d], store);
    const out = exportJson(store);
    const stored = store.listDocuments().flatMap((doc) => doc.events);
    store.close();
    rmSync(d, { recursive: true, force: true });
    expect(stored.some((e) => e.type === 'COERCE'), JSON.stringify(stored)).toBe(true);
    expect(out.events.filter((e) => e.type === 'COERCE')).toEqual([]);
    expect(out.events.some((e) => e.type === 'AID' && e.source && e.target), JSON.stringify(out.events)).toBe(true);
    expect(validateExport(out)).toEqual([]);
  });
});
