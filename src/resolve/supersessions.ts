// Supersessions: a later event that ends or replaces an earlier state.
//   withdrawal  X RETREATs from T after earlier AID / COOPERATE / MOBILIZE / SUPPORT by X to T (or to T's leader);
//   capture     a person arrested, captured or killed ends earlier states aimed at them (who guards or aids them).
import type { Entity, Supersession } from '../types.ts';
import { STATE_TYPES } from './conflicts.ts';
import { documentLabel, eventText } from './describe.ts';
import type { EventRecord } from './events.ts';
import { byCodeUnit, compareEventKeys } from './ids.ts';
import type { Leaders } from './leaders.ts';
import type { ResolveOptions } from './options.ts';

export interface SupersessionContext {
  events: EventRecord[];
  claimOf: Map<string, string>;
  names: Map<string, Entity>;
  leaders: Leaders;
  options: ResolveOptions;
}

type Ending = { kind: 'withdrawal' | 'capture'; event: EventRecord };

export function findSupersessions(ctx: SupersessionContext): Supersession[] {
  const capture = new RegExp(ctx.options.captureModePattern, 'i');
  const notCapture = new RegExp(ctx.options.notCapturePattern, 'i');
  const endings: Ending[] = [];
  for (const r of ctx.events) {
    if (r.event.negated || r.event.hedged || !r.target || !r.dated) continue;
    if (r.event.type === 'RETREAT' && r.source) endings.push({ kind: 'withdrawal', event: r });
    if (r.event.type === 'COERCE' || r.event.type === 'ASSAULT') {
      const words = `${r.event.mode ?? ''} ${r.event.trigger?.text ?? ''}`;
      if (ctx.names.get(r.target)?.type === 'PERSON' && capture.test(words) && !notCapture.test(words)) {
        endings.push({ kind: 'capture', event: r });
      }
    }
  }
  const states = ctx.events.filter((r) => !r.event.negated && r.source && r.target && r.dated && STATE_TYPES.has(r.event.type));
  const bySource = groupBy(states, (r) => r.source!);
  const byTarget = groupBy(states, (r) => r.target!);

  // One supersession per (old event, new claim): every earlier state event is ended (so event-level
  // as-of views drop them all), by the earliest event of each claim that ends it.
  const best = new Map<string, { old: EventRecord; neu: EventRecord; kind: Ending['kind'] }>();
  for (const { kind, event: neu } of endings) {
    const candidates = (kind === 'withdrawal' ? bySource.get(neu.source!) : byTarget.get(neu.target!)) ?? [];
    for (const old of candidates) {
      if (old.dated!.start >= neu.dated!.start) continue;
      const ends =
        kind === 'withdrawal' ? old.source === neu.source && ctx.leaders.related(old.target, neu.target) : old.target === neu.target;
      if (!ends) continue;
      const pair = `${old.key}|${ctx.claimOf.get(neu.key)}`;
      const seen = best.get(pair);
      if (!seen || preferred({ old, neu }, { old: seen.old, neu: seen.neu }) < 0) best.set(pair, { old, neu, kind });
    }
  }
  const out: Supersession[] = [];
  for (const pair of [...best.keys()].sort(byCodeUnit)) {
    const { old, neu, kind } = best.get(pair)!;
    const target = ctx.names.get(neu.target!)?.name ?? neu.target;
    const how =
      kind === 'withdrawal'
        ? `the withdrawal ends the earlier ${old.event.type} by the same actor for ${target}`
        : `${target} was taken out of play, which ends the earlier ${old.event.type} aimed at them`;
    out.push({
      old: old.key,
      new: neu.key,
      why: `${documentLabel(old)} says ${eventText(old, ctx.names)}; later ${documentLabel(neu)} says ${eventText(neu, ctx.names)}: ${how}.`,
    });
  }
  return out.sort((a, b) => compareEventKeys(a.old, b.old) || compareEventKeys(a.new, b.new));
}

/** The earliest new event, then by key: a total order, so input order never matters. */
function preferred(x: { old: EventRecord; neu: EventRecord }, y: { old: EventRecord; neu: EventRecord }): number {
  return x.neu.dated!.start - y.neu.dated!.start || byCodeUnit(x.neu.key, y.neu.key);
}

function groupBy(events: EventRecord[], key: (r: EventRecord) => string): Map<string, EventRecord[]> {
  const out = new Map<string, EventRecord[]>();
  for (const r of events) {
    const k = key(r);
    if (!out.has(k)) out.set(k, []);
    out.get(k)!.push(r);
  }
  return out;
}
