// An actor: who it is, its events over time (coloured by PLOVER type, with outlet and origins),
// its claims and its conflicts. `as_of` shows what held on a date.
import { api, seg } from '../api.ts';
import { h, svg, type Child } from '../dom.ts';
import {
  claimHref, docHref, empty, flags, graphHref, kindBadge, originsBadge, pager, section, table, typeBadge,
} from '../components.ts';
import { href, type Route } from '../router.ts';
import { conflictCard } from './lists.ts';

/** "2020", "2020-06", "2020-06-03" → a time in ms at the start of the period. */
function when(date: string): number {
  const [y, m = '01', d = '01'] = date.split('-');
  return Date.UTC(Number(y), Number(m) - 1, Number(d));
}

function timelineChart(rows: any[]): Child {
  const dated = rows.filter((r) => r.date);
  if (dated.length === 0) return null;
  const times = dated.map((r) => when(r.date));
  let min = Math.min(...times);
  let max = Math.max(...times);
  if (max === min) { min -= 86_400_000 * 15; max += 86_400_000 * 15; }
  const W = 1000, H = 120, pad = 30;
  const x = (t: number) => pad + ((t - min) / (max - min)) * (W - 2 * pad);
  const lanes = new Map<number, number>();
  const dots = dated.map((r, i) => {
    const cx = Math.round(x(times[i]));
    const lane = lanes.get(cx) ?? 0;
    lanes.set(cx, lane + 1);
    const label = `${r.date}: ${r.type}${r.negated ? ' (denied)' : ''} ${r.role === 'source' ? '→' : '←'} ${r.counterpart ?? '?'} · ${r.outlet ?? ''} · ${r.origins} origin(s)`;
    return svg('a', { href: claimHref(r.claim), 'aria-label': label },
      svg('circle', { cx, cy: H - 34 - lane * 14, r: 6, class: `dot t-${r.type}${r.negated ? ' negated' : ''}` }, svg('title', null, label)));
  });
  const years: Child[] = [];
  const y0 = new Date(min).getUTCFullYear();
  const y1 = new Date(max).getUTCFullYear();
  const span = max - min;
  for (let y = y0; y <= y1 + 1; y++) {
    for (let m = 0; m < 12; m += span > 3 * 365 * 86_400_000 ? 12 : span > 400 * 86_400_000 ? 3 : 1) {
      const t = Date.UTC(y, m, 1);
      if (t < min || t > max) continue;
      years.push(svg('line', { x1: x(t), x2: x(t), y1: 8, y2: H - 22, class: 'tick' }),
        svg('text', { x: x(t) + 3, y: H - 6, class: 'tick-label' }, m === 0 ? String(y) : `${y}-${String(m + 1).padStart(2, '0')}`));
    }
  }
  return h('figure', { class: 'timeline-chart' },
    svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': `${dated.length} dated events over time` },
      svg('line', { x1: pad, x2: W - pad, y1: H - 22, y2: H - 22, class: 'axis' }), years, dots),
    h('figcaption', { class: 'legend' }, [...new Set(dated.map((r) => r.type))].sort().map((t) => typeBadge(t))));
}

/** Events per month as stacked bars by type: for timelines too long to draw event by event. */
function activityChart(activity: { period: string; type: string; count: number }[], total: number): Child {
  if (!activity.length) return null;
  const periods = [...new Set(activity.map((a) => a.period))].sort();
  const perPeriod = new Map<string, { type: string; count: number }[]>();
  for (const a of activity) (perPeriod.get(a.period) ?? perPeriod.set(a.period, []).get(a.period)!).push(a);
  const max = Math.max(...periods.map((p) => perPeriod.get(p)!.reduce((n, a) => n + a.count, 0)));
  const W = 1000, H = 140, pad = 30, base = H - 22;
  const bw = Math.max(2, Math.min(40, (W - 2 * pad) / periods.length - 2));
  const bars = periods.map((p, i) => {
    const x = pad + (i * (W - 2 * pad)) / periods.length;
    let y = base;
    return perPeriod.get(p)!.map((a) => {
      const hgt = Math.max(1, ((H - 40) * a.count) / max);
      y -= hgt;
      return svg('rect', { x, y, width: bw, height: hgt, class: `bar t-${a.type}` }, svg('title', null, `${p}: ${a.count} ${a.type}`));
    });
  });
  const step = Math.ceil(periods.length / 12);
  const labels = periods.map((p, i) => (i % step === 0
    ? svg('text', { x: pad + (i * (W - 2 * pad)) / periods.length, y: H - 6, class: 'tick-label' }, p) : null));
  return h('figure', { class: 'timeline-chart' },
    svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': `${total} events per month, by type` },
      svg('line', { x1: pad, x2: W - pad, y1: base, y2: base, class: 'axis' }), bars, labels),
    h('figcaption', { class: 'legend' }, [...new Set(activity.map((a) => a.type))].sort().map((t) => typeBadge(t))));
}

export async function entityView(route: Route, main: HTMLElement): Promise<string> {
  const id = route.id ?? '';
  const asOf = route.query.get('as_of');
  const offset = Number(route.query.get('offset') ?? 0) || 0;
  const p = await api(`entities/${seg(id)}`, { as_of: asOf, offset, limit: 200 });
  const partial = p.timeline_total > p.timeline.length;
  const asOfInput = h('input', { id: 'as-of', name: 'as_of', value: asOf ?? '', placeholder: 'YYYY-MM-DD', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?', size: 12 });
  const form = h('form', { class: 'inline', role: 'search', 'aria-label': 'as of date',
    onsubmit: (e: Event) => { e.preventDefault(); location.hash = href('entity', { as_of: asOfInput.value.trim() }, p.id); } },
    h('label', { for: 'as-of' }, 'As of '), asOfInput, h('button', { type: 'submit' }, 'Apply'),
    asOf ? h('a', { href: href('entity', {}, p.id), class: 'small' }, ' clear') : null);

  main.append(
    h('header', { class: 'page-head' },
      h('h1', { tabindex: '-1' }, p.name, ' ', kindBadge(p.type)),
      h('p', { class: 'muted' }, `${p.mentions} mentions in ${p.documents} article${p.documents === 1 ? '' : 's'} · ${p.timeline.length} events`
        + (asOf ? ` as of ${asOf}` : '')),
      p.aliases.length ? h('p', null, h('span', { class: 'muted' }, 'Also called: '), p.aliases.join(', ')) : null,
      p.merges.length ? h('details', null, h('summary', null, 'Why these names were merged'), h('ul', null, p.merges.map((m: string) => h('li', null, m)))) : null,
      h('p', { class: 'actions' }, h('a', { href: graphHref(p.id), class: 'button' }, 'Graph of relations'), ' ', form)),
    section('Timeline',
      p.timeline.length ? [partial ? activityChart(p.activity, p.timeline_total) : timelineChart(p.timeline),
        partial ? h('p', { class: 'muted small' }, `Events ${p.offset + 1}–${p.offset + p.timeline.length} of ${p.timeline_total}, earliest first.`) : null,
        table('Events, earliest first',
        ['Date', 'Event', 'With', 'Outlet', 'According to', 'Origins', 'Sentence'],
        p.timeline.map((t: any) => [
          t.date ?? 'undated',
          [typeBadge(t.type, t.mode), ' ', flags(t)],
          t.role === 'source'
            ? [h('span', { class: 'muted small', title: `${p.name} acts on the counterpart` }, '→ '), t.counterpart ?? h('span', { class: 'muted' }, 'no one named')]
            : [t.counterpart ?? h('span', { class: 'muted' }, 'someone unnamed'), h('span', { class: 'muted small', title: `the counterpart acts on ${p.name}` }, ' →')],
          t.outlet ?? '—',
          t.attributedTo ?? h('span', { class: 'muted' }, 'the outlet'),
          h('a', { href: claimHref(t.claim), title: 'the claim and its evidence' }, originsBadge(t.origins)),
          h('a', { href: docHref(t.document), class: 'quote' }, t.sentence),
        ]), 'timeline'),
        pager(p.timeline_total, p.offset, p.limit, (o) => (location.hash = href('entity', { as_of: asOf, offset: o }, p.id)))] : empty(asOf ? `No events as of ${asOf}.` : 'No events.')),
    section('Claims',
      p.claims.length ? table(`Claims involving this actor, most independent origins first${p.claims_total > p.claims.length ? ` (top ${p.claims.length} of ${p.claims_total})` : ''}`,
        ['Claim', 'Origins', 'Articles', 'First seen', 'Last seen'],
        p.claims.map((c: any) => [
          h('a', { href: claimHref(c.id) }, `${c.source ?? '?'} `, typeBadge(c.type, c.mode), ` ${c.target ?? '?'}`, c.negated ? h('span', { class: 'flag negated' }, 'denied') : null),
          originsBadge(c.origins), String(c.documents), c.first_seen ?? '?', c.last_seen ?? '?',
        ])) : empty('No claims.')),
    section('Conflicts', p.conflicts.length ? [
      p.conflicts_total > p.conflicts.length ? h('p', { class: 'muted small' }, `The first ${p.conflicts.length} of ${p.conflicts_total}.`) : null,
      h('ul', { class: 'plain' }, p.conflicts.map((c: any) => h('li', null, conflictCard(c))))] : empty('No conflicting reports.')),
    p.counterparts.length ? section('Most frequent counterparts', h('ul', { class: 'inline-list' }, p.counterparts.map((c: any) =>
      h('li', null, h('a', { href: `#/entity/${seg(c.id)}` }, c.name ?? c.id), h('span', { class: 'muted small' }, ` ×${c.events}`))))) : '',
  );
  return p.name;
}
