// Claims: events that state the same thing (same resolved source, type, target and polarity, at
// compatible times), and how many independent origins stand behind each.
import type { Claim, IsoDate } from '../types.ts';
import { compareIsoDates, compareIsoDatesByEnd, gapDays, overlaps, type DayRange } from './dates.ts';
import { assertionKey, namedVoices, type EventRecord } from './events.ts';
import { byCodeUnit, claimId, compareEventKeys } from './ids.ts';
import type { ResolveOptions } from './options.ts';
import type { StoryGrouping } from './stories.ts';
import { UnionFind } from './union-find.ts';

export interface ClaimGrouping {
  claims: Claim[];
  claimOf: Map<string, string>;
  eventsOf: Map<string, EventRecord[]>;
}

export function groupClaims(
  events: EventRecord[],
  stories: StoryGrouping,
  storyOriginKeys: Map<string, string | null>,
  citedKeysByDoc: Map<string, Set<string>>,
  options: ResolveOptions,
): ClaimGrouping {
  const byKey = new Map<string, EventRecord[]>();
  for (const r of events) {
    const k = assertionKey(r);
    if (!byKey.has(k)) byKey.set(k, []);
    byKey.get(k)!.push(r);
  }
  const claims: Claim[] = [];
  const claimOf = new Map<string, string>();
  const eventsOf = new Map<string, EventRecord[]>();
  for (const key of [...byKey.keys()].sort(byCodeUnit)) {
    for (const [mode, sameMode] of modePartitions(byKey.get(key)!))
    for (const cluster of timeClusters(sameMode, stories, options.claimUndatedGapDays)) {
      const members = cluster.sort((a, b) => compareEventKeys(a.key, b.key));
      const starts = members.map((m) => m.when?.start).filter((x): x is number => x !== undefined);
      const undated = members.map((m) => m.dated?.start).filter((x): x is number => x !== undefined);
      const at = starts.length ? Math.min(...starts) : undated.length ? `undated:${Math.min(...undated)}` : 'undated';
      const id = claimId(`${key}|${mode ? `${mode}|` : ''}${at}`, options.idHashLength);
      members.forEach((m) => claimOf.set(m.key, id));
      eventsOf.set(id, members);
      claims.push({ id, events: members.map((m) => m.key), documents: unique(members.map((m) => m.docId)), ...origins(members, stories, storyOriginKeys, citedKeysByDoc), ...seen(members) });
    }
  }
  claims.sort((a, b) => byCodeUnit(a.id, b.id));
  return { claims, claimOf, eventsOf };
}

/**
 * Splits events of one key by mode: "Iran sent weapons" (AID/military) and "Iran provides his
 * bodyguards" (AID/security) state different things. An event without a mode joins the group of
 * its own document, else of its speaker, else the largest (ties: the first mode in code-unit order).
 */
function modePartitions(events: EventRecord[]): Array<[string | null, EventRecord[]]> {
  const byMode = new Map<string, EventRecord[]>();
  const unknown: EventRecord[] = [];
  for (const e of events) {
    if (!e.event.mode) unknown.push(e);
    else if (byMode.has(e.event.mode)) byMode.get(e.event.mode)!.push(e);
    else byMode.set(e.event.mode, [e]);
  }
  if (byMode.size === 0) return [[null, unknown]];
  const modes = [...byMode.keys()].sort(byCodeUnit);
  if (modes.length === 1) return [[null, events]];
  const largest = modes.reduce((a, b) => (byMode.get(b)!.length > byMode.get(a)!.length ? b : a));
  for (const e of unknown) {
    const voices = new Set(namedVoices(e));
    const home =
      modes.find((m) => byMode.get(m)!.some((x) => x.docId === e.docId)) ??
      modes.find((m) => byMode.get(m)!.some((x) => namedVoices(x).some((v) => voices.has(v)))) ??
      largest;
    byMode.get(home)!.push(e);
  }
  return modes.map((m) => [m, byMode.get(m)!]);
}

/**
 * Splits events of one key into groups of overlapping times. Events with no known time join the
 * group holding an event of the same document, else of the same story, else the nearest group by
 * publication date when it lies within `undatedGapDays`; the rest form groups of their own, of
 * publication dates no further apart than that.
 */
function timeClusters(events: EventRecord[], stories: StoryGrouping, undatedGapDays: number): EventRecord[][] {
  const dated = events.filter((e) => e.when).sort((a, b) => a.when!.start - b.when!.start || a.when!.end - b.when!.end || byCodeUnit(a.key, b.key));
  const groups: { span: DayRange; members: EventRecord[] }[] = [];
  for (const e of dated) {
    const last = groups[groups.length - 1];
    if (last && overlaps(last.span, e.when!)) {
      last.members.push(e);
      last.span = { start: last.span.start, end: Math.max(last.span.end, e.when!.end) };
    } else groups.push({ span: { ...e.when! }, members: [e] });
  }
  const undated = events.filter((e) => !e.when).sort((a, b) => byCodeUnit(a.key, b.key));
  if (groups.length === 0) return undatedClusters(undated, undatedGapDays);
  // Decide against the dated groups as they were, so the result is independent of undated order.
  const snapshot = groups.map((g) => ({
    span: g.span,
    size: g.members.length,
    docs: new Set(g.members.map((m) => m.docId)),
    stories: new Set(g.members.map((m) => stories.storyOf.get(m.docId))),
  }));
  const all = snapshot.map((_, i) => i);
  const apart: EventRecord[] = [];
  for (const e of undated) {
    let pool = all.filter((i) => snapshot[i].docs.has(e.docId));
    if (pool.length === 0) pool = all.filter((i) => snapshot[i].stories.has(stories.storyOf.get(e.docId)));
    const near = pool.length > 0;
    if (!near) pool = all;
    // An undated statement most likely speaks of the time it was published: nearest group, then largest, then earliest.
    const distance = (i: number) => (e.dated ? gapDays(snapshot[i].span, e.dated) : 0);
    const at = [...pool].sort((x, y) => distance(x) - distance(y) || snapshot[y].size - snapshot[x].size || x - y)[0];
    if (!near && distance(at) > undatedGapDays) apart.push(e);
    else groups[at].members.push(e);
  }
  return [...groups.map((g) => g.members), ...undatedClusters(apart, undatedGapDays)];
}

/** Undated events grouped by publication date, single linkage: neighbours at most `gapDays` apart. */
function undatedClusters(events: EventRecord[], gapDays: number): EventRecord[][] {
  if (events.length === 0) return [];
  const known = events.filter((e) => e.dated).sort((a, b) => a.dated!.start - b.dated!.start || a.dated!.end - b.dated!.end || byCodeUnit(a.key, b.key));
  const clusters: { end: number; members: EventRecord[] }[] = [];
  for (const e of known) {
    const last = clusters[clusters.length - 1];
    if (last && e.dated!.start - last.end <= gapDays) {
      last.members.push(e);
      last.end = Math.max(last.end, e.dated!.end);
    } else clusters.push({ end: e.dated!.end, members: [e] });
  }
  // No date at all: with the largest group (the earliest on ties), as before.
  const nowhere = events.filter((e) => !e.dated);
  if (clusters.length === 0) return [nowhere];
  const largest = clusters.reduce((a, b) => (b.members.length > a.members.length ? b : a));
  largest.members.push(...nowhere);
  return clusters.map((c) => c.members);
}

/**
 * Independent origins: events are one origin when their documents retell one report (near-copies,
 * rewrites, write-ups of one named source: see stories.ts), when they
 * share a named innermost speaker or chain root ("The Wall Street Journal ← Craig Faller"), or when
 * unattributed events come from one story whose documents cite the same origin.
 */
function origins(
  members: EventRecord[],
  stories: StoryGrouping,
  storyOriginKeys: Map<string, string | null>,
  citedKeysByDoc: Map<string, Set<string>>,
): Pick<Claim, 'origins' | 'originChains'> {
  const sets = new UnionFind();
  for (const m of members) {
    sets.add(m.key);
    const atoms = [`retelling:${stories.retellingGroup.get(m.docId)}`];
    for (const voice of namedVoices(m)) atoms.push(`voice:${voice}`);
    if (!m.event.attribution) {
      const story = stories.storyOf.get(m.docId)!;
      const originKey = storyOriginKeys.get(story);
      if (originKey && citedKeysByDoc.get(m.docId)?.has(originKey)) atoms.push(`story:${story}:${originKey}`);
    }
    for (const atom of atoms) sets.union(m.key, `atom|${atom}`);
  }
  const byKey = new Map(members.map((m) => [m.key, m]));
  const lines: string[] = [];
  let count = 0;
  for (const group of sets.groups()) {
    const events = group.filter((k) => byKey.has(k)).map((k) => byKey.get(k)!);
    if (events.length === 0) continue;
    count++;
    lines.push(`${chainLabel(events)} (${unique(events.map((e) => e.docId)).join(', ')})`);
  }
  return { origins: count, originChains: lines.sort(byCodeUnit) };
}

/** The most common reporting chain of an origin, outermost first: "The Wall Street Journal ← Craig Faller". */
function chainLabel(events: EventRecord[]): string {
  const tally = new Map<string, number>();
  for (const e of events) {
    const links = [...e.chain];
    if (e.speakerName && links[links.length - 1] !== e.speakerName) links.push(e.speakerName);
    const label = links.length ? links.filter((l, i) => l !== links[i - 1]).join(' ← ') : `${e.doc.article.outlet ?? e.doc.article.file ?? e.docId} (own reporting)`;
    tally.set(label, (tally.get(label) ?? 0) + 1);
  }
  // The fullest chain says most about where the report comes from; then the most common.
  const links = (label: string) => label.split(' ← ').length;
  return [...tally].sort((a, b) => links(b[0]) - links(a[0]) || b[1] - a[1] || byCodeUnit(a[0], b[0]))[0][0];
}

/** First and last seen: the documents' publication dates, else the events' own times. */
function seen(members: EventRecord[]): Pick<Claim, 'first_seen' | 'last_seen'> {
  const published = members.map((m) => m.doc.article.published).filter((d): d is IsoDate => !!d);
  const starts = published.length ? published : members.map((m) => m.event.when?.start ?? null).filter((d): d is IsoDate => !!d);
  const ends = published.length ? published : members.map((m) => m.event.when?.end ?? null).filter((d): d is IsoDate => !!d);
  return {
    first_seen: [...starts].sort((a, b) => compareIsoDates(a, b) || byCodeUnit(a, b))[0] ?? null,
    last_seen: [...ends].sort((a, b) => compareIsoDatesByEnd(b, a) || byCodeUnit(a, b))[0] ?? null,
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values)].sort(byCodeUnit);
}
