// Normalises the date strings metadata carries (ISO 8601, RFC 822 feed dates, loose text) to an IsoDate
// at the precision actually given: "2024", "2024-03" or "2024-03-05".
import * as chrono from 'chrono-node';
import type { IsoDate } from '../types.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const pad = (n: number) => String(n).padStart(2, '0');

export function isoFromParts(year: number, month?: number, day?: number): IsoDate | null {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return null;
  if (month === undefined) return String(year);
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (day === undefined) return `${year}-${pad(month)}`;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Returns null when the string holds no recognisable date. The calendar date is kept as written (no time-zone shift). */
export function normalizeDate(value: string | null | undefined): IsoDate | null {
  const s = (value ?? '').trim();
  if (!s) return null;
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ]|$)/.exec(s);
  if (iso) return isoFromParts(+iso[1], iso[2] ? +iso[2] : undefined, iso[3] ? +iso[3] : undefined);
  // RFC 822, as in RSS <pubDate>: "Tue, 05 Mar 2024 10:00:00 +0000".
  const rfc = /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{4})\b/.exec(s);
  if (rfc) {
    const month = MONTHS.indexOf(rfc[2].toLowerCase()) + 1;
    if (month > 0) return isoFromParts(+rfc[3], month, +rfc[1]);
  }
  const parsed = chrono.strict.parse(s.slice(0, 200))[0];
  const known = parsed?.start;
  if (!known?.isCertain('year')) return null;
  return isoFromParts(
    known.get('year')!,
    known.isCertain('month') ? known.get('month')! : undefined,
    known.isCertain('month') && known.isCertain('day') ? known.get('day')! : undefined,
  );
}
