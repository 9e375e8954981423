// ISO dates at mixed precision ("2020", "2020-06", "2020-06-03") as inclusive day ranges.
import type { IsoDate, TimeSpan } from '../types.ts';

/** Inclusive range of days since 1970-01-01. */
export interface DayRange {
  start: number;
  end: number;
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;
const DAY_MS = 86_400_000;

/** The days an ISO date covers; null for anything that is no ISO date. */
export function dayRange(date: IsoDate | null | undefined): DayRange | null {
  if (!date) return null;
  const m = ISO.exec(date);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[3]) {
    const day = Date.UTC(year, Number(m[2]) - 1, Number(m[3])) / DAY_MS;
    return { start: day, end: day };
  }
  if (m[2]) {
    const month = Number(m[2]) - 1;
    return { start: Date.UTC(year, month, 1) / DAY_MS, end: Date.UTC(year, month + 1, 1) / DAY_MS - 1 };
  }
  return { start: Date.UTC(year, 0, 1) / DAY_MS, end: Date.UTC(year + 1, 0, 1) / DAY_MS - 1 };
}

/** The days a TimeSpan covers, from the start of its start to the end of its end. */
export function spanRange(span: TimeSpan | null | undefined): DayRange | null {
  if (!span) return null;
  const start = dayRange(span.start);
  const end = dayRange(span.end) ?? start;
  if (!start || !end) return null;
  return { start: Math.min(start.start, end.start), end: Math.max(start.end, end.end) };
}

export function overlaps(a: DayRange, b: DayRange): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** Days between two ranges; 0 when they overlap. */
export function gapDays(a: DayRange, b: DayRange): number {
  if (overlaps(a, b)) return 0;
  return a.end < b.start ? b.start - a.end : a.start - b.end;
}

export const rangeLength = (r: DayRange): number => r.end - r.start + 1;

/** Earlier start first, then the more precise (shorter) date; null last. */
export function compareIsoDates(a: IsoDate | null, b: IsoDate | null): number {
  const ra = dayRange(a);
  const rb = dayRange(b);
  if (!ra || !rb) return ra ? -1 : rb ? 1 : 0;
  return ra.start - rb.start || ra.end - rb.end;
}

/** Latest end first counts as "last"; used for last_seen. */
export function compareIsoDatesByEnd(a: IsoDate | null, b: IsoDate | null): number {
  const ra = dayRange(a);
  const rb = dayRange(b);
  if (!ra || !rb) return ra ? 1 : rb ? -1 : 0;
  return ra.end - rb.end || ra.start - rb.start;
}
