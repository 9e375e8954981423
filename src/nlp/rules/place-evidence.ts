// Document-level evidence for places no gazetteer knows, and type consistency:
//
//  - a wire dateline's place ("PUERTO SALINAS, Nov 13 (MPA) -") is a place, its agency an ORG;
//  - a capitalised word that derives from a name in the same document as a demonym does
//    ("Zembrans" ↔ "Zembra", "Kolvanese" ↔ "Kolvan", "Tarqi" ↔ "Tarq", "Vellish" ↔ "Velland") is a
//    NORP whose canonical is that name, and the name itself is a GPE (like "Cuban" → "Cuba");
//  - "X's foreign minister", "X's army", "the government of X" make X a GPE;
//  - the same name typed differently in different sentences takes the document's majority type;
//  - in a document not written in English, a lone capitalised word opening a sentence is a name
//    only if the document backs it (the gazetteer knows it, or it is capitalised mid-sentence too).
import type { EntityType } from '../../types.ts';
import { matchPlace, lookupPlace, foldName } from '../gazetteer/places.ts';
import { COMMON_WORDS, isCommonWord } from '../lexicon/common-words.ts';
import { cueFor } from '../lexicon/name-cues.ts';
import { isAscii, isCapitalized } from '../words.ts';
import { CONNECTORS } from './classify-chunk.ts';
import { atClauseStart, sortIfNeeded, type LowerCaseWords } from './draft.ts';
import { matchTitle } from './titles.ts';
import { capitalizeName, joinWords } from '../words.ts';
import { memoByText } from '../memo.ts';
import { WordShapes } from '../word-shapes.ts';
import { placedDraft, type PlacedDraft } from './document-consistency.ts';

export interface PlaceEvidenceInput {
  drafts: PlacedDraft[];
  /** Normalised token texts of every sentence. */
  words: string[][];
  docLowerWords: LowerCaseWords;
  dateline: { sentence: number; placeTokens: [number, number]; agencyTokens: [number, number] | null; bodyToken: number } | null;
}

// ---------------------------------------------------------------- demonym morphology

/** Names a demonym-shaped word may derive from: "Zembrans" → ["Zembra", "Zembr", …]. */
export function demonymBases(word: string): string[] {
  const out = new Set<string>();
  const forms = [word];
  if (/(?:ans|is)$/.test(word)) forms.push(word.slice(0, -1));
  for (const s of forms) {
    let m: RegExpExecArray | null;
    if ((m = /^(\p{Lu}\p{Ll}{2,})ian$/u.exec(s))) for (const x of ['ia', '', 'y', 'a']) out.add(m[1] + x);
    if ((m = /^(\p{Lu}\p{Ll}{2,})ean$/u.exec(s))) for (const x of ['ea', 'e', '']) out.add(m[1] + x);
    if ((m = /^(\p{Lu}\p{Ll}{2,})an$/u.exec(s))) for (const x of ['a', '', 'o', 'e']) out.add(m[1] + x);
    if ((m = /^(\p{Lu}\p{Ll}{2,})ese$/u.exec(s))) for (const x of ['', 'a', 'e']) out.add(m[1] + x);
    if ((m = /^(\p{Lu}\p{Ll}{2,})i$/u.exec(s))) for (const x of ['', 'ia', 'a']) out.add(m[1] + x);
    if ((m = /^(\p{Lu}\p{Ll}+)ish$/u.exec(s))) {
      out.add(m[1] + 'land');
      out.add(m[1].slice(0, -1) + 'land');
      out.add(m[1] + 'en');
    }
  }
  out.delete(word);
  return [...out].filter((b) => b.length >= 4);
}

/** False for a word opening with an ASCII character other than A-Z (a non-ASCII one may be a capital). */
function opensWithCapital(word: string): boolean {
  const c = word.charCodeAt(0);
  return !(c < 0x80 && !(c >= 0x41 && c <= 0x5a));
}

/** False when demonymBases(word) is surely empty: it ends in none of -an(s), -ese, -i(s), -ish. */
function mayBeDemonym(word: string): boolean {
  const n = word.length;
  let last = word.charCodeAt(n - 1);
  let end = n;
  // -ans, -is: the forms without the s
  if (last === 0x73 /* s */) {
    end = n - 1;
    last = word.charCodeAt(end - 1);
  }
  if (last === 0x69 /* i */) return true;
  if (last === 0x6e /* n */) return word.charCodeAt(end - 2) === 0x61 /* a */;
  if (end < n) return false;
  if (last === 0x65 /* e */) return word.endsWith('ese');
  return last === 0x68 /* h */ && word.endsWith('ish');
}

/** Words of the persons' full names in the drafts ("Donald Trump") and of titled persons' names. */
function personNameWords(drafts: PlacedDraft[], docLowerWords: LowerCaseWords): Set<string> {
  const personWords = new Set<string>();
  for (const d of drafts) {
    if (d.type !== 'PERSON' || isGazetteer(d)) continue;
    const parts = d.canonical.split(' ');
    // Only real names: "Inside Zembra" (a headline read as a name) says nothing about "Zembra".
    const nameLike = parts.every((p) => !isCommonWord(p) && !docLowerWords.has(p.toLowerCase()));
    if ((parts.length >= 2 && nameLike) || d.rule.startsWith('title:')) for (const p of parts) personWords.add(p);
  }
  return personWords;
}

// demonymBases by word form, for the per-document pass.
const demonymBasesMemo: (word: string) => readonly string[] = memoByText(demonymBases);

/** True when `word` is a demonym of `base` by the regular English patterns. */
export function derivesFrom(word: string, base: string): boolean {
  return demonymBases(word).includes(base);
}

// ---------------------------------------------------------------- state cues

// "X's president": nouns only a state has. PERSON-typed names take only the first set
// ("Maduro's government" is a person's government; "Maduro's capital" is not said).
const STATE_ONLY = new Set(['capital', 'parliament', 'embassy', 'citizens', 'territory', 'borders', 'border', 'constitution', 'sovereignty', 'airspace', 'coast', 'coastline',
  'foreign ministry', 'defence ministry', 'defense ministry', 'interior ministry', 'information ministry', 'finance ministry', 'central bank', 'national police']);
const STATE_STRONG = new Set([...STATE_ONLY, 'president', 'prime minister', 'foreign minister', 'defence minister', 'defense minister', 'interior minister', 'armed forces']);
const STATE_WEAK = new Set([...STATE_STRONG, 'government', 'army', 'military', 'navy', 'air force', 'regime', 'opposition', 'ambassador', 'leader', 'troops', 'economy', 'cabinet', 'ministers', 'ministry', 'security forces', 'intelligence services', 'spy agency', 'election']);
// "the government of X"
const OF_STATE = new Set(['government', 'governments', 'capital', 'parliament', 'embassy', 'people', 'citizens', 'territory', 'sovereignty', 'president', 'republic']);

function stateNounAt(w: string[], k: number): string | null {
  const one = (w[k] ?? '').toLowerCase();
  const two = `${one} ${(w[k + 1] ?? '').toLowerCase()}`;
  if (STATE_WEAK.has(two)) return two;
  // "Velland's main spy agency", "Velland's new government": one adjective may sit between.
  if (STATE_WEAK.has(one)) return one;
  const skip = `${(w[k + 1] ?? '').toLowerCase()}`;
  const skip2 = `${skip} ${(w[k + 2] ?? '').toLowerCase()}`;
  if (/^\p{Ll}+$/u.test(w[k] ?? '') && !STATE_WEAK.has(one)) {
    if (STATE_WEAK.has(skip2)) return skip2;
    if (STATE_WEAK.has(skip)) return skip;
  }
  return null;
}

// ---------------------------------------------------------------- language

const EN_WORDS = new Set(['the', 'of', 'and', 'to', 'in', 'is', 'was', 'said', 'that', 'for', 'with', 'on', 'has', 'have', 'by', 'from', 'it', 'were', 'are']);
const FOREIGN_WORDS = new Set(['el', 'la', 'los', 'las', 'del', 'que', 'y', 'en', 'por', 'con', 'para', 'una', 'se', 'su', 'sus', 'al', 'es', 'le', 'les', 'des', 'et', 'est', 'du', 'dans', 'une', 'não', 'em', 'os', 'uma', 'und', 'der', 'die', 'das', 'ist', 'mit', 'nicht']);

/** Rough test on function words: true when the sentences read as a language other than English. */
export function looksNonEnglish(words: string[][]): boolean {
  // Foreign words first: without five of them the English ones need no counting. (A word on
  // both lists would count as English.)
  const foreign = countFunctionWords(words, FOREIGN_WORDS, FOREIGN_SHAPES, EN_WORDS);
  return foreign >= 5 && foreign > 2 * countFunctionWords(words, EN_WORDS, EN_SHAPES);
}

const EN_SHAPES = new WordShapes(EN_WORDS);
const FOREIGN_SHAPES = new WordShapes(FOREIGN_WORDS);

/** Words of `list` (whose shapes are `shapes`) in any case, except those also on `unless`. */
function countFunctionWords(words: string[][], list: Set<string>, shapes: WordShapes, unless?: Set<string>): number {
  let count = 0;
  for (const s of words) {
    for (const w of s) {
      if (!shapes.mayContain(w)) continue;
      const l = w.toLowerCase();
      if (list.has(l) && !unless?.has(l)) count++;
    }
  }
  return count;
}

// ---------------------------------------------------------------- the pass

// A rule id is one or more parts joined by "+" ("ner:conll+gazetteer:country"). hasRulePart asks
// whether some part starts with one of the prefixes, as /(?:^|\+)(?:…)/ would, without a regex.
const PROTECTED_PARTS = ['gazetteer:', 'title:', 'cue:', 'rule:', 'doc:place', 'doc:demonym', 'doc:dateline'];
const GAZETTEER_PARTS = ['gazetteer:'];
function hasRulePart(rule: string, prefixes: readonly string[]): boolean {
  let pos = 0;
  for (;;) {
    const first = rule.charCodeAt(pos);
    for (const p of prefixes) if (p.charCodeAt(0) === first && rule.startsWith(p, pos)) return true;
    pos = rule.indexOf('+', pos) + 1;
    if (pos === 0) return false;
  }
}
const isProtected = (d: PlacedDraft) => hasRulePart(d.rule, PROTECTED_PARTS);
const isGazetteer = (d: PlacedDraft) => hasRulePart(d.rule, GAZETTEER_PARTS);
/** Found by a precise rule (a title, a name cue, a named operation): its type is not revised. */
const isPreciseRule = (rule: string) => rule.startsWith('title:') || rule.startsWith('cue:') || rule.startsWith('rule:');

function titleCase(words: string[]): string {
  return words.map((x) => (/^\p{Lu}[\p{Lu}\p{M}'-]+$/u.test(x) ? x.charAt(0) + x.slice(1).toLowerCase() : x)).join(' ');
}

const fold = foldName;

/** The dateline's place becomes one place draft, its agency an ORG; nothing else before the dash is a name. */
export function applyDateline(input: Pick<PlaceEvidenceInput, 'drafts' | 'words' | 'dateline'>): PlacedDraft[] {
  const { words, dateline } = input;
  let drafts = input.drafts.slice();
  if (!dateline) return drafts;
  const w = words[dateline.sentence];
  drafts = drafts.filter((d) => !(d.sentence === dateline.sentence && d.start < dateline.bodyToken && !(dateline.agencyTokens && d.start >= dateline.agencyTokens[0] && d.end <= dateline.agencyTokens[1])));
  // A report filed from two places ("MOSCOW/BAMAKO (Sahel Wire) -") names each.
  const [first, last] = dateline.placeTokens;
  for (let a = first, b = first; b <= last; b++) {
    if (b < last && w[b] !== '/') continue;
    if (b > a) {
      const surface = w.slice(a, b);
      const title = titleCase(surface);
      const hit = lookupPlace(title) ?? lookupPlace(joinWords(surface));
      // ("UNITED NATIONS /": filed at the organisation's seat, which the gazetteer knows as an ORG.)
      const known = hit && (hit.type === 'GPE' || hit.type === 'LOC' || hit.type === 'ORG') ? hit : null;
      const type: EntityType = known ? known.type : 'GPE';
      drafts.push(placedDraft(dateline.sentence, a, b, surface, type, known ? known.canonical : title, known ? `doc:dateline+${known.rule}` : 'doc:dateline'));
    }
    a = b + 1;
  }
  const ag = dateline.agencyTokens;
  if (ag && !drafts.some((d) => d.sentence === dateline.sentence && d.start === ag[0] && d.end === ag[1])) {
    drafts.push(placedDraft(dateline.sentence, ag[0], ag[1], w.slice(ag[0], ag[1]), 'ORG', joinWords(w, ag[0], ag[1]), 'doc:dateline-agency'));
  }
  return inReadingOrder(drafts);
}

/** By sentence, then token: the last draft ending (starting) there. */
interface DraftIndex {
  endingAt: Map<number, Map<number, PlacedDraft>>;
  startingAt: Map<number, Map<number, PlacedDraft>>;
}
function indexDrafts(drafts: PlacedDraft[]): DraftIndex {
  const index: DraftIndex = { endingAt: new Map(), startingAt: new Map() };
  const at = (byToken: Map<number, Map<number, PlacedDraft>>, si: number) => {
    let m = byToken.get(si);
    if (!m) byToken.set(si, (m = new Map()));
    return m;
  };
  for (const d of drafts) {
    at(index.endingAt, d.sentence).set(d.end, d);
    at(index.startingAt, d.sentence).set(d.start, d);
  }
  return index;
}

export function applyPlaceEvidence(input: PlaceEvidenceInput): PlacedDraft[] {
  const { drafts, words, docLowerWords, dateline } = input;

  // 1. The dateline's place (applyDateline put it in) is a place wherever the document names it.
  const places = new Map<string, { type: EntityType; rule: string }>();
  for (const d of drafts) if (d.rule === 'doc:dateline') places.set(d.canonical, { type: d.type, rule: 'doc:dateline' });

  // Words that are parts of persons' full names ("Trump" in "Donald Trump") are never place bases
  // (collected at the first word that gets this far).
  let personWords: Set<string> | null = null;
  const usable = (x: string) => {
    // The shape test first: most words open in lower case or with a mark, which rules them out.
    if (!opensWithCapital(x)) return false;
    if (!/^\p{Lu}\p{Ll}+$/u.test(x)) return false;
    const lower = x.toLowerCase();
    // The word's own tests before the document's (which collect its lower-case words and names).
    if (COMMON_WORDS.has(lower) || matchPlace([x], 0) || cueFor(x) || docLowerWords.has(lower)) return false;
    personWords ??= personNameWords(drafts, docLowerWords);
    return !personWords.has(x);
  };

  // 2. Usable words of the document that may be demonyms, by first occurrence; then, only if
  // there are any, the usable words they may derive from (asking usable of these words alone).
  const demonyms = new Set<string>();
  for (const s of words) for (const x of s) if (opensWithCapital(x) && mayBeDemonym(x) && !demonyms.has(x) && usable(x)) demonyms.add(x);
  const bases = new Set<string>();
  if (demonyms.size > 0) {
    const candidates = new Set<string>();
    for (const x of demonyms) for (const b of demonymBasesMemo(x)) candidates.add(b);
    for (const s of words) for (const x of s) if (candidates.has(x) && !bases.has(x) && usable(x)) bases.add(x);
  }

  // 3. Demonyms of unknown names (a demonym and its base are two different words).
  const demonymOf = new Map<string, string>();
  for (const x of demonyms) {
    const base = demonymBasesMemo(x).find((b) => bases.has(b));
    if (!base) continue;
    demonymOf.set(x, base);
    places.set(base, { type: 'GPE', rule: 'doc:place-of-demonym' });
  }

  // 4. "X's foreign minister", "the government of X".
  let index: DraftIndex | null = null; // built at the first cue
  words.forEach((w, si) => {
    for (let k = 1; k < w.length; k++) {
      if (w[k] === "'s") {
        const noun = stateNounAt(w, k + 1);
        if (!noun) continue;
        index ??= indexDrafts(drafts);
        const d = index.endingAt.get(si)?.get(k);
        const name = d ? d.canonical : isCapitalized(w[k - 1]) && usable(w[k - 1]) && !isCapitalized(w[k - 2] ?? '') ? w[k - 1] : null;
        if (!name || lookupPlace(name) || demonymOf.has(name)) continue;
        if (d && (isGazetteer(d) || isPreciseRule(d.rule) || d.type === 'NORP' || d.type === 'EVENT' || d.type === 'FAC')) continue;
        if (d && d.type === 'PERSON' && (d.canonical.includes(' ') || !STATE_ONLY.has(noun))) continue;
        if (d && d.type === 'ORG' && !STATE_STRONG.has(noun)) continue;
        if (!d && !STATE_STRONG.has(noun)) continue;
        if (!places.has(name)) places.set(name, { type: 'GPE', rule: 'doc:place-by-state-noun' });
      }
      // "the government of X"
      if (w[k] === 'of' && OF_STATE.has((w[k - 1] ?? '').toLowerCase()) && /^\p{Ll}/u.test(w[k - 1]) && (w[k - 2] ?? '').toLowerCase() === 'the') {
        index ??= indexDrafts(drafts);
        const d = index.startingAt.get(si)?.get(k + 1);
        if (!d || isGazetteer(d) || d.type === 'NORP' || isPreciseRule(d.rule)) continue;
        if (d.type === 'PERSON' && d.canonical.includes(' ')) continue;
        if (!places.has(d.canonical)) places.set(d.canonical, { type: 'GPE', rule: 'doc:place-by-state-noun' });
      }
    }
  });

  // 5. Retype the drafts: demonyms → NORP of their place; names of places → their place type.
  // (With no demonym or place found, only the split of a titled person can apply.)
  let out: PlacedDraft[] = [];
  for (const d of drafts) {
    if (isGazetteer(d) || d.rule.startsWith('doc:dateline')) {
      out.push(d);
      continue;
    }
    if (demonymOf.size > 0) {
      const base = demonymOf.get(joinWords(d.words));
      if (base) {
        out.push(placedDraft(d.sentence, d.start, d.end, d.words, 'NORP', base, 'doc:demonym-of-name'));
        continue;
      }
      // "Zembran Carla Mendes" read as one person: the demonym splits off.
      const first = demonymOf.get(d.words[0]);
      if (first && d.type === 'PERSON' && d.words.length >= 3 && !d.rule.startsWith('title:')) {
        out.push(
          placedDraft(d.sentence, d.start, d.start + 1, d.words.slice(0, 1), 'NORP', first, 'doc:demonym-of-name'),
          placedDraft(d.sentence, d.start + 1, d.end, d.words.slice(1), d.type, joinWords(d.words, 1), d.rule, d.weak),
        );
        continue;
      }
    }
    // "Zembran Defence Secretary Ana Roth" read by the tagger as one organisation: a title inside
    // it, followed by a name to its end, makes the rest a person (and the opening a nationality).
    const split = d.type === 'ORG' && !isProtected(d) ? splitTitledPerson(d, demonymOf) : null;
    if (split) {
      out.push(...split);
      continue;
    }
    const place = places.size > 0 ? places.get(d.canonical) ?? places.get(titleCase(d.words)) : undefined;
    if (place && !isPreciseRule(d.rule)) {
      const canonical = places.has(d.canonical) ? d.canonical : titleCase(d.words);
      out.push(placedDraft(d.sentence, d.start, d.end, d.words, place.type, canonical, `${d.rule}+${place.rule}`));
      continue;
    }
    out.push(d);
  }

  // 6. Occurrences no draft covers ("- Zembra has flown", a sentence-initial country name).
  if (demonymOf.size > 0 || places.size > 0) addUncoveredOccurrences(out, words, dateline, demonymOf, places);

  out = voteTypes(out);
  if (looksNonEnglish(words)) out = dropUnbackedOpeners(out, words, places, demonymOf);
  return inReadingOrder(out);
}

/** The drafts sorted by sentence, then start. */
function inReadingOrder(drafts: PlacedDraft[]): PlacedDraft[] {
  return sortIfNeeded(drafts, (a, b) => a.sentence - b.sentence || a.start - b.start);
}

function addUncoveredOccurrences(
  drafts: PlacedDraft[],
  words: string[][],
  dateline: PlaceEvidenceInput['dateline'],
  demonymOf: Map<string, string>,
  places: Map<string, { type: EntityType; rule: string }>,
): void {
  const covered = new Map<number, Set<number>>();
  for (const d of drafts) {
    let c = covered.get(d.sentence);
    if (!c) covered.set(d.sentence, (c = new Set()));
    for (let k = d.start; k < d.end; k++) c.add(k);
  }
  words.forEach((w, si) => {
    const coveredHere = covered.get(si);
    for (let k = 0; k < w.length; k++) {
      if (coveredHere?.has(k)) continue;
      if (dateline && si === dateline.sentence && k < dateline.bodyToken) continue;
      const x = w[k];
      // Only a word standing alone: "Zembra" in "Zembra Holdings" is part of another name.
      if (isCapitalized(w[k + 1] ?? '') || (k > 0 && isCapitalized(w[k - 1]) && !atClauseStart(w, k))) continue;
      const base = demonymOf.get(x);
      if (base) {
        drafts.push(placedDraft(si, k, k + 1, [x], 'NORP', base, 'doc:demonym-of-name'));
        continue;
      }
      const place = places.get(x);
      if (place) drafts.push(placedDraft(si, k, k + 1, [x], place.type, x, place.rule));
    }
  });
}

// Same canonical, different types in different sentences: the majority wins (places — GPE and LOC
// — vote together; GPE, then ORG, then PERSON on a tie). Rules that know the type (gazetteer,
// titles, name cues, the rules above) vote twice and are never retyped.
const FAMILY_ORDER = ['PLACE', 'ORG', 'PERSON', 'FAC'] as const;
function familyOf(t: EntityType): string | null {
  if (t === 'GPE' || t === 'LOC') return 'PLACE';
  if (t === 'ORG' || t === 'PERSON' || t === 'FAC') return t;
  return null;
}

/** The drafts with types voted on (the same array when no name has two types). */
export function voteTypes(drafts: PlacedDraft[]): PlacedDraft[] {
  const votes = (d: PlacedDraft) => familyOf(d.type) !== null && !d.weak;
  // A name can be typed two ways only if the voters have two types between them…
  let firstType: EntityType | null = null;
  let twoTypes = false;
  for (const d of drafts) {
    if (!votes(d)) continue;
    if (firstType === null) firstType = d.type;
    else if (d.type !== firstType) {
      twoTypes = true;
      break;
    }
  }
  if (!twoTypes) return drafts;
  // … and two of them share a name: in a short document tried pair by pair (most pairs differ in
  // length), in a long one by folding each name once.
  const voters = drafts.filter(votes);
  if (voters.length <= 32 && !twoTypesShareAName(voters)) return drafts;
  const keys: (string | null)[] = [];
  const typeByKey = new Map<string, EntityType>();
  let contested = false;
  for (const d of drafts) {
    const key = votes(d) ? fold(d.canonical) : null;
    keys.push(key);
    if (key === null) continue;
    const seen = typeByKey.get(key);
    if (seen === undefined) typeByKey.set(key, d.type);
    else if (seen !== d.type) contested = true;
  }
  if (!contested) return drafts;

  const tally = new Map<string, Map<EntityType, number>>();
  drafts.forEach((d, i) => {
    const key = keys[i];
    if (key === null) return;
    const v = tally.get(key) ?? new Map<EntityType, number>();
    v.set(d.type, (v.get(d.type) ?? 0) + (isProtected(d) ? 2 : 1));
    tally.set(key, v);
  });
  const winner = new Map<string, EntityType>();
  for (const [key, v] of tally) {
    if (v.size < 2) continue;
    const fam = new Map<string, number>();
    for (const [t, c] of v) fam.set(familyOf(t)!, (fam.get(familyOf(t)!) ?? 0) + c);
    const best = [...fam].sort((a, b) => b[1] - a[1] || FAMILY_ORDER.indexOf(a[0] as never) - FAMILY_ORDER.indexOf(b[0] as never))[0][0];
    const type: EntityType = best === 'PLACE' ? ((v.get('GPE') ?? 0) >= (v.get('LOC') ?? 0) ? 'GPE' : 'LOC') : (best as EntityType);
    winner.set(key, type);
  }
  return drafts.map((d, i) => {
    const key = keys[i];
    const t = key === null ? undefined : winner.get(key);
    if (!t || t === d.type || isProtected(d)) return d;
    return placedDraft(d.sentence, d.start, d.end, d.words, t, d.canonical, `${d.rule}+doc:type-vote`, d.weak);
  });
}

/** True when two drafts of different types have names that fold alike. */
function twoTypesShareAName(drafts: PlacedDraft[]): boolean {
  for (let i = 0; i < drafts.length; i++) {
    const a = drafts[i].canonical;
    for (let j = i + 1; j < drafts.length; j++) {
      if (drafts[j].type === drafts[i].type) continue;
      const b = drafts[j].canonical;
      // ASCII names fold (lower-case) alike only if they are as long.
      if (a.length !== b.length && isAscii(a) && isAscii(b)) continue;
      if (fold(a) === fold(b)) return true;
    }
  }
  return false;
}

// In a document not in English, "Mientras", "Detenido", "Según la …" open sentences in capitals
// without naming anyone: a clause-opening word is kept only when the document backs it.
function dropUnbackedOpeners(drafts: PlacedDraft[], words: string[][], places: Map<string, unknown>, demonymOf: Map<string, string>): PlacedDraft[] {
  const midCaps = new Set<string>();
  words.forEach((w) => w.forEach((x, k) => { if (k > 0 && isCapitalized(x) && !atClauseStart(w, k)) midCaps.add(x); }));
  const backed = (x: string) => midCaps.has(x) || !!matchPlace([x], 0) || places.has(x) || demonymOf.has(x);
  const out: PlacedDraft[] = [];
  for (const d of drafts) {
    const w = words[d.sentence];
    if (!atClauseStart(w, d.start) || isGazetteer(d) || /^(?:title:|rule:)/.test(d.rule) || backed(d.words[0])) {
      out.push(d);
      continue;
    }
    if (d.end - d.start === 1) continue;
    // "Según la Meridian Press Agency" → "Meridian Press Agency".
    let s = d.start + 1;
    while (s < d.end && (CONNECTORS.has(w[s]) || CONNECTORS.has(w[s].toLowerCase()))) s++;
    if (s >= d.end) continue;
    const rest = w.slice(s, d.end);
    const canonical = d.canonical === joinWords(d.words) ? joinWords(rest) : d.canonical;
    out.push(placedDraft(d.sentence, s, d.end, rest, d.type, canonical, d.rule, d.weak));
  }
  return out;
}

function splitTitledPerson(d: PlacedDraft, demonymOf: Map<string, string>): PlacedDraft[] | null {
  const w = d.words;
  for (let k = 0; k < w.length - 1; k++) {
    const t = matchTitle(w, k);
    if (!t) continue;
    const nameFrom = k + t.length;
    const name = w.slice(nameFrom);
    if (name.length < 1 || name.length > 3 || !name.every((x) => /^\p{Lu}\p{Ll}/u.test(x))) return null;
    const out: PlacedDraft[] = [];
    if (k === 1) {
      const gaz = matchPlace(w, 0, 1);
      const base = demonymOf.get(w[0]);
      if (gaz && gaz.hit.type === 'NORP') out.push(placedDraft(d.sentence, d.start, d.start + 1, w.slice(0, 1), 'NORP', gaz.hit.canonical, gaz.hit.rule, d.weak));
      else if (base) out.push(placedDraft(d.sentence, d.start, d.start + 1, w.slice(0, 1), 'NORP', base, 'doc:demonym-of-name', d.weak));
    }
    out.push(placedDraft(d.sentence, d.start + k, d.end, w.slice(k), 'PERSON', capitalizeName(name), `${d.rule}+${t.entry.id}`, d.weak));
    return out;
  }
  return null;
}
