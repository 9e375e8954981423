// Stage 6 — export: the JSON contract and every format derived from it. Each format takes a
// DossierExport (never the store), so they all say the same thing.
import { exportCsv } from './csv.ts';
import { exportFtm } from './ftm.ts';
import { exportGexf } from './gexf.ts';
import { exportGraphml } from './graphml.ts';
import { stringifyExport } from './json.ts';
import type { DossierExport } from './schema.ts';
import { exportStix } from './stix.ts';

export { buildJsonExport, exportJson, stringifyExport } from './json.ts';
export { validateExport, assertValidExport, dossierExportSchema, type DossierExport } from './schema.ts';

export const EXPORT_FORMATS = ['json', 'stix', 'ftm', 'gexf', 'graphml', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** File extension of each single-file format; csv is a set of files named by `exportAs`. */
export const FORMAT_EXTENSION: Record<Exclude<ExportFormat, 'csv'>, string> = {
  json: '.json', stix: '.stix.json', ftm: '.ftm.jsonl', gexf: '.gexf', graphml: '.graphml',
};

export function isExportFormat(s: string): s is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(s);
}

/** The export in `format`: one text, or for csv a map of file name → text. */
export function exportAs(format: 'csv', exp: DossierExport): Record<string, string>;
export function exportAs(format: Exclude<ExportFormat, 'csv'>, exp: DossierExport): string;
export function exportAs(format: ExportFormat, exp: DossierExport): string | Record<string, string>;
export function exportAs(format: ExportFormat, exp: DossierExport): string | Record<string, string> {
  switch (format) {
    case 'json': return stringifyExport(exp);
    case 'stix': return exportStix(exp);
    case 'ftm': return exportFtm(exp);
    case 'gexf': return exportGexf(exp);
    case 'graphml': return exportGraphml(exp);
    case 'csv': return exportCsv(exp);
    default: {
      const never: never = format;
      throw new Error(`export: unknown format ${JSON.stringify(never)} (one of ${EXPORT_FORMATS.join(', ')})`);
    }
  }
}
