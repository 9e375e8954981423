import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CORPUS, RESOLUTION } from '../store/test-support.ts';
import { csvField, csvTable, exportCsv } from './csv.ts';
import { EXPORT_FORMATS, exportAs } from './index.ts';
import { buildJsonExport } from './json.ts';
import { validateExport } from './schema.ts';

/** A reference RFC 4180 reader: records of fields; CRLF (or LF) between records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      field += c; i++; continue;
    }
    if (c === '"') {
      if (field !== '') throw new Error(`csv: quote inside an unquoted field at ${i}`);
      quoted = true; i++; continue;
    }
    if (c === ',') { row.push(field); field = ''; i++; continue; }
    if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 2; continue; }
    if (c === '\n' || c === '\r') throw new Error(`csv: bare line break at ${i}`);
    field += c; i++;
  }
  if (quoted) throw new Error('csv: unclosed quote');
  if (field !== '' || row.length) throw new Error('csv: last record not terminated by CRLF');
  return rows;
}

const exp = buildJsonExport(CORPUS, RESOLUTION);
const files = exportCsv(exp);
const table = (name: string) => {
  const [header, ...rows] = parseCsv(files[name]);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
};

describe('CSV export', () => {
  it('writes the four contract tables (and three more) with header rows', () => {
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['documents.csv', 'entities.csv', 'events.csv', 'claims.csv']));
    expect(parseCsv(files['documents.csv'])[0].slice(0, 7)).toEqual(['id', 'file', 'title', 'outlet', 'published', 'language', 'story']);
    for (const [name, text] of Object.entries(files)) {
      const rows = parseCsv(text);
      for (const r of rows) expect(r.length, name).toBe(rows[0].length);
    }
  });

  it('round-trips every value through an RFC 4180 reader', () => {
    const docs = table('documents.csv');
    expect(docs.map((d) => d.id)).toEqual(exp.documents.map((d) => d.id));
    for (const [i, d] of exp.documents.entries()) {
      expect(docs[i]).toMatchObject({ file: d.file, title: d.title ?? '', outlet: d.outlet ?? '', published: d.published ?? '', story: d.story ?? '' });
    }
    const events = table('events.csv');
    expect(events).toHaveLength(exp.events.length);
    for (const [i, v] of exp.events.entries()) {
      expect(events[i]).toMatchObject({
        id: v.id, sentence: v.sentence, type: v.type, source: v.source ?? '', target: v.target ?? '',
        negated: String(v.negated), claim: v.claim, attribution_chain: v.attribution_chain.join('; '),
        when_start: v.when?.start ?? '',
      });
    }
    const quoted = events.find((e) => e.sentence.includes('"the fuel will keep us moving"'));
    expect(quoted).toBeDefined(); // a sentence with quotes and a comma survives
    const claims = table('claims.csv');
    expect(claims.find((c) => c.id === 'claim-aid')).toMatchObject({ origins: '2', events: exp.claims.find((c) => c.id === 'claim-aid')!.events.join('; ') });
    expect(table('entities.csv').find((e) => e.id === 'ent-maduro')).toMatchObject({ name: 'Nicolás Maduro', aliases: 'Maduro', mentions: '2' });
  });

  it('quotes exactly what needs quoting', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField(null)).toBe('');
    expect(csvField(false)).toBe('false');
    expect(csvField(['a', 'b'])).toBe('a; b');
  });

  it('round-trips arbitrary strings (property)', () => {
    fc.assert(fc.property(fc.array(fc.array(fc.string({ unit: 'binary' }), { minLength: 3, maxLength: 3 }), { maxLength: 5 }), (rows) => {
      const text = csvTable(['a', 'b', 'c'], rows);
      expect(parseCsv(text)).toEqual([['a', 'b', 'c'], ...rows]);
    }), { numRuns: 300 });
  });
});

describe('exportAs', () => {
  it('produces every format from one export', () => {
    for (const f of EXPORT_FORMATS) {
      const out = exportAs(f, exp);
      if (f === 'csv') expect(typeof out).toBe('object');
      else expect((out as string).length).toBeGreaterThan(100);
    }
    expect(validateExport(JSON.parse(exportAs('json', exp)))).toEqual([]);
    expect(JSON.parse(exportAs('stix', exp)).type).toBe('bundle');
    expect(exportAs('csv', exp)['events.csv']).toBe(files['events.csv']);
    expect(() => exportAs('pdf' as never, exp)).toThrow(/unknown format "pdf"/);
  });
});
