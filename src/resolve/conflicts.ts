// Conflicts: pairs of events that cannot both hold.
//   negation     "X aids T" and "X does not aid T" at overlapping (or unknown) times;
//   replacement  "X's protection of T was replaced by Y's" and "X protects T" in an overlapping period.
import type { Conflict, Entity, PloverType } from '../types.ts';
import { overlaps } from './dates.ts';
import { documentLabel, eventText } from './describe.ts';
import type { EventRecord } from './events.ts';
import { byCodeUnit, compareEventKeys, mentionKey } from './ids.ts';
import type { Leaders } from './leaders.ts';
import type { ResolveOptions } from './options.ts';

/** Event types that describe a lasting state (who protects, aids or backs whom). */
export const STATE_TYPES: ReadonlySet<PloverType> = new Set(['AID', 'COOPERATE', 'MOBILIZE', 'SUPPORT']);

export interface ConflictContext {
  events: EventRecord[];
  claimOf: Map<string, string>;
  nearCopyGroup: Map<string, string>;
  mentionEntity: Record<string, string>;
  names: Map<string, Entity>;
  leaders: Leaders;
  options: ResolveOptions;
}

export function findConflicts(ctx: ConflictContext): Conflict[] {
  const out = new Map<string, Conflict>();
  // Many copies of two contradicting claims would otherwise give a quadratic number of pairs:
  // each pair of claims keeps the first few document pairs, enough to show who says what.
  const perClaimPair = new Map<string, number>();
  const full = (a: EventRecord, b: EventRecord) =>
    (perClaimPair.get(`${ctx.claimOf.get(a.key)}|${ctx.claimOf.get(b.key)}`) ?? 0) >= ctx.options.maxConflictsPerClaimPair;
  const add = (a: EventRecord, b: EventRecord, why: () => string, dedupe: string) => {
    if (out.has(dedupe) || full(a, b)) return;
    const pair = `${ctx.claimOf.get(a.key)}|${ctx.claimOf.get(b.key)}`;
    perClaimPair.set(pair, (perClaimPair.get(pair) ?? 0) + 1);
    out.set(dedupe, { a: a.key, b: b.key, why: why() });
  };
  negationConflicts(ctx, add);
  replacementConflicts(ctx, add);
  return [...out.values()].sort((x, y) => compareEventKeys(x.a, y.a) || compareEventKeys(x.b, y.b));
}

type Add = (a: EventRecord, b: EventRecord, why: () => string, dedupe: string) => void;

function timesCompatible(a: EventRecord, b: EventRecord): boolean {
  return !a.when || !b.when || overlaps(a.when, b.when);
}

/** Same mode, or one of them unstated: "attack" and "kill" are different questions. */
function modesCompatible(a: string | null, b: string | null): boolean {
  return !a || !b || a.toLowerCase() === b.toLowerCase();
}

/** Modes that say the same protective or deployment state ("security", "military", "troops"). */
export function protectiveModeTest(options: ResolveOptions): (mode: string | null) => boolean {
  const protective = new Set(options.protectiveModes.map((m) => m.toLowerCase()));
  return (mode) => !!mode && mode.toLowerCase().split(/[\s,/]+/).some((w) => protective.has(w));
}

/**
 * The question an event answers, for pairing an assertion with a denial: its type, except that
 * sending forces (AID) and deploying them (MOBILIZE) are one question, "are X's forces there?".
 */
const questionOf = (type: PloverType): string => (type === 'MOBILIZE' ? 'AID' : type);

function negationConflicts(ctx: ConflictContext, add: Add): void {
  const isProtective = protectiveModeTest(ctx.options);
  // "guards him" (security) and "sent no soldiers" (military) are one question; "aid" and "attack" modes are not.
  const sameQuestion = (p: EventRecord, n: EventRecord) => {
    if (p.event.type !== n.event.type && !(isProtective(p.event.mode) && isProtective(n.event.mode))) return false;
    return modesCompatible(p.event.mode, n.event.mode) || (STATE_TYPES.has(p.event.type) && isProtective(p.event.mode) && isProtective(n.event.mode));
  };
  const bySourceType = new Map<string, EventRecord[]>();
  for (const r of ctx.events) {
    if (!r.source || !r.target) continue;
    const k = `${questionOf(r.event.type)}|${r.source}`;
    if (!bySourceType.has(k)) bySourceType.set(k, []);
    bySourceType.get(k)!.push(r);
  }
  for (const k of [...bySourceType.keys()].sort(byCodeUnit)) {
    const list = bySourceType.get(k)!;
    const asserted = list.filter((r) => !r.event.negated);
    const denied = list.filter((r) => r.event.negated);
    for (const p of asserted) {
      for (const n of denied) {
        // A state aimed at a leader and the same state aimed at their country are one question; other types need the same target.
        const targetsMatch = p.target === n.target || (STATE_TYPES.has(p.event.type) && ctx.leaders.related(p.target, n.target));
        if (!targetsMatch || !sameQuestion(p, n) || !timesCompatible(p, n)) continue;
        // One author contradicting themselves in one voice is no conflict; two voices in one article are.
        if (p.docId === n.docId && p.speaker === n.speaker) continue;
        if (p.docId !== n.docId && ctx.nearCopyGroup.get(p.docId) === ctx.nearCopyGroup.get(n.docId)) continue;
        const bridge =
          p.target !== n.target ? ` (${leaderLink(p.target!, n.target!, ctx.names)})` : '';
        const modes = p.event.mode && n.event.mode && p.event.mode.toLowerCase() !== n.event.mode.toLowerCase()
          ? `; "${p.event.mode}" and "${n.event.mode}" both say whether ${ctx.names.get(p.source!)?.name ?? p.source}'s forces are there`
          : '';
        const why = () =>
          `${documentLabel(p)} says ${eventText(p, ctx.names)}; ${documentLabel(n)} says ${eventText(n, ctx.names)}${bridge}${modes}. ` +
          `An assertion and its denial for ${p.when && n.when ? 'overlapping times' : 'times that may overlap'} cannot both hold.`;
        // Every event pair (an article may deny it twice, in two voices), up to the cap per pair of claims.
        add(p, n, why, `neg|${p.key}|${n.key}`);
      }
    }
  }
}

function leaderLink(a: string, b: string, names: Map<string, Entity>): string {
  const n = (id: string) => names.get(id)?.name ?? id;
  return `${n(a)} and ${n(b)} stand for one side: a leader and the country they lead`;
}

/**
 * An event whose sentence or mode says a provider was replaced or removed ("the Cuban guards were
 * replaced by Iranians", mode "replaced") names the providers it ended: the other actors of its
 * sentence, or its own source when the event itself is a withdrawal or a denial.
 */
function replacedProviders(r: EventRecord, ctx: ConflictContext): Set<string> {
  const out = new Set<string>();
  if (!r.target) return out;
  if (r.event.negated || r.event.type === 'RETREAT') {
    if (r.source) out.add(r.source);
    return out;
  }
  const sameSide = ctx.leaders.relatedTo(r.target);
  const actorsOf = (sentence: number) => {
    for (const m of r.doc.mentions) {
      if (m.sentence !== sentence) continue;
      const id = ctx.mentionEntity[mentionKey(r.docId, m.index)];
      const entity = id ? ctx.names.get(id) : undefined;
      if (!entity || entity.type === 'PERSON' || id === r.source || sameSide.has(id)) continue;
      out.add(id);
    }
  };
  actorsOf(r.event.sentence);
  // "He replaced them with guards from abroad": the providers replaced are named in the sentence before.
  if (out.size === 0 && r.event.sentence > 0) actorsOf(r.event.sentence - 1);
  return out;
}

function replacementConflicts(ctx: ConflictContext, add: Add): void {
  const signal = new RegExp(ctx.options.replacementPattern, 'i');
  const isProtective = protectiveModeTest(ctx.options);
  const modesFit = (a: string | null, b: string | null) =>
    (isProtective(a) || isProtective(b)) && (!a || !b || a.toLowerCase() === b.toLowerCase() || (isProtective(a) && isProtective(b)));
  const statesBySource = new Map<string, EventRecord[]>();
  for (const r of ctx.events) {
    if (!r.source || !r.target || r.event.negated || !STATE_TYPES.has(r.event.type)) continue;
    if (!statesBySource.has(r.source)) statesBySource.set(r.source, []);
    statesBySource.get(r.source)!.push(r);
  }
  for (const a of ctx.events) {
    const words = `${a.event.mode ?? ''} ${a.event.trigger?.text ?? ''} ${a.sentenceText}`;
    if (!a.target || !signal.test(words)) continue;
    if (!STATE_TYPES.has(a.event.type) && a.event.type !== 'RETREAT') continue;
    for (const provider of [...replacedProviders(a, ctx)].sort(byCodeUnit)) {
      for (const b of statesBySource.get(provider) ?? []) {
        if (b.key === a.key || b.docId === a.docId) continue;
        if (ctx.nearCopyGroup.get(b.docId) === ctx.nearCopyGroup.get(a.docId)) continue;
        if (!ctx.leaders.related(a.target, b.target)) continue;
        // A provider asserted only before the replacement was replaced (a supersession), not contradicted;
        // asserted in the same period, after it, or at an unknown time, it cannot still be in place.
        if (a.dated && b.dated && b.dated.end < a.dated.start) continue;
        if (!modesFit(a.event.mode, b.event.mode)) continue;
        if (signal.test(`${b.event.mode ?? ''} ${b.sentenceText}`)) continue; // b reports a replacement too
        const providerName = ctx.names.get(provider)?.name ?? provider;
        const target = a.target;
        const why = () =>
          `${documentLabel(a)} says ${providerName} no longer fills this role for ${ctx.names.get(target)?.name ?? target} ` +
          `(${eventText(a, ctx.names)}; "${a.sentenceText.trim()}"); ${documentLabel(b)} says ${eventText(b, ctx.names)}, ` +
          `${a.dated && b.dated ? (overlaps(a.dated, b.dated) ? 'in an overlapping period' : 'later') : 'at a time that may overlap'}. ` +
          `The provider cannot be both replaced and still in place.`;
        add(a, b, why, `rep|${a.key}|${ctx.claimOf.get(b.key)}|${b.docId}`);
      }
    }
  }
}
