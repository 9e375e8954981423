// RFC 4122 name-based UUIDs, version 5 (SHA-1): the same name always gives the same id, so
// re-exporting an unchanged store gives byte-identical STIX / FollowTheMoney ids.
import { createHash } from 'node:crypto';

/** RFC 4122 appendix C: the namespace for URLs. */
export const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function uuidv5(name: string, namespace: string): string {
  if (!UUID.test(namespace)) throw new Error(`uuidv5: namespace ${JSON.stringify(namespace)} is no UUID`);
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  const b = hash.subarray(0, 16);
  b[6] = (b[6] & 0x0f) | 0x50; // version 5
  b[8] = (b[8] & 0x3f) | 0x80; // RFC 4122 variant
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The namespace of every id Dossier derives. */
export const DOSSIER_NAMESPACE = uuidv5('https://dossier.invalid/export', URL_NAMESPACE);
