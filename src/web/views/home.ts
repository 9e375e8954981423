// The start page (counts, most mentioned actors, largest stories) and search results.
import { api } from '../api.ts';
import { h, snippet, type Child } from '../dom.ts';
import { docHref, empty, entityHref, kindBadge, section } from '../components.ts';
import type { Route } from '../router.ts';

export async function homeView(_route: Route, main: HTMLElement): Promise<string> {
  const [stats, entities, stories] = await Promise.all([
    api('stats'), api('entities', { limit: 15 }), api('stories', { limit: 8 }),
  ]);
  main.append(
    h('h1', { tabindex: '-1' }, 'Dossier'),
    h('p', { class: 'lede' }, `${stats.documents} articles · ${stats.entities} actors · ${stats.events} events · ${stats.claims} claims · `
      + `${stats.conflicts} conflicts${stats.first_date ? ` · ${stats.first_date} to ${stats.last_date}` : ''}`),
    section('Most mentioned actors',
      entities.items.length ? h('ul', { class: 'cards' }, entities.items.map((e: any) => h('li', null,
        h('a', { href: entityHref(e.id), class: 'card' }, h('strong', null, e.name), ' ', kindBadge(e.type),
          h('span', { class: 'muted small' }, ` ${e.mentions} mentions · ${e.events} events`))))) : empty('No actors yet: ingest some articles.')),
    section('Largest stories',
      stories.items.length ? h('ul', { class: 'plain' }, stories.items.map((s: any) => h('li', null,
        h('strong', null, `${s.documents.length} article${s.documents.length === 1 ? '' : 's'}`),
        s.origin ? h('span', { class: 'muted' }, ` · origin: ${s.origin}`) : null,
        h('ul', null, s.documents.slice(0, 4).map((d: any) => h('li', null,
          h('a', { href: docHref(d.id) }, d.title ?? d.file), h('span', { class: 'muted small' }, ` ${d.outlet ?? ''} ${d.published ?? ''}`))))))) : empty('No stories.')),
  );
  return 'Dossier';
}

export async function searchView(route: Route, main: HTMLElement): Promise<string> {
  const q = route.query.get('q')?.trim() ?? '';
  main.append(h('h1', { tabindex: '-1' }, q ? `Search: ${q}` : 'Search'));
  if (!q) {
    main.append(empty('Type a name or words in the search box above.'));
    return 'Search';
  }
  const [hits, names] = await Promise.all([api('search', { q, limit: 50 }), api('entities', { q, limit: 10 })]);
  const entityIds = new Set<string>();
  const actors: Child[] = [];
  for (const e of names.items) {
    entityIds.add(e.id);
    actors.push(h('li', null, h('a', { href: entityHref(e.id) }, e.name), ' ', kindBadge(e.type), h('span', { class: 'muted small' }, ` ${e.mentions} mentions`)));
  }
  for (const hit of hits.hits) {
    if (hit.kind !== 'entity' || !hit.entity || entityIds.has(hit.entity.id)) continue;
    entityIds.add(hit.entity.id);
    actors.push(h('li', null, h('a', { href: entityHref(hit.entity.id) }, hit.entity.name), ' ', kindBadge(hit.entity.type),
      h('span', { class: 'muted small' }, ' matched: '), h('span', { class: 'small' }, snippet(hit.snippet))));
  }
  const sentences = hits.hits.filter((x: any) => x.kind === 'sentence');
  main.append(
    section(`Actors (${actors.length})`, actors.length ? h('ul', { class: 'plain results', id: 'actor-results' }, actors) : empty('No actor by that name.')),
    section(`Sentences (${sentences.length})`, sentences.length ? h('ol', { class: 'results' }, sentences.map((x: any) => h('li', null,
      h('p', { class: 'snippet' }, snippet(x.snippet)),
      h('p', { class: 'small' }, h('a', { href: docHref(x.id, x.sentence) }, x.document?.title ?? x.document?.file ?? x.id),
        h('span', { class: 'muted' }, ` · ${x.document?.outlet ?? 'unknown outlet'} · ${x.document?.published ?? 'undated'}`))))) : empty('No sentence matches.')),
  );
  return `Search: ${q}`;
}
