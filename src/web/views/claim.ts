// A claim: what is claimed, how many independent origins and why, each supporting sentence with
// its article, outlet, date and attribution chain, and its conflicts and supersessions.
import { api, seg } from '../api.ts';
import { h, withTrigger } from '../dom.ts';
import { chain, docHref, empty, entityLink, flags, originsBadge, section, typeBadge } from '../components.ts';
import type { Route } from '../router.ts';
import { conflictCard, eventCard } from './lists.ts';

export async function claimView(route: Route, main: HTMLElement): Promise<string> {
  const c = await api(`claims/${seg(route.id ?? '')}`);
  const first = c.evidence[0];
  const title = first
    ? `${first.source?.name ?? '?'} ${first.type}${first.mode ? ` (${first.mode})` : ''} ${first.target?.name ?? '?'}`
    : `Claim ${c.id}`;
  main.append(
    h('header', { class: 'page-head' },
      h('h1', { tabindex: '-1' }, first ? [entityLink(first.source, '?'), ' ', typeBadge(first.type, first.mode), ' ', entityLink(first.target, '?'), ' ', flags(first)] : title),
      h('p', { class: 'muted' }, `Claim ${c.id} · ${c.documents.length} article${c.documents.length === 1 ? '' : 's'}`
        + ` · first seen ${c.claim?.first_seen ?? '?'} · last seen ${c.claim?.last_seen ?? '?'}`)),
    section('Independent origins',
      h('p', { class: 'origins-line' }, originsBadge(c.origins), ' ', c.origins_explained),
      c.origin_chains.length ? h('ol', { class: 'origin-chains' }, c.origin_chains.map((o: string) => h('li', null, o))) : null),
    section(`Evidence (${c.evidence.length}${c.events_total > c.evidence.length ? ` of ${c.events_total}` : ''})`,
      c.evidence.length ? h('ol', { class: 'evidence' }, c.evidence.map((e: any) => h('li', null,
        h('article', { class: 'evidence-item' },
          h('blockquote', null, withTrigger(e.sentence, e.trigger, `t-${e.type}`)),
          h('dl', { class: 'facts' },
            h('dt', null, 'Article'), h('dd', null, h('a', { href: docHref(e.document.id, e.sentence_index) }, e.document.title ?? e.document.file)),
            h('dt', null, 'Outlet'), h('dd', null, e.document.outlet ?? 'unknown'),
            h('dt', null, 'Published'), h('dd', null, e.document.published ?? 'undated'),
            h('dt', null, 'Event date'), h('dd', null, e.date ?? 'undated', e.when_from === 'publication' ? h('span', { class: 'muted small' }, ' (from the publication date)') : null),
            h('dt', null, 'According to'), h('dd', null, chain(e.attribution?.chain ?? [])),
            h('dt', null, 'Flags'), h('dd', null, flags(e), !e.negated && !e.hedged ? h('span', { class: 'muted' }, 'stated as fact') : null),
            e.rule ? [h('dt', null, 'Found by'), h('dd', null, h('code', null, e.rule))] : null))))) : empty('No evidence stored.')),
    section(`Conflicts${c.conflicts_total > c.conflicts.length ? ` (first ${c.conflicts.length} of ${c.conflicts_total})` : ''}`, c.conflicts.length ? h('ul', { class: 'plain' }, c.conflicts.map((x: any) => h('li', null, conflictCard(x)))) : empty('Nothing contradicts this claim.')),
    section('Supersessions', c.supersessions.length ? h('ul', { class: 'plain' }, c.supersessions.map((s: any) => h('li', null,
      h('p', null, h('strong', null, s.role === 'superseded' ? 'Superseded by a later report: ' : 'Supersedes an earlier report: '), s.why),
      eventCard(s.events[s.role === 'superseded' ? s.new : s.old])))) : empty('Not superseded, supersedes nothing.')),
  );
  return title;
}
