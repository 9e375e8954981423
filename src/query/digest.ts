// The readable summary `npm start` prints: stories, top actors, and events with sources and dates.
import type { DossierExport } from '../export/schema.ts';
import { indexExport, eventDate, nameOf } from './model.ts';
import { listStories } from './views.ts';
import { formatTable } from './table.ts';

export function formatDigest(exp: DossierExport, limits = { actors: 12, events: 25 }): string {
  const index = indexExport(exp);
  const out: string[] = [];
  out.push(`\n${exp.documents.length} documents · ${exp.entities.length} entities · ${exp.events.length} events · ` +
    `${exp.claims.length} claims · ${exp.stories.length} stories · ${exp.conflicts.length} conflicts · ${exp.supersessions.length} supersessions\n`);

  out.push('STORIES (articles reporting the same story)');
  for (const story of listStories(index)) {
    out.push(`  ${story.id}  ${story.documents.length} article(s)${story.origin ? `, origin: ${story.origin}` : ''}`);
    for (const d of story.documents) out.push(`      ${d.published ?? '????'}  ${d.outlet ?? '-'}  ${d.title ?? d.file}`);
  }

  out.push('\nTOP ACTORS');
  const actors = [...exp.entities].sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name)).slice(0, limits.actors);
  out.push(formatTable(['actor', 'type', 'mentions', 'docs', 'aliases'],
    actors.map((e) => [e.name, e.type, String(e.mentions), String(e.documents.length), e.aliases.filter((a) => a !== e.name).slice(0, 4).join(', ')]), '  '));

  out.push('\nEVENTS (who did what to whom, when, according to whom)');
  const events = [...exp.events]
    .sort((a, b) => (eventDate(index, a) ?? '').localeCompare(eventDate(index, b) ?? '') || a.id.localeCompare(b.id))
    .slice(0, limits.events);
  out.push(formatTable(['date', 'source', 'event', 'target', 'according to', 'outlet', 'origins'],
    events.map((v) => {
      const doc = index.documents.get(v.document);
      const flags = `${v.negated ? ' (denied)' : ''}${v.hedged ? ' (hedged)' : ''}`;
      return [
        eventDate(index, v) ?? '?',
        nameOf(index, v.source) ?? '-',
        `${v.type}${v.mode ? `/${v.mode}` : ''}${flags}`,
        nameOf(index, v.target) ?? '-',
        nameOf(index, v.attributed_to) ?? '(outlet)',
        doc?.outlet ?? doc?.file ?? '-',
        String(index.claims.get(v.claim)?.origins ?? 1),
      ];
    }), '  '));
  if (exp.events.length > limits.events) out.push(`  … ${exp.events.length - limits.events} more: dossier claims, dossier show <name>`);

  if (exp.conflicts.length) {
    out.push('\nCONFLICTS');
    for (const c of exp.conflicts) out.push(`  ${c.a} ⟷ ${c.b}: ${c.why}`);
  }
  if (exp.supersessions.length) {
    out.push('\nSUPERSESSIONS');
    for (const s of exp.supersessions) out.push(`  ${s.old} → ${s.new}: ${s.why}`);
  }
  return `${out.join('\n')}\n`;
}
