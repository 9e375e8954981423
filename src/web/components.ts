// Small pieces shared by the views: links, badges, the attribution chain, paging, tables.
import { h, type Child } from './dom.ts';
import { seg } from './api.ts';

export const entityHref = (id: string) => `#/entity/${seg(id)}`;
export const claimHref = (id: string) => `#/claim/${seg(id)}`;
export const docHref = (id: string, sentence?: number | null) => `#/doc/${seg(id)}${sentence !== null && sentence !== undefined ? `?s=${sentence}` : ''}`;
export const graphHref = (entity: string) => `#/graph?entity=${encodeURIComponent(entity)}`;

export function entityLink(ref: { id: string; name: string } | null, fallback = '—'): Child {
  return ref ? h('a', { href: entityHref(ref.id) }, ref.name) : h('span', { class: 'muted' }, fallback);
}

export function typeBadge(type: string, mode?: string | null): HTMLElement {
  return h('span', { class: `badge t-${type}`, title: mode ? `${type} (${mode})` : type }, type, mode ? h('span', { class: 'mode' }, ` · ${mode}`) : null);
}

export function kindBadge(kind: string): HTMLElement {
  return h('span', { class: `kind k-${kind}` }, kind);
}

export function flags(v: { negated: boolean; hedged: boolean }): Child {
  return [
    v.negated ? h('span', { class: 'flag negated', title: 'the text denies it happened' }, 'denied') : null,
    v.hedged ? h('span', { class: 'flag hedged', title: 'the text hedges (may, reportedly, ...)' }, 'hedged') : null,
  ];
}

export function originsBadge(n: number): HTMLElement {
  return h('span', { class: `origins${n > 1 ? ' many' : ''}`, title: `${n} independent origin${n === 1 ? '' : 's'}` }, `${n} origin${n === 1 ? '' : 's'}`);
}

/** "Coastal Times → Reuters → shipping data" as a list, outermost first. */
export function chain(parts: string[]): HTMLElement {
  if (!parts.length) return h('span', { class: 'muted' }, 'the outlet itself');
  return h('ol', { class: 'chain', 'aria-label': 'attribution chain, outermost first' }, parts.map((p) => h('li', null, p)));
}

export function table(caption: string, head: string[], rows: Child[][], cls = ''): HTMLElement {
  return h('table', { class: `data ${cls}` },
    h('caption', null, caption),
    h('thead', null, h('tr', null, head.map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', null, rows.map((r) => h('tr', null, r.map((c) => h('td', null, c))))));
}

export function pager(total: number, offset: number, limit: number, go: (offset: number) => void): HTMLElement | null {
  if (total <= limit) return null;
  const page = Math.floor(offset / limit) + 1;
  const pages = Math.ceil(total / limit);
  return h('nav', { class: 'pager', 'aria-label': 'pages' },
    h('button', { type: 'button', disabled: offset === 0, onclick: () => go(Math.max(0, offset - limit)) }, '← Previous'),
    h('span', null, `Page ${page} of ${pages} (${total})`),
    h('button', { type: 'button', disabled: offset + limit >= total, onclick: () => go(offset + limit) }, 'Next →'));
}

export function empty(text: string): HTMLElement {
  return h('p', { class: 'empty' }, text);
}

export function section(title: string, ...children: Child[]): HTMLElement {
  const id = `s-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return h('section', { 'aria-labelledby': id }, h('h2', { id }, title), ...children);
}
