// Stable short ids: the same key always gives the same id, whatever the input order.
import { createHash } from 'node:crypto';
import type { EventKey, ExtractedEvent } from '../types.ts';

export function shortHash(key: string, length: number): string {
  return createHash('sha1').update(key, 'utf8').digest('hex').slice(0, length);
}

export const entityId = (canonicalKey: string, length: number): string => `e${shortHash(canonicalKey, length)}`;

export const storyId = (documentIds: string[], length: number): string => `s${shortHash([...documentIds].sort().join('\n'), length)}`;

export const claimId = (claimKey: string, length: number): string => `c${shortHash(claimKey, length)}`;

export const eventKey = (documentId: string, event: Pick<ExtractedEvent, 'index'>): EventKey => `${documentId}:${event.index}`;

export const mentionKey = (documentId: string, mentionIndex: number): string => `${documentId}:${mentionIndex}`;

/** Sorts strings by code unit, independent of locale. */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders event keys by document id, then by event index as a number ("d1:2" before "d1:10"). */
export function compareEventKeys(a: string, b: string): number {
  const ia = a.lastIndexOf(':');
  const ib = b.lastIndexOf(':');
  return byCodeUnit(a.slice(0, ia), b.slice(0, ib)) || Number(a.slice(ia + 1)) - Number(b.slice(ib + 1));
}
