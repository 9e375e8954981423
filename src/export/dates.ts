// ISO dates at known precision ("2020", "2020-06", "2020-06-03") turned into the full dates and
// timestamps that other formats require. A period runs from its first instant to the first
// instant after it (half-open), so "2020-06" is [2020-06-01, 2020-07-01).

const PARTS = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function parts(date: string): [number, number | null, number | null] {
  const m = PARTS.exec(date);
  if (!m) throw new Error(`export: ${JSON.stringify(date)} is no ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  return [Number(m[1]), m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null];
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const ymd = (d: Date) => `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** First day of the period: "2020-06" → "2020-06-01". */
export function firstDay(date: string): string {
  const [y, m, d] = parts(date);
  return `${pad(y, 4)}-${pad(m ?? 1)}-${pad(d ?? 1)}`;
}

/** Last day of the period: "2020-06" → "2020-06-30", "2020" → "2020-12-31". */
export function lastDay(date: string): string {
  const [y, m, d] = parts(date);
  if (d !== null) return firstDay(date);
  const next = m === null ? new Date(Date.UTC(y + 1, 0, 1)) : new Date(Date.UTC(y, m, 1));
  return ymd(new Date(next.getTime() - 86_400_000));
}

/** The period's first instant as a STIX timestamp: "2020-06" → "2020-06-01T00:00:00.000Z". */
export function startTimestamp(date: string): string {
  return `${firstDay(date)}T00:00:00.000Z`;
}

/** The first instant after the period: "2020-06-03" → "2020-06-04T00:00:00.000Z". */
export function endTimestamp(date: string): string {
  const last = new Date(`${lastDay(date)}T00:00:00.000Z`);
  return new Date(last.getTime() + 86_400_000).toISOString();
}
