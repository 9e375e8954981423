// Codes one sentence: triggers (hand rules, then the derived CAMEO lexicon), actors by
// syntax-lite rules, frames ("threatened to", "demanded that"), intent ("will", "offered to"),
// negation and hedging in the trigger's clause.
import { createRequire } from 'node:module';
import type { PloverType } from '../types.ts';
import type { Actor } from './actors.ts';
import { HEAD_NOUN, PREP, asCountry, branchCountry, hasSpace, isDemonymTok, isWeaponNoun, lastWord } from './actors.ts';
import { isReportingVerb, QUOTE_MARK, type Frame } from './attribution.ts';
import { getLexicon, matchAt, neededForms, wordLexicon, type HoldsCondition, type Pattern, type PatternMatch, type PresentWords } from './lexicon.ts';
import { isJoiningHyphen, lowerFlag, scratchBytes, startsWithNumber, tokBefore, wordFlag, type Tok } from './tokens.ts';

const require = createRequire(import.meta.url);
const cues = require('./data/cues.json') as {
  negation: { words: string[]; verbs: string[] };
  hedge: { words: string[] };
  modal: { words: string[]; verbs: string[] };
  hostile: string[];
  frames: { verbs: Record<string, PloverType> };
  must: { words: string[] };
  boundaries: { subordinators: string[]; relative: string[] };
};

/** Verbs that end an activity named by the gerund after them. */
const CEASE = new Set(['stop', 'cease', 'halt', 'suspend', 'quit', 'end', 'discontinue']);
const NO_COMMENT = new Set(['say', 'comment', 'elaborate', 'confirm', 'answer', 'specify', 'discuss', 'disclose', 'name', 'identify', 'give', 'provide', 'reveal', 'respond']);
const CLAUSE_OPENERS = new Set(['that', 'it', 'he', 'she', 'they', 'we', 'its', 'his', 'their', 'the']);
const NEG = new Set(cues.negation.words);
const NEG_VERBS = new Set(cues.negation.verbs);
const HEDGE = new Set(cues.hedge.words);
const MODAL = new Set(cues.modal.words);
const INTENT = new Set(cues.modal.verbs);
const HOSTILE = new Set(cues.hostile);
const FRAMES = cues.frames.verbs;
const MUST = new Set(cues.must.words);
const SUBORD = new Set(cues.boundaries.subordinators);
const RELATIVE = new Set(cues.boundaries.relative);
const DETS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'these', 'those', "'s", 'no', 'any', 'some', 'every', 'each', 'such', 'new', 'first', 'further', 'more', 'recent', 'possible', 'alleged', 'several', 'two', 'other']);
const BE = new Set(['be', 'was', 'were', 'is', 'are', 'been', 'being', 'get', 'got', 'gets', 'am']);
const LIGHT = new Set(['impose', 'hand', 'file', 'register', 'voice', 'express', 'submit', 'deliver', 'hold', 'stage', 'begin', 'launch', 'mount', 'conduct', 'carry', 'announce', 'order', 'declare', 'start', 'make', 'take', 'issue', 'lodge', 'culminate', 'lead', 'result', 'end', 'complete', 'continue', 'resume', 'offer', 'provide', 'use', 'have', 'help', 'organize', 'organise', 'call', 'speed', 'accelerate', 'renew', 'repeat']);
/** Punctuation tokens that bound a clause (Set lookups: these run per token). */
const PUNCT_BOUNDARY = new Set([',', ';', ':', '—', '–', '(', ')', '“', '”', '"', '«', '»']);
const HARD_BOUNDARY = new Set([';', ':']);

// The lists above asked about token by token, as word flags (tokens.ts wordFlag).
const DET = lowerFlag(DETS);
const BE_WORD = lowerFlag(BE);
const HARD = lowerFlag(HARD_BOUNDARY);
const SUBORDINATOR = lowerFlag(SUBORD);
const RELATIVE_WORD = lowerFlag(RELATIVE);
/** Opens the trigger's clause, looking left (scopeStart). */
const SCOPE_BOUNDARY = wordFlag((w) => PUNCT_BOUNDARY.has(w) || SUBORD.has(w) || RELATIVE.has(w) || w === 'and');
/** Ends a clause, looking right (clauseEnd). */
const CLAUSE_STOP = wordFlag((w) => HARD_BOUNDARY.has(w) || w === '.' || w === '!' || w === '?');
/** On some list applyModality reads: a token on none of them is passed over. */
/** Participles of hearsay: "are said to have boarded", "were believed to be guarding him" (a hedge after a form of be). */
const HEARSAY = new Set(['said', 'reported', 'believed', 'thought', 'alleged', 'rumoured', 'rumored', 'understood', 'claimed', 'suspected']);
const MODALITY_CUE = wordFlag((w, lemma) => NEG.has(w) || NEG_VERBS.has(lemma) || HEDGE.has(w) || MODAL.has(w) || INTENT.has(lemma) || INTENT.has(w) || MUST.has(w) || HEARSAY.has(w));
/** Prepositions before which a gerund is still verbal ("by sending", "after attacking"). */
const GERUND_PREPS = ['by', 'of', 'for', 'after', 'before', 'in', 'without', 'on', 'from'];

export interface SentenceEvent {
  anchor: number;
  match: PatternMatch;
  pattern: Pattern;
  type: PloverType;
  mode: string | null;
  source: Actor[];
  target: Actor[];
  negated: boolean;
  hedged: boolean;
  /** Absorbed into a frame event (the content of "threatened to …"): not emitted. */
  absorbed: boolean;
  rule: string;
  /** Kept on a bare group doer alone (groupDoer): for one-sided coding only. */
  groupOnly: boolean;
  /** The pattern's `derived`: the rule is a CAMEO one ("cameo:…", suffixes appended later keep that prefix). */
  derived: boolean;
  /** A threatened response's own side when it is not the doer ("Kanaani warned that Iran would respond": Iran). */
  side?: Actor;
}

export interface SentenceContext {
  toks: Tok[];
  actors: Actor[];
  frames: Frame[];
  /** Resolves a pronoun actor to actors (same sentence first, then earlier sentences). */
  resolvePronoun: (p: Actor) => Actor[];
}

/** Prefixes a hyphen joins to a verb that stays a verb ("re-open", "co-operate"). */
const HYPHEN_PREFIXES = new Set(['re', 'co', 'pre', 'un', 'de', 'over', 'counter', 'out', 'mis', 'cross']);
/**
 * Words that also read as verbs, and the words before them that make them a compound noun: "coast
 * guards", "prison guards seized…", "the bombing of a police station", "three radio stations",
 * "allowing cargo trains to cross". Keyed by the word's form, or (second map) by its lemma.
 */
const GUARD_NOUN_MODIFIERS = new Set(['coast', 'prison', 'border', 'security', 'national', 'palace', 'presidential', 'republican', 'revolutionary', 'home', 'honor', 'honour', 'camp', 'armed', 'private']);
const COMPOUND_NOUN_BY_FORM = new Map<string, ReadonlySet<string>>([['guard', GUARD_NOUN_MODIFIERS], ['guards', GUARD_NOUN_MODIFIERS]]);
const COMPOUND_NOUN_BY_LEMMA = new Map<string, ReadonlySet<string>>([
  ['station', new Set(['police', 'radio', 'power', 'television', 'tv', 'train', 'railway', 'bus', 'metro', 'petrol', 'gas', 'fire', 'polling', 'research', 'space', 'weather', 'pumping', 'relay', 'naval', 'border', 'military', 'filling', 'service', 'nuclear', 'news', 'broadcasting', 'monitoring', 'ground', 'subway', 'duty', 'gendarmerie'])],
  ['train', new Set(['cargo', 'freight', 'passenger', 'goods', 'commuter', 'express', 'supply', 'night', 'bullet', 'steam', 'coal', 'grain', 'oil', 'fuel', 'armoured', 'armored', 'hospital', 'evacuation'])],
]);

function isVerbal(toks: Tok[], i: number): boolean {
  const prev = tokBefore(toks, i);
  if (!prev) return true;
  const t = toks[i];
  if ((COMPOUND_NOUN_BY_FORM.get(t.lower) ?? COMPOUND_NOUN_BY_LEMMA.get(t.lemma))?.has(prev.lower)) return false;
  if (prev.flags & DET) return false;
  // "Algeria's leading rights activist", "Moscow's planned offensive": after a possessive, an adjective.
  if (prev.lower === "'s" && (toks[i].lower.endsWith('ing') || toks[i].lower.endsWith('ed'))) return false;
  if (prev.flags & PREP && prev.lower !== 'to' && !(toks[i].lower.endsWith('ing') && GERUND_PREPS.includes(prev.lower))) return false;
  if (prev.lower === 'to' && toks[i].lower !== toks[i].lemma && !toks[i].lower.endsWith('ing')) return false;
  // "a 40-minute call", "a two-day visit": after a hyphenated compound, a noun ("Al-Shabaab recruited": a name is no compound modifier).
  if (i >= 2 && isJoiningHyphen(toks, i - 2) && !toks[i - 1].cap) return false;
  // "artillery shells were supplied", "Iranian drones have been …": a plural after a plain word,
  // followed by an auxiliary, is that auxiliary's subject.
  const after = toks[i + 1];
  if (toks[i].lower.endsWith('s') && toks[i].lower !== toks[i].lemma && after && (after.flags & BE_WORD || after.lower === 'have' || after.lower === 'had') && /^[a-z]+$/.test(prev.lower) && !(prev.flags & (DET | PREP))) return false;
  // "asked for the rifles back", "wants them back": "back" closing its clause is an adverb.
  if (toks[i].lower === 'back' && (!toks[i + 1] || toks[i + 1].punct)) return false;
  // "Ukraine's power stations and water facilities": an -s form after a plain word that follows a
  // possessive or a determiner, with no object after it, is a plural noun.
  if (t.lower.endsWith('s') && t.lower !== t.lemma && /^[a-z]{3,}$/.test(prev.text) && prev.lower === prev.lemma) {
    const before = tokBefore(toks, i - 1);
    const next = toks[i + 1];
    const noObject = !next || next.punct || next.lower === 'and' || next.lower === 'or' || (next.flags & PREP) !== 0;
    if (noObject && before && (before.lower === "'s" || before.lower === 'and' || before.lower === ',' || (before.flags & (DET | PREP)) !== 0 || startsWithNumber(before.text))) return false;
  }
  return true;
}

/** A superlative or ranking adjective ("worst", "biggest", "main"). */
const SUPERLATIVE = /^(?:\w+est|most|main|real|true|only|sole|chief|principal)$/;

/** After "call" at i, an object then a quoted or "a …" description: "called the denial \"not credible\"", "called it a coup". */
function callsSomethingSomething(toks: Tok[], i: number): boolean {
  const next = toks[i + 1]?.lower;
  if (!next || next === 'for' || next === 'on' || next === 'upon' || next === 'off' || next === 'up' || toks[i + 1].flags & QUOTE_MARK) return false;
  for (let k = i + 2; k < Math.min(toks.length, i + 6); k++) {
    if (toks[k].flags & QUOTE_MARK || toks[k].lower === 'a' || toks[k].lower === 'an') return true;
    // "calling Azerbaijan's authorities the region's worst jailers", "called Kyiv the main obstacle".
    if (toks[k].lower === 'the' && (toks[k + 2]?.lower === "'s" || SUPERLATIVE.test(toks[k + 1]?.lower ?? ''))) return true;
    if (toks[k].punct || toks[k].flags & (HARD | PREP)) return false;
  }
  return false;
}

/**
 * The verb at i has an object before `word` ("to", "that"): an actor ("wants Santiago to …",
 * "warned Beijing that …"), or a short noun phrase opened by a determiner ("is pressing the
 * electoral board to …", "warned the rebel commanders that …"), never `word` right after the verb.
 */
function objectThen(ctx: SentenceContext, i: number, word: string): boolean {
  const { toks } = ctx;
  const next = toks[i + 1];
  if (!next) return false;
  const from = next.flags & DET ? i + 2 : i + 1;
  if (ctx.actors.some((a) => a.from === from && a.prep === null && toks[a.to + 1]?.lower === word)) return true;
  if (!(next.flags & DET)) return false;
  for (let k = i + 2; k < Math.min(toks.length, i + 7); k++) {
    if (toks[k].lower === word) return k > i + 2;
    if ((toks[k].punct && toks[k].lower !== "'s" && toks[k].lower !== "'") || toks[k].flags & (PREP | HARD)) return false;
  }
  return false;
}

/**
 * "did not rule out closing its border with Poland if …": a hostile act not ruled out is a threat
 * of it; talks not ruled out are an opening (AGREE). The act is the content, no event of its own.
 */
function notRuledOut(ctx: SentenceContext, events: SentenceEvent[]): void {
  for (const e of events) {
    if (e.absorbed || !e.rule.startsWith('reject.rule-out')) continue;
    const negated = ctx.toks.slice(Math.max(0, e.anchor - 3), e.anchor).some((t) => t.lower === 'not' || t.lower === "n't" || t.lower === 'never');
    if (!negated) continue;
    const content = events.find((o) => o !== e && o.anchor >= e.match.anchorEnd && o.anchor <= e.match.anchorEnd + 3);
    if (!content) continue;
    content.absorbed = true;
    e.type = HOSTILE.has(content.type) ? 'THREATEN' : 'AGREE';
    e.mode = content.mode ?? content.type.toLowerCase();
    e.target = content.target.length ? content.target : e.target;
    e.negated = false;
    e.rule += '+not-ruled-out';
  }
}

/** "insisted that Washington stop selling arms": the demand is made of the that-clause's subject, and its act is the demand's content. */
function insistedActs(ctx: SentenceContext, events: SentenceEvent[]): void {
  for (const e of events) {
    if (e.absorbed || e.rule !== 'request.insist-that-someone-do') continue;
    const subj = mandativeSubject(ctx, e.anchor);
    if (!subj) continue;
    e.target = [subj];
    const end = clauseEnd(ctx.toks, subj.to, false);
    const content = events.find((o) => o !== e && !o.absorbed && o.anchor > subj.to && o.anchor < end);
    if (content) {
      content.absorbed = true;
      e.mode = e.mode ?? content.type.toLowerCase();
    }
  }
}

/** After the verb at i, "that" + an actor + a verb in its bare form ("that Washington stop"): the actor is asked to act. */
function mandativeSubject(ctx: SentenceContext, i: number): Actor | undefined {
  const { toks } = ctx;
  if (toks[i + 1]?.lower !== 'that') return undefined;
  const from = toks[i + 2] && toks[i + 2].flags & DET ? i + 3 : i + 2;
  const subj = ctx.actors.find((a) => a.from === from && a.kind !== 'pronoun');
  const verb = subj ? toks[subj.to + 1] : undefined;
  if (!verb || verb.cap || verb.punct || verb.lower !== verb.lemma || verb.flags & BE_WORD || !getLexicon().verbs.has(verb.lemma)) return undefined;
  return subj;
}

/**
 * The sentence tests hand rules name in their `holds` field (rules.json), for rules whose words
 * match more than the rule means; codeSentence asks a match's test once.
 */
const HOLDS: Record<HoldsCondition, (ctx: SentenceContext, i: number, m: PatternMatch) => boolean> = {
  // "wants Santiago to return …" asks something of Santiago; "wants to join NATO" is the doer's own wish.
  // ("Iran was pressed by Paris to free her": the passive names the one asked as its subject.)
  'object-then-to-or-passive': (ctx, i) => objectThen(ctx, i, 'to') || isPassive(ctx.toks, i),
  // "Bolivian soldiers were moved towards …": forces moved by someone; "soldiers have moved" is their own going.
  passive: (ctx, i) => isPassive(ctx.toks, i),
  // "mobilized pressure groups / its supporters / voters": civilians rallied, no military move.
  'not-civilian-object': (ctx, _i, m) => !civilianObject(ctx.toks, m.anchorEnd),
  // "warned Beijing that …" is aimed at Beijing; "warned that the economy would shrink" forecasts.
  'object-then-that': (ctx, i) => objectThen(ctx, i, 'that'),
  // "insisted that Washington stop selling arms": a that-clause in the bare form asks something;
  // "insisted that it had done nothing wrong" only says something.
  'that-someone-do': (ctx, i) => mandativeSubject(ctx, i) !== undefined,
  // "fought Malian troops", "fighting with guerrillas", "vowed to fight until …", "rebels and soldiers
  // fought for hours": armed parties; "fight corruption", "fight the ruling in court", "fight for their
  // rights" name none, and "fight alongside Russian forces" is on their side.
  'actor-object-or-pair': (ctx, i, m) => {
    const pair = ctx.actors.some((a) => a.to < i && a.to >= i - 2 && ctx.toks[a.from - 1]?.lower === 'and' && a.kind !== 'pronoun');
    const next = ctx.toks[m.anchorEnd];
    if (pair || !next || next.punct) return true;
    if (next.lower === 'for' || next.lower === 'alongside') return false;
    if (next.flags & PREP || next.lower === 'until' || next.lower === 'back' || next.lower === 'on') return true;
    return ctx.actors.some((a) => a.prep === null && a.kind !== 'pronoun' && a.from >= m.anchorEnd && a.from <= m.anchorEnd + 3);
  },
};

/** Objects of "mobilize" that are no armed force ("pressure groups", "supporters", "voters", "funds"). */
const CIVILIAN_OBJECTS = new Set(['group', 'groups', 'supporters', 'supporter', 'voters', 'voter', 'followers', 'members', 'resources', 'funds', 'money', 'support', 'opinion', 'public', 'people', 'students', 'workers', 'activists', 'volunteers', 'donors', 'community', 'communities', 'base', 'electorate', 'opposition', 'protesters', 'crowds']);

/** The object after "mobilize" (past determiners, numbers and up to two modifiers) is a civilian one. */
function civilianObject(toks: Tok[], from: number): boolean {
  for (let k = from; k < Math.min(toks.length, from + 4); k++) {
    const t = toks[k];
    if (t.punct || t.flags & PREP) return false;
    if (CIVILIAN_OBJECTS.has(t.lower)) return true;
    if (FORCE_PEOPLE.has(t.lower)) return false;
  }
  return false;
}

/** "a diplomatic protest": "a" or "an", then one plain word (no adverb), before the base form at i. */
function articleAndWordBefore(toks: Tok[], i: number): boolean {
  const prev = tokBefore(toks, i);
  const article = tokBefore(toks, i - 1)?.lower;
  return (article === 'a' || article === 'an') && !!prev && toks[i].lower === toks[i].lemma && /^[a-z]+$/.test(prev.text) && !prev.lower.endsWith('ly');
}

function isNominal(toks: Tok[], i: number): boolean {
  const prev = tokBefore(toks, i);
  if (!prev) return true;
  if (prev.flags & (DET | PREP) || prev.cap || prev.punct) return true;
  if (startsWithNumber(prev.text)) return true;
  // "a 40-minute call", "a two-day visit": after a hyphenated compound, a noun (as isVerbal says).
  if (i >= 2 && isJoiningHyphen(toks, i - 2) && !toks[i - 1].cap) return true;
  const t = toks[i];
  return t.lower !== t.lemma && t.lower.endsWith('s') && t.noun !== t.lower; // plural
}

/** Index after which the trigger's clause starts (for scope: negation, hedging). */
function scopeStart(toks: Tok[], i: number, floor: number): number {
  for (let k = i - 1; k >= floor; k--) if (toks[k].flags & SCOPE_BOUNDARY) return k + 1;
  return floor;
}

function clauseEnd(toks: Tok[], i: number, stopComma: boolean): number {
  for (let k = i + 1; k < toks.length; k++) {
    if (toks[k].flags & CLAUSE_STOP) return k;
    if (stopComma && (toks[k].lower === ',' || toks[k].lower === '—')) return k;
  }
  return toks.length;
}

function frameFloor(ctx: SentenceContext, i: number): number {
  let floor = 0;
  for (const f of ctx.frames) if (i >= f.from && i <= f.to && f.from > floor && f.from <= i) floor = f.from;
  return floor;
}

function inFrameRegion(ctx: SentenceContext, i: number): boolean {
  for (const f of ctx.frames) if (i >= f.frameFrom && i <= f.frameTo && !(i >= f.from && i <= f.to)) return true;
  return false;
}

/** The subject of the verb at i: leftmost actor outside a PP in the innermost clause with one. */
export function findSubject(ctx: SentenceContext, i: number, depth = 0): Actor[] {
  const { toks, actors } = ctx;
  const intro = introClauseEnd(toks, i);
  const floor = Math.max(frameFloor(ctx, i), intro + 1);
  // "Accusing Minsk of …, Poland shut …": the fronted participle's doer is the main clause's subject.
  if (depth === 0 && intro < 0 && frontedParticiple(toks)) {
    const comma = introClauseEnd(toks, toks.length);
    const main = comma > i ? actors.find((a) => a.from === comma + 1 + (toks[comma + 1].flags & DET ? 1 : 0) && a.prep === null && a.kind !== 'pronoun') : undefined;
    if (main) return withCompound(ctx, main);
  }
  // "China said the United States was stirring up trouble and urged it to stop": a verb of speech
  // coordinated after the reported clause is the speaker's own, as "said" is.
  if (depth === 0 && i >= 2 && SPEECH_LIKE.has(toks[i].lemma) && (toks[i - 1].lower === 'and' || (toks[i - 2].lower === 'and' && /ly$/.test(toks[i - 1].lower)))) {
    const head = ctx.frames.find((f) => f.frameTo < f.from && i > f.from + 2 && i <= f.to);
    const sp = frameSpeaker(ctx, head);
    if (sp) return sp;
    // ("His office said that … Pyongyang had …, and warned …": a speaker that is no actor is still
    // the doer; the reported clause holds none.)
    if (head) return [];
  }
  // "…, the White House said, accusing Tehran of …": a participle right after a tail frame is its speaker's act.
  if (depth === 0 && i >= 2 && toks[i - 1].lower === ',' && toks[i].lower.endsWith('ing')) {
    const tail = ctx.frames.find((f) => f.frameTo === i - 1 && f.to < f.frameFrom);
    const sp = frameSpeaker(ctx, tail);
    if (sp) return sp;
  }
  let hi = i;
  // No closure in the loop (one would capture k: a fresh context per token).
  for (let k = i - 1; k >= floor - 1; k--) {
    const w = k >= floor ? toks[k].lower : '';
    const clauseAnd = w === 'and' && k + 1 < hi && opensClause(ctx, k, hi);
    const boundary = k < floor || toks[k].flags & (HARD | SUBORDINATOR | RELATIVE_WORD) || clauseAnd;
    if (!boundary) continue;
    const found = subjectAfter(ctx, i, k, floor, hi, depth);
    if (found) return ownerOfForces(ctx, found);
    if (k < floor) break;
    hi = k;
  }
  // Nothing in the clause: the frame's content may start with the subject of a head frame
  // ("Norway has said it would fund …" — handled by the pronoun); a gerund right after the
  // frame verb is the speaker's own act ("Russia denied sending troops").
  if (depth === 0 && toks[i].lower.endsWith('ing')) {
    const head = ctx.frames.find((f) => f.from <= i && i - f.from <= 1 && f.frameTo < i);
    const sp = frameSpeaker(ctx, head);
    if (sp) return sp;
  }
  return [];
}

/**
 * "Accusing Minsk of …, Poland shut …", "After talks with Kyiv, Warsaw agreed …": a sentence-initial
 * participle or subordinate clause ends at its comma, and the main verb's subject comes after it.
 * The comma's index when the verb at i is past it, else -1.
 */
function introClauseEnd(toks: Tok[], i: number): number {
  const first = toks[0];
  if (!first || !(BACKGROUND_OPENERS.has(first.lower) || frontedParticiple(toks))) return -1;
  for (let k = 1; k < i; k++) if (toks[k].lower === ',') return k;
  return -1;
}

/**
 * The sentence opens with a participle clause ("Accusing Minsk of …,", "Citing the risk …,",
 * "Responding to …,"), not a participle adjective ("Striking Kenyan doctors halted …"): an object
 * or a preposition follows it.
 */
function frontedParticiple(toks: Tok[]): boolean {
  const first = toks[0];
  const next = toks[1];
  if (!first || !next || !first.lower.endsWith('ing') || first.lower === first.lemma) return false;
  return (next.flags & (DET | PREP)) !== 0 || (next.cap && !isDemonymTok(next));
}

/**
 * "his troops were ready to seize the region", "their fighters attacked", "its navy seized": a bare
 * group owned by a possessive pronoun acts for the owner the pronoun refers to.
 */
function ownerOfForces(ctx: SentenceContext, found: Actor[]): Actor[] {
  if (found.length !== 1 || found[0].kind !== 'group' || found[0].countryOnly) return found;
  const { toks, actors } = ctx;
  const head = toks[found[0].to].lower;
  const body = FORCE_BODIES.has(head);
  if (!body && !FORCE_PEOPLE.has(head)) return found;
  // (The group's own modifiers, "his elite troops", are inside the phrase: the owner is just before it.)
  const owner = actors.find((a) => a.kind === 'pronoun' && a.possessive && a.to === found[0].from - 1);
  if (!owner) return found;
  const resolved = ctx.resolvePronoun(owner);
  if (body && !resolved.every((a) => a.kind === 'place' || a.etype === 'GPE' || a.etype === 'ORG')) return found;
  return resolved.length ? resolved : found;
}

/**
 * "X is on the list and in January its commander, Y, was killed": "and" (at k) opening a clause
 * with its own subject (not coordinating two actors) bounds the subject search.
 */
function opensClause(ctx: SentenceContext, k: number, hi: number): boolean {
  const { actors } = ctx;
  return !actors.some((a) => a.from === k + 1 || a.to === k - 1) &&
    actors.some((a) => a.from > k && a.to < hi && a.prep === null && !inFrameRegion(ctx, a.from));
}

/**
 * The subject of the verb at i in the clause after the boundary at k (up to hi): the actors to
 * return (none: the clause's subject is no actor), or null to look further left.
 */
function subjectAfter(ctx: SentenceContext, i: number, k: number, floor: number, hi: number, depth: number): Actor[] | null {
  const { toks, actors } = ctx;
  const lo = k + 1;
  // "Belarus, which hosts Russian weapons, did not rule out …": a relative clause closed by its comma
  // before the verb is a parenthesis; the subject is before it.
  if (k >= floor && toks[k].flags & RELATIVE_WORD && toks[k - 1]?.lower === ',' && toks.slice(lo, i).some((t) => t.lower === ',')) return null;
  // ("days after Ukraine's President Zelensky accused …": "after" opens a clause; its subject is no object of a preposition.)
  const cands = actors.filter((a) => a.from >= lo && a.to < hi && !inFrameRegion(ctx, a.from) && (a.prep === null || a.prep === 'like' || (CLAUSE_PREPS.has(a.prep) && i - a.to <= 3 && i > a.to)));
  const head = cands.find((a) => !a.possessive) ?? cands[0];
  if (head) {
    // "… who own X and protect Y", "Tehran used that force to back Y": X / that force is the
    // object of an earlier verb whose subject also does this one.
    const earlier = depth < 2 ? governingVerb(ctx, head, i) : -1;
    if (earlier >= 0) { const s = findSubject(ctx, earlier, depth + 1); if (s.length) return s; }
    // "troops from Russia's Africa Corps", "soldiers of the Chilean army": a bare group is the named actor it comes from.
    if (head.kind === 'group' && !head.countryOnly) {
      const origin = actors.find((x) => x.from > head.to && x.from <= head.to + 5 && (x.prep === 'from' || x.prep === 'of') && x.kind !== 'group' && x.kind !== 'pronoun');
      if (origin && origin.from < i) return withCompound(ctx, origin);
    }
    return withCompound(ctx, head.kind === 'group' || head.countryOnly || describesBody(head) ? appositive(ctx, head) : head);
  }
  // "…, but sixty countries recognize Y": the clause has a subject of its own that is no actor;
  // the actor of an earlier clause is not the doer.
  // (A gerund — "after fierce fighting with X" — has no subject of its own.)
  if (k >= floor && toks[k].flags & SUBORDINATOR && !toks[i].lower.endsWith('ing') && !timePhrase(toks, k) && ownSubject(toks, lo, i)) return [];
  if (k >= floor && toks[k].flags & RELATIVE_WORD) {
    // "<actor>, which has …": the antecedent right before the relative.
    // Not a possessive ("one of Ostland's rivals that has …": the rivals act), and
    // nothing but a comma between.
    const ante = actors.filter((a) => a.to < k && a.to >= k - 3).pop();
    const adjacent = ante && toks.slice(ante.to + 1, k).every((t) => t.punct);
    if (ante && adjacent && !ante.possessive && ante.kind !== 'pronoun') return withCompound(ctx, ante);
  }
  return null;
}

/** Words that open a time after "since", "until", "before", "after" ("since early June", "until 2019"). */
const TIME_STARTS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'early', 'late', 'mid', 'last', 'then', 'now', 'dawn', 'midnight',
]);
/** Prepositions that also open a clause ("after X accused Y"). */
const CLAUSE_PREPS = new Set(['after', 'before', 'since', 'until']);
const TIME_PREPS = new Set([...CLAUSE_PREPS, 'till']);

/** The subordinator at k heads a time phrase, no clause: "stationed there since early June pulled back". */
function timePhrase(toks: Tok[], k: number): boolean {
  const next = toks[k + 1];
  return TIME_PREPS.has(toks[k].lower) && !!next && (TIME_STARTS.has(next.lower) || /^(?:1[89]|20)\d\d$/.test(next.lower));
}

/** Words between a clause opener and its verb that are no subject ("but also sent", "but has sent"). */
const NO_SUBJECT = new Set([
  'also', 'then', 'still', 'instead', 'rather', 'later', 'only', 'even', 'now', 'soon', 'too', 'again', 'not', 'never', 'n\'t',
  'has', 'have', 'had', 'did', 'does', 'do', 'was', 'were', 'is', 'are', 'be', 'been', 'will', 'would', 'could', 'can',
  'may', 'might', 'should', 'must', 'shall', 'to', 'in', 'at', 'on', 'by', 'for', 'with', 'from', 'of', 'that', 'it',
]);

/** Does the stretch [lo, verb) hold a word that reads as the clause's own subject? */
function ownSubject(toks: Tok[], lo: number, verb: number): boolean {
  for (let k = lo; k < verb; k++) {
    const t = toks[k];
    if (t.punct || NO_SUBJECT.has(t.lower) || t.lower.endsWith('ly')) continue;
    return true;
  }
  return false;
}

const OBJECT_CONTROL = new Set(['persuade', 'help', 'allow', 'force', 'order', 'ask', 'urge', 'tell', 'encourage', 'invite', 'enable', 'permit', 'authorize', 'authorise', 'instruct', 'pressure', 'push', 'lead', 'want', 'expect', 'need', 'require', 'call']);
const VERB_SKIP = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'that', 'this', 'these', 'those', 'basically', 'also', 'now', 'still', 'even']);

/**
 * The verb whose object `obj` is, when the verb at i continues that verb's clause through "and" or
 * a purpose "to" (not an object-control verb: "urged Iran to …" keeps Iran as the doer); else -1.
 */
function governingVerb(ctx: SentenceContext, obj: Actor, i: number): number {
  const { toks } = ctx;
  let link = false;
  for (let k = obj.to + 1; k < i; k++) {
    const w = toks[k].lower;
    if (w === 'and' || w === 'to') link = true;
    if (toks[k].punct && w !== '-' && w !== '”' && w !== '“' && w !== '"') return -1;
  }
  if (!link) return -1;
  let k = obj.from - 1;
  while (k >= 0 && (VERB_SKIP.has(toks[k].lower) || toks[k].lower.endsWith('ly') || /^[“”"«»‘’\[\]]$/.test(toks[k].lower))) k--;
  if (k < 0) return -1;
  const v = toks[k];
  if (v.punct || v.cap || v.flags & (PREP | BE_WORD) || !getLexicon().verbs.has(v.lemma) && v.lemma === v.lower) return -1;
  if (OBJECT_CONTROL.has(v.lemma) || FRAMES[v.lemma]) return -1;
  if (toks.slice(obj.to + 1, i).some((t) => t.lower === 'to') && !toks.slice(obj.to + 1, i).some((t) => t.lower === 'and') && !(v.lower.endsWith('ed') || v.lower !== v.lemma)) return -1;
  return k;
}

/**
 * "sanctions on nine ministers, among them Raúl Quintero", "… five officials, including X and Y": the
 * members named after the phrase ending at `end` (also "… Tomás Ardila and nine members of his cabinet,
 * among them …", a last conjunct that is no name) are actors of the event too.
 */
function namedMembers(toks: Tok[], actors: Actor[], end: number): Actor[] {
  const startsNear = (from: number, to: number) => actors.find((x) => x.from >= from && x.from <= to && x.kind !== 'pronoun');
  if (toks[end + 1]?.lower === 'and') {
    const last = startsNear(end + 2, end + 6);
    if (last && !toks.slice(end + 2, last.from).some((t) => t.punct)) end = last.to;
  }
  for (let y: Actor | undefined; toks[end + 1]?.lower === 'of' && (y = startsNear(end + 2, end + 3)); ) end = y.to;
  const c = end + 1;
  const lead = toks[c]?.lower !== ',' ? 0 : toks[c + 1]?.lower === 'including' ? 2 : toks[c + 1]?.lower === 'among' && toks[c + 2]?.lower === 'them' ? 3 : 0;
  if (!lead) return [];
  const members: Actor[] = [];
  for (let x = startsNear(c + lead, c + lead + 2); x && (x.prep === null || x.prep === 'including'); ) {
    members.push(x);
    const next = toks[x.to + 1]?.lower === 'and' ? x.to + 2 : toks[x.to + 1]?.lower === ',' && toks[x.to + 2]?.lower === 'and' ? x.to + 3 : -1;
    x = next < 0 ? undefined : actors.find((y) => y.from === next && y.kind !== 'pronoun');
  }
  return members;
}

/** Expands an actor to its coordination ("Hungarian and Romanian officials") — one event per actor. */
function withCompound(ctx: SentenceContext, a: Actor): Actor[] {
  if (a.kind === 'pronoun') return ctx.resolvePronoun(a);
  const { toks, actors } = ctx;
  const out = [a];
  // Backwards: "Iran and Venezuela have …" when the subject found is the second conjunct.
  let cur = a;
  for (;;) {
    const k = cur.from - 1;
    if (k < 1 || toks[k].lower !== 'and') break;
    const j = toks[k - 1].lower === ',' ? k - 2 : k - 1;
    const prev = actors.find((x) => x.to === j);
    if (!prev || prev.kind === 'pronoun' || prev.prep !== a.prep && cur === a && prev.prep !== null) break;
    out.unshift(prev);
    cur = prev;
  }
  cur = a;
  for (;;) {
    let k = cur.to + 1;
    if (toks[k]?.lower === ',' && toks[k + 1]?.lower === 'and') k++;
    // "Washington, Seoul and Tokyo": comma-joined conjuncts count once the list closes with "and".
    if (toks[k]?.lower === ',') {
      const listed: Actor[] = [];
      let c = k;
      while (toks[c]?.lower === ',') {
        const x = actors.find((y) => y.from === c + 1);
        // ("Vladimir Putin, Russia's president, and …": an appositive office is no conjunct.)
        if (!x || x.kind === 'pronoun' || x.prep !== a.prep || x.possessive || toks.slice(x.from, x.to + 1).some((t) => t.lower === "'s" || (!t.cap && !t.punct && !NAME_LINKS.has(t.lower)))) break;
        listed.push(x);
        c = x.to + 1;
      }
      const closes = listed.length > 0 && (toks[c]?.lower === 'and' || (toks[c]?.lower === ',' && toks[c + 1]?.lower === 'and'));
      if (!closes) break;
      out.push(...listed);
      cur = listed[listed.length - 1];
      continue;
    }
    if (toks[k]?.lower !== 'and') break;
    k++;
    // "sanctions on three officers and on the Shahed company": the preposition repeated.
    if (a.prep && toks[k]?.lower === a.prep) k++;
    while (k < toks.length && ['the', 'a', 'its', 'his', 'their', 'both'].includes(toks[k].lower)) k++;
    const next = actors.find((x) => x.from === k);
    if (!next || next.kind === 'pronoun') break;
    out.push(next);
    cur = next;
  }
  out.push(...namedMembers(toks, actors, cur.to));
  // Mostly the actor stands alone (out is [a]).
  if (out.length === 1) return out;
  // Conjuncts without a name of their own ("intelligence agents") do not make separate events.
  const distinct = out.filter((x, idx) => x === a || (x.kind !== 'group' && !out.slice(0, idx).some((y) => y.name === x.name)));
  return distinct.length > 1 ? distinct.slice(0, 4) : [a];
}

/** Prepositions naming whom a thing moved goes to or is aimed at. */
const THEME_PREPS = new Set(['at', 'on', 'against', 'to', 'into']);

/** Groups of people (not bodies) that a place after them locates but does not name ("protesters in Lima"). */
const PEOPLE_NOUNS = new Set(['civilian', 'villager', 'resident', 'protester', 'protestor', 'demonstrator', 'refugee', 'migrant', 'student', 'pupil', 'worshipper', 'farmer', 'fisherman', 'fishermen', 'journalist', 'worker', 'miner', 'child', 'children', 'woman', 'women', 'people', 'passenger', 'shepherd', 'pilgrim', 'detainee', 'prisoner', 'patient', 'family', 'voter', 'activist', 'monk', 'tourist', 'hostage', 'mourner', 'shopper', 'teacher', 'doctor', 'nurse']);

/** First actor after the trigger in its clause, optionally with a required preposition. */
function findAfter(ctx: SentenceContext, from: number, preps: readonly string[] | null, exclude: Actor[] = []): Actor[] {
  const { actors } = ctx;
  const end = clauseEndForTarget(ctx, from);
  let fallback: Actor | null = null;
  let lastGroup: Actor | null = null;
  for (const a of actors) {
    if (a.from < from || a.from >= end) continue;
    if (exclude.includes(a)) continue;
    if (inFrameRegion(ctx, a.from)) continue;
    // "fire them at Ukraine", "sent it to Russia": an object pronoun before a recipient is the thing moved.
    if (!preps && a.kind === 'pronoun' && (a.name === 'them' || a.name === 'it') && actors.some((b) => b.from > a.to && b.from - a.to <= 2 && THEME_PREPS.has(b.prep ?? ''))) continue;
    // "by his Cuban advisors": the possessive determiner modifies the actor after it.
    if (a.kind === 'pronoun' && a.possessive && nonPronounAt(actors, a.to + 1)) continue;
    // "sent Iranian drones and Russian missiles to the rebels": the goods' nationality is no recipient.
    if (!preps && a.text !== a.name && isWeaponNoun(ctx.toks[a.to + 1])) continue;
    if (preps ? !preps.includes(a.prep ?? '') : a.prep === 'by') continue;
    if (!preps && a.prep && ['since', 'during', 'after', 'before', 'than', 'like', 'among'].includes(a.prep)) continue;
    // A bare group noun ("inspectors", "force") yields to a named actor later in the clause, though not
    // to where it was done ("abducted 30 pupils from a school in Zamfara": the pupils, not Zamfara), unless
    // the place is the group's own ("the peacekeeping force in Lebanon").
    // People where they are ("fired on protesters in Lima", "bombed villagers in Sagaing") are the target
    // themselves; an act done to them ("decried the jailing of journalists in Baku") accuses where it was done.
    if (fallback && (a.kind === 'place' || a.etype === 'GPE' || a.etype === 'LOC') && LOCATIVE_PREPS.has(a.prep ?? '') && (a.from !== lastGroup!.to + 2 || a.prep !== 'in' || (lastGroup!.prep !== 'of' && PEOPLE_NOUNS.has(ctx.toks[lastGroup!.to].noun)))) continue;
    if (a.kind === 'group' && !a.countryOnly) { fallback ??= a; lastGroup = a; continue; }
    // "Sweden cut its budget aid to Zambia": the doer's own possessive is no target; one further on may be.
    // (Resolved only here, for the one pronoun about to be returned: resolving is costly.)
    if (a.kind === 'pronoun' && a.possessive && exclude.length && ctx.resolvePronoun(a).some((r) => exclude.some((x) => x.name === r.name))) continue;
    return withCompound(ctx, appositive(ctx, a));
  }
  return fallback ? withCompound(ctx, appositive(ctx, fallback)) : [];
}

const CLAUSE_AUX = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'said', 'says']);

/** The "and" at k is followed by an actor (a determiner before it allowed) and an auxiliary or "said". */
function opensOwnClause(ctx: SentenceContext, k: number): boolean {
  let j = k + 1;
  if (ctx.toks[j] && ctx.toks[j].flags & DET) j++;
  const a = ctx.actors.find((x) => x.from === j);
  return !!a && CLAUSE_AUX.has(ctx.toks[a.to + 1]?.lower ?? '');
}

function clauseEndForTarget(ctx: SentenceContext, from: number): number {
  const { toks } = ctx;
  for (let k = from; k < toks.length; k++) {
    const w = toks[k].lower;
    if (toks[k].flags & HARD || w === '.' || toks[k].flags & SUBORDINATOR && k > from || w === 'which' || w === 'who') return k;
    if (w === ',' && !(toks[k + 1] && actorAt(ctx.actors, k + 1, true))) return k;
    // "… protested through diplomatic channels and the army has demanded …": "and" opening a clause
    // with its own subject and verb ends the target's search.
    if ((w === 'and' || w === 'but') && k > from && opensOwnClause(ctx, k)) return k;
    if (inFrameRegion(ctx, k)) return k;
  }
  return toks.length;
}

/** A place named with a body of it ("Mali's state security agency"): an appositive name may say which body. */
function describesBody(a: Actor): boolean {
  return (a.etype === 'GPE' || a.etype === 'NORP' || a.kind === 'place') && /\s\p{Ll}/u.test(a.text);
}

/**
 * "the Prime Minister of Freedonia, Rufus Firefly,", "his Philippine counterpart, Gilberto
 * Teodoro,": the person named in apposition.
 */
function appositive(ctx: SentenceContext, a: Actor): Actor {
  const { toks, actors } = ctx;
  let k = a.to + 1;
  const ofPlace = actors.find((x) => x.from > a.to && x.from <= a.to + 3 && x.prep === 'of');
  if (ofPlace && (a.kind === 'group' || a.countryOnly)) k = ofPlace.to + 1;
  // A demonym before the office it qualifies ("Philippine counterpart", "Chilean defence minister").
  else if (a.countryOnly || (a.text !== a.name && (a.kind === 'place' || a.etype === 'GPE'))) {
    let w = k;
    while (w < k + 2 && toks[w] && !toks[w].punct && !toks[w].cap) w++;
    if (w > k && toks[w]?.lower === ',') k = w;
  }
  if (toks[k]?.lower !== ',') return a;
  // "…, the ANSE, …": the appositive may open with an article.
  const next = actors.find((x) => x.from === k + 1 || (toks[k + 1]?.lower === 'the' && x.from === k + 2));
  // A person, a several-word name, an organisation's name or an acronym ("…, the ANSE,").
  if (next && (next.etype === 'PERSON' || next.etype === 'ORG' || (next.kind === 'proper' && (hasSpace(next.name) || /^\p{Lu}{2,}$/u.test(next.name))))) {
    const after = toks[next.to + 1]?.lower;
    if (after === ',' || after === undefined || after === '.') return next;
  }
  return a;
}

function sourceByAgent(ctx: SentenceContext, m: PatternMatch): Actor[] {
  const a = findAfter(ctx, m.anchorEnd, ['by']);
  return a;
}

/** Verbs of giving whose first object is the recipient ("gave Syria military assistance"). */
const DITRANSITIVE = new Set(['give', 'offer', 'grant', 'hand', 'send', 'promise', 'lend', 'pledge', 'award', 'extend', 'deny', 'owe']);

/** Words between an auxiliary and its participle ("was not sent", "were reportedly killed"). */
const PASSIVE_ADVERBS = ['not', 'also', 'reportedly', 'allegedly', 'being', 'never'];

/** Simple pasts that are no past participle: "spoke by phone" is no passive. */
const PAST_NOT_PARTICIPLE = new Set(['spoke', 'went', 'came', 'took', 'gave', 'wrote', 'saw', 'knew', 'began', 'broke', 'chose', 'drove', 'flew', 'froze', 'grew', 'rode', 'rose', 'stole', 'swore', 'threw', 'wore', 'forbade', 'undertook', 'withdrew', 'overthrew', 'ran', 'shook', 'drew', 'fell', 'forgave', 'arose', 'hid', 'bit']);

function isPassive(toks: Tok[], i: number): boolean {
  const t = toks[i];
  if (t.lower === t.lemma || t.lower.endsWith('ing') || t.lower.endsWith('s') && !t.lower.endsWith('ss') || PAST_NOT_PARTICIPLE.has(t.lower)) return false;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const w = toks[k].lower;
    if (toks[k].flags & BE_WORD) return true;
    if (!w.endsWith('ly') && !PASSIVE_ADVERBS.includes(w)) break;
  }
  // Reduced relative: "a bank penalised by the regulator" (not a perfect: "Manila has protested by …").
  const before = toks[i - 1]?.lower;
  if (before === 'has' || before === 'have' || before === 'had') return false;
  return toks[i + 1]?.lower === 'by' || (toks[i + 1] && toks[i + 2]?.lower === 'by' && toks[i + 1].lower === 'in');
}

function modifierSource(ctx: SentenceContext, i: number): Actor[] {
  const { toks, actors } = ctx;
  const before = actors.filter((a) => a.to < i && a.to >= i - 3 && a.kind !== 'pronoun' || (a.kind === 'pronoun' && a.possessive && a.to === i - 1)).pop();
  if (before) {
    let ok = true;
    for (let k = before.to + 1; k < i; k++) if (toks[k].lower !== "'s" && (!/^[a-z-]+$/.test(toks[k].lower) || toks[k].lower === 'of' || toks[k].flags & PREP)) ok = false;
    if (ok && before.prep !== 'of') return before.kind === 'pronoun' ? ctx.resolvePronoun(before) : [before];
  }
  return [];
}

/** Whether a named actor (not a pronoun or a bare group) starts at token k. */
function namedActorAt(actors: Actor[], k: number): boolean {
  for (const a of actors) if (a.from === k && a.kind !== 'pronoun' && a.kind !== 'group') return true;
  return false;
}

/** Whether an actor other than a pronoun starts at token k. */
function nonPronounAt(actors: Actor[], k: number): boolean {
  for (const a of actors) if (a.from === k && a.kind !== 'pronoun') return true;
  return false;
}

/** Whether an actor starts at token k (optionally: other than a bare group). */
function actorAt(actors: Actor[], k: number, notGroup: boolean): boolean {
  for (const a of actors) if (a.from === k && (!notGroup || a.kind !== 'group')) return true;
  return false;
}

/** Tokens taken by an actor or a match (codeSentence). */
const consumedFor = scratchBytes();

export function codeSentence(ctx: SentenceContext): SentenceEvent[] {
  const { toks } = ctx;
  const lex = getLexicon();
  const consumed = consumedFor(toks.length);
  const events: SentenceEvent[] = [];
  // The sentence's word forms that patterns need: patterns needing a word it lacks are skipped unseen.
  // Built at the first candidate trigger (most tokens have none).
  let present: PresentWords | undefined;
  let end = 0;
  // Words inside a named actor ("United States", "Security Council") trigger nothing.
  // ("Maduro's security men": the nouns a name's possessive owns are no part of the name; an office's
  // are: "Russia's air force bombed …" has no verb "force".)
  for (const a of ctx.actors) {
    if (a.kind === 'pronoun' || a.kind === 'group') continue;
    for (let k = a.from; k <= a.to; k++) {
      if (toks[k].lower === "'s" && k < a.to && !toks[k + 1].cap && a.kind !== 'office') break;
      consumed[k] = 1;
    }
  }
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.punct || consumed[i]) continue;
    const { nounIndex, verbIndex } = wordLexicon(t, lex);
    if (!nounIndex && !verbIndex) continue;
    // "since March", "on March 3": the month is no march.
    if (t.text === 'March' && (i > 0 || /^\d/.test(toks[i + 1]?.text ?? ''))) continue;
    // In a frame's own words only a speech act codes ("alleged that …", "admitted that …").
    const inFrame = inFrameRegion(ctx, i);
    if (inFrame && !verbIndex?.hasSpeech) continue;
    // "the mercenary outfit Wagner": a noun heading the name after it is part of that name's phrase.
    if (t.flags & HEAD_NOUN && namedActorAt(ctx.actors, i + 1)) continue;
    let m: PatternMatch | null = null;
    // Candidates come left to right: the clause end found for an earlier one holds until it is passed.
    if (end <= i) end = clauseEnd(toks, i, true);
    present ??= neededForms(toks, lex);
    // ("Pakistan demands Kabul hand over …", "Hungary vetoes the statement": a headline's verb after its subject.)
    const headlineVerb = !!verbIndex && i > 0 && toks[i - 1].cap && !toks[i - 1].punct && t.lower.endsWith('s') && t.lower !== t.lemma && !!toks[i + 1] && (toks[i + 1].cap || (toks[i + 1].flags & DET) !== 0) && !toks[i + 1].punct;
    if (nounIndex && !headlineVerb && (isNominal(toks, i) || !verbIndex)) m = matchAt(toks, i, nounIndex, end, present);
    // "its long-threatened invasion", "a US-backed government": a participle fused by a hyphen is an adjective.
    // So is a bare form ("interest-free loans", "tax-free"), unless fused to a prefix ("re-open").
    const fused = isJoiningHyphen(toks, i - 1) && (t.lower !== t.lemma || t.lower.endsWith('run') || t.lower === 'led' || !HYPHEN_PREFIXES.has(toks[i - 2].lower));
    if (!m && verbIndex && !fused && isVerbal(toks, i)) m = matchAt(toks, i, verbIndex, end, present);
    // "U.S. military pressure": a noun rule whose words before the anchor matched shows the noun use itself.
    // So does one after "a" and one plain word ("filed a diplomatic protest").
    if (nounIndex && verbIndex && (!m || articleAndWordBefore(toks, i))) {
      const n = matchAt(toks, i, nounIndex, end, present);
      if (n && n.pattern.pre.length) m = n;
    }
    if (!m || (inFrame && !m.pattern.speech)) continue;
    // "killed in a Turkish strike": a strike a nation's adjective makes is an attack, not a walkout.
    if (m.pattern.id === 'protest.strike-n' && nationStrike(ctx, i)) {
      const attack = lex.nouns.get('strike')?.find((p) => p.id === 'assault.strike-n-nation');
      if (attack) m = { ...m, pattern: attack };
    }
    // "close-range missiles", "long-standing ties": a word fused by a hyphen to the next one is a
    // modifier's first part, not a verb (unless the pattern itself goes on: "cease-fire").
    if (m.anchorEnd === i + 1 && isJoiningHyphen(toks, i + 1)) continue;
    // "declined to say / comment": no comment is no rejection.
    // (The word after first: the pattern's id lies off in the heap, a cache miss mostly spared.)
    if (NO_COMMENT.has(toks[m.to + 1]?.lemma ?? '') && m.pattern.id === 'reject.decline-to') continue;
    const holds = m.pattern.holds;
    if (holds !== null && !HOLDS[holds](ctx, i, m)) continue;
    // "the drones, which it calls Geran-2", "what Moscow calls a special operation": naming, no call.
    if (t.lemma === 'call' && (toks[i - 2]?.lower === 'which' || toks[i - 2]?.lower === 'what' || toks[i - 3]?.lower === 'what')) continue;
    // "called the denial \"not credible\"", "called the arrest a coup": describing, no call.
    if (t.lemma === 'call' && callsSomethingSomething(toks, i)) continue;
    // "Sabina Shoal, called Escoda Shoal in the Philippines", "a group called Hamas": naming too.
    if (t.lower === 'called' && (toks[i - 1]?.lower === ',' || (toks[i - 1] && !toks[i - 1].cap && !toks[i - 1].punct && !(toks[i - 1].flags & BE_WORD) && toks[i - 1].lower !== 'has' && toks[i - 1].lower !== 'have' && toks[i - 1].lower !== 'had' && toks[i - 1].lower !== 'who' && toks[i - 1].lower !== 'and')) && (toks[i + 1]?.cap || /^["“'‘«]$/.test(toks[i + 1]?.lower ?? ''))) continue;
    // A reporting verb followed by its clause ("claimed it had ambushed", "alleged that") reports an
    // event; it is none itself, even where no speaker frame was recognised around it.
    const derived = m.pattern.derived;
    if (derived && isReportingVerb(t.lemma) && CLAUSE_OPENERS.has(toks[i + 1]?.lower ?? '')) continue;
    // A derived trigger used as a noun modifier ("combat troops", "attack helicopters") is no event.
    if (derived && m.to === i && FORCE_NOUNS.has(toks[i + 1]?.lower ?? '') && !isVerbAfterAux(toks, i)) continue;
    // A derived (CAMEO) match holds its anchor; the words of its slots stay open to hand rules,
    // which win over it ("staged a hunger strike": the strike, not "stage", is the event).
    for (let k = m.from; k <= (derived ? m.anchorEnd - 1 : m.to); k++) consumed[k] = 1;
    const p = m.pattern;
    if (DEBUG && !p.type) console.error(`  untyped [${p.id}] @${t.text} (${m.from}-${m.to}): codes nothing here`);
    if (!p.type) continue;
    events.push({ anchor: i, match: m, pattern: p, type: p.type, mode: p.mode, source: [], target: [], negated: false, hedged: false, absorbed: false, rule: p.id, groupOnly: false, derived });
  }
  for (const e of events) {
    if (!e.derived) continue;
    // "vowed to retaliate against any attack": a hand verb after "to" opens the derived verb's
    // complement, a clause of its own (the frames and modality read it); the slot ends before it.
    let slotEnd = e.match.to;
    for (const o of events) if (!o.derived && o.pattern.pos === 'v' && o.anchor > e.anchor + 1 && o.anchor <= slotEnd && toks[o.anchor - 1].lower === 'to') slotEnd = o.anchor - 1;
    for (const o of events) {
      if (o === e || o.derived || o.anchor <= e.anchor || o.anchor > slotEnd) continue;
      // A hand noun rule in the slot is the event ("staged a hunger strike"); a hand verb rule there is a noun use ("lodged a protest").
      // A stance taken on an act is the event, the act its object ("condemned the deployment of … troops").
      if (o.pattern.pos === 'n' && !(STANCE_VERBS.has(toks[e.anchor].lemma) && inflectedAsVerb(toks, e.anchor))) e.absorbed = true;
      else o.absorbed = true;
    }
  }
  for (let k = 0; k < events.length; k++) {
    // Slot words left open may anchor another derived pattern; the outer match keeps them.
    const e = events[k];
    if (e.absorbed || !e.derived) continue;
    for (const o of events) if (o !== e && !o.absorbed && o.derived && o.anchor > e.anchor && o.anchor <= e.match.to) o.absorbed = true;
  }
  for (const e of events) { fillRoles(ctx, e); demandedOfSubject(ctx, e); crimesBy(ctx, e); helpedAct(ctx, e, events); mutualPair(ctx, e); protestTarget(ctx, e); conditionTarget(ctx, e); }
  killedInStrike(ctx, events);
  applyFrames(ctx, events);
  insistedActs(ctx, events);
  rejectedObjects(ctx, events);
  deniedReports(ctx, events);
  reviewedMeasures(ctx, events);
  for (const e of events) if (!e.absorbed) ownSideTarget(ctx, e);
  for (const e of events) if (!e.absorbed) { withdrawsCooperation(ctx, e); expelledBody(e); }
  for (const e of events) if (!e.absorbed) applyModality(ctx, e);
  notRuledOut(ctx, events);
  for (const e of events) if (!e.absorbed) { deploymentPurpose(ctx, e, events); forcesToRegion(ctx, e); withdrawalTarget(ctx, e); mobilizedForces(e); denialScope(ctx, e); forcesArrive(ctx, e); }
  replacements(ctx, events);
  if (DEBUG) debugSentence(ctx, events);
  const kept = events.filter((e) => keep(e, toks));
  for (const e of kept) e.groupOnly = !keepsOnItsOwn(e, toks);
  // A derived event with a doer alone is the weakest evidence: any other event of the sentence wins.
  const strong = kept.filter((e) => !(e.derived && e.target.length === 0) && !e.groupOnly);
  return mainFirst(toks, mergeDuplicates(strong.length ? strong : kept));
}

/**
 * The sentence's main events first, then those in background clauses (a stable reordering: the
 * first event is the one `dossier code` users read as the sentence's): "The Houthi movement, which
 * seized Sanaa a decade ago, said it would join talks", "…, killing eleven civilians", "Accusing
 * Minsk of …, Poland shut its border", "… after Nigerian officials seized the assets".
 */
function mainFirst(toks: Tok[], events: SentenceEvent[]): SentenceEvent[] {
  if (events.length < 2) return events;
  // "A roadside bombing near Samarra killed one U.S. soldier": the subject's attack noun is told by
  // the verb it is the subject of; the verb's event (its victims) comes first, with the attack's doer.
  for (let k = 0; k + 1 < events.length; k++) {
    const noun = events[k], verb = events[k + 1];
    // (A noun rule, or a verb rule on a noun use: "a roadside bombing".)
    const nominal = noun.pattern.pos === 'n' || (toks[noun.anchor].lower.endsWith('ing') && toks.slice(Math.max(0, noun.anchor - 3), noun.anchor).some((t) => (t.flags & DET) !== 0));
    if (!nominal || verb.pattern.pos !== 'v' || noun.type !== 'ASSAULT' || verb.type !== 'ASSAULT' || verb.anchor <= noun.anchor) continue;
    if (toks.slice(noun.match.to + 1, verb.anchor).some((t) => t.flags & HARD || t.lower === ',' || t.lower === 'and')) continue;
    if (!verb.source.length) verb.source = noun.source;
    events = [...events.slice(0, k), verb, noun, ...events.slice(k + 2)];
    break;
  }
  const background = events.map((e) => inBackgroundClause(toks, e.anchor));
  if (!background.some(Boolean) || background.every(Boolean)) return events;
  return [...events.filter((_, k) => !background[k]), ...events.filter((_, k) => background[k])];
}

/** Verbs of a stance taken on something, whose object may name an act ("condemned the deployment"). */
const STANCE_VERBS = new Set(['condemn', 'denounce', 'criticise', 'criticize', 'deplore', 'decry', 'slam', 'praise', 'hail', 'welcome', 'applaud', 'commend', 'endorse', 'reject', 'oppose']);

/** Verbs of speech that a speaker's "said …, and" may go on with (findSubject). */
const SPEECH_LIKE = new Set(['urge', 'call', 'warn', 'demand', 'ask', 'accuse', 'vow', 'pledge', 'threaten', 'insist', 'appeal', 'press', 'condemn', 'deny', 'reject']);

/** Subordinators that open a background clause (not "but", "so", "as": coordinating or prepositional mostly). */
const BACKGROUND_OPENERS = new Set(['while', 'although', 'though', 'because', 'whereas', 'after', 'before', 'when', 'if', 'unless', 'since', 'until', 'who', 'which', 'whose']);

/** The token sits in a relative clause set off by a comma (", which had threatened …"). */
function inRelativeClause(toks: Tok[], i: number): boolean {
  for (let k = i - 1; k > 0 && i - k <= 4; k--) {
    if (toks[k].flags & RELATIVE_WORD) return toks[k - 1].lower === ',';
    if (PUNCT_BOUNDARY.has(toks[k].lower)) return false;
  }
  return false;
}

function inBackgroundClause(toks: Tok[], i: number): boolean {
  // "Fourteen miners kidnapped in Kayes were freed …": a past participle right after a plural noun modifies it.
  const prev = toks[i - 1];
  if (prev && toks[i].lower.endsWith('ed') && toks[i].lower !== toks[i].lemma && !prev.cap && /^[a-z]+s$/.test(prev.lower) && prev.lower !== 'has' && prev.lower !== 'was' && !(prev.flags & BE_WORD) && ((toks[i + 1]?.flags ?? 0) & PREP) !== 0) {
    // (Only where the clause's own verb follows: "… were freed"; "lawmakers rallied behind …" is that verb.)
    for (let k = i + 1; k < toks.length && !PUNCT_BOUNDARY.has(toks[k].lower); k++) if (toks[k].flags & BE_WORD || toks[k].lower === 'have' || toks[k].lower === 'has') return true;
  }
  for (let k = i - 1; k >= 0; k--) {
    const w = toks[k].lower;
    if (BACKGROUND_OPENERS.has(w)) return true;
    if (PUNCT_BOUNDARY.has(w) || toks[k].flags & HARD) {
      // ", killing eleven civilians", ", accusing it of …": a participle clause after a comma.
      const next = toks[k + 1];
      return w === ',' && k + 1 < i && !next.cap && next.lower.endsWith('ing') && next.lower.length > 5 && next.lower !== next.lemma;
    }
  }
  // "Accusing Minsk of …, Poland shut …": a sentence-initial participle clause, up to its comma.
  if (frontedParticiple(toks)) return toks.slice(1).some((t) => t.lower === ',' && t.i > i);
  return false;
}

/** A derived event without a recipient: a named, non-pronoun doer of a verb used as a verb (inflected: "reached", "has sworn"). */
function oneSided(e: SentenceEvent, toks: Tok[]): boolean {
  if (e.pattern.pos !== 'v' || !named(e.source) || e.source.some((a) => a.kind === 'pronoun')) return false;
  return inflectedAsVerb(toks, e.anchor);
}

/** The word at i is inflected as a finite verb ("reached", "marched") or follows an auxiliary ("will sign"). */
function inflectedAsVerb(toks: Tok[], i: number): boolean {
  const t = toks[i];
  return t.lower !== t.lemma && !t.lower.endsWith('ing') || isVerbAfterAux(toks, i);
}

/** PLOVER types whose definition says "Requires recipient: No" (PLOVER_MANUAL.tex); AID and COOPERATE need one. */
export const NO_RECIPIENT = new Set<PloverType>(['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'MOBILIZE']);

const named = (a: Actor[]) => a.some((x) => x.kind !== 'group' && x.kind !== 'pronoun');

/** DOSSIER_DEBUG_CODE=1: every candidate event of a sentence on stderr, with its rule, roles and whether it is kept. */
const DEBUG = process.env.DOSSIER_DEBUG_CODE === '1';

function debugSentence(ctx: SentenceContext, events: SentenceEvent[]): void {
  const who = (a: Actor[]) => a.map((x) => `${x.text}<${x.from}-${x.to} ${x.kind}${x.prep ? ' ' + x.prep : ''}>`).join('+') || '-';
  console.error(`actors: ${ctx.actors.map((a) => who([a])).join(', ')}`);
  for (const e of events) console.error(`  ${keep(e, ctx.toks) ? 'KEEP' : e.absorbed ? 'absorbed' : 'drop'} ${e.type}/${e.mode} [${e.rule}] @${ctx.toks[e.anchor].text}: ${who(e.source)} -> ${who(e.target)}${e.negated ? ' neg' : ''}${e.hedged ? ' hedged' : ''}`);
}

/** Kept: on its own evidence, or as a bare group's act (groupDoer: `dossier code` only). */
function keep(e: SentenceEvent, toks: Tok[]): boolean {
  return !e.absorbed && (keepsOnItsOwn(e, toks) || groupDoer(e, toks));
}

/** Precision guard: a derived (CAMEO) pattern needs two actors, one named; a hand rule one named actor. */
function keepsOnItsOwn(e: SentenceEvent, toks: Tok[]): boolean {
  if (e.absorbed) return false;
  if (e.derived) {
    // A block default (no pattern words matched) is the weakest evidence: both actors named.
    const bare = e.match.to === e.match.anchorEnd - 1;
    // A type PLOVER codes without a recipient ("Kenya and Tanzania reached an agreement") stands on a named doer alone.
    // (So does one whose only recipient is a bare group: "denounced the arrest of two of her aides".)
    if (NO_RECIPIENT.has(e.type) && e.target.every((a) => a.kind === 'group' || a.kind === 'pronoun') && (e.target.length === 0 || bare)) return oneSided(e, toks);
    if (!(e.source.length > 0 && e.target.length > 0)) return false;
    return bare ? named(e.source) && named(e.target) : named(e.source) || named(e.target);
  }
  return named(e.source) || named(e.target);
}

/**
 * An event whose only doer is a bare group noun as its subject ("Lawmakers voted down the bill"):
 * a hand rule's with no named target, or a derived verb's of a type PLOVER codes without a
 * recipient, inflected as a verb ("Students marched through the capital"). Coded for one-sided use
 * (`dossier code`), weaker than any other event of the sentence; documents drop it.
 */
function groupDoer(e: SentenceEvent, toks: Tok[]): boolean {
  // A noun's doer may come with "by" ("a demonstration by opposition supporters"), so may a hand
  // rule's passive doer ("was detained on Monday by police in Minsk").
  const doerPrep = (a: Actor) => a.prep === null || (a.prep === 'by' && (e.pattern.pos === 'n' || !e.derived));
  if (!(e.source.length > 0 && e.source.every((a) => a.kind === 'group' && doerPrep(a) && !a.possessive))) return false;
  if (!e.derived) return !named(e.target);
  return e.pattern.pos === 'v' && NO_RECIPIENT.has(e.type) && inflectedAsVerb(toks, e.anchor);
}

/** The prepositions that may introduce a role given as a preposition (Roles). */
const prepsOf: Readonly<Record<string, readonly string[]>> = { of: ['of'], on: ['on', 'onto', 'against', 'over', 'to', 'for', 'in', 'around', 'at'], from: ['from', 'of'], against: ['against', 'on'], with: ['with'], between: ['between'], near: ['near', 'on', 'in'] };

/**
 * "A camp for Congolese refugees was attacked by …", "The offices of the opposition party were
 * raided": a passive subject that is no actor is the place or thing of the actor its "for" or "of"
 * names, the one the act is done to (the clause's first such actor, right before the verb group).
 */
function passiveSubjectOwner(ctx: SentenceContext, i: number): Actor[] {
  const { toks, actors } = ctx;
  let lo = i - 1;
  while (lo > 0 && !(toks[lo - 1].flags & (HARD | SUBORDINATOR | RELATIVE_WORD)) && toks[lo - 1].lower !== ',') lo--;
  const owner = actors.find((a) => a.from >= lo && a.to < i && (a.prep === 'for' || a.prep === 'of') && a.kind !== 'pronoun' && !inFrameRegion(ctx, a.from));
  // The verb group after it holds only auxiliaries and adverbs: "… refugees was attacked".
  if (!owner || toks.slice(owner.to + 1, i).some((t) => !(t.flags & BE_WORD) && !PASSIVE_ADVERBS.includes(t.lower) && t.lower !== 'had' && t.lower !== 'have' && t.lower !== 'has')) return [];
  return [owner];
}

function fillRoles(ctx: SentenceContext, e: SentenceEvent): void {
  const { toks } = ctx;
  const roles = e.pattern.roles;
  const i = e.anchor;
  const m = e.match;
  if (e.pattern.speech) { speechActRoles(ctx, e); return; }
  if (e.pattern.pos === 'v') {
    const subj = findSubject(ctx, i);
    if (isPassive(toks, i) && !roles.source) {
      e.source = sourceByAgent(ctx, m);
      e.target = subj.length ? subj : passiveSubjectOwner(ctx, i);
      // "was extradited from Italy to Britain", "was given asylum in Chile": with no agent, the state
      // the person comes from (or, for asylum, is received in) gives or hands over.
      const isState = (a: Actor) => a.kind === 'place' || a.etype === 'GPE';
      if (!e.source.length && (e.type === 'AID' || e.type === 'COOPERATE') && subj.length && !subj.some(isState)) {
        e.source = findAfter(ctx, m.anchorEnd, e.mode === 'asylum' ? ['in'] : ['from']).filter(isState);
        if (e.source.length && e.mode !== 'asylum') e.target = findAfter(ctx, m.anchorEnd, ['to']).filter(isState);
        if (!e.target.length) e.target = subj;
      }
      // "Two cutters were transferred to Ghana's navy by the United States", "weapons were supplied
      // to the rebels by Iran": the passive subject is the goods; the one they go to is the recipient.
      if (e.type === 'AID' && e.source.length && !named(e.target)) {
        const to = findAfter(ctx, m.anchorEnd, ['to']).filter((a) => !e.source.some((s) => s.name === a.name));
        if (to.length) e.target = to;
      }
      // "X is accused of terrorism in the United States": with no agent, the jurisdiction accuses.
      if (!e.source.length && e.type === 'ACCUSE') e.source = findAfter(ctx, m.anchorEnd, ['in']).filter(isState);
      // "Ostravian combat troops had been deployed to the country": the forces sent name the sender.
      const forces = subj.filter((a) => (a.kind === 'place' || a.etype === 'GPE' || a.etype === 'NORP') && (a.countryOnly || a.text !== a.name));
      // "Iranian drones have been supplied to Russia", "containers of North Korean munitions have been
      // delivered to Russia": goods handed over, with no agent, name their giver by their nationality.
      if (!e.source.length && e.type === 'AID') {
        const maker = ctx.actors.find((a) => a.to < i && a.to >= i - 8 && a.text !== a.name && (a.kind === 'place' || a.etype === 'GPE' || a.etype === 'NORP') && isWeaponNoun(toks[a.to + 1]));
        if (maker) {
          e.source = [maker];
          e.target = findAfter(ctx, m.anchorEnd, ['to']).filter((a) => a.name !== maker.name);
          return;
        }
      }
      // "North Korean troops have been pulled back from the front": forces withdrawn name who withdraws them.
      if (!e.source.length && e.type === 'RETREAT' && e.mode === 'withdraw' && forces.length && forces.length === subj.length) {
        e.source = forces;
        e.target = findAfter(ctx, m.anchorEnd, ['from']).filter((a) => !forces.some((f) => f.name === a.name));
        return;
      }
      if (!e.source.length && DEPLOY_VERBS.has(toks[i].lemma) && forces.length && forces.length === subj.length) {
        e.source = forces;
        e.target = findAfter(ctx, m.anchorEnd, ['to', 'into', 'in']).filter((a) => !forces.some((f) => f.name === a.name));
        // (Forces moved to a region — "deployed to the Kursk region" — are mobilized there, no aid to anyone.)
        if (e.target.some((a) => (a.kind === 'place' || a.etype === 'GPE' || a.etype === 'PERSON') && !isRegion(toks, a))) { e.type = 'AID'; e.mode = 'military'; e.rule += '+sent-forces'; }
      }
      return;
    }
    e.source = roles.source === 'with' ? findAfter(ctx, m.anchorEnd, ['with']) : roles.source === 'from' ? findAfter(ctx, m.anchorEnd, ['from']) : subj;
    // "took delivery of 300 Iranian drones": without a "from", the goods' nationality names the giver.
    if (roles.source === 'from' && !e.source.length) {
      const maker = ctx.actors.find((a) => a.from >= m.anchorEnd && a.from <= m.to + 8 && (a.kind === 'place' || a.etype === 'NORP' || a.etype === 'GPE') && a.prep !== 'to');
      if (maker) e.source = [maker];
    }
    // "taught Russian crews how to launch drones", "helped the army to drive out rebels": the
    // object of a control verb does the infinitive.
    // "X could use its bases and its ties to Y to strike Z": the user of the means is the doer.
    if (!roles.source && tokBefore(toks, i)?.lower === 'to') {
      const doer = controlledDoer(ctx, i - 1);
      if (doer) e.source = [doer];
      const u = useVerbBefore(ctx, i - 1);
      if (u >= 0) {
        const s = findSubject(ctx, u);
        if (named(s)) e.source = s;
        for (let k = scopeStart(toks, u, frameFloor(ctx, u)); k < u; k++) if (HEDGE.has(toks[k].lower)) e.hedged = true;
      }
    }
    if (roles.target === 'subject') e.target = subj;
    else if (roles.target && prepsOf[roles.target]) e.target = findAfter(ctx, m.anchorEnd, prepsOf[roles.target]);
    else e.target = findAfter(ctx, m.anchorEnd, null, e.source);
    if (e.target.length === 0 && roles.target && prepsOf[roles.target]) e.target = findAfter(ctx, m.anchorEnd, null, e.source);
    // "condemned the strike by Israel on its consulate", "welcomed a decision by the Libyan parliament":
    // past an active verb's object, "by" names the doer of the act the object names.
    if (e.target.length === 0 && !roles.target) e.target = findAfter(ctx, m.anchorEnd, ['by'], e.source).filter((a) => a.from >= m.anchorEnd + 2 && !e.source.some((x) => x.name === a.name));
    if (e.target.length && e.source.length && e.target[0] === e.source[0]) e.target = [];
    // "the regime allowed the group to use Sudanese territory": the territory names its grantor.
    if (e.mode === 'territory' && !named(e.source)) {
      const end = clauseEnd(toks, i, false);
      for (let k = m.anchorEnd; k < end; k++) {
        if (toks[k].noun !== 'territory') continue;
        const owner = modifierSource(ctx, k).filter((a) => a.kind === 'place' || a.etype === 'GPE' || a.etype === 'NORP');
        if (owner.length && !e.target.some((t) => t.name === owner[0].name)) e.source = owner;
        break;
      }
    }
    return;
  }
  // Nominal triggers: "an American airstrike", "sanctions on Cuba", "the capture of Maduro".
  const after = m.anchorEnd;
  if (roles.source === 'nationality') {
    e.source = modifierSource(ctx, i).filter((a) => a.etype === 'GPE' || a.kind === 'place');
    if (!e.source.length) e.source = findAfter(ctx, after, ['from']).filter((a) => a.kind === 'place' || a.etype === 'GPE');
    if (!e.source.length) {
      // "… security men were Cuban", also past a relative clause set off by commas ("…, who …, were Cuban").
      let end = clauseEnd(toks, i, false);
      if (toks[after]?.lower === ',' && toks[after + 1] && toks[after + 1].flags & RELATIVE_WORD) {
        let close = after + 2;
        while (close < toks.length && toks[close].lower !== ',' && !(toks[close].flags & HARD)) close++;
        if (toks[close]?.lower === ',') end = clauseEnd(toks, close, false);
      }
      const pred = ctx.actors.find((a) => a.from > i && a.from < end && isStateActor(a) && BE.has(toks[a.from - 1]?.lower ?? ''));
      if (pred) e.source = [pred];
    }
    const poss = ctx.actors.filter((a) => a.to < i && a.to >= i - 4 && a.possessive).pop();
    // A name whose possessive owns the trigger, in one phrase ("Maduro's security men").
    const owner = poss ? undefined : ctx.actors.find((a) => a.from < i && a.to >= i && a.kind !== 'pronoun' && toks.slice(a.from, i).some((t) => t.lower === "'s"));
    e.target = poss ? (poss.kind === 'pronoun' ? ctx.resolvePronoun(poss) : [poss]) : owner ? [owner] : findAfter(ctx, after, ['for', 'of']);
    if (!e.target.length) {
      // A relative clause with a protect verb ("a unit that shields the governor") is coded by the verb; "helping X with bodyguards" too.
      e.target = [];
    }
    return;
  }
  if (roles.source === 'subject') e.source = findSubject(ctx, i);
  else if (roles.source === 'of') {
    e.source = findAfter(ctx, after, ['of']);
    // "hastened the withdrawal of some of its forces": bare forces leave the naming to the
    // support verb's subject (the light-verb search below).
    if (e.source.length && !named(e.source)) e.source = [];
  }
  else {
    e.source = modifierSource(ctx, i);
    // "Russia gave Syria military assistance": a name right after a verb of giving is its recipient.
    const r = e.source[0];
    const give = r && !r.possessive && r.kind !== 'pronoun' ? tokBefore(toks, r.from) : undefined;
    if (give && DITRANSITIVE.has(give.lemma) && isVerbal(toks, give.i)) {
      e.source = findSubject(ctx, give.i);
      e.target = [r];
    }
    // ("demonstrations against the violations by the Israeli military": the agent of what a protest is against is not the protest's.)
    // (Right after the noun, or after its participle: "a general strike called by the unions".)
    const nounEnd = Math.max(after, m.to + 1);
    const ownAgent = (a: Actor) => a.from <= nounEnd + 2 || (a.from <= nounEnd + 4 && toks[nounEnd]?.lower.endsWith('ed') && toks[nounEnd + 1]?.lower === 'by');
    if (!e.source.length && !e.target.length) e.source = findAfter(ctx, after, ['by']).filter((a) => e.type !== 'PROTEST' || ownAgent(a));
  }
  let light = -1;
  if (!e.source.length) {
    // A support verb just before: "imposed sanctions", "began their departure", "culminated in the capture".
    for (let k = i - 1, words = 0; k >= 0 && words < 8; k--) {
      if (!isJoiningHyphen(toks, k)) words++;
      if (LIGHT.has(toks[k].lemma) && isVerbal(toks, k)) { e.source = findSubject(ctx, k); light = k; break; }
      // ("used the drones, which it calls Geran-2, in attacks on …": over a relative clause set off by commas.)
      if (toks[k].lower === ',') {
        let c = k - 1;
        while (c > 0 && k - c < 10 && toks[c].lower !== ',') c--;
        if (toks[c].lower === ',' && toks[c + 1].flags & RELATIVE_WORD) { k = c; words--; continue; }
      }
      if (PUNCT_BOUNDARY.has(toks[k].lower)) break;
    }
  }
  if (!e.source.length) e.source = operationAgent(ctx, i);
  // "…, the president said after talks with …": an act after a tail frame is its speaker's.
  if (!e.source.length) e.source = tailSpeaker(ctx, i);
  // "brought Argentina to a standstill with a general strike", "would shut the country down with
  // an indefinite strike": what a clause's subject did "with" is its own act.
  if (!e.source.length) {
    for (let k = i - 1; k >= Math.max(1, i - 5); k--) {
      if (toks[k].lower === 'with') { e.source = findSubject(ctx, k); break; }
      if (!(toks[k].flags & DET) && !/^[a-z0-9-]+$/.test(toks[k].lower)) break;
    }
  }
  const tgt = roles.target ?? 'on';
  if (!e.target.length) e.target = prepsOf[tgt] ? findAfter(ctx, after, prepsOf[tgt], e.source) : [];
  if (roles.source === 'of' && e.target.length === 0 && roles.target === 'from') e.target = findAfter(ctx, after, ['from', 'in'], e.source);
  // "talks between Kyiv and Moscow", "a meeting in Doha between Hamas and Egyptian officials": with
  // no doer named, the two sides are the first doing it with the second.
  if (!e.source.length && e.target.length === 2 && e.target[0].prep === 'between') e.source = [e.target.shift()!];
  if (!e.source.length && e.target.every((a) => a.prep === 'in' || a.prep === 'at' || a.prep === 'on')) {
    const pair = ctx.actors.filter((a) => a.from >= after && a.from <= after + 6 && a.prep === 'between');
    if (pair.length === 1) {
      const both = withCompound(ctx, pair[0]);
      if (both.length === 2) { e.source = [both[0]]; e.target = [both[1]]; }
    }
  }
  // "handed Belarus a formal protest", "gave Kyiv assurances": the support verb's first object receives it.
  if (!e.target.length && light >= 0) {
    const recipient = ctx.actors.find((a) => a.from > light && a.to < i - 1 && a.prep === null && a.kind !== 'group' && !a.possessive);
    if (recipient && !e.source.includes(recipient)) e.target = recipient.kind === 'pronoun' ? ctx.resolvePronoun(recipient) : [recipient];
  }
  if (e.target.length && e.source.length && e.target[0] === e.source[0]) e.target = [];
}

/**
 * The speaker of frame f: the first actor in its own words that no preposition governs and no
 * possessive marks, a pronoun resolved; null when f is none or names no such actor.
 */
function frameSpeaker(ctx: SentenceContext, f: Frame | undefined): Actor[] | null {
  const sp = f ? ctx.actors.find((a) => a.from >= f.frameFrom && a.to <= f.frameTo && a.prep === null && !a.possessive) : undefined;
  if (!sp) return null;
  return sp.kind === 'pronoun' ? ctx.resolvePronoun(sp) : [sp];
}

/** The speaker of a tail frame ("…, X said") that ends before token i, when i is past it. */
function tailSpeaker(ctx: SentenceContext, i: number): Actor[] {
  return frameSpeaker(ctx, ctx.frames.find((x) => x.to < x.frameFrom && x.frameTo < i && x.frameTo < ctx.toks.length - 1)) ?? [];
}

/**
 * A speech act at a frame's reporting verb ("The army admitted that its soldiers had killed …"): its
 * doer is the frame's speaker, its target the first actor of what is reported (the accused).
 */
function speechActRoles(ctx: SentenceContext, e: SentenceEvent): void {
  const f = ctx.frames.find((x) => e.anchor >= x.frameFrom && e.anchor <= x.frameTo);
  const speaker = f ? ctx.actors.find((a) => a.from >= f.frameFrom && a.to < e.anchor && !a.possessive && a.prep === null) : undefined;
  e.source = speaker ? (speaker.kind === 'pronoun' ? ctx.resolvePronoun(speaker) : withCompound(ctx, speaker)) : [];
  const content = f ? ctx.actors.filter((a) => a.from >= f.from && a.to <= f.to && a.from > e.anchor && a.kind !== 'pronoun') : [];
  e.target = e.type === 'ACCUSE' && content.length ? [content[0]] : [];
}

/** Verbs whose object does their infinitive ("teach X to …", "help X drive …"). */
const CONTROL_VERBS = new Set(['teach', 'train', 'help', 'enable', 'allow', 'permit', 'instruct', 'encourage', 'authorize', 'authorise', 'force', 'order', 'pressure', 'push', 'persuade', 'convince', 'show']);

/** The actor that is the object of a control verb just before `to` (and an optional "how"); else null. */
function controlledDoer(ctx: SentenceContext, to: number): Actor | null {
  const { toks, actors } = ctx;
  const end = toks[to - 1]?.lower === 'how' ? to - 2 : to - 1;
  const obj = actors.find((a) => a.to === end && a.prep === null && a.kind !== 'pronoun');
  if (!obj) return null;
  let k = obj.from - 1;
  while (k >= 0 && toks[k].flags & DET) k--;
  return k >= 0 && CONTROL_VERBS.has(toks[k].lemma) && isVerbal(toks, k) ? obj : null;
}

/** The verb "use" whose purpose infinitive starts at `to` ("use its presence … to retaliate"), within its sentence part; else -1. */
function useVerbBefore(ctx: SentenceContext, to: number): number {
  const { toks } = ctx;
  for (let k = to - 1; k >= Math.max(0, to - 30); k--) {
    const w = toks[k].lower;
    if (w === '.' || toks[k].flags & HARD || inFrameRegion(ctx, k)) return -1;
    if (toks[k].lemma === 'use' && isVerbal(toks, k) && !BE.has(toks[k - 1]?.lower ?? '')) return k;
    // Another infinitive in between ("use X to build Y to …") ends the search; "ties to Y" does not.
    if (w === 'to' && k < to - 1 && !toks[k + 1].cap && !DETS.has(toks[k + 1].lower) && !actorAt(ctx.actors, k + 1, false)) return -1;
  }
  return -1;
}

const FORCE_NOUNS = new Set(['troops', 'troop', 'soldiers', 'forces', 'units', 'unit', 'brigade', 'brigades', 'helicopter', 'helicopters', 'aircraft', 'jets', 'vehicles', 'mission', 'missions', 'role', 'zone', 'zones', 'experience', 'readiness', 'training', 'drone', 'drones', 'rifles', 'rifle', 'boots']);
const isVerbAfterAux = (toks: Tok[], i: number) => ['will', 'would', 'to', 'could', 'may', 'might', 'can', 'did', 'not'].includes(tokBefore(toks, i)?.lower ?? '');
const DEPLOY_VERBS = new Set(['send', 'deploy', 'dispatch', 'station', 'fly', 'move', 'post', 'airlift']);
/** Nouns of an operation whose modifier names who carried it out ("the US military operation", "an Israeli raid"). */
const OPERATION_NOUNS = new Set(['operation', 'raid', 'strike', 'airstrike', 'airstrikes', 'strikes', 'attack', 'offensive', 'mission', 'campaign', 'incursion', 'intervention', 'deployment', 'assault', 'bombing', 'bombardment', 'blockade']);
const OPERATION_NOUN = wordFlag((w, _lemma, noun) => OPERATION_NOUNS.has(w) || OPERATION_NOUNS.has(noun));
const PURPOSE_VERBS = new Set(['guard', 'protect', 'defend', 'reinforce', 'bolster', 'strengthen', 'secure', 'escort', 'shield']);
/** A report noun's content follows at k: "reports that …", "accusations of spying", "claims by X that …". */
function reportContent(toks: Tok[], k: number): boolean {
  for (let j = k; j < Math.min(toks.length, k + 6); j++) {
    const w = toks[j].lower;
    if (w === 'that' || (w === 'of' && j === k)) return true;
    if (toks[j].punct || toks[j].flags & HARD) return false;
  }
  return false;
}

const REPORT_NOUNS = new Set(['report', 'claim', 'allegation', 'suggestion', 'account', 'story', 'rumor', 'rumour', 'assertion', 'accusation']);
const DENY_VERBS = new Set(['deny', 'dismiss', 'refute', 'reject', 'rebut', 'contradict']);
const DENY_VERB = wordFlag((_w, lemma) => DENY_VERBS.has(lemma));
const SECURITY_WORDS = new Set(['guard', 'guards', 'bodyguard', 'bodyguards', 'escort', 'escorts', 'security', 'protection', 'detail', 'entourage']);

/** "the naval raid on May 9 that ended in the seizure of X": the operation's modifier did it. */
function operationAgent(ctx: SentenceContext, i: number): Actor[] {
  const { toks } = ctx;
  for (let k = i - 1; k >= Math.max(0, i - 14); k--) {
    const w = toks[k].lower;
    if (toks[k].flags & HARD || w === '.' || inFrameRegion(ctx, k)) break;
    if (!(toks[k].flags & OPERATION_NOUN)) continue;
    const src = modifierSource(ctx, k).filter((a) => a.kind !== 'pronoun' && a.kind !== 'group');
    if (src.length) return src;
  }
  return [];
}

/** "sent special forces to guard President X": a deployment whose purpose is protection is security aid to X. */
/** Armed people: when they "arrive in" a country it is a deployment, not a visit. */
const FORCE_PEOPLE = new Set(['troops', 'troop', 'soldiers', 'soldier', 'forces', 'fighters', 'mercenaries', 'contractors', 'instructors', 'trainers', 'advisers', 'advisors', 'commandos', 'marines', 'paratroopers', 'personnel', 'servicemen', 'units', 'battalions', 'gunmen', 'militiamen', 'men', 'agents', 'officers', 'crews', 'sailors', 'pilots', 'guards', 'spies', 'operatives', 'vessels', 'ships', 'boats', 'warships', 'aircraft', 'jets', 'drones']);
/** Armed bodies a possessive owns ("its navy seized"): they act for a state or organisation that owns them, not for a person ("our military" in a spokesman's mouth is not his own). */
const FORCE_BODIES = new Set(['army', 'navy', 'military', 'police', 'militia', 'militias', 'coastguard']);

function forcesArrive(ctx: SentenceContext, e: SentenceEvent): void {
  if (e.type !== 'CONSULT' || !(e.rule.startsWith('consult.arrive') || e.rule.startsWith('cameo:arrive'))) return;
  // Into a country ("arrived in Mali"); arriving at a building says nothing of whom they serve.
  if (!e.target.some((a) => a.etype === 'GPE' || a.kind === 'place')) return;
  const { toks } = ctx;
  const armed = e.source.some((a) => toks.slice(a.from, a.to + 2).some((t) => FORCE_PEOPLE.has(t.lower)))
    || toks.slice(Math.max(0, e.anchor - 4), e.anchor).some((t) => FORCE_PEOPLE.has(t.lower));
  if (!armed) return;
  e.type = 'AID';
  e.mode = 'military';
  e.rule += '+forces';
}

function deploymentPurpose(ctx: SentenceContext, e: SentenceEvent, events: SentenceEvent[]): void {
  const { toks } = ctx;
  const lemma = toks[e.anchor].lemma;
  if (!DEPLOY_VERBS.has(lemma)) return;
  // Any reading of "flew 100 soldiers to X" (a visit, a meeting) gives way to a deployment when armed people are sent.
  const sendsForces = toks.slice(e.match.anchorEnd, e.match.anchorEnd + 8).some((t) => FORCE_PEOPLE.has(t.lower));
  if (!(e.type === 'MOBILIZE' || e.type === 'AID') && !sendsForces) return;
  const end = clauseEnd(toks, e.anchor, false);
  for (let k = e.match.anchorEnd; k < Math.min(end, e.anchor + 16); k++) {
    if (toks[k].lower !== 'to') continue;
    // "to guard Y", or "to take over the (close) protection of Y".
    let from = k + 2;
    if (!PURPOSE_VERBS.has(toks[k + 1]?.lemma ?? '')) {
      if (toks[k + 1]?.lemma !== 'take' || toks[k + 2]?.lower !== 'over') continue;
      const noun = toks.slice(k + 3, k + 7).findIndex((t) => t.lower === 'protection' || t.lower === 'security');
      if (noun < 0) continue;
      from = k + 4 + noun;
    }
    const target = findAfter(ctx, from, null, e.source);
    if (!target.length) return;
    e.type = 'AID';
    e.mode = 'security';
    e.target = target;
    e.rule += '+to-protect';
    for (const o of events) if (o !== e && o.anchor === k + 1) o.absorbed = true;
    return;
  }
}

/** Nouns of a demand ("calls by X for …", "requests from X"). */
const DEMAND_NOUNS = new Set(['call', 'appeal', 'demand', 'request', 'plea', 'ultimatum', 'proposal', 'offer']);

/** Nouns of wrongdoing whose "by" names who did it ("war crimes by Croatian extremists"). */
const WRONG_NOUNS = new Set(['crime', 'abuse', 'violation', 'atrocity', 'killing', 'massacre', 'attack', 'torture', 'corruption', 'fraud', 'misconduct', 'breach']);

/** "is investigating alleged abuses by Chilean police against Peruvian migrants": an investigation or accusation of a wrong is aimed at its doer. */
function crimesBy(ctx: SentenceContext, e: SentenceEvent): void {
  if (e.type !== 'ACCUSE') return;
  const { toks, actors } = ctx;
  const end = clauseEnd(toks, e.anchor, false);
  for (let k = e.match.anchorEnd; k < Math.min(end, e.match.anchorEnd + 6); k++) {
    if (!WRONG_NOUNS.has(toks[k].noun)) continue;
    const doer = actors.find((a) => a.prep === 'by' && a.from > k && a.from <= k + 2 && !e.source.some((x) => x.name === a.name));
    if (doer) e.target = [doer];
    return;
  }
}

/**
 * "repeated its demand that Chile ease restrictions on …": a demand noun's that-clause
 * names whom it is made of in its subject (the first actor after "that", within three words).
 */
function demandedOfSubject(ctx: SentenceContext, e: SentenceEvent): void {
  if (e.type !== 'REQUEST' || e.pattern.pos !== 'n') return;
  const { toks, actors } = ctx;
  const that = toks.findIndex((t, k) => k > e.anchor && k <= e.match.to + 1 && t.lower === 'that');
  if (that < 0) return;
  const subj = actors.find((a) => a.from > that && a.from <= that + 3 && a.kind !== 'pronoun' && a.prep === null && !e.source.some((x) => x.name === a.name));
  if (subj) e.target = [subj];
}

/**
 * "they helped drive Ukrainian troops out", "to help support the rights of Palestinians": help with
 * a bare infinitive right after it that is an event of its own is that event, done by the helper;
 * the infinitive's object is its target, no one helped ("helped Peru build …", "helped the army
 * drive …" name the one helped, and stay aid).
 */
function helpedAct(ctx: SentenceContext, e: SentenceEvent, events: SentenceEvent[]): void {
  const { toks } = ctx;
  if (toks[e.anchor].lemma !== 'help' && toks[e.anchor].lemma !== 'assist') return;
  const next = toks[e.anchor + 1];
  if (!next || next.punct || next.cap || next.lower !== next.lemma) return;
  const act = events.find((o) => o.anchor === e.anchor + 1 && o.type !== null);
  if (!act) return;
  // ("sending weapons to Venezuela to help support its president": a purpose of aid sent names whom
  // it is for — deploymentPurpose — unless the act is hostile.)
  const purposeOfAid = toks[e.anchor - 1]?.lower === 'to' && events.some((o) => o !== e && o.anchor < e.anchor && (o.type === 'AID' || DEPLOY_VERBS.has(toks[o.anchor].lemma)));
  if (purposeOfAid && !HOSTILE.has(act.type)) return;
  e.absorbed = true;
  e.target = [];
  if (!act.source.length) act.source = e.source;
}

/** A withdrawal is from a place: "withdrawing the military advisers who worked inside X's services" → X. */
function withdrawalTarget(ctx: SentenceContext, e: SentenceEvent): void {
  if (e.type !== 'RETREAT' || e.mode !== 'withdraw') return;
  // ("advisers who had worked inside Niger's army": the country the branch belongs to is the place left.)
  const placeLike = (a: Actor) => a.kind === 'place' || a.etype === 'GPE' || a.etype === 'LOC' || branchCountry(a) !== undefined;
  if (e.target.length && e.target.every((a) => a.kind !== 'group' && !(a.countryOnly && a.prep === null))) return;
  const src = new Set(e.source.map((a) => a.name));
  const after = ctx.actors.filter((a) => a.from >= e.match.anchorEnd && placeLike(a) && !src.has(a.name) && !inFrameRegion(ctx, a.from) && (!a.countryOnly || ['from', 'inside', 'within', 'in', 'out'].includes(a.prep ?? '')));
  // A possessor names the place left ("pulled out of Syria's north") only in the withdrawal's own clause.
  const end = clauseEnd(ctx.toks, e.match.anchorEnd, true);
  const pick = after.find((a) => ['from', 'of', 'in', 'inside', 'within', 'out'].includes(a.prep ?? '') || (a.possessive && a.to < end)) ?? null;
  const country = pick && branchCountry(pick);
  if (pick) e.target = [country ? asCountry(pick, country) : pick];
  else if (e.target.length && e.target.every((a) => a.kind === 'group' || a.countryOnly)) e.target = [];
}

const isPlaceActor = (a: Actor) => a.kind === 'place' && !a.countryOnly || a.etype === 'LOC';

/**
 * "staged a hunger strike in protest against abuses by the security forces", "rallied to protest
 * the law": what is protested names the target — the first actor after the cue that is no mere
 * place, when the event has none (or only the place where it happened).
 */
function protestTarget(ctx: SentenceContext, e: SentenceEvent): void {
  const { toks, actors } = ctx;
  // ("Demonstrators in Baghdad blocked a road": where they protest is no one they protest against.)
  // (A body named by its country — "the Belgian government's plans" — is no place.)
  const locative = (a: Actor) => isPlaceActor(a) || ((a.kind === 'place' || a.kind === 'mention') && (a.etype === 'GPE' || a.etype === 'LOC') && LOCATIVE_PREPS.has(a.prep ?? '') && !toks.slice(Math.max(0, a.from - 3), a.from).some((t) => t.lemma === 'protest'));
  if (e.type !== 'PROTEST' || (e.target.length && !e.target.every(locative))) return;
  let cue = -1;
  for (let k = e.anchor; k < Math.min(toks.length, e.anchor + 12); k++) {
    const w = toks[k].lower;
    if (toks[k].flags & HARD) break;
    // "against X", "to protest X", "in defiance of X", "to show their disapproval of X".
    if (w === 'against' || (k > e.anchor && (toks[k].lemma === 'protest' || w === 'protesting' || PROTEST_CUES.has(w)))) { cue = k; break; }
  }
  if (cue < 0) {
    // "rallied outside the Russian embassy": a protest at a foreign mission is aimed at its country.
    const mission = actors.find((a) => a.from > e.anchor && a.from <= e.anchor + 6 && LOCATIVE_PREPS.has(a.prep ?? '') && MISSIONS.has(toks[a.to].lower));
    e.target = mission ? [mission] : [];
    return;
  }
  const src = new Set(e.source.map((a) => a.name));
  const fits = (a: Actor) => a.from > cue && a.from <= cue + 14 && a.kind !== 'pronoun' && !locative(a) && !src.has(a.name) && !inFrameRegion(ctx, a.from);
  // "to protest the rights violations … by Islamic fundamentalists": the doer of what is protested.
  const t = actors.find((a) => fits(a) && a.prep === 'by') ?? actors.find(fits);
  e.target = t ? [t] : [];
}

const LOCATIVE_PREPS = new Set(['in', 'at', 'outside', 'near', 'across', 'through', 'around', 'inside']);
/** A country's missions abroad. */
const MISSIONS = new Set(['embassy', 'consulate', 'mission', 'embassies', 'consulates']);
/** Nouns whose "of"/"for"/"to" names what a protest is against. */
const PROTEST_CUES = new Set(['defiance', 'disapproval', 'opposition', 'denouncing', 'condemning']);

/**
 * "threatened to stop the talks if the United States goes ahead", "… unless Baghdad accepts":
 * a threat made on a condition is aimed at whoever the condition names, when no target is named.
 */
function conditionTarget(ctx: SentenceContext, e: SentenceEvent): void {
  const { toks, actors } = ctx;
  // "warned that China would respond firmly if …": the threatened act's own doer is no target.
  // ("… a new offensive in its border war with Ecuador unless Quito accepts": a target "in" something is where, not whom.)
  if (e.type !== 'THREATEN' || (e.target.length && !e.target.every((a) => isPlaceActor(a) || complementSubject(toks, a) || a.prep === 'in'))) return;
  for (let k = e.anchor + 1; k < toks.length; k++) {
    if (toks[k].flags & HARD && toks[k].lower !== 'if' && toks[k].lower !== 'unless') break;
    if (toks[k].lower !== 'if' && toks[k].lower !== 'unless') continue;
    const src = new Set(e.source.map((a) => a.name));
    const t = actors.find((a) => a.from > k && a.from <= k + 3 && a.kind !== 'pronoun' && a.prep === null && !src.has(a.name));
    if (t) { e.target = [t]; return; }
    break;
  }
}

/**
 * "warned that Iran would respond in kind": the side that would respond is the threatener's own,
 * no target ("warned that Russia would pay a price" names its target). After the frames, which may
 * have given the threat its content's subject.
 */
function ownSideTarget(ctx: SentenceContext, e: SentenceEvent): void {
  const { toks, actors } = ctx;
  if (e.type !== 'THREATEN' || e.target.length > 1) return;
  // The content's subject as the target, or (no target given) right after "warned that".
  const own = e.target[0] ?? actors.find((a) => a.from > e.anchor && a.from <= e.anchor + 3 && toks[a.from - 1]?.lower === 'that' && a.kind !== 'pronoun');
  if (!own || !complementSubject(toks, own) || !RESPONSE_VERBS.has(toks[own.to + 2]?.lemma ?? '')) return;
  e.target = [];
  e.side = own;
  // "His office said … and warned that Seoul would respond": with no actor as the speaker, the
  // state that would respond speaks for itself.
  if (isStateActor(own) && e.source.length === 0) e.source = [own];
}

const isStateActor = (a: Actor): boolean => !a.countryOnly && (a.kind === 'place' || a.etype === 'GPE');

/** The actor is the subject of a modal complement ("that China would …"). */
function complementSubject(toks: Tok[], a: Actor): boolean {
  return COMPLEMENT_MODALS.has(toks[a.to + 1]?.lower ?? '');
}

/** Verbs of a threatened response whose subject is the threatener's own side. */
const RESPONSE_VERBS = new Set(['respond', 'retaliate', 'react', 'act', 'answer', 'take', 'defend', 'continue', 'hit', 'strike', 'use', 'do', 'reply', 'counter']);

const COMPLEMENT_MODALS = new Set(['would', 'will', 'could', 'might', 'may', 'shall', 'can']);

/** Lower-case words inside a name ("Bank of England", "Trinidad and Tobago"). */
const NAME_LINKS = new Set(['of', 'and', 'the', 'for', 'de', 'du', 'des', 'la', 'al', 'el', '-']);

/** Words that make a strike a labour one ("a general strike", "the teachers' strike"). */
const LABOUR_WORDS = new Set(['general', 'workers', 'union', 'unions', 'rail', 'transport', 'teachers', 'doctors', 'nurses', 'dockers', 'miners', 'hunger', 'national', 'staff', 'employees', 'drivers', 'pay', 'wage', 'wages']);

/** The strike at i is made by a nation: its adjective (or a country's name) right before, no labour word in the sentence. */
function nationStrike(ctx: SentenceContext, i: number): boolean {
  const a = ctx.actors.find((x) => x.to === i - 1);
  if (!a || !(a.kind === 'place' || a.etype === 'GPE' || a.etype === 'NORP')) return false;
  return !ctx.toks.some((t) => LABOUR_WORDS.has(t.lower));
}

/**
 * "Several officers were killed in a Ukrainian missile strike": a passive act with no agent, done
 * "in" an attack a nation's modifier names, is that nation's; the attack is the same act.
 */
function killedInStrike(ctx: SentenceContext, events: SentenceEvent[]): void {
  const { toks } = ctx;
  for (const e of events) {
    if (e.type !== 'ASSAULT' || e.source.length || e.absorbed || e.pattern.pos !== 'v' || !isPassive(toks, e.anchor)) continue;
    const strike = events.find((o) => o !== e && !o.absorbed && o.type === 'ASSAULT' && o.pattern.pos === 'n' && o.anchor > e.anchor && o.anchor - e.anchor <= 8 && o.source.length && !o.target.length
      && toks.slice(e.anchor + 1, o.anchor).some((t) => t.lower === 'in' || t.lower === 'by'));
    if (strike) {
      e.source = strike.source;
      strike.absorbed = true;
      continue;
    }
    // "Five soldiers were killed when Peruvian artillery shelled their base": the attack of the
    // "when" clause right after did the killing.
    const when = toks.findIndex((t, k) => k > e.anchor && k - e.anchor <= 6 && t.lower === 'when');
    const attack = when < 0 ? undefined : events.find((o) => o !== e && !o.absorbed && o.type === 'ASSAULT' && o.anchor > when && o.anchor - when <= 5 && o.source.length);
    if (attack) e.source = attack.source;
  }
  // "North Korean officers died in a Ukrainian strike": the strike, by a nation, is on those who died.
  for (const o of events) {
    if (o.absorbed || o.type !== 'ASSAULT' || o.pattern.pos !== 'n' || !o.source.length || o.target.length) continue;
    for (let k = o.anchor - 1; k >= Math.max(1, o.anchor - 5); k--) {
      if (toks[k].lower !== 'in' && toks[k].lower !== 'by') continue;
      const verb = toks[k - 1];
      if (verb && (verb.lemma === 'die' || verb.lemma === 'perish')) {
        const victims = findSubject(ctx, k - 1).filter((a) => !o.source.some((x) => x.name === a.name));
        if (victims.length) { o.target = victims; o.mode = 'kill'; }
      }
      break;
    }
  }
}

/** Types two parties do with each other ("Japan and the Philippines signed a pact on troop visits"). */
const MUTUAL_TYPES = new Set<PloverType>(['AGREE', 'CONSULT']);

/**
 * "India and Kenya began joint patrols", "Georgia and Armenia reopened their rail link": a type that
 * needs a recipient, done by two named actors together with no other one named, is done between
 * them: the first conjunct to the second. An agreement or a meeting of two is between them even
 * where a topic, place or thing is named ("reached an arrangement on the shoal"); a partner with
 * "with" stays the target ("Britain and France signed a deal with Norway").
 */
function mutualPair(ctx: SentenceContext, e: SentenceEvent): void {
  const n = e.source.length;
  if (n < 2 || n > 4 || !e.source.every((a) => a.kind !== 'group' && a.kind !== 'pronoun')) return;
  if (NO_RECIPIENT.has(e.type) && !MUTUAL_TYPES.has(e.type)) return;
  // What the parties do together may name its topic or place ("shared intelligence on the troop
  // movements"); a recipient or partner ("with X", "to X") stays the target.
  const topicOnly = e.target.every((a) => isPlaceActor(a) || (a.prep !== null && a.prep !== 'with' && a.prep !== 'to'));
  const replaceable = e.target.length === 0 || (MUTUAL_TYPES.has(e.type) && !e.target.some((a) => a.prep === 'with')) || (e.type === 'COOPERATE' && topicOnly);
  if (!replaceable) return;
  // Conjuncts of this sentence ("A and B", "A, B and C"), not the referents of a pronoun.
  for (let k = 1; k < n; k++) {
    const a = e.source[k - 1], b = e.source[k];
    const between = a.to < b.from && b.from - a.to <= 3 ? ctx.toks.slice(a.to + 1, b.from).map((t) => t.lower).join(' ') : '';
    if (a.name === b.name || !(between === 'and' || between === 'and the' || between === ',' || between === ', and')) return;
  }
  e.target = e.source.slice(1);
  e.source = [e.source[0]];
}

/**
 * "Armenia mobilised reservists", "put its troops on alert": the forces mobilised are what is
 * moved, not a recipient; PLOVER codes MOBILIZE with none unless one is named.
 */
function mobilizedForces(e: SentenceEvent): void {
  if (e.type !== 'MOBILIZE' || !e.target.length || !e.target.every((a) => a.prep === null)) return;
  // "Ethiopian troops have been deployed", "eight China Coast Guard ships had been deployed": what is
  // mobilised is no target; a named owner of it is the doer.
  if (!e.source.length && e.target.every((a) => a.kind !== 'group' && a.kind !== 'pronoun')) { e.source = e.target; e.target = []; }
  else if (e.target.every((a) => a.kind === 'group')) e.target = [];
}

/**
 * "X denied (a news report) that it had sent troops", "X rejected reports that …", "X denies sending
 * soldiers": the embedded event is negated, whatever frame carries it.
 */
function denialScope(ctx: SentenceContext, e: SentenceEvent): void {
  const { toks } = ctx;
  const i = e.anchor;
  if (e.negated) return;
  for (let k = i - 1; k >= Math.max(0, i - 14); k--) {
    const w = toks[k].lower;
    if (w === '.' || toks[k].flags & HARD) return;
    if (!(toks[k].flags & DENY_VERB) || !isVerbal(toks, k)) continue;
    const between = toks.slice(k + 1, i);
    const gerund = k + 1 === i && toks[i].lower.endsWith('ing') || (k + 1 < i && toks[k + 1].lower.endsWith('ing') && between.length <= 1);
    const that = between.some((t) => t.lower === 'that');
    const report = between.some((t) => REPORT_NOUNS.has(t.noun));
    // "rejected accusations of supplying drones": the report noun's "of" and gerund are its content.
    const reportOf = between.some((t, j) => REPORT_NOUNS.has(t.noun) && between[j + 1]?.lower === 'of') && toks[i].lower.endsWith('ing');
    if (toks[k].lemma === 'reject' || toks[k].lemma === 'contradict' ? report && (that || reportOf) : that || gerund || reportOf) { e.negated = true; e.rule += '+denied'; }
    return;
  }
}

/**
 * "replace his escorts with officers of <nationality> origin", "replacing them with guards from <region>":
 * the new provider gives security aid to the person whose guards they are.
 */
function replacements(ctx: SentenceContext, events: SentenceEvent[]): void {
  const { toks, actors } = ctx;
  // Only a verb "replace" opens one; of the sentences with it, only those about guards.
  if (!toks.some((t) => t.lemma === 'replace') || !toks.some((t) => SECURITY_WORDS.has(t.lower))) return;
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].lemma !== 'replace' || !isVerbal(toks, i) || inFrameRegion(ctx, i)) continue;
    const end = clauseEnd(toks, i, false);
    let w = -1;
    for (let k = i + 1; k < Math.min(end, i + 12); k++) if (toks[k].lower === 'with' || toks[k].lower === 'by') { w = k; break; }
    if (w < 0) continue;
    let stop = w + 1;
    while (stop < toks.length && stop < w + 10 && !(toks[stop].punct && toks[stop].lower !== '-') && !['who', 'which', 'that', 'and', 'but', 'while'].includes(toks[stop].lower)) stop++;
    const provider = actors.filter((a) => a.from > w && a.to < stop && a.kind !== 'pronoun' && a.kind !== 'group' && a.etype !== 'PERSON');
    if (!provider.length) continue;
    // Whose guards: a possessive in the replaced phrase, else a person subject, else the last person named.
    let target: Actor[] = findSubject(ctx, i).filter((a) => a.etype === 'PERSON' || (a.kind === 'proper' && hasSpace(a.name)));
    const poss = actors.find((a) => a.from > i && a.to < w && a.possessive);
    if (!target.length && poss) target = poss.kind === 'pronoun' ? ctx.resolvePronoun(poss) : [poss];
    if (!target.length) {
      const lastPoss = actors.filter((a) => a.to < i && a.possessive && a.kind === 'pronoun').pop();
      const he = actors.filter((a) => a.to < i && a.kind === 'pronoun' && ['he', 'she', 'his', 'her'].includes(a.name)).pop();
      const p = lastPoss ?? he;
      if (p) target = ctx.resolvePronoun(p);
    }
    target = target.filter((t) => !provider.some((p) => p.name === t.name));
    if (!target.length) continue;
    const pattern: Pattern = { id: 'aid.replace-with', derived: false, pos: 'v', next: [], prev: [], post: [], pre: [], type: 'AID', mode: 'security', roles: {}, speech: false, holds: null, weight: 0, need: [] };
    const ev: SentenceEvent = { anchor: i, match: { pattern, from: i, to: i, anchorEnd: i + 1 }, pattern, type: 'AID', mode: 'security', source: [provider[0]], target: [target[0]], negated: false, hedged: false, absorbed: false, rule: 'aid.replace-with', groupOnly: false, derived: false };
    const s = scopeStart(toks, i, frameFloor(ctx, i));
    for (let k = s; k < i; k++) if (NEG.has(toks[k].lower)) ev.negated = true;
    // The provider's own trigger inside the phrase ("bodyguards", "guards") is this event.
    for (const o of events) if (!o.absorbed && o.anchor > i && o.anchor < stop && o.type === 'AID') o.absorbed = true;
    events.push(ev);
  }
}

/** "threatened to …", "demanded that …", "refused to …": the embedded event is the frame's content. */
function applyFrames(ctx: SentenceContext, events: SentenceEvent[]): void {
  const { toks } = ctx;
  for (let x = 0; x < events.length; x++) {
    const f = events[x];
    if (f.absorbed) continue;
    const frameType = FRAMES[toks[f.anchor].lemma];
    if (!frameType) continue;
    // A phrasal verb is a verb of its own ("called off a strike" frames nothing; "called for", "called on" do).
    const particle = f.pattern.next[0];
    if (particle && particle !== 'for' && particle !== 'on' && particle !== 'upon') continue;
    // "rejected reports that …" denies the content; denialScope negates it instead.
    // ("rejected the accusation", with no content after it, is a refusal: rejectedObjects.)
    // The report itself is no act of the one who rejects it ("rejected accusations of supplying drones").
    const reportAt = toks.slice(f.match.anchorEnd, f.match.anchorEnd + 4).findIndex((t, k) => REPORT_NOUNS.has(t.noun) && reportContent(toks, f.match.anchorEnd + k + 1));
    if (frameType === 'REJECT' && reportAt >= 0) {
      const noun = f.match.anchorEnd + reportAt;
      for (const o of events) if (o.anchor === noun && o.pattern.pos === 'n') o.absorbed = true;
      // "rejected Philippine accusations that …", "rejected Kyiv's claims that …": rejecting someone's
      // report is a refusal aimed at them (the content is denied all the same: denialScope).
      // ("rejected accusations by Hamas that …": the maker may follow.)
      const owner = ctx.actors.find((a) => a.kind !== 'pronoun' && a.kind !== 'group' && ((a.to === noun - 1 || (a.possessive && a.to === noun - 2)) && a.from >= f.match.anchorEnd || ((a.prep === 'by' || a.prep === 'from') && a.from > noun && a.from <= noun + 3)));
      if (owner && !f.source.some((x) => x.name === owner.name)) f.target = [owner];
      else f.absorbed = true;
      continue;
    }
    for (let y = x + 1; y < events.length; y++) {
      const c = events[y];
      if (c.absorbed || c.anchor - f.match.anchorEnd > 14) continue;
      const between = toks.slice(f.match.anchorEnd, c.anchor).map((t) => t.lower);
      if (between.some((w) => HARD_BOUNDARY.has(w) || w === '.')) continue;
      if (!between.some((w) => w === 'to' || w === 'that' || w === 'of' || w === 'for' || w === 'would' || w === 'will')) continue;
      // A frame in a relative clause ends with it ("…, which had threatened to shut schools for a
      // month, called off a strike").
      if (between.includes(',') && inRelativeClause(toks, f.anchor)) continue;
      // "rejected that account, saying that …": a participle after a comma opens a clause of its own.
      if (toks.slice(f.match.anchorEnd, c.anchor).some((t, k, arr) => t.lower === ',' && arr[k + 1]?.lower.endsWith('ing'))) continue;
      // "urged Manila to tow the ship away, and warned that …": an inflected verb after "and" is
      // the subject's next act, not the content's (which stays in the base form: "to stop and withdraw").
      const joined = toks[c.anchor - 1]?.lower;
      if ((joined === 'and' || joined === 'but') && c.pattern.pos === 'v' && toks[c.anchor].lower !== toks[c.anchor].lemma) continue;
      c.absorbed = true;
      // A hand rule with words of its own ("pledged revenge", "refused food", "ordered … diplomats to
      // leave") already says what the frame does; only a bare frame verb takes the frame's type — and
      // a promise of a cooperative act stays a promise ("pledging to come to each other's aid": AGREE).
      const ownWords = !f.derived && f.pattern.post.length > 0 && f.pattern.type !== null;
      if (!ownWords || (frameType === 'AGREE' && !HOSTILE.has(f.pattern.type!))) {
        f.type = frameType;
        if (!f.mode && (frameType === 'THREATEN' || frameType === 'AGREE' || frameType === 'REJECT' || frameType === 'REQUEST')) f.mode = c.mode ?? c.type.toLowerCase();
      }
      if (!f.target.length) {
        const cs = c.source.filter((a) => !f.source.some((s) => s.name === a.name));
        f.target = frameType === 'REQUEST' && cs.length ? cs : c.target.length ? c.target : cs;
      }
      break;
    }
  }
}

/**
 * The maker of a demand or proposal an act answers ("rejected calls by Belarus's rulers", "said yes
 * … to a proposal from Brasilia"): the actor a "by" or "from" names right after the first demand
 * noun in [the trigger's end, end), none of the act's doers.
 */
function demandMaker(ctx: SentenceContext, e: SentenceEvent, end: number): Actor | undefined {
  const { toks, actors } = ctx;
  for (let k = e.match.anchorEnd; k < Math.min(end, toks.length); k++) {
    if (!DEMAND_NOUNS.has(toks[k].noun)) continue;
    return actors.find((a) => a.from > k && a.from <= k + 2 && (a.prep === 'by' || a.prep === 'from') && !e.source.some((x) => x.name === a.name));
  }
  return undefined;
}

/**
 * "Japan ruled out talks with North Korea", "rejected any aid from Moscow", "denounced the arrest
 * of her aides": a noun event that is the object of a refusal or a condemnation is what is refused
 * or condemned, no event of its own; its recipient is the refusal's, its doer the condemnation's target.
 */
function rejectedObjects(ctx: SentenceContext, events: SentenceEvent[]): void {
  const { toks } = ctx;
  for (const e of events) {
    if (e.absorbed || e.pattern.pos !== 'v') continue;
    // "rejected recent calls by Belarus's rulers for aid": a demand refused is refused to its maker;
    // a proposal accepted is accepted from it ("said yes on Wednesday to a proposal from Brasilia").
    if ((e.type === 'REJECT' || e.type === 'AGREE') && !e.target.length) {
      const maker = demandMaker(ctx, e, e.type === 'REJECT' ? e.match.anchorEnd + 3 : e.match.to + 5);
      if (maker) e.target = [maker];
    }
    if (e.type !== 'REJECT' && e.type !== 'ACCUSE') continue;
    for (const o of events) {
      if (o === e || o.absorbed || o.pattern.pos !== 'n' || o.anchor < e.match.anchorEnd || o.anchor - e.match.anchorEnd > 3) continue;
      if (toks.slice(e.match.anchorEnd, o.anchor).some((t) => t.punct || t.flags & HARD)) continue;
      // "condemned the expulsion of its diplomats by Estonia": a condemnation is aimed at the condemned
      // act's doer (with none named, the act stays an event of its own: "denounced the arrest of her aides").
      const doer = o.source.filter((a) => !e.source.some((x) => x.name === a.name));
      // (Whoever condemns the act did not do it.)
      if (e.type === 'ACCUSE' && !doer.length) {
        o.source = doer;
        continue;
      }
      o.absorbed = true;
      // ("rejected calls by Belarus's rulers for aid": a refused demand is refused to whoever made it.)
      if (!e.target.length) e.target = e.type === 'ACCUSE' || (o.type === 'REQUEST' && doer.length) ? doer : o.target;
    }
  }
}

/** Words after a place name that make it a region of a state ("the Kursk region", "Donetsk oblast"). */
const REGION_WORDS = new Set(['region', 'province', 'oblast', 'district', 'governorate', 'prefecture', 'county', 'peninsula', 'territory', 'territories', 'delta', 'valley', 'coast', 'frontier']);

/** The actor names a region of a state: a region word after it or ending its name. */
const isRegion = (toks: Tok[], a: Actor): boolean => REGION_WORDS.has(toks[a.to + 1]?.lower ?? '') || REGION_WORDS.has(lastWord(a.name).toLowerCase());

/**
 * "Romania sent an extra armoured battalion to the Danube delta": forces sent to a region, not to a
 * state or a person, are mobilized there — no aid to anyone (as for the passive: "deployed to the Kursk region").
 */
function forcesToRegion(ctx: SentenceContext, e: SentenceEvent): void {
  const { toks } = ctx;
  if (e.type !== 'AID' || e.mode !== 'military' || !e.target.length || !DEPLOY_VERBS.has(toks[e.anchor].lemma)) return;
  if (!e.target.every((a) => isRegion(toks, a))) return;
  if (!toks.slice(e.match.anchorEnd, e.match.anchorEnd + 6).some((t) => FORCE_PEOPLE.has(t.lower) || FORCE_PEOPLE.has(`${t.noun}s`))) return;
  e.type = 'MOBILIZE';
  e.mode = 'troops';
  e.rule += '+to-region';
}

/** Verbs that weigh a measure without taking it ("would review its sanctions"). */
const REVIEW_VERBS = new Set(['review', 'reconsider', 'discuss', 'assess', 'examine', 'study', 'debate', 'evaluate', 'weigh', 'consider']);

/** "said it would review its sanctions on X": a measure under review is no measure taken (nor threatened). */
function reviewedMeasures(ctx: SentenceContext, events: SentenceEvent[]): void {
  const { toks } = ctx;
  for (const o of events) {
    if (o.absorbed || o.pattern.pos !== 'n') continue;
    for (let k = o.anchor - 1; k >= Math.max(0, o.anchor - 3); k--) {
      if (toks[k].punct) break;
      if (REVIEW_VERBS.has(toks[k].lemma) && isVerbal(toks, k)) { o.absorbed = true; break; }
    }
  }
}

/**
 * "Iran denied allegations of sending troops to Syria": the allegation a denial's object names is
 * no accusation by the one who denies it; the gerund of its "of" is the denier's own act, denied
 * (denialScope negates it).
 */
function deniedReports(ctx: SentenceContext, events: SentenceEvent[]): void {
  const { toks } = ctx;
  for (const o of events) {
    if (o.absorbed || o.pattern.pos !== 'n' || !REPORT_NOUNS.has(toks[o.anchor].noun)) continue;
    let deny = -1;
    for (let k = o.anchor - 1; k >= Math.max(0, o.anchor - 3); k--) if (toks[k].flags & DENY_VERB && isVerbal(toks, k)) { deny = k; break; }
    if (deny < 0) continue;
    o.absorbed = true;
    const act = toks[o.anchor + 1]?.lower === 'of' ? events.find((c) => c.anchor === o.anchor + 2 && toks[c.anchor].lower.endsWith('ing')) : undefined;
    // (The denier is the denial frame's speaker when "denied" frames a report, else the verb's subject.)
    if (act && !act.source.length) act.source = frameSpeaker(ctx, ctx.frames.find((f) => deny >= f.frameFrom && deny <= f.frameTo)) ?? findSubject(ctx, deny);
  }
}

function applyModality(ctx: SentenceContext, e: SentenceEvent): void {
  const { toks } = ctx;
  const i = e.anchor;
  const floor = frameFloor(ctx, i);
  const s = scopeStart(toks, i, floor);
  let modal = false;
  let must = false;
  // ("Reporters Without Borders decried …": a cue word inside a name is part of the name.)
  const inName = (k: number) => toks[k].cap && ctx.actors.some((a) => a.kind !== 'pronoun' && a.kind !== 'group' && k >= a.from && k <= a.to);
  for (let k = s; k < i; k++) {
    if (!(toks[k].flags & MODALITY_CUE) || inName(k)) continue;
    const w = toks[k].lower;
    if (NEG.has(w) && !(w === 'not' && toks[k + 1]?.lower === 'only')) e.negated = true;
    if (NEG_VERBS.has(toks[k].lemma)) e.negated = true;
    if (HEDGE.has(w)) e.hedged = true;
    if (MODAL.has(w)) modal = true;
    // ("is expected to reject": others' forecast, no intent of the actor's; the act stays itself, hedged.)
    const forecast = toks[k].lemma === 'expect' && k > 0 && ((toks[k - 1].flags & BE_WORD) !== 0 || (toks[k - 1].lower === 'not' && k > 1 && (toks[k - 2].flags & BE_WORD) !== 0));
    if (forecast && toks[k + 1]?.lower === 'to') e.hedged = true;
    else if (HEARSAY.has(w) && toks[k + 1]?.lower === 'to' && k > 0 && (toks[k - 1].flags & BE_WORD) !== 0) e.hedged = true;
    else if (INTENT.has(toks[k].lemma) && toks[k + 1]?.lower === 'to' || (INTENT.has(w) && toks[k + 1]?.lower === 'to')) modal = true;
    if (MUST.has(w)) must = true;
  }
  // Governing cue just before the clause: "fears that …", "it is possible that …", "denied that …".
  for (let k = Math.max(floor, s - 3); k < s; k++) {
    if (!(toks[k].flags & MODALITY_CUE)) continue;
    const w = toks[k].lower;
    if (HEDGE.has(w)) e.hedged = true;
    if (NEG_VERBS.has(toks[k].lemma)) e.negated = true;
  }
  // A trigger noun right after "no": "no Russians were sent" is caught above; "there were no attacks" here.
  const prev = tokBefore(toks, i);
  if (prev?.lower === 'no') e.negated = true;
  // "stopped shipping drones", "has ceased supplying": from then on the act does not happen.
  const before = prev?.lower.endsWith('ly') ? tokBefore(toks, i - 1) : prev;
  if (toks[i].lower.endsWith('ing') && CEASE.has(before?.lemma ?? '')) e.negated = true;
  if (must) {
    const head = ctx.frames.find((f) => f.from <= i && i <= f.to && f.frameTo < i);
    if (head) {
      const speaker = ctx.actors.filter((a) => a.from >= head.frameFrom && a.to <= head.frameTo && a.kind !== 'pronoun');
      if (speaker.length) {
        e.target = e.source;
        e.source = [speaker[0]];
        e.mode = e.mode ?? e.type.toLowerCase();
        e.type = 'REQUEST';
        e.rule += '+must';
        return;
      }
    }
  }
  // "will not accept", "would not agree": a refused agreement is a rejection.
  if (modal && e.negated && e.type === 'AGREE') {
    e.mode = e.mode ?? 'agree';
    e.type = 'REJECT';
    e.negated = false;
    e.rule += '+will-not';
    return;
  }
  // "could sever diplomatic relations with Madrid if Spain's parliament endorses …": a hostile act
  // that might come, made to depend on the other side, is a threat (stated, so no longer hedged).
  // (The doer's own "could/may/might", not someone's fear of it: "fears being assassinated … if he steps down".)
  const mightDo = () => toks.slice(s, i).some((t) => t.lower === 'could' || t.lower === 'may' || t.lower === 'might') && !toks.slice(Math.max(0, s - 3), i).some((t) => t.lemma === 'fear' || t.lower === 'fears');
  if (!modal && !e.negated && HOSTILE.has(e.type) && e.type !== 'THREATEN' && mightDo()
    && toks.slice(e.match.anchorEnd, clauseEnd(toks, i, false)).some((t) => t.lower === 'if' || t.lower === 'unless')) {
    e.mode = e.mode ?? e.type.toLowerCase();
    e.type = 'THREATEN';
    e.hedged = false;
    e.rule += '+if-hostile';
    return;
  }
  if (!modal || e.type === 'AGREE' || e.type === 'THREATEN' || e.type === 'REQUEST') return;
  const hostile = HOSTILE.has(e.type);
  // "Manila would not cut ties with Beijing": a hostile act ruled out is no threat; it stays itself, negated.
  if (e.negated && hostile) return;
  if (e.negated && !hostile) {
    e.mode = e.type.toLowerCase();
    e.type = 'REJECT';
    e.negated = false;
    e.rule += '+will-not';
    return;
  }
  e.mode = e.mode ?? e.type.toLowerCase();
  // "prepared to resume shelling": getting ready to fight is a mobilisation, not yet a threat.
  if (e.type === 'ASSAULT' && toks.slice(s, i).some((t) => t.lemma === 'prepare' || t.lower === 'prepared' || t.lower === 'preparing')) {
    e.type = 'MOBILIZE';
    e.mode = 'military';
    e.rule += '+prepare';
    return;
  }
  // "will withdraw its troops unless the junta …": an announced act made to depend on the other
  // side giving way is a threat, whatever the act; so is one that cuts ties (withdrawn monitors).
  const unless = toks.slice(e.match.anchorEnd, clauseEnd(toks, i, false)).some((t) => t.lower === 'unless');
  const cutsTies = e.type === 'SANCTION';
  // "said it would pull its troops back", "will lift the curfew": a withdrawal or an easing declared,
  // not yet carried out, is a concession (PLOVER CONCEDE); being willing to make one is still AGREE.
  const concession = e.type === 'CONCEDE' || (e.type === 'RETREAT' && (e.mode === 'withdraw' || e.mode === 'ceasefire'));
  if (concession && !unless && !toks.slice(s, i).some((t) => WILLING.has(t.lower))) {
    e.type = 'CONCEDE';
    e.rule += '+intent-concede';
    return;
  }
  e.type = hostile || unless || cutsTies ? 'THREATEN' : 'AGREE';
  e.rule += hostile ? '+intent-hostile' : unless ? '+unless' : cutsTies ? '+intent-sanction' : '+intent';
}

/**
 * "kicked out the Norwegian Refugee Council", "ordered Medecins Sans Frontieres to leave the
 * country": an organisation expelled is a tie cut (SANCTION, as "expelled" codes), no deportation
 * of people and no mere demand.
 */
function expelledBody(e: SentenceEvent): void {
  if (e.mode !== 'deport' || (e.type !== 'COERCE' && e.type !== 'REQUEST') || e.target.length !== 1) return;
  const t = e.target[0];
  if (t.etype !== 'ORG' || t.kind === 'group' || t.countryOnly || t.prep !== null) return;
  e.type = 'SANCTION';
  e.mode = 'expel';
  e.rule += '+body';
}

/** Words of willingness before an act ("willing to withdraw", "ready to lift"). */
const WILLING = new Set(['willing', 'prepared', 'ready', 'open', 'wants', 'want', 'wanted', 'offered', 'offers', 'offer', 'proposed', 'proposes', 'hopes', 'hoped']);

/** People whose withdrawal cuts cooperation rather than ends a military presence (PLOVER: SANCTION). */
const COOPERATION_PEOPLE = new Set(['inspector', 'inspectors', 'monitor', 'monitors', 'observer', 'observers', 'peacekeeper', 'peacekeepers', 'diplomat', 'diplomats', 'ambassador', 'envoy', 'mission']);

/** "withdrew its ambassador", "pulled out the monitors": a withdrawal of cooperation is a sanction. */
function withdrawsCooperation(ctx: SentenceContext, e: SentenceEvent): void {
  // (Letting inspectors in, or handing weapons to monitors, is a concession of its own: only a withdrawal recodes.)
  if (e.type !== 'RETREAT' || e.mode === 'access' || e.mode === 'disarm') return;
  const { toks } = ctx;
  const end = clauseEnd(toks, e.anchor, true);
  const slot = toks.slice(e.match.anchorEnd, Math.min(end, e.match.anchorEnd + 6));
  // "withdrew from the Council of Europe": leaving a body, not a place, cuts ties with it.
  const body = e.mode === 'withdraw' && e.target.length === 1 && e.target[0].etype === 'ORG' && e.target[0].prep === 'from' && !e.target[0].countryOnly
    && !slot.some((t) => FORCE_NOUNS.has(t.lower) && t.i < e.target[0].from);
  if (!body && !slot.some((t) => COOPERATION_PEOPLE.has(t.lower))) return;
  e.type = 'SANCTION';
  e.mode = 'withdraw';
  e.rule += body ? '+from-body' : '+cooperation';
}

/** One event per (type, source, target) in a sentence; "sent weapons to B to help C" keeps C. */
function mergeDuplicates(events: SentenceEvent[]): SentenceEvent[] {
  const out: SentenceEvent[] = [];
  for (const e of events) {
    const key = (a: Actor[]) => a.map((x) => x.name).join('+');
    const dup = out.find((o) => o.type === e.type && key(o.source) === key(e.source) && (key(o.target) === key(e.target) || !e.target.length));
    if (dup) { dup.mode = dup.mode ?? e.mode; continue; }
    // "launched artillery, mortar and rocket fire against X": one act, its target named further on.
    const untargeted = out.find((o) => o.type === e.type && key(o.source) === key(e.source) && !o.target.length && e.target.length && o.source.length);
    if (untargeted) { untargeted.target = e.target; continue; }
    const purpose = out.find((o) => o.type === 'AID' && e.type === 'AID' && key(o.source) === key(e.source) && e.target.length && o.anchor < e.anchor);
    if (purpose) { purpose.target = e.target; purpose.mode = purpose.mode ?? e.mode; continue; }
    out.push(e);
  }
  return out;
}
