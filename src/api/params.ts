// Query-string parameters, checked at the boundary: every endpoint names the parameters it takes;
// an unknown, repeated or malformed one is a 400 that names it.
import { PLOVER_TYPES, ENTITY_TYPES } from '../types.ts';
import { badParam } from './errors.ts';

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
/** Longest value any parameter may have. */
export const MAX_PARAM_LENGTH = 200;

export class Params {
  private readonly values = new Map<string, string>();

  constructor(search: URLSearchParams, allowed: readonly string[]) {
    for (const [key, value] of search) {
      if (!allowed.includes(key)) {
        throw badParam(key, allowed.length ? `unknown parameter (this endpoint takes ${allowed.join(', ')})` : 'this endpoint takes no parameters');
      }
      if (this.values.has(key)) throw badParam(key, 'given more than once');
      if (value.length > MAX_PARAM_LENGTH) throw badParam(key, `longer than ${MAX_PARAM_LENGTH} characters`);
      this.values.set(key, value);
    }
  }

  /** The value, or null when absent or empty. */
  string(name: string): string | null {
    const v = this.values.get(name);
    return v === undefined || v.trim() === '' ? null : v.trim();
  }

  required(name: string): string {
    const v = this.string(name);
    if (v === null) throw badParam(name, 'required');
    return v;
  }

  int(name: string, fallback: number, min: number, max: number): number {
    const v = this.string(name);
    if (v === null) return fallback;
    if (!/^-?\d+$/.test(v)) throw badParam(name, `must be an integer, got "${v}"`);
    const n = Number(v);
    if (n < min || n > max) throw badParam(name, `must be between ${min} and ${max}, got ${v}`);
    return n;
  }

  /** An ISO date at any precision (YYYY, YYYY-MM, YYYY-MM-DD) that exists on the calendar. */
  date(name: string): string | null {
    const v = this.string(name);
    if (v === null) return null;
    if (!isIsoDate(v)) throw badParam(name, `must be a date YYYY, YYYY-MM or YYYY-MM-DD, got "${v}"`);
    return v;
  }

  ploverType(name: string): string | null {
    const v = this.string(name);
    if (v === null) return null;
    const t = v.toUpperCase();
    if (!(PLOVER_TYPES as readonly string[]).includes(t)) throw badParam(name, `unknown PLOVER type "${v}" (one of ${PLOVER_TYPES.join(', ')})`);
    return t;
  }

  entityType(name: string): string | null {
    const v = this.string(name);
    if (v === null) return null;
    const t = v.toUpperCase();
    if (!(ENTITY_TYPES as readonly string[]).includes(t)) throw badParam(name, `unknown entity type "${v}" (one of ${ENTITY_TYPES.join(', ')})`);
    return t;
  }

  /** offset/limit paging. */
  page(defaultLimit = 50, maxLimit = 500): { offset: number; limit: number } {
    return { offset: this.int('offset', 0, 0, 1_000_000_000), limit: this.int('limit', defaultLimit, 1, maxLimit) };
  }
}

export function isIsoDate(v: string): boolean {
  const m = ISO_DATE.exec(v);
  if (!m) return false;
  const [, , month, day] = m;
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) return false;
  if (day !== undefined) {
    const d = new Date(`${v}T00:00:00Z`);
    if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v) return false;
  }
  return true;
}

export const PAGING = ['offset', 'limit'] as const;
