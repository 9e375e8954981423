// Actors and relations: cytoscape draws the neighbourhood (or the most mentioned actors), edges
// coloured by PLOVER type and as thick as their event count; a time filter narrows the events.
// The same edges are listed in a table below, for keyboards and screen readers.
import cytoscape from 'cytoscape';
import { api } from '../api.ts';
import { h, onMount } from '../dom.ts';
import { empty, entityHref, section, table, typeBadge } from '../components.ts';
import { ENTITY_COLORS, FALLBACK_COLOR, ploverColor } from '../colors.ts';
import { href, type Route } from '../router.ts';

let current: cytoscape.Core | null = null;

/** Called by the router before another view replaces this one. */
export function disposeGraph(): void {
  current?.destroy();
  current = null;
}

function field(id: string, label: string, value: string | null, attrs: Record<string, string> = {}): [HTMLElement, HTMLInputElement] {
  const input = h('input', { id, name: id, value: value ?? '', ...attrs });
  return [h('div', { class: 'field' }, h('label', { for: id }, label), input), input];
}

export async function graphView(route: Route, main: HTMLElement): Promise<string> {
  const q = route.query;
  const entity = q.get('entity');
  const depth = q.get('depth') ?? '1';
  const from = q.get('from');
  const to = q.get('to');
  const [stats, g] = await Promise.all([
    api('stats'),
    api('graph', { entity, depth, from, to, limit: entity ? 120 : 40 }),
  ]);
  const focusName = entity ? g.nodes.find((n: any) => n.id === g.focus)?.name ?? entity : null;

  const [entityField, entityInput] = field('g-entity', 'Actor', focusName ?? entity, { placeholder: 'name or id', autocomplete: 'off' });
  const [fromField, fromInput] = field('g-from', 'From', from, { placeholder: stats.first_date ?? 'YYYY-MM', size: '10', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' });
  const [toField, toInput] = field('g-to', 'To', to, { placeholder: stats.last_date ?? 'YYYY-MM', size: '10', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' });
  const depthSelect = h('select', { id: 'g-depth', name: 'depth' }, ['1', '2', '3'].map((d) => h('option', { value: d, selected: d === depth }, d)));
  const form = h('form', { class: 'filters', 'aria-label': 'graph filters', onsubmit: (e: Event) => {
    e.preventDefault();
    location.hash = href('graph', { entity: entityInput.value.trim(), depth: depthSelect.value, from: fromInput.value.trim(), to: toInput.value.trim() });
  } },
  entityField, h('div', { class: 'field' }, h('label', { for: 'g-depth' }, 'Hops'), depthSelect), fromField, toField,
  h('button', { type: 'submit' }, 'Show'));

  const canvas = h('div', { class: 'graph-canvas', id: 'graph-canvas', role: 'img',
    'aria-label': `Graph of ${g.nodes.length} actors and ${g.edges.length} relations; the table below lists them` });
  const detail = h('div', { class: 'graph-detail', 'aria-live': 'polite' }, h('p', { class: 'muted' }, 'Select an actor or a relation.'));
  const names = new Map<string, string>(g.nodes.map((n: any) => [n.id, n.name]));

  main.append(
    h('header', { class: 'page-head' },
      h('h1', { tabindex: '-1' }, focusName ? `Relations of ${focusName}` : 'Relations between the most mentioned actors'),
      h('p', { class: 'muted' }, `${g.nodes.length} actors · ${g.edges.length} relations${from || to ? ` · events from ${from ?? 'the start'} to ${to ?? 'the end'}` : ''}`
        + (g.truncated ? ' · some actors left out' : '')),
      form),
    g.nodes.length ? h('div', { class: 'graph-wrap' }, canvas, detail) : empty('No relations in this period.'),
    section('Relations (table)', g.edges.length ? table('Relations: events aggregated by source, target and type',
      ['Source', 'Event', 'Target', 'Events', 'From', 'To', 'Max origins'],
      g.edges.map((e: any) => [
        h('a', { href: entityHref(e.source) }, names.get(e.source) ?? e.source), typeBadge(e.type),
        h('a', { href: entityHref(e.target) }, names.get(e.target) ?? e.target),
        `${e.count}${e.negated ? ` (${e.negated} denied)` : ''}`, e.first ?? '?', e.last ?? '?', String(e.max_origins),
      ])) : empty('No relations.')),
  );

  if (!g.nodes.length) return 'Graph';
  onMount(() => draw(g, canvas, detail, names, { depth, from, to }));
  return focusName ? `Graph: ${focusName}` : 'Graph';
}

function draw(g: any, canvas: HTMLElement, detail: HTMLElement, names: Map<string, string>, keep: { depth: string; from: string | null; to: string | null }): void {
  if (!canvas.isConnected) return; // a later navigation replaced this view
  const { depth, from, to } = keep;
  const maxCount = Math.max(1, ...g.edges.map((e: any) => e.count));
  const cy = cytoscape({
    container: canvas,
    elements: [
      ...g.nodes.map((n: any) => ({ data: { id: n.id, label: n.name, color: ENTITY_COLORS[n.type] ?? FALLBACK_COLOR, focus: n.depth === 0 ? 1 : 0, depth: n.depth ?? 1, size: 18 + Math.min(30, Math.sqrt(n.mentions) * 4) } })),
      ...g.edges.map((e: any) => ({ data: { id: e.id, source: e.source, target: e.target, label: `${e.type} ×${e.count}`, color: ploverColor(e.type),
        width: 1.5 + (5 * e.count) / maxCount, dashed: e.negated === e.count ? 1 : 0 } })),
    ],
    style: [
      { selector: 'node', style: { 'background-color': 'data(color)', label: 'data(label)', width: 'data(size)', height: 'data(size)',
        'font-size': 12, color: '#1d2733', 'text-valign': 'bottom', 'text-margin-y': 4, 'text-outline-color': '#fff', 'text-outline-width': 2 } },
      { selector: 'node[focus = 1]', style: { 'border-width': 4, 'border-color': '#1d2733' } },
      { selector: 'edge', style: { 'line-color': 'data(color)', 'target-arrow-color': 'data(color)', 'target-arrow-shape': 'triangle',
        width: 'data(width)', 'curve-style': 'bezier', label: 'data(label)', 'font-size': 9, color: '#3a4654',
        'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.8, 'text-background-padding': '1px' } },
      { selector: 'edge[dashed = 1]', style: { 'line-style': 'dashed' } },
      { selector: ':selected', style: { 'overlay-color': '#f2b01e', 'overlay-opacity': 0.35 } },
    ],
    // Force-directed for both views; rings by depth line nodes up when a level holds two.
    layout: { name: 'cose', animate: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90, padding: 30 } as cytoscape.LayoutOptions,
    wheelSensitivity: 0.3,
  });
  // A small graph is fitted at a readable size rather than blown up to the whole canvas.
  if (cy.zoom() > 1.6) {
    cy.zoom(1.6);
    cy.center();
  }
  current = cy;
  const edgesById = new Map<string, any>(g.edges.map((e: any) => [e.id, e]));
  cy.on('tap', 'node', (evt) => {
    const id = evt.target.id();
    detail.replaceChildren(h('h2', null, names.get(id) ?? id),
      h('p', null, h('a', { href: entityHref(id) }, 'Open profile'), ' · ', h('a', { href: href('graph', { entity: id, depth, from, to }) }, 'Centre the graph here')));
  });
  cy.on('tap', 'edge', (evt) => {
    const e = edgesById.get(evt.target.id());
    if (!e) return;
    detail.replaceChildren(h('h2', null, `${names.get(e.source)} `, typeBadge(e.type), ` ${names.get(e.target)}`),
      h('p', null, `${e.count} event${e.count === 1 ? '' : 's'}, ${e.first ?? '?'} to ${e.last ?? '?'}; ${e.claims} claim${e.claims === 1 ? '' : 's'}, up to ${e.max_origins} independent origin${e.max_origins === 1 ? '' : 's'}`),
      h('p', null, h('a', { href: href('events', { entity: e.source, target: e.target, type: e.type, from, to }) }, 'List these events')));
  });
}
