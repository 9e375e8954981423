// What held at a date, for `--as-of` views: claims and events that had started on or before it
// and that no supersession had ended by then.
import type { AnalyzedDocument, Claim, IsoDate, Resolution, ResolvedEvent } from '../types.ts';
import { dayRange, spanRange, type DayRange } from './dates.ts';

export interface AsOfView {
  claims: Claim[];
  events: ResolvedEvent[];
}

/**
 * Keeps an event when it started by the end of `date` (undated events are kept) and no supersession
 * of it, or of another event of its claim, happened by the end of `date`. A claim is kept when
 * any of its events is.
 */
export function asOf(resolution: Resolution, docs: AnalyzedDocument[], date: IsoDate): AsOfView {
  const at = dayRange(date);
  if (!at) throw new Error(`resolve.asOf: date must be YYYY, YYYY-MM or YYYY-MM-DD, got "${date}"`);
  const docById = new Map(docs.map((d) => [d.article.id, d]));
  const rangeOf = (e: ResolvedEvent): DayRange | null => {
    const doc = docById.get(e.document);
    const event = doc?.events.find((x) => x.index === e.index);
    return spanRange(event?.when) ?? dayRange(doc?.article.published);
  };
  const eventByKey = new Map(resolution.events.map((e) => [e.key, e]));
  const endedClaims = new Set<string>();
  for (const s of resolution.supersessions) {
    const ender = eventByKey.get(s.new);
    const old = eventByKey.get(s.old);
    const when = ender ? rangeOf(ender) : null;
    if (old && when && when.start <= at.end) endedClaims.add(old.claim);
  }
  const events = resolution.events.filter((e) => {
    const r = rangeOf(e);
    return (!r || r.start <= at.end) && !endedClaims.has(e.claim);
  });
  const live = new Set(events.map((e) => e.claim));
  return { claims: resolution.claims.filter((c) => live.has(c.id)), events };
}
