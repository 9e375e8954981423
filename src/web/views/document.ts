// The reader: an article's text with actor mentions and event triggers highlighted, built from
// character offsets as text nodes (the text is never parsed as HTML).
import { api, seg } from '../api.ts';
import { h, type Child } from '../dom.ts';
import { chain, claimHref, empty, entityHref, flags, kindBadge, section, table, typeBadge } from '../components.ts';
import type { Route } from '../router.ts';

interface Span { start: number; end: number }

/** Cuts [0, text.length) at every span boundary and wraps each piece in what covers it. */
function annotate(text: string, mentions: any[], events: any[], sentences: any[], focus: number | null): Node[] {
  const cuts = new Set<number>([0, text.length]);
  const spans: Span[] = [...mentions, ...events.map((v) => v.trigger), ...sentences];
  for (const s of spans) {
    if (s.start >= 0 && s.end <= text.length && s.start < s.end) { cuts.add(s.start); cuts.add(s.end); }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const covering = <T extends Span>(list: T[], a: number, b: number) => list.find((s) => s.start <= a && s.end >= b);
  const out: Node[] = [];
  let sentenceEl: HTMLElement | null = null;
  let sentenceIdx = -1;
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    let node: Node = document.createTextNode(text.slice(a, b));
    const ev = events.find((v) => v.trigger.start <= a && v.trigger.end >= b);
    if (ev) {
      node = h('mark', { class: `ev t-${ev.type}`, title: `${ev.type}${ev.mode ? ` (${ev.mode})` : ''}: ${ev.source ?? '?'} → ${ev.target ?? '?'}${ev.negated ? ' (denied)' : ''}` }, node);
    }
    const m = covering(mentions, a, b);
    if (m) {
      const label = `${m.type}: ${m.entity_name ?? m.canonical}`;
      node = m.entity
        ? h('a', { href: entityHref(m.entity), class: `mention k-${m.type}`, title: label }, node)
        : h('span', { class: `mention k-${m.type}`, title: label }, node);
    }
    const s = covering(sentences, a, b);
    if (s && s.index !== sentenceIdx) {
      sentenceIdx = s.index;
      sentenceEl = h('span', { class: `sentence${s.index === focus ? ' focus' : ''}`, id: `sentence-${s.index}` });
      out.push(sentenceEl);
    } else if (!s) {
      sentenceEl = null;
      sentenceIdx = -1;
    }
    if (sentenceEl) sentenceEl.appendChild(node);
    else out.push(node);
  }
  return out;
}

function showSentence(index: number): void {
  const el = document.getElementById(`sentence-${index}`);
  if (!el) return;
  document.querySelectorAll('.sentence.focus').forEach((x) => x.classList.remove('focus'));
  el.classList.add('focus');
  el.scrollIntoView({ block: 'center' });
}

/** The publication date and, when it is an estimate, where it comes from. */
function datedAs(meta: { published: string | null; published_from?: string | null }): string {
  if (!meta.published) return 'undated';
  if (meta.published_from === 'story') return `${meta.published} (dated by its story)`;
  if (meta.published_from === 'text') return `${meta.published} (estimated from the text)`;
  return meta.published;
}

export async function documentView(route: Route, main: HTMLElement): Promise<string> {
  const d = await api(`documents/${seg(route.id ?? '')}`);
  const focus = route.query.has('s') ? Number(route.query.get('s')) : null;
  const meta = d.document;
  const types = [...new Set(d.mentions.map((m: any) => m.type))] as string[];
  const title = meta.title ?? meta.file;
  const body: Child[] = annotate(d.text, d.mentions, d.events, d.sentences, focus);
  main.append(
    h('header', { class: 'page-head' },
      h('h1', { tabindex: '-1' }, title),
      h('p', { class: 'muted' }, [meta.outlet ?? 'unknown outlet', datedAs(meta), meta.file, meta.language].join(' · ')),
      meta.url ? h('p', { class: 'small' }, 'Source: ', h('a', { href: meta.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, meta.url)) : null,
      h('p', { class: 'legend', 'aria-label': 'legend' }, types.map((t) => kindBadge(t)), ' ', h('mark', { class: 'ev legend-ev' }, 'event trigger'))),
    h('article', { class: 'reader', 'aria-label': 'article text' }, body),
    section(`Events (${d.events.length})`, d.events.length ? table('Events found in this article', ['Event', 'Source', 'Target', 'Trigger', 'According to', 'When', 'Claim'],
      d.events.map((v: any) => [
        [typeBadge(v.type, v.mode), ' ', flags(v)],
        v.source_entity ? h('a', { href: entityHref(v.source_entity) }, v.source ?? v.source_entity) : (v.source ?? '—'),
        v.target_entity ? h('a', { href: entityHref(v.target_entity) }, v.target ?? v.target_entity) : (v.target ?? '—'),
        h('button', { type: 'button', class: 'linklike', title: 'show in the text', onclick: () => showSentence(v.sentence) }, `“${v.trigger.text}”`),
        chain(v.attribution?.chain ?? []),
        v.when ? `${v.when.start}${v.when.end !== v.when.start ? ` – ${v.when.end}` : ''}` : 'undated',
        v.claim ? h('a', { href: claimHref(v.claim) }, 'evidence') : '—',
      ])) : empty('No events found in this article.')),
  );
  if (focus !== null) queueMicrotask(() => showSentence(focus));
  return title;
}
