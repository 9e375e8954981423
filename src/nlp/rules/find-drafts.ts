// Rule-based mention finder for one sentence: named operations, titled people (also with a
// lower-case surname: "the admiral Craig faller"), and runs of capitalised words typed by
// classifyChunk.
import { OPERATION_WORDS } from '../lexicon/name-cues.ts';
import { COMMON_WORDS, NOT_SURNAME_ENDINGS } from '../lexicon/common-words.ts';
import { matchPlace } from '../gazetteer/places.ts';
import { isCapitalized, capitalizeName, joinWords } from '../words.ts';
import { matchTitle } from './titles.ts';
import { classifyChunk, isConnector, MONTHS_AND_DAYS } from './classify-chunk.ts';
import { atClauseStart, newDraft, type Draft, type SentenceView } from './draft.ts';

export function findDrafts(view: SentenceView): Draft[] {
  const w = view.words;
  const drafts: Draft[] = [];
  let i = 0;
  while (i < w.length) {
    const op = view.headline ? null : matchOperation(w, i);
    if (op) {
      drafts.push(op);
      i = op.end;
      continue;
    }
    const titled = view.headline ? null : matchTitledPerson(view, i);
    if (titled) {
      drafts.push(titled);
      i = titled.end;
      continue;
    }
    if (!isCapitalized(w[i])) {
      i++;
      continue;
    }
    let end = runEnd(w, i);
    // A dotted title's stop ends the run inside the title ("On Monday Lt. Col. Ana Costa"): the
    // run stops before it, so the titled person is read from there.
    for (let k = i + 1; k < end; k++) {
      const t = matchTitle(w, k);
      if (t && k + t.length > end) { end = k; break; }
    }
    for (const d of classifyChunk(view, i, end, atClauseStart(w, i))) drafts.push(d);
    i = end;
  }
  return markParenthesisedAcronyms(w, drafts);
}

// "the Coastal Border Protection Agency (Cobpa)": one word in brackets right after an
// organisation's name is its acronym, whatever its case.
function markParenthesisedAcronyms(w: string[], drafts: Draft[]): Draft[] {
  // From the end, so each test sees the previous draft as found.
  for (let k = drafts.length - 1; k > 0; k--) {
    const d = drafts[k];
    const prev = drafts[k - 1];
    const isAcronym = d.end - d.start === 1 && w[d.start - 1] === '(' && w[d.end] === ')' && prev.type === 'ORG' && prev.end === d.start - 1 && /^\p{Lu}[\p{L}\d]{1,7}$/u.test(w[d.start]);
    if (isAcronym) drafts[k] = newDraft(d.start, d.end, 'ORG', w[d.start].toUpperCase(), 'rule:parenthesised-acronym', d.weak);
  }
  return drafts;
}

/** End of the run of capitalised words (with connectors between them) starting at i. */
export function runEnd(w: string[], i: number): number {
  let end = i + 1;
  for (;;) {
    if (end < w.length && isCapitalized(w[end])) {
      end++;
      continue;
    }
    // Up to two connectors, then a capitalised word: "Center for a Free", "Padrino de la Cruz".
    let k = end;
    while (k < w.length && k - end < 2 && isConnector(w[k])) k++;
    // Not over a date: "the White House on Thursday", "the Senate in March".
    if (k > end && k < w.length && isCapitalized(w[k]) && !MONTHS_AND_DAYS.has(w[k])) {
      end = k + 1;
      continue;
    }
    return end;
  }
}

// Lengths of the operation words: most words are ruled out without a lookup.
const OPERATION_LENGTHS = [...OPERATION_WORDS].map((x) => x.length);
const OPERATION_MIN_LENGTH = Math.min(...OPERATION_LENGTHS);
const OPERATION_MAX_LENGTH = Math.max(...OPERATION_LENGTHS);

// "Operation Southern Spear", "operation Gideon", "Operación Lanza del Sur" → EVENT.
function matchOperation(w: string[], i: number): Draft | null {
  if (w[i].length < OPERATION_MIN_LENGTH || w[i].length > OPERATION_MAX_LENGTH) return null;
  if (!OPERATION_WORDS.has(w[i]) || i + 1 >= w.length || !isCapitalized(w[i + 1])) return null;
  const end = runEnd(w, i + 1);
  return newDraft(i, end, 'EVENT', joinWords(w, i + 1, end), 'rule:named-operation');
}

// A title followed by a name: "Admiral Craig Faller", "the admiral Craig faller", "Gen. Padrino".
function matchTitledPerson(view: SentenceView, i: number): Draft | null {
  const w = view.words;
  const title = matchTitle(w, i);
  if (!title) return null;
  let j = i + title.length;
  if (j < w.length && w[j] === '.') j++;
  if (j >= w.length || !isCapitalized(w[j])) return null;
  const place = matchPlace(w, j);
  if (place && (place.hit.type === 'NORP' || place.hit.type === 'GPE')) return null;
  // Capitalised title words are handled by the capitalised-run rules, which also see ORG cues
  // ("General Directorate of ..."); here only a lower-case title or a lower-case surname matters.
  let end = j;
  while (end < w.length && (isCapitalized(w[end]) || (/^\p{Ll}+$/u.test(w[end]) && end + 1 < w.length && isCapitalized(w[end + 1]) && ['de', 'del', 'la', 'bin', 'al', 'el', 'van', 'von'].includes(w[end])))) end++;
  // Capitalised titles go to the run rules, except abbreviations whose full stop breaks the run.
  const titleCapitalised = /^\p{Lu}/u.test(w[i]) && w[j - 1] !== '.';
  // A surname typed in lower case ("the admiral Craig faller") only after a lower-case title: after
  // a capitalised one the next word is the sentence's ("President Mugabe abandon his policy").
  const lowerSurname = !/^\p{Lu}/u.test(w[i]) && end - j === 1 && end < w.length && isPossibleSurname(view, w[end]);
  if (lowerSurname) end++;
  if (titleCapitalised && !lowerSurname) return null;
  const nameWords = w.slice(j, end);
  return newDraft(i, end, 'PERSON', capitalizeName(nameWords), title.entry.id);
}

function isPossibleSurname(view: SentenceView, word: string): boolean {
  return /^\p{Ll}{3,}$/u.test(word) && !COMMON_WORDS.has(word) && !NOT_SURNAME_ENDINGS.test(word) && !isConnector(word);
}

/** Words that may join the parts of one long organisation name ("… Framework for the Defence of …"). */
const NAME_LINKS = new Set(['for', 'of', 'the', 'and', 'on', 'in']);
const NAME_PREPS = new Set(['for', 'of', 'on', 'in']);
const startsUpper = (word: string | undefined) => !!word && /^\p{Lu}/u.test(word);

/**
 * "The Strategic Framework for the Defence of the People of Azawad (CSP-DPA)": an acronym in
 * brackets closes one name, so two organisation parts joined by "for the", "of" … right before it
 * are that name, however the tagger split them. Drafts in order; returns them with the parts joined.
 */
export function joinNameBeforeAcronym(w: string[], drafts: Draft[]): Draft[] {
  for (let k = drafts.length - 1; k > 0; k--) {
    const b = drafts[k];
    if ((b.type !== 'ORG' && b.type !== 'LOC') || w[b.end] !== '(' || w[b.end + 2] !== ')' || !/^\p{Lu}[\p{Lu}\d&-]{1,9}$/u.test(w[b.end + 1] ?? '')) continue;
    const a = drafts[k - 1];
    const gap = b.start - a.end;
    // (The gap opens with a preposition — "Hamas and the Palestinian Islamic Jihad (PIJ)" are two —
    // or with "and" in a name that has one: "Organization for Security and Co-operation in Europe".)
    if (a.type !== 'ORG' || gap < 1 || gap > 6) continue;
    const opens = NAME_PREPS.has(w[a.end]) || (w[a.end] === 'and' && startsUpper(w[a.end + 1]) && w.slice(a.start, a.end).some((x) => NAME_PREPS.has(x)));
    if (!opens) continue;
    let linked = true;
    for (let j = a.end; j < b.start; j++) if (!NAME_LINKS.has(w[j]) && !startsUpper(w[j])) linked = false;
    if (!linked) continue;
    drafts.splice(k - 1, 2, newDraft(a.start, b.end, 'ORG', joinWords(w, a.start, b.end), 'rule:name-before-acronym', false));
  }
  return drafts;
}

