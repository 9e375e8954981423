// Turns the tagger's PER/ORG/LOC/MISC spans into Dossier drafts (PERSON ORG GPE NORP FAC LOC
// EVENT), then lets the precise rules (gazetteer, titles, operations, name cues, acronyms)
// override or extend them where they cover the same words.
import { chunksOf } from '../ner/conll.ts';
import { lookupPlace } from '../gazetteer/places.ts';
import { cueFor, OPERATION_WORDS } from '../lexicon/name-cues.ts';
import { matchTitle } from './titles.ts';
import { capitalizeName, joinWords } from '../words.ts';
import { newDraft, sortIfNeeded, type Draft } from './draft.ts';

// MISC names that are events ("the Gulf War", "the Munich Summit").
const EVENT_HEADS = new Set(['War', 'Summit', 'Cup', 'Games', 'Olympics', 'Conference', 'Revolution', 'Crisis', 'Accord', 'Accords', 'Agreement', 'Treaty', 'Election', 'Elections', 'Championship', 'Forum', 'Uprising', 'Coup', 'Massacre']);

// Last words of a place's name that no person's or organisation's name ends with ("Thomas Shoal",
// "Scarborough Shoal", "Kursk Region"): the span is a place whatever the tagger typed it. (Not
// "Bay", "Lake", "Valley", "Coast": surnames, or "Ivory Coast".)
const PLACE_HEADS = new Set(['Shoal', 'Shoals', 'Reef', 'Reefs', 'Atoll', 'Cay', 'Strait', 'Straits', 'Sea', 'Ocean', 'Gulf', 'Peninsula', 'Desert', 'Island', 'Islands', 'Basin', 'Region', 'Province', 'River', 'Mountains']);
// Words that open such a name before the tagger's span ("Second Thomas Shoal", "South China Sea").
const PLACE_OPENERS = new Set(['First', 'Second', 'Third', 'North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Upper', 'Lower', 'Great', 'Little', 'New']);

// Shape-only rule guesses: the tagger is better at these, so they never override it; of them only
// a run of two to four capitalised words fills a gap the tagger left.
const WEAK_RULES = new Set(['shape:single-capitalised', 'shape:capitalised-name', 'shape:long-capitalised-name', 'shape:headline-word']);
const GAP_FILLERS = new Set(['shape:capitalised-name']);

/** /^\p{Ll}+$/: the word is all lower-case letters (an ASCII word opening otherwise is not). */
function isLowerCaseWord(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 0x80 && !(c >= 0x61 && c <= 0x7a)) return false;
  return /^\p{Ll}+$/u.test(w);
}

/** Drafts for one sentence from its IOB2 labels, with `ruleId` naming the model. */
export function draftsFromTags(words: string[], labels: string[], ruleId: string): Draft[] {
  const out: Draft[] = [];
  for (const c of chunksOf(labels)) {
    const d = mapChunk(words, c.type, c.start, c.end, ruleId);
    if (d) out.push(d);
  }
  return out;
}

function mapChunk(words: string[], type: string, start: number, end: number, ruleId: string): Draft | null {
  // A lower-case word closing a span is a common noun the tagger swept in ("Hezbollah terrorist").
  while (end - start > 1 && isLowerCaseWord(words[end - 1])) end--;
  const last = words[end - 1];
  if (start > 0 && OPERATION_WORDS.has(words[start - 1])) {
    return newDraft(start - 1, end, 'EVENT', joinWords(words, start, end), `${ruleId}+rule:named-operation`);
  }
  if (end - start > 1 && PLACE_HEADS.has(last) && lookupPlace(joinWords(words, start, end)) === undefined) {
    const from = start > 0 && PLACE_OPENERS.has(words[start - 1]) ? start - 1 : start;
    return newDraft(from, end, 'LOC', joinWords(words, from, end), `${ruleId}+rule:place-head`);
  }
  if (type === 'PER') {
    // Drop a title the tagger swallowed: "President Maduro" → "Maduro".
    let s = start;
    for (let t = matchTitle(words, s); t && s + t.length < end; t = matchTitle(words, s)) s += t.length;
    while (s < end && words[s] === '.') s++;
    return newDraft(start, end, 'PERSON', capitalizeName(words.slice(s, end)), ruleId);
  }
  // (The surface and its gazetteer entry, which a person's name does not need.)
  const surface = joinWords(words, start, end);
  const place = lookupPlace(surface);
  if (place && place.type !== 'LOC' && (type === 'LOC' || type === 'MISC' || place.type === 'ORG' || place.type === 'GPE')) {
    // Countries, capitals, nationalities, the Kremlin: the gazetteer's type and canonical name.
    if (!(type === 'ORG' && place.type === 'GPE' && cueFor(last))) {
      return newDraft(start, end, place.type, place.canonical, `${ruleId}+${place.rule}`);
    }
  }
  if (type === 'ORG') return newDraft(start, end, 'ORG', surface, ruleId);
  if (type === 'LOC') {
    const cue = end - start > 1 ? cueFor(last) : undefined;
    if (cue && cue.type === 'FAC') return newDraft(start, end, 'FAC', surface, `${ruleId}+${cue.id}`);
    return newDraft(start, end, place ? place.type : 'LOC', place ? place.canonical : surface, ruleId);
  }
  // MISC: nationalities and groups become NORP, named events EVENT; the rest has no actor type.
  if (place && place.type === 'NORP') return newDraft(start, end, 'NORP', place.canonical, `${ruleId}+${place.rule}`);
  if (EVENT_HEADS.has(last) || OPERATION_WORDS.has(words[start])) {
    const name = OPERATION_WORDS.has(words[start]) ? joinWords(words, start + 1, end) : surface;
    return newDraft(start, end, 'EVENT', name, ruleId);
  }
  if (end - start === 1 && /(?:an|ans|ese|ists?|ites?|is)$/.test(last)) {
    return newDraft(start, end, 'NORP', surface, ruleId);
  }
  return null;
}

/**
 * Merges the tagger's drafts with the rules' drafts for one sentence: a precise rule draft that
 * covers a tagger draft replaces it ("Admiral Craig Faller" over "Craig Faller"; "operation
 * Southern Spear" over "Southern Spear"), one that overlaps nothing is added, and shape-only rule
 * guesses are dropped.
 */
export function mergeDrafts(tagged: Draft[], ruled: Draft[]): Draft[] {
  const strong: Draft[] = [];
  for (const r of ruled) if (!WEAK_RULES.has(r.rule) || GAP_FILLERS.has(r.rule)) strong.push(r);
  const out: Draft[] = [];
  // Rule drafts that cover a tagger draft (a sentence has a handful: an array beats a Set).
  const usedRules: Draft[] = [];
  for (const t of tagged) {
    const cover = coveringRuleDraft(strong, t);
    if (cover) usedRules.push(cover);
    else out.push(t);
  }
  // (`out` grows as rule drafts join it: each later one is tested against them too.)
  for (const r of strong) if (usedRules.includes(r) || !overlapsAny(out, r)) out.push(r);
  return sortIfNeeded(out, (a, b) => a.start - b.start);
}

/** The first precise rule draft spanning all of t. */
function coveringRuleDraft(strong: Draft[], t: Draft): Draft | undefined {
  for (const r of strong) if (r.start <= t.start && r.end >= t.end && !GAP_FILLERS.has(r.rule)) return r;
  return undefined;
}

function overlapsAny(drafts: Draft[], r: Draft): boolean {
  for (const t of drafts) if (t.start < r.end && r.start < t.end) return true;
  return false;
}
