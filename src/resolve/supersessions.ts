// Supersessions: a later event that ends or replaces an earlier state.
//   withdrawal  X RETREATs from T after earlier AID / COOPERATE / MOBILIZE / SUPPORT by X to T (or to T's leader);
//   capture     a person arrested, captured or killed ends earlier states aimed at them (who guards or aids them)
//               and protection of the country they lead;
//   replacement a new provider of someone's protection whose sentence says it replaced or took over from
//               the earlier provider, named there ("Africa Corps took over from the Wagner guards");
//   stop        the same actor stops the same act ("Iran stopped shipping drones to Russia"): a later negated
//               event with a word of ending ends the earlier assertions of it.
// Order: by dates when both have one; else a state stated as ongoing ("has guarded … since") counts as earlier.
import type { Entity, Supersession } from '../types.ts';
import { protectiveModeTest, STATE_TYPES } from './conflicts.ts';
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

type Ending = { kind: 'withdrawal' | 'capture' | 'replacement' | 'stop'; event: EventRecord };

export function findSupersessions(ctx: SupersessionContext): Supersession[] {
  const capture = new RegExp(ctx.options.captureModePattern, 'i');
  const notCapture = new RegExp(ctx.options.notCapturePattern, 'i');
  const ongoing = new RegExp(ctx.options.ongoingStatePattern, 'i');
  const still = new RegExp(ctx.options.stillPattern, 'i');
  const isProtective = protectiveModeTest(ctx.options);
  const endings: Ending[] = [];
  for (const r of ctx.events) {
    if (r.event.negated || r.event.hedged || !r.target) continue;
    if (r.event.type === 'RETREAT' && r.source) endings.push({ kind: 'withdrawal', event: r });
    if (r.event.type === 'COERCE' || r.event.type === 'ASSAULT') {
      const words = `${r.event.mode ?? ''} ${r.event.trigger?.text ?? ''}`;
      if (ctx.names.get(r.target)?.type === 'PERSON' && capture.test(words) && !notCapture.test(words)) {
        endings.push({ kind: 'capture', event: r });
      }
    }
  }
  const replaced = new RegExp(ctx.options.replacementPattern, 'i');
  for (const r of ctx.events) {
    if (r.event.negated || r.event.hedged || !r.source || !r.target || r.event.type !== 'AID' || !isProtective(r.event.mode)) continue;
    if (replaced.test(r.sentenceText) || /\btak(?:e|es|en|ing)|took\b/i.test(r.sentenceText) && /\bover\b/i.test(r.sentenceText)) endings.push({ kind: 'replacement', event: r });
  }
  const stopped = /\b(?:stop(?:s|ped|ping)?|ceas(?:e|es|ed|ing)|halt(?:s|ed|ing)?|suspend(?:s|ed|ing)?|ended|no longer|discontinu\w*)\b/i;
  for (const r of ctx.events) {
    if (r.event.negated && !r.event.hedged && r.source && r.target && STATE_TYPES.has(r.event.type) && stopped.test(r.sentenceText)) endings.push({ kind: 'stop', event: r });
  }
  const states = ctx.events.filter((r) => !r.event.negated && r.source && r.target && STATE_TYPES.has(r.event.type));
  const bySource = groupBy(states, (r) => r.source!);
  const byTarget = groupBy(states, (r) => r.target!);

  /**
   * Whether `old` comes before `neu`, and why: by their dates (the text's time, else the
   * publication date) when both have one; else, when the earlier claim presents a state that has
   * gone on for a while ("have worked … since 2013", "has bolstered") and no word says it still
   * holds after a change, it is taken as the earlier one. Null when neither holds.
   */
  const order = (old: EventRecord, neu: EventRecord): string | null => {
    // The same coarse period on both sides ("2017" and "2017") is no order: the wording decides.
    const samePeriod = !!old.dated && !!neu.dated && old.dated.start === neu.dated.start && old.dated.end === neu.dated.end;
    if (old.dated && neu.dated && !samePeriod) return old.dated.start < neu.dated.start ? 'by date' : null;
    if (still.test(old.sentenceText) || !ongoing.test(old.sentenceText)) return null;
    const which = samePeriod ? 'both fall in the same period' : !old.dated && !neu.dated ? 'neither is dated' : old.dated ? 'the ending is undated' : 'the state is undated';
    return `${which}, and the earlier claim describes a state that had been going on ("${ongoing.exec(old.sentenceText)![0]}")`;
  };

  // One supersession per (old event, new claim): every earlier state event is ended (so event-level
  // as-of views drop them all), by the earliest event of each claim that ends it.
  const best = new Map<string, { old: EventRecord; neu: EventRecord; kind: Ending['kind']; by: string }>();
  for (const { kind, event: neu } of endings) {
    const candidates =
      kind === 'withdrawal'
        ? bySource.get(neu.source!) ?? []
        : kind === 'replacement'
          ? byTarget.get(neu.target!) ?? []
          : kind === 'stop'
            ? bySource.get(neu.source!) ?? []
            : [...ctx.leaders.relatedTo(neu.target!)].flatMap((t) => byTarget.get(t) ?? []);
    for (const old of candidates) {
      if (old.key === neu.key || old.source === neu.target) continue;
      const ends =
        kind === 'withdrawal'
          ? old.source === neu.source && ctx.leaders.related(old.target, neu.target)
          : kind === 'replacement'
            ? // Another provider of the same protection, named in the sentence that says it was replaced.
              old.source !== neu.source && isProtective(old.event.mode) && namedIn(neu.sentenceText, ctx.names.get(old.source!))
            : kind === 'stop'
              ? old.target === neu.target && old.event.type === neu.event.type
              : // Capture ends every state aimed at the person, and protection of the country they lead (their regime's guard).
              old.target === neu.target || isProtective(old.event.mode);
      if (!ends) continue;
      const by = order(old, neu);
      if (!by) continue;
      const pair = `${old.key}|${ctx.claimOf.get(neu.key)}`;
      const seen = best.get(pair);
      if (!seen || preferred({ old, neu }, { old: seen.old, neu: seen.neu }) < 0) best.set(pair, { old, neu, kind, by });
    }
  }
  // "The newcomers replaced the Wagner guards who had protected Goïta": the replaced provider's own
  // sentence says its protection ended; the new provider is the one its document names for the same person.
  for (const old of states) {
    if (!isProtective(old.event.mode) || !replaced.test(old.sentenceText)) continue;
    const at = replaced.exec(old.sentenceText)!.index;
    const name = ctx.names.get(old.source!);
    if (!name || !namedIn(old.sentenceText.slice(at), name)) continue;
    for (const neu of byTarget.get(old.target!) ?? []) {
      if (neu.docId !== old.docId || neu.source === old.source || neu.event.type !== 'AID' || !isProtective(neu.event.mode) || neu.event.hedged) continue;
      const by = order(old, neu);
      if (!by) continue;
      const pair = `${old.key}|${ctx.claimOf.get(neu.key)}`;
      const seen = best.get(pair);
      if (!seen || preferred({ old, neu }, { old: seen.old, neu: seen.neu }) < 0) best.set(pair, { old, neu, kind: 'replacement', by });
    }
  }
  const out: Supersession[] = [];
  for (const pair of [...best.keys()].sort(byCodeUnit)) {
    const { old, neu, kind, by } = best.get(pair)!;
    const target = ctx.names.get(neu.target!)?.name ?? neu.target;
    const how =
      kind === 'withdrawal'
        ? `the withdrawal ends the earlier ${old.event.type} by the same actor for ${target}`
        : kind === 'replacement'
          ? `${ctx.names.get(neu.source!)?.name ?? neu.source} replaced ${ctx.names.get(old.source!)?.name ?? old.source} in protecting ${target}`
          : kind === 'stop'
            ? `the same actor stopped the ${old.event.type} for ${target}`
          : `${target} was taken out of play, which ends the earlier ${old.event.type} aimed at ${old.target === neu.target ? 'them' : `${ctx.names.get(old.target!)?.name ?? old.target}, the country they lead`}`;
    const when = by === 'by date' ? 'later' : `(ordered without dates: ${by})`;
    out.push({
      old: old.key,
      new: neu.key,
      why: `${documentLabel(old)} says ${eventText(old, ctx.names)}; ${when} ${documentLabel(neu)} says ${eventText(neu, ctx.names)}: ${how}.`,
    });
  }
  return out.sort((a, b) => compareEventKeys(a.old, b.old) || compareEventKeys(a.new, b.new));
}

/** Whether the entity's name or one of its aliases occurs in the sentence (case and accents aside). */
function namedIn(sentence: string, entity: Entity | undefined): boolean {
  if (!entity) return false;
  const text = fold(sentence);
  return [entity.name, ...entity.aliases].some((n) => n.length > 2 && new RegExp(`(?<![\\p{L}])${escapeRe(fold(n))}(?![\\p{L}])`, 'u').test(text));
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The earliest new event; of two whose times overlap ("2025-06" and "2025-06-06"), the more precise
 * (the report that dates it, not one that retells it loosely); then by key: a total order, so input
 * order never matters.
 */
function preferred(x: { old: EventRecord; neu: EventRecord }, y: { old: EventRecord; neu: EventRecord }): number {
  const a = x.neu.dated;
  const b = y.neu.dated;
  if (a && b && a.start <= b.end && b.start <= a.end) {
    const width = (a.end - a.start) - (b.end - b.start);
    if (width !== 0) return width;
  }
  const start = (r: EventRecord) => r.dated?.start ?? Number.MAX_SAFE_INTEGER;
  return start(x.neu) - start(y.neu) || byCodeUnit(x.neu.key, y.neu.key);
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
