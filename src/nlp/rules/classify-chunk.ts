// Decides what a run of capitalised words is: a place, a nationality, an organisation (by its head
// word), a person (by a title or by its shape), or several of these side by side.
import { cueFor, LEADING_LOC_CUES } from '../lexicon/name-cues.ts';
import { isCommonWord } from '../lexicon/common-words.ts';
import { matchPlace } from '../gazetteer/places.ts';
import { isAllCaps, looksLikeMixedCaseAcronym, capitalizeName, joinWords } from '../words.ts';
import { matchTitle } from './titles.ts';
import { newDraft, type Draft, type SentenceView } from './draft.ts';
import { WordShapes } from '../word-shapes.ts';

// Lower-case words allowed inside a name between capitalised words.
export const CONNECTORS = new Set(['of', 'for', 'and', '&', 'the', 'on', 'a', 'de', 'del', 'la', 'las', 'los', 'y', 'da', 'do', 'dos', 'das', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'el', 'du', 'le', 'di']);
const CONNECTOR_SHAPES = new WordShapes(CONNECTORS);

/** CONNECTORS.has(w), most words ruled out by their shape without hashing them. */
export function isConnector(w: string): boolean {
  return CONNECTOR_SHAPES.mayContain(w) && CONNECTORS.has(w);
}
// Connectors that belong inside a person's name ("Padrino de la Cruz", "Mohammed bin Salman").
const NAME_PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'da', 'do', 'dos', 'das', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'el', 'du', 'le', 'di', 'y']);
export const MONTHS_AND_DAYS = new Set(
  'January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(' '),
);

/** Classifies words[start, end) (all capitalised or connectors) into zero or more drafts. */
export function classifyChunk(view: SentenceView, start: number, end: number, clauseStart: boolean): Draft[] {
  const w = view.words;
  // Drop opening function words: "The Iranian regime", "According", "Meanwhile".
  while (start < end && (isCommonWord(w[start]) || isConnector(w[start]))) {
    if (matchPlace(w, start, end)) break;
    start++;
    clauseStart = false;
  }
  while (end > start && isConnector(w[end - 1])) end--;
  if (start >= end) return [];
  // A capitalised word opening a sentence is a name only if the document never writes it in lower case.
  if (clauseStart && end - start === 1 && !matchPlace(w, start, end) && view.docLowerWords.has(w[start].toLowerCase())) return [];

  if (view.headline) return headlineDrafts(view, start, end);

  // A title inside the run splits it: "Venezuelan | President Nicolás Maduro" (past the title the
  // run opens with: "Defence Secretary" is one title, not "Defence | Secretary …").
  for (let k = start + (matchTitle(w, start)?.length ?? 1); k < end; k++) {
    const t = matchTitle(w, k);
    if (t && k + t.length < end && !hasCue(w, start, end)) {
      return [...classifyChunk(view, start, k, clauseStart), ...classifyChunk(view, k, end, false)];
    }
  }

  // "State Department and the Central Bank": an "and" after a complete name separates two names;
  // inside "Institute for Fair and Open Courts" it does not.
  for (let k = start + 1; k < end - 1; k++) {
    if (w[k] !== 'and' && w[k] !== '&') continue;
    const leftPlace = matchPlace(w, start, k);
    if (w[k + 1] === 'the' || (k - start > 1 && cueFor(w[k - 1])) || (leftPlace && leftPlace.length === k - start)) {
      return [...classifyChunk(view, start, k, clauseStart), ...classifyChunk(view, k + 1, end, false)];
    }
  }

  const cue = findCue(w, start, end);
  if (cue) return [newDraft(start, end, cue.type, joinWords(w, start, end), cue.id)];

  const title = matchTitle(w, start);
  // "President of Venezuela": a title followed by a connector names no one.
  if (title && start + title.length < end && isConnector(w[start + title.length])) {
    return classifyChunk(view, start + title.length + 1, end, false);
  }
  if (title && start + title.length < end) {
    const nameWords = w.slice(start + title.length, end);
    const place = matchPlace(w, start + title.length, end);
    if (!(place && place.length === nameWords.length)) {
      return [newDraft(start, end, 'PERSON', capitalizeName(nameWords), title.entry.id)];
    }
    return classifyChunk(view, start + title.length, end, false);
  }
  if (title) return [];

  const whole = matchPlace(w, start, end);
  if (whole && whole.length === end - start) {
    return [newDraft(start, end, whole.hit.type, whole.hit.canonical, whole.hit.rule)];
  }

  // Split at connectors unless they are name particles between name parts ("Simón de la Cruz").
  for (let k = start + 1; k < end - 1; k++) {
    if (isConnector(w[k]) && !NAME_PARTICLES.has(w[k])) {
      return [...classifyChunk(view, start, k, clauseStart), ...classifyChunk(view, k + 1, end, false)];
    }
  }

  // A nationality or an abbreviated country opening the run splits it off: "Cuban | Ramiro Valdés",
  // "U.S. | Mike Pompeo". Other places do not ("Jordan" and "Georgia" are also first names).
  if (whole && (whole.hit.type === 'NORP' || /^(?:\p{Lu}\.)+$|^\p{Lu}{2,3}$/u.test(w[start]))) {
    return [
      newDraft(start, start + whole.length, whole.hit.type, whole.hit.canonical, whole.hit.rule),
      ...classifyChunk(view, start + whole.length, end, false),
    ];
  }

  // A nationality closing the run: "G2 | Cuban" (intelligence service).
  for (let k = start + 1; k < end; k++) {
    const tail = matchPlace(w, k, end);
    if (tail && k + tail.length === end && tail.hit.type === 'NORP') {
      return [...classifyChunk(view, start, k, clauseStart), newDraft(k, end, 'NORP', tail.hit.canonical, tail.hit.rule)];
    }
  }

  const n = end - start;
  if (n === 1) {
    const word = w[start];
    if (MONTHS_AND_DAYS.has(word)) return [];
    // "Cuban-Venezuelan", "Caracas-Havana": a pair of places, not one name.
    if (word.includes('-') && word.split('-').every((part) => matchPlace([part], 0))) return [];
    if (isAllCaps(word)) return [newDraft(start, end, 'ORG', word, 'shape:acronym')];
    if (looksLikeMixedCaseAcronym(word)) return [newDraft(start, end, 'ORG', word.toUpperCase(), 'shape:mixed-case-acronym')];
    // Opening a sentence, a lone capitalised word proves nothing: keep it only if the body backs it.
    return [newDraft(start, end, 'ORG', word, 'shape:single-capitalised', clauseStart)];
  }
  const surface = joinWords(w, start, end);
  if (n <= 4) return [newDraft(start, end, 'PERSON', surface, 'shape:capitalised-name')];
  return [newDraft(start, end, 'ORG', surface, 'shape:long-capitalised-name')];
}

function hasCue(w: string[], start: number, end: number): boolean {
  return findCue(w, start, end) !== null;
}

/** The cue that types the whole run: its last word, a head before "of"/"for", or a leading "Lake". */
function findCue(w: string[], start: number, end: number) {
  const last = cueFor(w[end - 1]);
  if (last && end - start > 1) return last;
  for (let k = start + 1; k < end - 1; k++) {
    if (w[k] === 'of' || w[k] === 'for' || w[k] === 'on') {
      const head = cueFor(w[k - 1]);
      if (head) return head;
    }
  }
  if (end - start > 1 && LEADING_LOC_CUES.has(w[start])) return { id: 'cue:loc-leading', type: 'LOC' as const };
  return null;
}

// In a headline every word is capitalised: keep places, and single words the document confirms later.
function headlineDrafts(view: SentenceView, start: number, end: number): Draft[] {
  const w = view.words;
  const drafts: Draft[] = [];
  for (let k = start; k < end; ) {
    const place = matchPlace(w, k, end);
    if (place) {
      drafts.push(newDraft(k, k + place.length, place.hit.type, place.hit.canonical, place.hit.rule));
      k += place.length;
      continue;
    }
    if (!isConnector(w[k]) && !isCommonWord(w[k])) {
      drafts.push(newDraft(k, k + 1, 'ORG', w[k], 'shape:headline-word', true));
    }
    k++;
  }
  return drafts;
}
