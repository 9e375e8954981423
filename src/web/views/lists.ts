// Lists: conflicts, claims, stories; and the conflict card the entity and claim pages reuse.
import { api } from '../api.ts';
import { h, withTrigger } from '../dom.ts';
import { claimHref, docHref, empty, entityLink, flags, originsBadge, pager, section, table, typeBadge } from '../components.ts';
import { href, type Route } from '../router.ts';

/** One event as a short quotable card: sentence, who/what/whom, outlet, date, links. */
export function eventCard(v: any): HTMLElement {
  if (!v) return h('p', { class: 'muted' }, 'event not found');
  return h('article', { class: 'event-card' },
    h('p', { class: 'who' }, entityLink(v.source, '?'), ' ', typeBadge(v.type, v.mode), ' ', entityLink(v.target, '?'), ' ', flags(v)),
    h('blockquote', null, withTrigger(v.sentence, v.trigger ?? null)),
    h('p', { class: 'small' },
      h('a', { href: docHref(v.document.id) }, v.document.title ?? v.document.file), ' · ',
      v.document.outlet ?? 'unknown outlet', ' · ', v.date ?? 'undated',
      v.attributed_to ? ` · according to ${v.attributed_to}` : '', ' · ',
      h('a', { href: claimHref(v.claim) }, 'claim'), ' ', originsBadge(v.origins)));
}

export function conflictCard(c: any): HTMLElement {
  return h('div', { class: 'conflict' },
    h('p', { class: 'why' }, h('strong', null, 'Conflict: '), c.why),
    h('div', { class: 'versus' }, eventCard(c.events[c.a]), h('span', { class: 'vs', 'aria-hidden': 'true' }, 'vs'), eventCard(c.events[c.b])));
}

export async function conflictsView(route: Route, main: HTMLElement): Promise<string> {
  const offset = Number(route.query.get('offset') ?? 0) || 0;
  const r = await api('conflicts', { offset, limit: 20 });
  main.append(h('h1', { tabindex: '-1' }, 'Conflicts'),
    h('p', { class: 'lede' }, 'Reports that contradict each other: one article says it happened, another denies it or says otherwise.'),
    r.items.length ? h('ol', { class: 'plain' }, r.items.map((c: any) => h('li', null, conflictCard(c)))) : empty('No conflicts found.'),
    pager(r.total, r.offset, r.limit, (o) => (location.hash = href('conflicts', { offset: o }))) ?? '');
  return 'Conflicts';
}

export async function claimsView(route: Route, main: HTMLElement): Promise<string> {
  const offset = Number(route.query.get('offset') ?? 0) || 0;
  const type = route.query.get('type');
  const r = await api('claims', { offset, limit: 50, type });
  main.append(h('h1', { tabindex: '-1' }, type ? `Claims: ${type}` : 'Claims'),
    h('p', { class: 'lede' }, 'Events stated across articles, most independent origins first.'),
    r.items.length ? table('Claims', ['Claim', 'Origins', 'Articles', 'First seen', 'Last seen'], r.items.map((c: any) => [
      h('a', { href: claimHref(c.id) }, `${c.source ?? '?'} `, typeBadge(c.type, c.mode), ` ${c.target ?? '?'}`, c.negated ? h('span', { class: 'flag negated' }, 'denied') : null),
      originsBadge(c.origins), String(c.documents), c.first_seen ?? '?', c.last_seen ?? '?'])) : empty('No claims.'),
    pager(r.total, r.offset, r.limit, (o) => (location.hash = href('claims', { offset: o, type }))) ?? '');
  return 'Claims';
}

export async function storiesView(route: Route, main: HTMLElement): Promise<string> {
  const offset = Number(route.query.get('offset') ?? 0) || 0;
  const r = await api('stories', { offset, limit: 30 });
  main.append(h('h1', { tabindex: '-1' }, 'Stories'),
    h('p', { class: 'lede' }, 'Articles grouped because they report the same story.'),
    r.items.length ? h('ol', { class: 'plain' }, r.items.map((s: any) => h('li', null, section(
      `${s.documents.length} article${s.documents.length === 1 ? '' : 's'}${s.origin ? `, origin: ${s.origin}` : ''} (${s.id})`,
      h('ul', null, s.documents.map((d: any) => h('li', null, h('a', { href: docHref(d.id) }, d.title ?? d.file),
        h('span', { class: 'muted small' }, ` · ${d.outlet ?? 'unknown outlet'} · ${d.published ?? 'undated'}`)))))))) : empty('No stories.'),
    pager(r.total, r.offset, r.limit, (o) => (location.hash = href('stories', { offset: o }))) ?? '');
  return 'Stories';
}

export async function eventsView(route: Route, main: HTMLElement): Promise<string> {
  const q = route.query;
  const offset = Number(q.get('offset') ?? 0) || 0;
  const entity = q.get('entity');
  const target = q.get('target');
  const type = q.get('type');
  const from = q.get('from');
  const to = q.get('to');
  const r = await api('events', { entity, type, from, to, offset: target ? 0 : offset, limit: target ? 500 : 30 });
  // A relation from the graph: the API filters by one entity, the other end is kept here.
  const items = target ? r.items.filter((v: any) => v.target?.id === target && v.source?.id === entity) : r.items;
  const who = items[0] ? `${items[0].source?.name ?? entity}${target ? ` → ${items[0].target?.name ?? target}` : ''}` : entity;
  main.append(h('h1', { tabindex: '-1' }, `Events${who ? `: ${who}` : ''}${type ? ` (${type})` : ''}`),
    items.length ? h('ol', { class: 'plain' }, items.map((v: any) => h('li', null, eventCard(v)))) : empty('No events.'),
    target ? '' : pager(r.total, r.offset, r.limit, (o) => (location.hash = href('events', { entity, type, from, to, offset: o }))) ?? '');
  return 'Events';
}
