// The analyst's UI: one page, hash routes, plain DOM. Each view fetches what it shows from the
// API and builds its part of the page with text nodes only (see dom.ts).
import { ApiFailure } from './api.ts';
import { clear, dropMounted, flushMounted, h } from './dom.ts';
import { parseHash, href, type Route } from './router.ts';
import { homeView, searchView } from './views/home.ts';
import { entityView } from './views/entity.ts';
import { claimView } from './views/claim.ts';
import { documentView } from './views/document.ts';
import { disposeGraph, graphView } from './views/graph.ts';
import { claimsView, conflictsView, eventsView, storiesView } from './views/lists.ts';

type View = (route: Route, main: HTMLElement) => Promise<string>;

const VIEWS: Record<string, View> = {
  home: homeView, search: searchView, entity: entityView, claim: claimView, doc: documentView,
  graph: graphView, conflicts: conflictsView, claims: claimsView, stories: storiesView, events: eventsView,
};

const main = document.getElementById('main')!;
const status = document.getElementById('status')!;
const searchInput = document.getElementById('q') as HTMLInputElement;
let generation = 0;
let first = true;

async function render(): Promise<void> {
  // In-page anchors ("#main") are not routes: keep the current page.
  if (!first && location.hash && !location.hash.startsWith('#/')) return;
  const route = parseHash(location.hash.startsWith('#/') ? location.hash : '#/');
  const mine = ++generation;
  disposeGraph();
  const view = VIEWS[route.name];
  const next = h('div', { class: 'view' });
  main.setAttribute('aria-busy', 'true');
  status.textContent = 'Loading…';
  let title: string;
  try {
    if (!view) throw new ApiFailure(404, `No page "${route.name}".`);
    searchInput.value = route.name === 'search' ? route.query.get('q') ?? '' : '';
    title = await view(route, next);
  } catch (err) {
    if (mine !== generation) return;
    dropMounted();
    const message = err instanceof ApiFailure ? err.message : `Something went wrong: ${(err as Error).message}`;
    clear(next);
    next.append(h('h1', { tabindex: '-1' }, err instanceof ApiFailure && err.status === 404 ? 'Not found' : 'Error'),
      h('p', { class: 'error', role: 'alert' }, message), h('p', null, h('a', { href: '#/' }, 'Back to the start')));
    title = 'Error';
  }
  if (mine !== generation) return; // a newer navigation won (its own callbacks are queued after ours: drop none)
  main.replaceChildren(next);
  flushMounted();
  main.removeAttribute('aria-busy');
  document.title = `${title} · Dossier`;
  status.textContent = `${title} loaded`;
  for (const a of document.querySelectorAll('nav.site a')) {
    a.toggleAttribute('aria-current', a.getAttribute('href') === `#/${route.name}`);
    if (a.hasAttribute('aria-current')) a.setAttribute('aria-current', 'page');
  }
  // Move focus to the new page's heading (not on first load, so the skip link stays first).
  const heading = next.querySelector('h1');
  if (!first && heading) (heading as HTMLElement).focus({ preventScroll: false });
  if (!route.query.has('s')) window.scrollTo(0, 0);
  first = false;
}

document.getElementById('search-form')!.addEventListener('submit', (e) => {
  e.preventDefault();
  const q = searchInput.value.trim();
  if (q) location.hash = href('search', { q });
});

document.getElementById('skip')!.addEventListener('click', (e) => {
  e.preventDefault();
  (main.querySelector('h1') as HTMLElement | null ?? main).focus();
});

window.addEventListener('hashchange', () => void render());
void render();
