// Document-level clean-up after every sentence is read: a bare surname takes the full name seen
// elsewhere ("Maduro" → "Nicolás Maduro"), spelling variants of a name or acronym join their
// fullest form ("Nicolas Maduro", "Sebin" → "SEBIN"), and headline words stay only if the body
// backs them.
import { foldName } from '../gazetteer/places.ts';
import { isAscii, joinWords } from '../words.ts';
import type { EntityType } from '../../types.ts';
import type { Draft } from './draft.ts';

export interface PlacedDraft extends Draft {
  sentence: number;
  words: string[];
}

/**
 * A draft placed in its sentence. Every one is built here, in one property order (newDraft's,
 * then the sentence and its words), instead of by object spreads: a spread of drafts of several
 * shapes is a slow generic copy, and drafts of one shape keep property reads monomorphic.
 */
export function placedDraft(sentence: number, start: number, end: number, words: string[], type: EntityType, canonical: string, rule: string, weak = false): PlacedDraft {
  return { start, end, type, canonical, rule, weak, sentence, words };
}

export function applyDocumentConsistency(drafts: PlacedDraft[]): PlacedDraft[] {
  // Full person names: "Nicolás Maduro", "Tareck El Aissami".
  const fullByKey = new Map<string, string>();
  // The lengths of the keys of fullByKey and bySurname, a bit each: an ASCII name (which folds to
  // a key as long as itself) of no such length is no full name or surname, without folding it.
  let keyLengths = 0;
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
      keyLengths |= lengthBit(key.length);
    }
  }
  // Surname → full name; a surname shared by two different people stays ambiguous.
  const bySurname = new Map<string, string | null>();
  const addSurname = (surname: string, full: string) => {
    const key = foldName(surname);
    keyLengths |= lengthBit(key.length);
    const prev = bySurname.get(key);
    bySurname.set(key, prev === undefined || prev === full ? full : null);
  };
  for (const full of fullNames) {
    // The last word ("Maduro"); of three words or more also the last two, whether they open with
    // a particle ("El Aissami") or not ("Padrino López").
    const lastSpace = full.lastIndexOf(' ');
    addSurname(full.slice(lastSpace + 1), full);
    const spaceBefore = lastSpace > 0 ? full.lastIndexOf(' ', lastSpace - 1) : -1;
    if (spaceBefore >= 0) addSurname(full.slice(spaceBefore + 1), full);
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
      if (fullByKey.size > 0 && ((keyLengths & lengthBit(d.canonical.length)) !== 0 || !isAscii(d.canonical))) {
        const key = foldName(d.canonical);
        full = fullByKey.get(key) ?? bySurname.get(key);
      }
      if (full) {
        const rule = full === d.canonical ? d.rule : d.rule.startsWith('title:') ? d.rule : 'doc:surname';
        out.push(placedDraft(d.sentence, d.start, d.end, d.words, 'PERSON', full, rule));
        continue;
      }
      if (acronyms.size > 0 && d.words.length === 1 && acronyms.has(d.canonical.toUpperCase())) {
        const rule = d.rule === 'shape:single-capitalised' || d.weak ? 'doc:acronym-variant' : d.rule;
        out.push(placedDraft(d.sentence, d.start, d.end, d.words, 'ORG', d.canonical.toUpperCase(), rule));
        continue;
      }
    }
    if (d.weak) {
      strongSurfaces ??= surfacesOfStrongDrafts(drafts);
      const backed = strongSurfaces.get(joinWords(d.words));
      if (backed) out.push(placedDraft(d.sentence, d.start, d.end, d.words, backed.type, backed.canonical, 'doc:headline-word'));
      continue;
    }
    out.push(d);
  }
  return out;
}

/** One bit per string length (the last for every length from 31 on). */
const lengthBit = (length: number) => 1 << Math.min(length, 31);

/** Each surface a draft found by more than shape covers, with the last such draft. */
function surfacesOfStrongDrafts(drafts: PlacedDraft[]): Map<string, PlacedDraft> {
  const surfaces = new Map<string, PlacedDraft>();
  for (const d of drafts) if (!d.weak) surfaces.set(joinWords(d.words), d);
  return surfaces;
}
