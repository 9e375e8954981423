import { parse, DEFAULT_DB, UsageError } from '../args.ts';
import { openExistingStore } from '../store.ts';
import { exportJson } from '../../export/json.ts';
import { indexExport, type ExportIndex } from '../../query/model.ts';
import { entityProfile, listClaims, listStories } from '../../query/views.ts';
import { formatTable } from '../../query/table.ts';
import type { Command } from '../main.ts';

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function loadIndex(db: string): ExportIndex {
  const store = openExistingStore(db);
  try {
    return indexExport(exportJson(store));
  } finally {
    store.close();
  }
}

function checkAsOf(command: string, asOf: unknown): string | null {
  if (asOf === undefined) return null;
  if (typeof asOf !== 'string' || !ISO_DATE.test(asOf)) throw new UsageError(`dossier ${command}: --as-of must be YYYY, YYYY-MM or YYYY-MM-DD, got "${asOf}"`);
  return asOf;
}

const write = (s: string) => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`);

export const showCommand: Command = {
  summary: 'Show an actor: aliases, type, mentions, timeline of events, conflicts',
  usage: 'dossier show <name> [--as-of DATE] [--db FILE] [--json]',
  async run(argv) {
    const { values, positionals } = parse('show', argv, {
      db: { type: 'string', default: DEFAULT_DB }, json: { type: 'boolean' }, 'as-of': { type: 'string' },
    });
    const name = positionals.join(' ').trim();
    if (!name) throw new UsageError('dossier show: name an actor, e.g. dossier show Maduro');
    const profile = entityProfile(loadIndex(values.db as string), name, checkAsOf('show', values['as-of']));
    if (!profile) {
      process.stderr.write(`dossier show: no actor named "${name}"\n`);
      return 1;
    }
    if (values.json) return write(JSON.stringify(profile, null, 2)), 0;
    const lines = [
      `${profile.name} (${profile.type}) — ${profile.mentions} mentions in ${profile.documents} document(s)`,
      `aliases: ${profile.aliases.join(', ') || '-'}`,
      ...profile.merges.map((m) => `  merged: ${m}`),
      '',
      'TIMELINE',
      formatTable(['date', 'role', 'event', 'counterpart', 'outlet', 'according to', 'origins'],
        profile.timeline.map((t) => [t.date ?? '?', t.role, `${t.type}${t.mode ? `/${t.mode}` : ''}${t.negated ? ' (denied)' : ''}${t.hedged ? ' (hedged)' : ''}`,
          t.counterpart ?? '-', t.outlet ?? '-', t.attributedTo ?? '(outlet)', String(t.origins)]), '  '),
    ];
    if (profile.conflicts.length) lines.push('', 'CONFLICTS', ...profile.conflicts.map((c) => `  ${c.a} ⟷ ${c.b}: ${c.why}`));
    write(lines.join('\n'));
    return 0;
  },
};

export const claimsCommand: Command = {
  summary: 'List claims (events stated across articles) with their independent origins',
  usage: 'dossier claims [--entity NAME] [--type PLOVER_TYPE] [--as-of DATE] [--db FILE] [--json]',
  async run(argv) {
    const { values } = parse('claims', argv, {
      db: { type: 'string', default: DEFAULT_DB }, json: { type: 'boolean' },
      entity: { type: 'string' }, type: { type: 'string' }, 'as-of': { type: 'string' },
    });
    const rows = listClaims(loadIndex(values.db as string), {
      entity: values.entity as string | undefined, type: values.type as string | undefined, asOf: checkAsOf('claims', values['as-of']),
    });
    if (values.json) return write(JSON.stringify(rows, null, 2)), 0;
    write(formatTable(['claim', 'source', 'event', 'target', 'origins', 'docs', 'first seen', 'last seen'],
      rows.map((r) => [r.id, r.source ?? '-', `${r.type}${r.mode ? `/${r.mode}` : ''}${r.negated ? ' (denied)' : ''}`, r.target ?? '-',
        String(r.origins), String(r.documents), r.first_seen ?? '?', r.last_seen ?? '?'])));
    return 0;
  },
};

export const storiesCommand: Command = {
  summary: 'List stories: articles grouped because they report the same story',
  usage: 'dossier stories [--db FILE] [--json]',
  async run(argv) {
    const { values } = parse('stories', argv, { db: { type: 'string', default: DEFAULT_DB }, json: { type: 'boolean' } });
    const stories = listStories(loadIndex(values.db as string));
    if (values.json) return write(JSON.stringify(stories, null, 2)), 0;
    const lines: string[] = [];
    for (const s of stories) {
      lines.push(`${s.id}  ${s.documents.length} article(s)${s.origin ? `, origin: ${s.origin}` : ''}`);
      for (const d of s.documents) lines.push(`    ${d.published ?? '????'}  ${d.outlet ?? '-'}  ${d.title ?? d.file}`);
    }
    write(lines.join('\n'));
    return 0;
  },
};
