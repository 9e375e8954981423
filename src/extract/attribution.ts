// Who asserts what: reporting frames in one sentence ("according to X", "X said (that) …",
// "…, X said", "…, said X", "X told Y", "X cited by Y", "citing X") and the content each covers.
import { createRequire } from 'node:module';
import type { Actor } from './actors.ts';
import { hasSpace, isGroupWord, isNamed, isTitleWord, lastWord } from './actors.ts';
import { lowerFlag, tokBefore, wordFlag, type Tok } from './tokens.ts';

const require = createRequire(import.meta.url);
const cues = require('./data/cues.json') as { speech: { verbs: string[]; tailOnly: string[]; inverted: string[] } };
const actorData = require('./data/actors.json') as { outlets: { names: string[]; suffixes: string[]; generic: string[] } };

const SPEECH = new Set(cues.speech.verbs);
const TAIL_ONLY = new Set(cues.speech.tailOnly);
const INVERTED = new Set(cues.speech.inverted);
const NAME_CONTINUATION = new Set(['of', 'for', 'and', "'s", 'de', 'del', 'spokesman', 'spokeswoman', 'spokesperson', 'chief', 'head', 'minister', 'secretary', 'official', 'officials', 'general', 'director', 'commander', 'envoy', 'ambassador', 'president', 'leader']);
const AUXILIARIES = new Set(['had', 'has', 'have', 'was', 'were', 'is', 'are', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'did', 'does', 'do']);
/** Words that may follow an inverted speaker ("said Peskov on Monday", "said the envoy, who …"). */
const AFTER_INVERTED_SPEAKER = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'today', 'yesterday', 'tonight', 'last', 'this', 'late', 'earlier', 'who', 'which', 'when', 'while', 'as', 'according', 'adding', 'citing', 'quoting', 'told', 'in', 'from', 'of']);
const OUTLET_NAMES = new Map(actorData.outlets.names.map((n) => [n.toLowerCase().replace(/^the /, ''), n]));
const OUTLET_SUFFIX = new Set(actorData.outlets.suffixes);
const OUTLET_GENERIC = new Set(actorData.outlets.generic);
const NOT_VERBAL_BEFORE = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'these', 'those', "'s", 'of', 'in', 'on', 'by', 'for', 'to', 'into', 'with', 'from', 'against', 'over', 'about', 'at', 'after', 'amid', 'new', 'official', 'intelligence', 'media', 'news', 'press']);
/** Speakers named by what they are, not by name or office ("people familiar with the matter said"). */
const SPEAKER_WORDS = /sources?|officials?|analysts?|experts?|diplomats?|reporters?|residents?|witnesses?|police|spokes\w+|people|insiders?|aides?|observers?|monitors?|activists?|investigators?|prosecutors?|lawmakers?|legislators?|commanders?|authorities/;
/** Words among NOT_VERBAL_BEFORE that may head a speaker phrase ("a Ukrainian official said"). */
const SPEAKER_NOUNS = new Set(['official', 'intelligence', 'media', 'news', 'press']);
const QUOTE = /^[“”"«»‘’']$/;
const HARD = /^[.;:!?]$/;
// Asked token by token, as word flags (tokens.ts wordFlag).
const SPEECH_VERB = wordFlag((_w, lemma) => SPEECH.has(lemma));
const NOT_VERBAL_PREV = lowerFlag(NOT_VERBAL_BEFORE);
export const QUOTE_MARK = wordFlag((w) => QUOTE.test(w));
/** Ends a speaker phrase, looking left: a comma, a quote mark, a sentence stop. */
const SPEAKER_STOP = wordFlag((w) => w === ',' || QUOTE.test(w) || HARD.test(w));

export interface ChainEl {
  text: string;
  name: string;
  named: boolean;
  mention: number | null;
  outlet: boolean;
  person: boolean;
  /** A single person named by office only (a title and its remit, no name): the document resolves it. */
  role: boolean;
}

export interface Frame {
  /** Token range of the reported content (inclusive); events inside are attributed. */
  from: number;
  to: number;
  /** Token range of the frame itself (speaker, verb, time): no events are read there. */
  frameFrom: number;
  frameTo: number;
  /** Chain elements, outermost first: names where the text names someone, else the phrase. */
  chain: ChainEl[];
  how: string;
  /** The speaker is a pronoun or a generic outlet noun the document resolves ("he said", "the agency reported"). */
  pronoun: string | null;
}

const outletMemo = new Map<string, boolean>();
export function isOutletName(name: string): boolean {
  let hit = outletMemo.get(name);
  if (hit === undefined) {
    const key = name.toLowerCase().replace(/^the /, '');
    const last = lastWord(name);
    hit = OUTLET_NAMES.has(key) || (/^[A-Z]/.test(name) && OUTLET_SUFFIX.has(last));
    if (outletMemo.size > 50_000) outletMemo.clear();
    outletMemo.set(name, hit);
  }
  return hit;
}

export function canonicalOutlet(name: string): string {
  return OUTLET_NAMES.get(name.toLowerCase().replace(/^the /, '')) ?? name;
}

/** A reporting verb's lemma ("say", "claim", "announce"): cues.json speech.verbs. */
export const isReportingVerb = (lemma: string): boolean => SPEECH.has(lemma);

function isVerbal(toks: Tok[], v: number): boolean {
  const t = toks[v];
  if (!(t.flags & SPEECH_VERB)) return false;
  const prev = tokBefore(toks, v);
  // After a preposition or determiner a participle is an adjective ("into alleged war crimes"), and
  // "official reports", "media claims" are nouns; "an official said", "the media reported" are not:
  // after a word that may be the speaker itself, a past form is the verb.
  if (prev && prev.flags & NOT_VERBAL_PREV) return SPEAKER_NOUNS.has(prev.lower) && t.lower !== t.lemma && !t.lower.endsWith('s') && !t.lower.endsWith('ing');
  // "withdrew from two points in Ladakh", "30 reports": an -s form after a number is a plural noun ("the two said" is verbal).
  // So after a number and a modifier ("two patrol points").
  const plural = t.lower.endsWith('s') && t.lower !== t.lemma;
  if (plural && (isNumberTok(prev) || (prev && /^[a-z]+$/.test(prev.text) && !prev.lower.endsWith('s') && isNumberTok(tokBefore(toks, v - 1))))) return false;
  // "is investigating alleged war crimes", "condemned the reported killings": a participle right
  // before its noun, after a verb's -ing form, is an adjective.
  const nextTok = toks[v + 1];
  if (prev?.lower.endsWith('ing') && t.lower.endsWith('ed') && nextTok && !nextTok.punct && !nextTok.cap && /^[a-z]+$/.test(nextTok.text) && !NO_NOUN_AFTER.has(nextTok.lower)) return false;
  // "in Nigeria's Plateau state", "Rakhine state": a bare "state" after a name is a region.
  if (t.lower === 'state' && prev?.cap) return false;
  // "the report adds" is verbal; "reports" after a determiner is a noun (checked above).
  return true;
}

/** Words after a participle that show it is no adjective of a noun ("alleged that", "reported to"). */
const NO_NOUN_AFTER = new Set(['that', 'to', 'by', 'on', 'in', 'at', 'as', 'it', 'he', 'she', 'they', 'the', 'a', 'an']);
const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozen', 'dozens', 'hundreds', 'thousands', 'several', 'many', 'few', 'both', 'all']);
const isNumberTok = (x: Tok | undefined): boolean => !!x && (NUMBER_WORDS.has(x.lower) || /^\d/.test(x.text));
const ROLE_PREPS = new Set(['of', 'for', 'at', 'in', 'from', 'on', 'to', 'with']);
const PLACE_ETYPES = new Set(['GPE', 'NORP', 'LOC']);

/** Element of a chain from a token span: the named actor inside it, else the phrase. */
function element(toks: Tok[], actors: Actor[], a: number, b: number): ChainEl | null {
  while (a <= b && (toks[a].punct || ['the', 'a', 'an', 'and', 'also', 'that'].includes(toks[a].lower))) a++;
  while (b >= a && (toks[b].punct || toks[b].lower === "'s")) b--;
  if (a > b) return null;
  const text = toks.slice(a, b + 1).map((t, k, arr) => (k > 0 && t.start > arr[k - 1].end ? ' ' : '') + t.text).join('');
  const inside = actors.filter((x) => x.from >= a && x.to <= b);
  // The phrase's head: the last word before its first preposition ("envoy" in "the senior Chilean
  // envoy for the Andes region", "officials" in "American and Western officials").
  let h = a;
  while (h < b && !ROLE_PREPS.has(toks[h + 1].lower) && !toks[h + 1].punct) h++;
  const head = toks[h];
  const person = inside.some((x) => x.etype === 'PERSON' && x.from <= h);
  const headOnlyPlaces = !person && !head.cap && inside.every((x) => x.from > h || (x.to <= h && (PLACE_ETYPES.has(x.etype ?? '') || x.kind === 'place' || x.kind === 'group' || x.countryOnly)));
  if (headOnlyPlaces && (isGroupWord(head.lower) || isTitleWord(head.lower)) && !isOutletName(text) && !OUTLET_GENERIC.has(head.lower)) {
    // Named by office or as a group, not by name: "officials" speak as the phrase; a single
    // office-holder ("the commander") is left for the document to resolve.
    const plural = head.lower.endsWith('s') && head.lower !== head.noun;
    return { text, name: text, named: false, mention: null, outlet: false, person: false, role: !plural };
  }
  // The head actor of the phrase: the first named actor not itself inside an "of"/"for" modifier.
  // A possessor before the head only modifies it: "Spain's ABC newspaper" is ABC, and "Ukraine's
  // military intelligence agency" is the agency, not Ukraine.
  const heads = inside.filter((x) => isNamed(x) && !(x.possessive && x.to < h));
  const named = heads.find((x) => x.prep === null || x.prep === 'by' || x.prep === 'at' || x.prep === 'from') ?? heads[0];
  const outlet = isOutletName(text) || (!!named && isOutletName(named.name));
  if (named) {
    const name = outlet && isOutletName(named.name) ? canonicalOutlet(named.name) : outlet ? canonicalOutlet(text) : named.name;
    return { text, name, named: true, mention: named.mention, outlet, person: named.etype === 'PERSON' || (named.kind === 'proper' && hasSpace(named.name) && !outlet), role: false };
  }
  return { text, name: text, named: false, mention: null, outlet: outlet || OUTLET_GENERIC.has(toks[b].lower), person: false, role: false };
}

/** Extends a speaker phrase to the right: up to a comma/quote/end, keeping "X cited by Y". */
function speakerEnd(toks: Tok[], a: number, limit: number): number {
  let j = a;
  while (j + 1 <= limit && !toks[j + 1].punct && !(toks[j + 1].flags & QUOTE_MARK)) {
    const w = toks[j + 1].lower;
    if (j > a && (w === 'that' || w === 'said' || w === 'says' || w === 'told' || w === 'reported' || w === 'on' && isTimeWord(toks[j + 2]))) break;
    j++;
  }
  return j;
}
const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight']);
const isTimeWord = (t: Tok | undefined) => !!t && TIME_WORDS.has(t.lower);

/** Splits "X cited by Y" / "X quoted by Y" into elements, outermost (Y) first. */
function speakerChain(toks: Tok[], actors: Actor[], a: number, b: number): Frame['chain'] {
  for (let k = a; k < b; k++) {
    const w = toks[k].lower;
    if ((w === 'cited' || w === 'quoted') && toks[k + 1]?.lower === 'by') {
      const inner = element(toks, actors, a, k - 1);
      const outer = element(toks, actors, k + 2, b);
      return [outer, inner].filter((x): x is NonNullable<typeof x> => !!x);
    }
  }
  const e = element(toks, actors, a, b);
  return e ? [e] : [];
}

/**
 * An interview answer: "Tarriela: Chinese coast guard personnel came alongside our navy boats …".
 * A paragraph opening with a speaker's name and a colon reports what follows in that speaker's
 * voice. Null when the sentence opens with no such prefix; `speaker` null when the prefix is the
 * interviewer (an outlet, or initials: "CR: What comes next?").
 */
export function interviewPrefix(toks: Tok[], actors: Actor[]): { frame: Frame | null; speaker: ChainEl | null; actor: Actor | null } | null {
  let colon = 0;
  while (colon < toks.length && colon <= 4 && toks[colon].lower !== ':') colon++;
  if (colon === 0 || colon > 4 || toks[colon]?.lower !== ':' || colon + 1 >= toks.length) return null;
  for (let k = 0; k < colon; k++) if (!toks[k].cap) return null;
  const el = element(toks, actors, 0, colon - 1);
  if (!el || el.outlet || isOutletName(el.name) || /^[A-Z]{1,3}$/.test(toks[0].text) && colon === 1) return { frame: null, speaker: null, actor: null };
  const actor = actors.find((a) => a.to < colon && a.kind !== 'pronoun') ?? null;
  if (!actor) return null;
  return { frame: { from: colon + 1, to: toks.length - 1, frameFrom: 0, frameTo: colon, chain: [el], how: 'interview', pronoun: null }, speaker: el, actor };
}

export function findFrames(toks: Tok[], actors: Actor[]): Frame[] {
  const frames: Frame[] = [];
  const n = toks.length;
  for (let v = 0; v < n; v++) {
    const t = toks[v];
    // according to X
    if (t.lower === 'according' && toks[v + 1]?.lower === 'to') {
      let b = speakerEnd(toks, v + 2, n - 1);
      const chain = speakerChain(toks, actors, v + 2, b);
      // "According to <outlet>, which cited <its sources>, …": the outlet stays the voice.
      if (toks[b + 1]?.lower === ',' && ['which', 'who'].includes(toks[b + 2]?.lower ?? '') && ['cited', 'quoted'].includes(toks[b + 3]?.lower ?? '')) {
        const c = speakerEnd(toks, b + 4, n - 1);
        const inner = element(toks, actors, b + 4, c);
        if (inner) chain.push(inner);
        b = c;
      }
      const atStart = v === 0 || toks.slice(0, v).every((x) => x.punct);
      const frame: Frame = atStart
        ? { from: b + 1, to: n - 1, frameFrom: v, frameTo: b, chain, how: 'according to', pronoun: null }
        : { from: 0, to: v - 1, frameFrom: v, frameTo: n - 1, chain, how: 'according to', pronoun: null };
      frames.push(markPronoun(frame, toks, v + 2, b));
      v = b;
      continue;
    }
    if (isVerbal(toks, v)) speechFrame(toks, actors, v, n, frames);
  }
  return frames;
}

/**
 * The frame, if any, that the reporting verb at v opens (findFrames, for each such verb: its many
 * closures kept out of the per-token loop, where each would cost a fresh context per token).
 */
function speechFrame(toks: Tok[], actors: Actor[], v: number, n: number, frames: Frame[]): void {
  const t = toks[v];
  const prev = tokBefore(toks, v);
  // "state-run", "self-declared": a word fused by a hyphen is part of a compound, no reporting verb.
  if ((toks[v + 1]?.lower === '-' && toks[v + 1].start === t.end) || (prev?.lower === '-' && prev.end === t.start)) return;
  // "declared a state of emergency", "announced an embargo": an indefinite object is the act itself, not a report.
  // ("denied a report that …" still frames: the object is itself a report.)
  if (['a', 'an'].includes(toks[v + 1]?.lower ?? '') && !['say', 'tell', 'add', 'write'].includes(t.lemma)
    && !toks.slice(v + 2, v + 5).some((x) => /^(?:report|claim|statement|allegation|accusation|story|suggestion|assertion)s?$/.test(x.lower))) return;
  // "Africa Corps, which reports to the Defence Ministry": answering to someone, not reporting.
  if (t.lemma === 'report' && toks[v + 1]?.lower === 'to' && !['was', 'were', 'is', 'are', 'been', 'be'].includes(prev?.lower ?? '')) return;
  // "rejected reports that …", "disputed claims that …": a plural -s form right after a past verb is a noun.
  // (So after one modifier: "rejected Chilean claims that …", "dismissed repeated reports that …".)
  if (objectOfPastVerb(toks, v) && t.lower.endsWith('s') && t.lower !== t.lemma) return;
  // "quoted as saying": the frame is the verb "quoted"'s.
  if (t.lower === 'saying' && prev?.lower === 'as') return;
  // "United States" holds no verb "state".
  if (actors.some((x) => x.kind !== 'pronoun' && x.kind !== 'group' && v >= x.from && v <= x.to)) return;
  // "a disputed island claimed by Guyana": a participle with its "by" right after a noun modifies
  // the noun (a reduced relative); it frames nothing.
  if (prev && !prev.punct && !PASSIVE_AUX.has(prev.lower) && t.lower.endsWith('ed') && t.lower !== t.lemma && toks[v + 1]?.lower === 'by') return;
  // Passive ("The release … was confirmed on Thursday by the opposition's office"): the subject is
  // what is reported, not its speaker; the speaker is the "by" phrase, when there is one.
  // ("were reported to be guarding him" is a hedge on what follows, read below as before.)
  if (prev && PASSIVE_AUX.has(prev.lower) && t.lower !== t.lemma && !t.lower.endsWith('ing') && t.lemma !== 'quote' && toks[v + 1]?.lower !== 'to' && toks[v + 1]?.lower !== 'as') {
    let by = v + 1;
    while (by < n && by - v <= 6 && toks[by].lower !== 'by' && !toks[by].punct) by++;
    if (toks[by]?.lower === 'by' && v >= 2) {
      const b = speakerEnd(toks, by + 1, n - 1);
      const chain = speakerChain(toks, actors, by + 1, b);
      if (chain.length) frames.push({ from: 0, to: v - 2, frameFrom: v - 1, frameTo: b, chain, how: t.lemma === 'report' ? 'reported' : 'said', pronoun: null });
    }
    return;
  }
  // "Chinese crews are said to have boarded …", "troops were reported to be guarding him": the
  // subject is the doer of what follows, told by nobody named; a hedge, no speaker.
  if (prev && PASSIVE_AUX.has(prev.lower) && t.lower !== t.lemma && toks[v + 1]?.lower === 'to') return;
  // Inverted: ", said the admiral Craig Faller" / "» said X".
  if (prev && INVERTED.has(t.lemma) && (prev.lower === ',' || prev.flags & QUOTE_MARK) && toks[v + 1] && !toks[v + 1].punct && t.lower !== 'told' && !['that', 'it', 'they', 'he', 'she'].includes(toks[v + 1].lower)) {
    const b = speakerEnd(toks, v + 1, n - 1);
    const chain = speakerChain(toks, actors, v + 1, b);
    // The speaker phrase ends the clause ("…, said the admiral." / "…, said Peskov on Monday"); in
    // "…, said Russian soldiers had taken over …" it is the subject of reported content instead.
    const after = toks[b + 1]?.lower;
    // After the speaker's name only its description may follow ("said Peskov, the Kremlin spokesman"),
    // not a verb ("said Peru sent …").
    const named = actors.find((x) => x.from >= v + 1 && x.to <= b && x.kind !== 'pronoun');
    const nextAfterName = named && named.to < b ? toks[named.to + 1] : undefined;
    // ("said a senior official quoted by Axios": the outer voice, no verb of reported content.)
    const citedBy = !!nextAfterName && (nextAfterName.lower === 'cited' || nextAfterName.lower === 'quoted') && toks[named!.to + 2]?.lower === 'by';
    const verbAfterName = !!nextAfterName && !nextAfterName.punct && !nextAfterName.cap && !NAME_CONTINUATION.has(nextAfterName.lower) && !AFTER_INVERTED_SPEAKER.has(nextAfterName.lower) && !citedBy;
    const hasVerb = verbAfterName || toks.slice(v + 1, b).some((x, k) => AUXILIARIES.has(x.lower) && !toks[v + 2 + k]?.punct);
    const endsClause = !hasVerb && (after === undefined || toks[b + 1].punct || AFTER_INVERTED_SPEAKER.has(after));
    if (chain.length && endsClause) {
      frames.push({ from: 0, to: v - 1, frameFrom: v, frameTo: n - 1, chain, how: 'said', pronoun: null });
      return;
    }
  }
  // The speaker before the verb, back to a comma, quote or the sentence start.
  let a = v - 1;
  while (a >= 0 && !(toks[a].flags & SPEAKER_STOP)) a--;
  a++;
  // "the ship, which he said the Philippines had promised to remove": the speaker follows the relative word.
  if (a < v - 1 && (toks[a].lower === 'which' || toks[a].lower === 'that' || toks[a].lower === 'who' || toks[a].lower === 'what')) a++;
  // Auxiliaries and adverbs between speaker and verb: "has said", "also said", "will tell".
  let sb = v - 1;
  while (sb >= a && (['has', 'have', 'had', 'also', 'is', 'are', 'was', 'were', 'will', 'would', 'previously', 'later', 'again', 'further', 'then', 'once'].includes(toks[sb].lower) || /^[a-z]{4,}ly$/.test(toks[sb].text))) sb--;
  // "The Treasury sanctioned the bank and said it had financed …": the speaker is the first
  // clause's subject; that clause is the outlet's own statement, only what follows the verb is reported.
  if (sb > a + 1 && (toks[sb].lower === 'and' || toks[sb].lower === 'but') && t.lemma !== 'tell') {
    const subj = actors.find((x) => x.from >= a && x.to < sb - 1 && x.prep === null && !x.possessive && x.kind !== 'group');
    if (subj && subj.from === a + (['the', 'a', 'an'].includes(toks[a].lower) ? 1 : 0)) {
      const from = contentStart(toks, v + 1, n);
      if (from < n) frames.push(markPronoun({ from, to: n - 1, frameFrom: sb, frameTo: v, chain: speakerChain(toks, actors, subj.from, subj.to), how: t.lemma === 'report' ? 'reported' : 'said', pronoun: null }, toks, subj.from, subj.to));
      return;
    }
  }
  // "Hamidou Tounkara, who was minister until 2020, said …" / "Ana Ruiz, a former envoy, said …": the
  // speaker stands before a parenthetical set off by commas.
  let viaParenthetical = false;
  let citingVoice: ChainEl | null = null;
  if (sb < a && a >= 2 && toks[a - 1].lower === ',' && !t.lower.endsWith('ing')) {
    let open = a - 2;
    while (open >= 0 && toks[open].lower !== ',' && !(toks[open].flags & QUOTE_MARK)) open--;
    const first = toks[open + 1]?.lower;
    const short = a - 2 - open <= 14;
    // "…, who …,", "…, a former envoy,", "…, al-Qaeda's branch in the Sahel,".
    const possessive = toks.slice(open + 1, open + 5).some((x) => /['’]s$/.test(x.lower));
    const citedBy = (first === 'cited' || first === 'quoted') && toks[open + 2]?.lower === 'by';
    if (open > 0 && short && toks[open].lower === ',' && (first === 'who' || first === 'which' || first === 'a' || first === 'an' || first === 'whose' || first === 'the' || possessive || citedBy)) {
      let start = open - 1;
      while (start >= 0 && !(toks[start].flags & SPEAKER_STOP)) {
        // "The Group for … (JNIM), …": a bracketed acronym belongs to the name before it.
        if (toks[start].lower === ')') while (start > 0 && toks[start].lower !== '(') start--;
        start--;
      }
      if (open - 1 - (start + 1) <= 14 && actors.some((x) => x.from >= start + 1 && x.to <= open - 1 && x.kind !== 'pronoun')) {
        // "X, cited by Y, said …": Y is the outer voice.
        if (citedBy) citingVoice = element(toks, actors, open + 3, a - 2);
        a = start + 1;
        sb = open - 1;
        viaParenthetical = true;
      }
    }
  }
  // Long office-holder phrases (a title followed by a long remit of "of"/"for"/"in" phrases, then "says") still frame.
  if (sb < a || (!viaParenthetical && sb - a > (t.lemma === 'say' && ['the', 'a', 'an'].includes(toks[a].lower) ? 13 : 9))) return;
  const speakerActors = actors.filter((x) => x.from >= a && x.to <= sb);
  const pronounSpeaker = sb === a && ['he', 'she', 'they', 'it', 'we'].includes(toks[a].lower);
  const genericOutlet = OUTLET_GENERIC.has(toks[sb].lower) && sb - a <= 3;
  if (!speakerActors.length && !pronounSpeaker && !genericOutlet && !isTitleWord(toks[sb].lower) && !SPEAKER_WORDS.test(toks.slice(a, sb + 1).map((x) => x.lower).join(' '))) return;
  // "X told Y …": the addressee (an outlet, "reporters", a person) comes before anything else.
  let addresseeEnd = t.lemma === 'tell' ? tellAddresseeEnd(toks, v, n) : v;
  // "X was quoted as saying (by Y)": the verb phrase ends after "saying", or after Y, the outer voice.
  let quotingVoice: ChainEl | null = null;
  if (t.lemma === 'quote' && toks[v + 1]?.lower === 'as' && toks[v + 2]?.lower === 'saying') {
    addresseeEnd = v + 2;
    if (toks[v + 3]?.lower === 'by') {
      addresseeEnd = speakerEnd(toks, v + 4, n - 1);
      quotingVoice = element(toks, actors, v + 4, addresseeEnd);
    }
  }
  // Tail position ("…, X said on Monday.", "…, X told reporters."): the verb (and its addressee)
  // closes the sentence; "In October, X warned that …" has content after the verb and is a head frame.
  const afterVerb = addresseeEnd + 1;
  const nextW = toks[afterVerb]?.lower;
  const closes = nextW === undefined || toks[afterVerb].punct && !QUOTE.test(nextW) || TAIL_FOLLOWERS.has(nextW) || QUOTE.test(nextW);
  // "In Bamako, X said on state radio that …": a complement after the verb makes it a head frame;
  // one after a comma and a participle ("X said, adding that …") belongs to the participle.
  let complement = false;
  for (let k = afterVerb; k < Math.min(n, afterVerb + 9); k++) {
    if (toks[k].lower === ',' && PARTICIPLE_FRAMES.has(toks[k + 1]?.lower ?? '')) break;
    if (toks[k].lower === 'that' || (toks[k].flags & QUOTE_MARK) !== 0) { complement = true; break; }
  }
  const tail = a > 0 && toks.slice(0, a).some((x) => !x.punct) && closes && !complement;
  if (TAIL_ONLY.has(t.lemma) && !tail) return;
  let chain = speakerChain(toks, actors, a, sb);
  const outerVoice = quotingVoice ?? citingVoice;
  if (outerVoice) chain = [outerVoice, ...chain];
  let how = t.lemma === 'report' ? 'reported' : t.lemma === 'tell' ? 'told' : 'said';
  let contentFrom = v + 1;
  // "X told Y (in an interview) that …": Y is the outer voice when it is an outlet.
  if (t.lemma === 'tell') {
    const ya = v + 1;
    const yb = addresseeEnd;
    const outer = element(toks, actors, ya, yb);
    if (outer && (outer.outlet || outer.named)) { chain = [outer, ...chain]; how = 'told'; }
    if (toks.slice(yb + 1, yb + 5).some((x) => x.lower === 'interview')) how = 'interview';
    contentFrom = yb + 1;
  }
  // "…, Reuters reported, citing sources familiar with …"
  let frameTo = v;
  if (tail) {
    let k = v + 1;
    while (k < n && !(toks[k].lower === 'citing' || toks[k].lower === 'quoting')) k++;
    if (k < n) {
      const c = speakerEnd(toks, k + 1, n - 1);
      const inner = element(toks, actors, k + 1, c);
      if (inner) chain.push(inner);
    }
    frameTo = n - 1;
    // A trailing participle clause keeps its own content: "…, Faller said, adding that …".
    // Any other participle after a comma is the speaker's own act, not reported ("…, the White House
    // said, accusing Tehran of …"): the frame ends before it.
    let ownAct = false;
    for (let q = v + 1; q < n; q++) {
      if (toks[q].lower === 'adding' || toks[q].lower === 'noting') { frameTo = q; break; }
      if (toks[q - 1].lower === ',' && isOwnParticiple(toks[q])) { frameTo = q - 1; ownAct = true; break; }
      // "…, X said after talks with her counterpart": what the speaker did around the saying is their own act.
      // (Not a time reference: "…, the ministry said, five weeks after the arrest of X".)
      if (OWN_ACT_OPENERS.has(toks[q].lower) && q > v && !TIME_UNITS.has(toks[q - 1].lower)) { frameTo = q - 1; ownAct = true; break; }
    }
    frames.push(markPronoun({ from: 0, to: a - 1, frameFrom: a, frameTo, chain, how, pronoun: null }, toks, a, sb));
    if (frameTo < n - 1 && !ownAct) frames.push(markPronoun({ from: frameTo + 1, to: n - 1, frameFrom: a, frameTo, chain, how, pronoun: null }, toks, a, sb));
  } else {
    contentFrom = contentStart(toks, contentFrom, n);
    // A head frame reports something: "India pulled back from two patrol points." has no speaker in it.
    if (!toks.slice(contentFrom).some((x) => !x.punct)) return;
    frames.push(markPronoun({ from: contentFrom, to: n - 1, frameFrom: a, frameTo: v, chain, how, pronoun: null }, toks, a, sb));
  }
}

/** A participle opening a clause of the speaker's own ("accusing", "urging"), not a chain word or a preposition ("including"). */
function isOwnParticiple(t: Tok): boolean {
  return !t.cap && t.lower.length > 5 && t.lower.endsWith('ing') && !PARTICIPLE_FRAMES.has(t.lower) && !NOT_PARTICIPLES.has(t.lower);
}
const NOT_PARTICIPLES = new Set(['including', 'following', 'during', 'regarding', 'concerning', 'excluding', 'according', 'notwithstanding', 'pending', 'nothing', 'something', 'anything', 'everything']);

const OWN_ACT_OPENERS = new Set(['after', 'before', 'during', 'following', 'ahead']);
const TIME_UNITS = new Set(['minutes', 'hours', 'days', 'weeks', 'months', 'years', 'day', 'week', 'month', 'year', 'shortly', 'soon', 'just', 'long']);
const PASSIVE_AUX = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being']);

/** Words that may follow a tail frame's verb, or its addressee ("…, X said on Monday", "…, X told Reuters in an interview"). */
const TAIL_FOLLOWERS = new Set([...TIME_WORDS, 'on', 'in', 'at', 'during', 'after', 'before', 'late', 'last', 'earlier', 'this', 'citing', 'quoting', 'adding', 'noting', 'according', 'speaking']);
/** Participles that open a clause of their own after a tail frame ("…, X said, adding that …"). */
const PARTICIPLE_FRAMES = new Set(['adding', 'noting', 'citing', 'quoting', 'according', 'saying', 'speaking']);
/** Words that end the addressee of "told" ("told Reuters on Monday", "told reporters during a visit", "told them that"). */
const ADDRESSEE_STOP = new Set([...TIME_WORDS, 'that', 'the', 'in', 'on', 'about', 'at', 'during', 'after', 'before', 'while', 'when', 'as', 'by', 'to', 'last', 'this', 'earlier', 'late', 'speaking', 'adding', 'citing']);

/** The last token of the addressee after "told" at v (v itself when there is none). */
function tellAddresseeEnd(toks: Tok[], v: number, n: number): number {
  let yb = v;
  while (yb + 1 < n && !toks[yb + 1].punct && !(toks[yb + 1].flags & QUOTE_MARK) && (yb === v || !ADDRESSEE_STOP.has(toks[yb + 1].lower))) yb++;
  return yb;
}

/** Where a head frame's reported content begins at or after k: past "that" and commas. */
function contentStart(toks: Tok[], k: number, n: number): number {
  while (k < n && (toks[k].lower === 'that' || toks[k].lower === ',')) k++;
  return k;
}

function markPronoun(f: Frame, toks: Tok[], a: number, b: number): Frame {
  if (a === b && ['he', 'she', 'they', 'it', 'we'].includes(toks[a].lower)) f.pronoun = toks[a].lower;
  // "the report", "the agency's report": an outlet named earlier in the document ("'s" is no word of its own).
  else if (b - a - (b > a && toks[b - 1].lower === "'s" ? 1 : 0) <= 2 && OUTLET_GENERIC.has(toks[b].lower) && f.chain.length === 1 && !f.chain[0].named) f.pronoun = toks[b].lower;
  return f;
}

function prevIsPastVerb(toks: Tok[], v: number): boolean {
  const p = tokBefore(toks, v);
  return !!p && !p.cap && !p.punct && /[a-z]ed$/.test(p.lower) && p.lower !== p.lemma;
}

/** A past verb right before v, or before one modifier of v ("rejected Chilean claims"). */
function objectOfPastVerb(toks: Tok[], v: number): boolean {
  if (prevIsPastVerb(toks, v)) return true;
  return v >= 2 && !toks[v - 1].punct && !(toks[v - 1].flags & SPEECH_VERB) && prevIsPastVerb(toks, v - 1);
}
