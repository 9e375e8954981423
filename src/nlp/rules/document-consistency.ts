// Document-level clean-up after every sentence is read: a bare surname takes the full name seen
// elsewhere ("Maduro" → "Nicolás Maduro"), spelling variants of a name or acronym join their
// fullest form ("Nicolas Maduro", "Sebin" → "SEBIN"), and headline words stay only if the body
// backs them.
import { foldName } from '../gazetteer/places.ts';
import type { Draft } from './draft.ts';

export interface PlacedDraft extends Draft {
  sentence: number;
  words: string[];
}

const SURNAME_PARTICLES = new Set(['El', 'Al', 'al', 'el', 'de', 'De', 'del', 'Del', 'bin', 'van', 'Van', 'von', 'da', 'La']);

export function applyDocumentConsistency(drafts: PlacedDraft[]): PlacedDraft[] {
  // Full person names: "Nicolás Maduro", "Tareck El Aissami".
  const fullByKey = new Map<string, string>();
  const fullNames: string[] = [];
  // A dateline's place ("PUERTO SALINAS, Nov 13 (MPA) -") is no person's name, wherever it is typed so.
  const placeKeys = new Set<string>();
  for (const d of drafts) if (d.rule.startsWith('doc:dateline') && d.type !== 'ORG') placeKeys.add(foldName(d.canonical));
  for (const d of drafts) {
    if (d.type !== 'PERSON' || d.weak || !d.canonical.includes(' ')) continue;
    const key = foldName(d.canonical);
    if (placeKeys.has(key)) continue;
    if (!fullByKey.has(key)) {
      fullByKey.set(key, d.canonical);
      fullNames.push(d.canonical);
    }
  }
  // Surname → full name; a surname shared by two different people stays ambiguous.
  const bySurname = new Map<string, string | null>();
  for (const full of fullNames) {
    const parts = full.split(' ');
    const keys = [parts[parts.length - 1]];
    if (parts.length >= 3 && SURNAME_PARTICLES.has(parts[parts.length - 2])) keys.push(parts.slice(-2).join(' '));
    if (parts.length >= 3) keys.push(parts.slice(-2).join(' ')); // "Padrino López"
    for (const k of keys.map((x) => foldName(x))) {
      const prev = bySurname.get(k);
      bySurname.set(k, prev === undefined || prev === full ? full : null);
    }
  }
  // All-caps acronyms seen: "SEBIN" lets "Sebin" join it.
  const acronyms = new Set<string>();
  for (const d of drafts) if (d.type === 'ORG' && /^[\p{Lu}\d]{2,}$/u.test(d.canonical)) acronyms.add(d.canonical);
  // Surfaces of the drafts found by more than shape, which back the weak ones (built at the first).
  let strongSurfaces: Map<string, PlacedDraft> | null = null;

  const out: PlacedDraft[] = [];
  for (const d of drafts) {
    const isGazetteer = d.rule.startsWith('gazetteer:') || d.rule.startsWith('doc:dateline');
    if (!isGazetteer && d.type !== 'EVENT') {
      // The full name this one is part of (bySurname has entries only when fullByKey has).
      let full: string | null | undefined;
      if (fullByKey.size > 0) {
        const key = foldName(d.canonical);
        full = fullByKey.get(key) ?? bySurname.get(key);
      }
      if (full) {
        out.push({ ...d, type: 'PERSON', canonical: full, rule: full === d.canonical ? d.rule : d.rule.startsWith('title:') ? d.rule : 'doc:surname', weak: false });
        continue;
      }
      if (acronyms.size > 0 && d.words.length === 1 && acronyms.has(d.canonical.toUpperCase())) {
        out.push({ ...d, type: 'ORG', canonical: d.canonical.toUpperCase(), rule: d.rule === 'shape:single-capitalised' || d.weak ? 'doc:acronym-variant' : d.rule, weak: false });
        continue;
      }
    }
    if (d.weak) {
      strongSurfaces ??= surfacesOfStrongDrafts(drafts);
      const backed = strongSurfaces.get(d.words.join(' '));
      if (backed) out.push({ ...d, type: backed.type, canonical: backed.canonical, rule: 'doc:headline-word', weak: false });
      continue;
    }
    out.push(d);
  }
  return out;
}

/** Each surface a draft found by more than shape covers, with the last such draft. */
function surfacesOfStrongDrafts(drafts: PlacedDraft[]): Map<string, PlacedDraft> {
  const surfaces = new Map<string, PlacedDraft>();
  for (const d of drafts) if (!d.weak) surfaces.set(d.words.join(' '), d);
  return surfaces;
}
