// Plain-language pieces for `why` texts: which document, when, and what an event says.
import type { Entity } from '../types.ts';
import type { EventRecord } from './events.ts';

export function documentLabel(r: EventRecord): string {
  const a = r.doc.article;
  return `${a.outlet ?? a.file ?? r.docId} (${r.docId}, ${a.published ?? 'undated'})`;
}

export function eventText(r: EventRecord, names: Map<string, Entity>): string {
  const name = (id: string | null, fallback: string | undefined) => (id ? names.get(id)?.name ?? id : fallback ?? 'someone');
  const e = r.event;
  const mode = e.mode ? ` (${e.mode})` : '';
  const when = e.when ? ` in ${e.when.start === e.when.end ? e.when.start : `${e.when.start}–${e.when.end}`}` : '';
  const not = e.negated ? 'not ' : '';
  const hedge = e.hedged ? 'possibly ' : '';
  const who = r.speakerName ? `, per ${r.speakerName}` : '';
  return `${name(r.source, e.source?.text)} ${hedge}${not}${e.type}${mode} ${name(r.target, e.target?.text)}${when}${who}`;
}
