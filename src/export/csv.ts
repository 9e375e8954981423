// CSV tables derived from the JSON export (RFC 4180: CRLF line ends, a header row, fields quoted
// when they hold a comma, quote, CR or LF, quotes doubled). Lists are joined with "; ", absent
// values are empty cells, booleans are "true" / "false".
import type { DossierExport } from './schema.ts';

type Cell = string | number | boolean | null | string[];

export const LIST_SEPARATOR = '; ';

export function csvField(value: Cell): string {
  const s = value === null ? '' : Array.isArray(value) ? value.join(LIST_SEPARATOR) : String(value);
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvTable(header: string[], rows: Cell[][]): string {
  return [header, ...rows].map((r) => `${r.map(csvField).join(',')}\r\n`).join('');
}

/** File name → CSV text. */
export function exportCsv(exp: DossierExport): Record<string, string> {
  return {
    'documents.csv': csvTable(
      ['id', 'file', 'title', 'outlet', 'published', 'language', 'story', 'url', 'outlet_from', 'published_from'],
      exp.documents.map((d) => [d.id, d.file, d.title, d.outlet, d.published, d.language, d.story, d.url, d.outlet_from, d.published_from]),
    ),
    'entities.csv': csvTable(
      ['id', 'name', 'type', 'aliases', 'mentions', 'documents', 'merges'],
      exp.entities.map((e) => [e.id, e.name, e.type, e.aliases, e.mentions, e.documents, e.merges]),
    ),
    'events.csv': csvTable(
      ['id', 'document', 'sentence_index', 'sentence', 'source', 'source_name', 'type', 'mode', 'target', 'target_name',
        'when_start', 'when_end', 'when_from', 'attributed_to', 'attribution_chain', 'negated', 'hedged', 'claim', 'rule', 'trigger'],
      exp.events.map((v) => [v.id, v.document, v.sentence_index, v.sentence, v.source, v.source_name, v.type, v.mode, v.target,
        v.target_name, v.when?.start ?? null, v.when?.end ?? null, v.when_from, v.attributed_to, v.attribution_chain, v.negated,
        v.hedged, v.claim, v.rule, v.trigger]),
    ),
    'claims.csv': csvTable(
      ['id', 'events', 'documents', 'origins', 'first_seen', 'last_seen', 'origin_chains'],
      exp.claims.map((c) => [c.id, c.events, c.documents, c.origins, c.first_seen, c.last_seen, c.origin_chains]),
    ),
    'stories.csv': csvTable(
      ['id', 'documents', 'earliest', 'origin', 'origin_name'],
      exp.stories.map((s) => [s.id, s.documents, s.earliest, s.origin, s.origin_name]),
    ),
    'conflicts.csv': csvTable(['a', 'b', 'why'], exp.conflicts.map((c) => [c.a, c.b, c.why])),
    'supersessions.csv': csvTable(['old', 'new', 'why'], exp.supersessions.map((s) => [s.old, s.new, s.why])),
  };
}
