// Actor phrases in one sentence: tagged mentions first, then Dossier's own phrase rules for
// actors no mention covers — country names, capitals and demonyms ("Havana", "Cuban security
// advisors" → Cuba), offices ("the State Department"), capitalised names, and generic group nouns
// ("US officials", "the regime", "riot police").
import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';
import type { Mention } from '../types.ts';
import { writtenLowercase } from '../nlp/index.ts';
import { isJoiningHyphen, isSpaceAt, lowerFlag, scratchBytes, startsWithNumber, wordFlag, type Tok } from './tokens.ts';

const require = createRequire(import.meta.url);
const countries = require('world-countries') as Countries;
// Agent nouns derived from PETRARCH2's agents dictionary (scripts/build-agent-nouns.ts).
const agentNouns = require('./data/agent-nouns.json') as { words: string[] };
const data = require('./data/actors.json') as {
  extraPlaces: Record<string, string>;
  groupNouns: { words: string[] };
  actorModifiers: { words: string[] };
  quantifiers: { words: string[] };
  titles: { words: string[] };
  offices: Record<string, string>;
  notActors: { words: string[] };
  weaponNouns: { words: string[]; modifiers: string[] };
  armedGroups: { words: string[] };
};

export type ActorKind = 'mention' | 'place' | 'office' | 'proper' | 'group' | 'pronoun';

export interface Actor {
  /** Token range [from, to] inclusive within the sentence. */
  from: number;
  to: number;
  text: string;
  name: string;
  mention: number | null;
  kind: ActorKind;
  /** Entity type when known: PERSON/ORG from mentions, GPE for places. */
  etype: string | null;
  /** The name comes from a country that only modifies a group noun ("US officials"). */
  countryOnly: boolean;
  /** Preposition governing the phrase ("to", "by", "of"), or null. */
  prep: string | null;
  /** Followed by a possessive 's. */
  possessive: boolean;
}

const PLACES = new Map<string, string>();
const DEMONYMS = new Set<string>();
for (const c of countries) {
  const name = c.name.common;
  const add = (s: string | undefined) => { if (s && s.length > 2) PLACES.set(s.toLowerCase(), name); };
  add(name);
  add(c.name.official);
  for (const a of c.altSpellings) if (a.length > 3) add(a);
  for (const cap of c.capital ?? []) add(cap);
  const d = c.demonyms?.eng;
  if (d) {
    for (const w of [d.m, d.f]) {
      if (!w) continue;
      // A territory shares its state's demonym ("Norwegian": Svalbard, "Indian": the British Indian Ocean Territory); the state keeps it.
      if (!c.independent && PLACES.has(w.toLowerCase())) continue;
      add(w);
      DEMONYMS.add(w.toLowerCase());
      if (!w.endsWith('s')) { add(w + 's'); DEMONYMS.add(w.toLowerCase() + 's'); }
    }
  }
}
for (const [k, v] of Object.entries(data.extraPlaces)) if (!k.startsWith('_')) PLACES.set(k, v);
// Capitals that are also ordinary words or people would misfire.
for (const bad of ['victoria', 'kingston', 'georgetown', 'hamilton', 'washington dc', 'jordan', 'chad', 'guinea', 'turkey', 'niger', 'georgia', 'santiago', 'san josé', 'david']) {
  if (bad === 'jordan' || bad === 'chad' || bad === 'turkey' || bad === 'niger' || bad === 'georgia' || bad === 'guinea') continue;
  PLACES.delete(bad);
}
const OFFICES = new Map(Object.entries(data.offices).filter(([k]) => !k.startsWith('_')));
/** The first word of every place and office name: a phrase can only start at a token that is one. */
const NAME_STARTS = new Set([...PLACES.keys(), ...OFFICES.keys()].map((k) => k.split(/[ -]/)[0]));
const HAND_GROUP = new Set(data.groupNouns.words);
const GROUP = new Set([...HAND_GROUP, ...agentNouns.words]);
/**
 * Derived agent nouns in the singular ("mercenary", "kidnapper"): as often a noun's modifier
 * ("mercenary outfit", "terrorist group") as an actor, so they head a phrase only when no
 * lowercase noun follows them (see coreAt).
 */
const MODIFIER_PRONE = new Set(agentNouns.words.filter((w) => !HAND_GROUP.has(w) && !/(s|men)$/.test(w)));
const MODIFIERS = new Set(data.actorModifiers.words);
const TITLES = new Set(data.titles.words);
const NOT_ACTOR = new Set(data.notActors.words);
const QUANT = new Set(data.quantifiers.words);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'these', 'those', 'some', 'several', 'many', 'both', 'all', 'other', 'any', 'each', 'most', 'two', 'three']);
export const PREPS = new Set(['to', 'by', 'of', 'in', 'on', 'onto', 'against', 'with', 'from', 'for', 'at', 'into', 'toward', 'towards', 'near', 'over', 'between', 'among', 'under', 'across', 'inside', 'within', 'through', 'via', 'including', 'like', 'during', 'after', 'before', 'since', 'than', 'around', 'alongside', 'beside', 'behind', 'outside', 'amid', 'beyond', 'throughout']);
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'us', 'our', 'him', 'them', 'his', 'her', 'its', 'their', 'who', 'which']);
const MAX_PLACE_WORDS = 4;

// The lists above asked about token by token, as word flags (tokens.ts wordFlag).
export const PREP = lowerFlag(PREPS);
const PRONOUN = lowerFlag(PRONOUNS);
const NAME_START = lowerFlag(NAME_STARTS);
const GROUP_WORD = lowerFlag(GROUP);
const MODIFIER_PRONE_WORD = lowerFlag(MODIFIER_PRONE);
const MODIFIER = lowerFlag(MODIFIERS);
const NOT_ACTOR_WORD = lowerFlag(NOT_ACTOR);
const DETERMINER = lowerFlag(DETERMINERS);
/** A demonym, or a place name shaped like one ("Afghan", "Yemeni"); a token holds no space. */
const DEMONYM_WORD = wordFlag((w) => DEMONYMS.has(w) || (PLACES.has(w) && /n$|ish$|ese$|i$/.test(w) && w !== PLACES.get(w)?.toLowerCase()));
/** "Police shot two protesters", "the army fought …": an irregular past form ("shot", "fought", "struck") after a group word is its verb, not a noun it modifies. */
function irregularPast(t: Tok): boolean {
  return t.lemma !== t.lower && !/(?:s|men)$/.test(t.lower) && t.lower !== 'children' && t.lower !== 'people';
}

const FUNCTION_AFTER = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'may', 'might', 'and', 'or', 'to', 'of', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'who', 'which', 'that', 'also', 'said', 'says', 'say', 'did', 'does', 'do', 'not', 'again', 'then', 'today', 'yesterday', 'last', 'this', 'on', 'routinely', 'reportedly', 'allegedly']);

export const isDemonym = (w: string) => DEMONYMS.has(w);
export const placeOf = (w: string) => PLACES.get(w);

/** Finds a place phrase starting at token i: [end index exclusive, country] or null. */
function placeAt(toks: Tok[], i: number, limit: number): [number, string] | null {
  const t = toks[i];
  // Phrases are the token words joined by spaces or hyphens, so they open with this word (asked
  // first: a bit test, where the string comparisons below cost a call per token).
  if (!(t.flags & NAME_START)) return null;
  if (!t.cap && t.lower !== 'u.s.') return null;
  // "US" the country only in capitals, never the pronoun "us".
  if (t.lower === 'us' && t.text !== 'US') return null;
  let phrase: Phrase | null = null;
  let best: [number, string] | null = null;
  for (let j = i; j < Math.min(limit, i + MAX_PLACE_WORDS); j++) {
    const w = toks[j].lower;
    if (toks[j].punct && w !== '.' && w !== '-') break;
    phrase = longerPhrase(phrase, w);
    if (phrase.hit) best = [j + 1, phrase.hit];
  }
  return best;
}

/**
 * A phrase placeAt built from token words, with the place or office it names, and the phrases one
 * word longer, by that word: each built and looked up once (building the phrase afresh at every
 * token, a new string to hash at each lookup, was most of placeAt's time).
 */
interface Phrase { text: string; hit: string | undefined; longer: Map<string, Phrase> | null }
const PHRASE_STARTS = new Map<string, Phrase>();
let phrasesBuilt = 0;
/** Past this many phrases the memo starts afresh (a long-running process sees unbounded text). */
const MAX_PHRASES = 100_000;

/** The phrase `prev` followed by the word w (the phrase w alone when prev is null). */
function longerPhrase(prev: Phrase | null, w: string): Phrase {
  const longer = prev ? (prev.longer ??= new Map()) : PHRASE_STARTS;
  let p = longer.get(w);
  if (p === undefined) {
    if (++phrasesBuilt > MAX_PHRASES) { PHRASE_STARTS.clear(); phrasesBuilt = 0; }
    // Words join with a space, a hyphen and the word after it without one.
    const text = prev ? (w === '-' || prev.text.endsWith('-') ? prev.text + w : prev.text + ' ' + w) : w;
    p = { text, hit: PLACES.get(text) ?? OFFICES.get(text), longer: null };
    longer.set(w, p);
  }
  return p;
}

interface Piece { from: number; to: number; name: string; kind: ActorKind; mention: number | null; etype: string | null }

/** Common nouns naming an organisation that a following proper name heads ("the militant group Hamas"). */
const HEAD_NOUNS = new Set([
  'group', 'movement', 'organization', 'organisation', 'network', 'cartel', 'faction', 'party', 'company', 'firm', 'airline', 'militia', 'gang', 'unit', 'force', 'agency',
  'outfit', 'contractor', 'corps', 'service', 'branch', 'wing', 'affiliate', 'brigade', 'battalion', 'regiment', 'mission', 'coalition', 'alliance', 'broadcaster', 'newspaper', 'channel', 'station',
]);

/** "outfit" in "the Russian mercenary outfit Wagner": a common noun that a following proper name heads (a word flag). */
export const HEAD_NOUN = lowerFlag(HEAD_NOUNS);

/** findActors' answers of isCore per token: 0 not asked yet, 1 yes, -1 no. */
const coreMemoFor = scratchBytes();

/** All actor phrases in a sentence, left to right, non-overlapping. */
export function findActors(toks: Tok[], mentions: Mention[], isCommon: (lower: string) => boolean = () => false): Actor[] {
  const n = toks.length;
  const pieceAt: (Piece | undefined)[] = new Array(n);
  // 1. Tagged mentions (the nlp stage's NER / gazetteer).
  for (const m of mentions) {
    let a = -1, b = -1;
    for (let k = 0; k < n; k++) {
      // Tokens run left to right: none from here on starts inside the mention.
      if (toks[k].start >= m.end) break;
      if (toks[k].end > m.start) { if (a < 0) a = k; b = k; }
    }
    if (a < 0) continue;
    const p: Piece = { from: a, to: b, name: m.canonical, kind: 'mention', mention: m.index, etype: m.type };
    for (let k = a; k <= b; k++) pieceAt[k] = p;
  }
  // 2. Places, demonyms and offices.
  for (let i = 0; i < n; i++) {
    if (pieceAt[i]) continue;
    const hit = placeAt(toks, i, n);
    if (hit) {
      let free = true;
      for (let k = i; k < hit[0]; k++) if (pieceAt[k]) free = false;
      if (!free) continue;
      const phrase = toks.slice(i, hit[0]).map((t) => t.lower).join(' ');
      const isOffice = OFFICES.has(phrase);
      const p: Piece = { from: i, to: hit[0] - 1, name: hit[1], kind: isOffice ? 'office' : 'place', mention: null, etype: isOffice ? 'ORG' : 'GPE' };
      for (let k = i; k < hit[0]; k++) pieceAt[k] = p;
      i = hit[0] - 1;
    }
  }
  const actors: Actor[] = [];
  // isCore is asked several times per token (phrase growth, trimming, lookahead): answered once.
  const coreMemo = coreMemoFor(n);
  const isCore = (k: number): boolean => {
    if (coreMemo[k] === 0) coreMemo[k] = coreAt(k) ? 1 : -1;
    return coreMemo[k] === 1;
  };
  const coreAt = (k: number): boolean => {
    const t = toks[k];
    if (k + 2 < n && isJoiningHyphen(toks, k + 1)) {
      const after = toks[k + 2];
      // "F-16", "S-400", "Shahed-136": a model designation, no actor (though a tagger may take it for one).
      if ((startsWithNumber(after.text) || MODEL_SUFFIXES.has(after.lower)) && pieceAt[k]?.kind !== 'place' && pieceAt[k]?.etype !== 'GPE') return false;
      // "Iranian-made drones", "US-supplied rockets": where goods come from, no actor of the clause.
      if (MADE_WORDS.has(after.lower)) return false;
      // "Anti-corruption journalist": a prefix, no name.
      if (MODIFIER_PREFIXES.has(t.lower)) return false;
    }
    if (t.cap && isWeaponName(k)) return false;
    // "coast guard" is one group noun (a bare "guard" is mostly the verb: "troops guard the palace").
    if (t.lower === 'guard' && k > 0 && toks[k - 1].lower === 'coast') return true;
    if (pieceAt[k]) return true;
    if (t.cap && !t.punct && !(t.flags & NOT_ACTOR_WORD) && !startsWithNumber(t.text)) {
      // A capital that only marks a sentence start ("Hit by sanctions, …") is no name.
      // ("Doctors from two aid groups donated …": a group noun there is still the group.)
      // So is an ordinary word the tagger left untagged, unless a capitalised word or a group noun
      // follows ("Asylum was granted …", "Outside the ministry, …", "Men with blades …"; but "Houthi
      // rebels …", and an unknown word stays a name: "Quelmar imposed sanctions").
      const opening = k === 0 || /^[“"«'‘(:—-]$/.test(toks[k - 1].lower);
      const nameNext = !!toks[k + 1] && (toks[k + 1].cap || (toks[k + 1].flags & GROUP_WORD) !== 0);
      if (opening && (isCommon(t.lower) || isCommon(t.noun) || isCommon(t.lemma) || (!nameNext && writtenLowercase(t.lower)))) return (t.flags & GROUP_WORD) !== 0;
      return true;
    }
    if (!(t.flags & GROUP_WORD)) return false;
    if (t.flags & MODIFIER_PRONE_WORD && k + 1 < n) {
      const nx = toks[k + 1];
      if (!nx.punct && !nx.cap && /^[a-z]+$/.test(nx.lower) && !FUNCTION_AFTER.has(nx.lower) && !/(ed|s)$/.test(nx.lower)) return false;
    }
    return true;
  };
  /** "Zolfaghar ballistic missiles", "Storm Shadow missiles": a name (no place, person or armed group) designating a weapon. */
  const isWeaponName = (k: number): boolean => {
    const p = pieceAt[k];
    // (A person tag there is the tagger's mistake: "Storm Shadow missiles", "Kalashnikov rifles"; so
    // is a place or nationality tag on a name no gazetteer knows: "Koksan self-propelled guns".)
    if (p && (p.kind !== 'mention' || ((p.etype === 'GPE' || p.etype === 'NORP') && placeAt(toks, k, n) !== null))) return false;
    if (toks[k].text.includes('.')) return false;
    let j = k + 1;
    while (j < n && toks[j].cap && (p ? pieceAt[j] === p : !pieceAt[j])) j++;
    for (let m = 0; m < 3 && j < n && (WEAPON_MODIFIERS.has(toks[j].lower) || toks[j].lower === '-'); m++) j++;
    if (j >= n || toks[j].cap || !WEAPON_NOUNS.has(toks[j].lower)) return false;
    for (let q = k; q < j; q++) if (ARMED_GROUPS.has(toks[q].lower)) return false;
    return true;
  };
  const isInner = (k: number): boolean => {
    const t = toks[k];
    if (isCore(k)) return true;
    if (t.flags & MODIFIER) return true;
    if (t.lower === 'coast' && toks[k + 1]?.lower === 'guard') return true;
    if (t.lower === '-' ) return k + 1 < n && isCore(k + 1) && k > 0 && !toks[k - 1].punct;
    // "Mali's military government", "Russia's President Putin": a possessor joins the actor phrase
    // it modifies (buildActor then names it: the person, the organisation, else the possessor).
    // Before any other noun ("the tribunal's ruling") it stays an actor of its own, marked possessive.
    if (t.lower === "'s") return k > 0 && isCore(k - 1) && k + 1 < n && (isCore(k + 1) || (toks[k + 1].flags & MODIFIER) !== 0 && lookaheadCore(k + 1) || toks[k + 1].lower === 'coast' && k + 2 < n && isCore(k + 2));
    if ((t.lower === 'of' || t.lower === 'for' || t.lower === 'de') && k + 1 < n && k > 0) {
      // "Minister of Finance", "Institute for Coastal and Marine Studies": only between capitalised words.
      const prev = toks[k - 1];
      // "asked London for Storm Shadow missiles": a place name takes no "of"/"for" complement.
      const placeEnds = pieceAt[k - 1] && pieceAt[k - 1]!.etype === 'GPE' && pieceAt[k] !== pieceAt[k - 1];
      if (placeEnds) return false;
      let j = k + 1;
      while (j < n && (toks[j].lower === 'the' || toks[j].lower === 'a')) j++;
      return prev.cap && !(prev.flags & NOT_ACTOR_WORD) && j < n && toks[j].cap && !(toks[j].flags & NOT_ACTOR_WORD);
    }
    if ((t.lower === 'the' || t.lower === 'a') && k > 1 && k + 1 < n) {
      // "Center for a Free Society": an article inside a capitalised name after "for"/"of".
      const prev = toks[k - 1].lower;
      return (prev === 'for' || prev === 'of') && toks[k - 2].cap && toks[k + 1].cap && !(toks[k + 1].flags & NOT_ACTOR_WORD);
    }
    return false;
  };
  let i = 0;
  while (i < n) {
    const t = toks[i];
    if (t.flags & PRONOUN && !pieceAt[i]) {
      actors.push({ from: i, to: i, text: t.text, name: t.lower, mention: null, kind: 'pronoun', etype: null, countryOnly: false, prep: prepBefore(toks, i), possessive: ['his', 'her', 'its', 'their', 'our'].includes(t.lower) });
      i++;
      continue;
    }
    if (!isCore(i) && !(t.flags & MODIFIER && i + 1 < n && lookaheadCore(i))) { i++; continue; }
    let j = i;
    while (j + 1 < n && isInner(j + 1)) {
      // Two different tagged pieces side by side stay apart unless the first modifies a group noun.
      j++;
    }
    // Trim modifiers and connectors at the right edge.
    while (j > i && !isCore(j)) j--;
    let a = i;
    while (a < j && !isCore(a)) a++;
    const actor = buildActor(toks, a, j, pieceAt);
    // A group word used as a modifier ("military aid", "police station") is no actor.
    const nx = toks[j + 1];
    const modifierUse = actor && actor.kind === 'group' && a === j && toks[j].flags & MODIFIER && nx && !nx.punct && !nx.cap && /^[a-z]+$/.test(nx.lower) && !FUNCTION_AFTER.has(nx.lower) && !/ed$/.test(nx.lower) && !irregularPast(nx);
    if (actor && !modifierUse) actors.push(actor);
    i = j + 1;
  }
  // Mostly none is dropped: the list is copied only when one is.
  for (let k = 0; k < actors.length; k++) if (demonymModifier(actors[k], actors[k + 1]) || describesPlace(actors[k])) return actors.filter((x, idx) => !demonymModifier(x, actors[idx + 1]) && !describesPlace(x));
  return actors;

  /** "the Algerian town of Bejaia", "the Ethiopian border": a demonym locating a place is no actor. */
  function describesPlace(x: Actor): boolean {
    if (!((x.kind === 'place' || x.etype === 'NORP' || x.etype === 'GPE') && x.from === x.to && isDemonymTok(toks[x.from]) && x.to + 1 < n)) return false;
    const next = toks[x.to + 1].lower;
    return (DESCRIBED_NOUNS.has(next) && toks[x.to + 2]?.lower === 'of') || DESCRIBED_OUTLETS.has(next);
  }

  /** "the Iranian terrorist group Hezbollah": a demonym modifying a named head ("group", "leader") is no actor of its own. */
  function demonymModifier(x: Actor, next: Actor | undefined): boolean {
    if (!next || !(x.kind === 'place' || x.etype === 'NORP' || x.etype === 'GPE') || x.from !== x.to || !isDemonymTok(toks[x.from])) return false;
    // ("Bangladeshi labour activist Abdul Karim Miah": the name's phrase may open with its own title.)
    const titled = !toks[next.from].cap && (TITLES.has(toks[next.from].lower) || (next.kind === 'mention' && next.etype === 'PERSON' && /^[a-z]+$/.test(toks[next.from].text)));
    const gap = next.from - x.to;
    if (titled ? gap < 2 || gap > 3 : gap < 3 || gap > 4) return false;
    if (next.kind === 'pronoun' || next.kind === 'group' || next.kind === 'place' || next.etype === 'GPE' || next.etype === 'NORP' || next.etype === 'LOC') return false;
    for (let k = x.to + 1; k < next.from; k++) if (!/^[a-z-]+$/.test(toks[k].text) || PREPS.has(toks[k].lower) || DETERMINERS.has(toks[k].lower)) return false;
    const head = toks[next.from - 1].lower;
    return titled || GROUP.has(head) || TITLES.has(head) || HEAD_NOUNS.has(head);
  }

  function lookaheadCore(k: number): boolean {
    let j = k;
    while (j < n && toks[j].flags & MODIFIER && !isCore(j)) j++;
    return j < n && j - k <= 3 && isCore(j);
  }
}

const WEAPON_NOUNS = new Set(data.weaponNouns.words);
/** A weapon noun ("drones", "missiles"): a nationality before one names the goods' maker, no party. */
export const isWeaponNoun = (t: Tok | undefined): boolean => !!t && !t.cap && WEAPON_NOUNS.has(t.lower);
const WEAPON_MODIFIERS = new Set(data.weaponNouns.modifiers);
const ARMED_GROUPS = new Set(data.armedGroups.words);
const COMPARATIVES = new Set(['more', 'fewer', 'less', 'rather']);
const MADE_WORDS = new Set(['made', 'built', 'designed', 'produced', 'manufactured', 'supplied', 'donated', 'funded', 'financed', 'provided', 'sponsored', 'brokered', 'mediated', 'hosted', 'drafted', 'proposed', 'flagged', 'linked', 'affiliated', 'aligned', 'registered', 'operated']);
/** "Anti-corruption journalist": a capitalised prefix fused by a hyphen is no actor. */
const MODIFIER_PREFIXES = new Set(['anti', 'pro', 'ex', 'non', 'post', 'pre', 'neo', 'counter']);
/** Places a demonym merely locates before their name ("the Algerian town of Bejaia"): the demonym is no actor there. */
const DESCRIBED_NOUNS = new Set(['town', 'city', 'village', 'capital', 'province', 'region', 'district', 'port', 'island']);
/** "a leading Bengali daily": a demonym describing an outlet. */
const DESCRIBED_OUTLETS = new Set(['daily', 'newspaper', 'weekly']);
/** "Shahed-type drones", "Kilo-class submarines": a name before these designates a model. */
const MODEL_SUFFIXES = new Set(['type', 'class', 'series', 'style']);

/** Words of place that are no modifier ("supporters outside parliament"). */
const LOCATIVE_WORDS = new Set(['outside', 'inside', 'near', 'beyond', 'across', 'along', 'abroad', 'home', 'there', 'here']);

/** A lower-case word that may modify a noun: no function word, no verb form, no punctuation. */
function isPlainNoun(t: Tok): boolean {
  return !t.cap && !t.punct && t.lemma === t.lower && /^[a-z]{3,}$/.test(t.lower) && !/(ing|ed|ly)$/.test(t.lower) && !(t.flags & (NOT_ACTOR_WORD | PREP | PRONOUN | GROUP_WORD)) && !FUNCTION_AFTER.has(t.lower) && !LOCATIVE_WORDS.has(t.lower);
}

function prepBefore(toks: Tok[], i: number): string | null {
  let k = i - 1;
  // "by prison guards", "to aid workers", "by anti-graft prosecutors": up to three plain nouns, or
  // hyphens joining them, may modify a group noun.
  let nouns = 0;
  const group = (toks[i].flags & GROUP_WORD) !== 0;
  while (k >= 0 && (toks[k].flags & (DETERMINER | MODIFIER) || startsWithNumber(toks[k].text) || (group && nouns < 3 && (isPlainNoun(toks[k]) || isJoiningHyphen(toks, k)) && ++nouns))) k--;
  if (k >= 0 && toks[k].flags & PREP) {
    // "up to 1,000 ethnic Turks", "more than 200 protesters": a count, no preposition of the actor.
    const w = toks[k].lower;
    if (k > 0 && startsWithNumber(toks[k + 1]?.text ?? '') && ((w === 'to' && toks[k - 1].lower === 'up') || (w === 'than' && COMPARATIVES.has(toks[k - 1].lower)))) return prepBefore(toks, k - 1);
    // "thousands of Cubans", "members of the Association": the quantity does not govern the actor.
    if (toks[k].lower === 'of' && k > 0 && QUANT.has(toks[k - 1].lower)) return prepBefore(toks, k - 1);
    return toks[k].lower;
  }
  return null;
}

function buildActor(toks: Tok[], a: number, b: number, pieceAt: (Piece | undefined)[]): Actor | null {
  let text = '';
  const pieces: Piece[] = [];
  let properFree = 0;
  let groupFree = 0;
  let free = 0;
  let person: Piece | undefined, org: Piece | undefined, place: Piece | undefined;
  for (let k = a; k <= b; k++) {
    const t = toks[k];
    text += (k > a && t.start > toks[k - 1].end ? ' ' : '') + t.text;
    const p = pieceAt[k];
    if (p) {
      // (Index -1 of an empty array is no element: a slow property lookup, spared.)
      if (pieces.length === 0 || pieces[pieces.length - 1] !== p) {
        pieces.push(p);
        if (!person && p.etype === 'PERSON') person = p;
        if (!org && (p.etype === 'ORG' || p.kind === 'office')) org = p;
        if (!place && (p.etype === 'GPE' || p.etype === 'NORP' || p.etype === 'LOC' || p.kind === 'place')) place = p;
      }
      continue;
    }
    free++;
    const w = t.lower;
    if (t.flags & GROUP_WORD) groupFree++;
    if (t.cap && !TITLES.has(w) && !(t.flags & (GROUP_WORD | MODIFIER | NOT_ACTOR_WORD)) && w !== 'of' && w !== 'for') properFree++;
  }
  const possessive = b + 1 < toks.length && toks[b + 1].lower === "'s";
  const prep = prepBefore(toks, a);
  // One literal shape for every actor (object spreads here were the coder's hottest allocation).
  const mk = (name: string, mention: number | null, kind: ActorKind, etype: string | null, countryOnly: boolean): Actor =>
    ({ from: a, to: b, text, name, mention, kind, etype, countryOnly, prep, possessive });
  if (person) return mk(person.name, person.mention, person.kind, 'PERSON', false);
  // A capitalised name beside a country word: "Syrian President Basher Assad" → the person.
  if (properFree >= 2 || (properFree === 1 && pieces.length === 0)) {
    // An office/organisation the mentions know wins over loose capitalised words.
    if (org && pieces.length === 1 && properFree < 2) return mk(org.name, org.mention, org.kind, 'ORG', false);
    const kept: Tok[] = [];
    for (let k = a; k <= b; k++) if (!(pieceAt[k]?.kind === 'place' && isDemonymTok(toks[k]))) kept.push(toks[k]);
    const nameToks = trimTitles(kept);
    if (nameToks.length === 0) return null;
    const name = nameToks.map((t) => t.text).join(' ').replace(/ - /g, '-').replace(/ ' s$/, '');
    return mk(name, null, 'proper', null, false);
  }
  if (org) return mk(org.name, org.mention, org.kind, 'ORG', false);
  if (place && pieces.length === 1) {
    // "Chinese coast guard personnel", "the Malian army", "Ukraine's air force": a national branch
    // of the armed forces is an organisation of its own, named by the country's adjective.
    const branch = branchAfter(toks, place === pieceAt[a] ? lastOf(pieceAt, a, b) + 1 : a, b);
    if (branch) {
      const name = `${countryAdjective(toks, place)} ${branch}`;
      BRANCH_COUNTRY.set(name, place.name);
      return mk(name, null, 'office', 'ORG', false);
    }
  }
  if (place) {
    const onlyPlace = free === 0 && pieces.length === 1;
    return mk(place.name, place.mention, place.kind, 'GPE', !onlyPlace && groupFree > 0);
  }
  if (groupFree > 0) {
    let name = '';
    for (let k = a; k <= b; k++) if (!(toks[k].flags & DETERMINER)) name += (name ? ' ' : '') + toks[k].lower;
    return mk(name, null, 'group', null, false);
  }
  return null;
}

export function isDemonymTok(t: Tok): boolean {
  return (t.flags & DEMONYM_WORD) !== 0;
}

/** Branches of a state's armed forces, as written after its adjective (lower case), and their names. */
const BRANCHES: [string[], string][] = [
  [['coast', 'guard'], 'Coast Guard'], [['air', 'force'], 'Air Force'], [['armed', 'forces'], 'Armed Forces'], [['national', 'guard'], 'National Guard'],
  [['national', 'police'], 'National Police'], [['border', 'guard'], 'Border Guard'], [['navy'], 'Navy'], [['army'], 'Army'],
];

/** The branch named by the words from k (past possessive 's and modifiers such as "military"), within b. */
function branchAfter(toks: Tok[], k: number, b: number): string | null {
  if (k < toks.length && toks[k].lower === "'s") k++;
  for (const [words, name] of BRANCHES) {
    if (k + words.length - 1 > b) continue;
    let ok = true;
    for (let w = 0; w < words.length; w++) if (toks[k + w].lower !== words[w]) ok = false;
    // "the Russian army commander", "a Chinese navy spokesman": a person of the branch speaks, not the branch.
    for (let r = k + words.length; ok && r <= b; r++) if (TITLES.has(toks[r].lower) || BRANCH_PEOPLE.has(toks[r].lower)) ok = false;
    if (ok) return name;
  }
  return null;
}
/** The country of each branch name built so far ("Nigerien Army" → Niger); a few hundred names at most. */
const BRANCH_COUNTRY = new Map<string, string>();
/** The country whose armed-forces branch the actor is, or undefined. */
export const branchCountry = (a: Actor): string | undefined => (a.kind === 'office' ? BRANCH_COUNTRY.get(a.name) : undefined);

/** The actor's phrase read as the country `name` (a branch's country, a speaker's): same span, a place. */
export function asCountry(a: Actor, name: string): Actor {
  return { ...a, name, kind: 'place', etype: 'GPE', mention: null, countryOnly: false, possessive: false };
}
const BRANCH_PEOPLE = new Set(['officer', 'officers', 'official', 'officials', 'spokesperson', 'chiefs', 'commanders', 'generals', 'source', 'sources']);

function lastOf(pieceAt: (Piece | undefined)[], a: number, b: number): number {
  let k = a;
  while (k + 1 <= b && pieceAt[k + 1] === pieceAt[a]) k++;
  return k;
}

/** Adjectives the demonym lists lack or give otherwise ("Filipino" for the Philippines). */
const COUNTRY_ADJECTIVES: Record<string, string> = { Philippines: 'Philippine', 'United States': 'US', 'United Kingdom': 'British', 'DR Congo': 'Congolese' };
const DEMONYM_OF = new Map<string, string>();
for (const c of countries) { const d = c.demonyms?.eng?.m; if (d) DEMONYM_OF.set(c.name.common, d); }

/**
 * How the branch's country reads as an adjective: its usual one where the demonym lists differ,
 * else the demonym as written (from the word's form, not its text: a glossed "maliense" reads
 * "Malian"), else the country's demonym.
 */
function countryAdjective(toks: Tok[], place: Piece): string {
  const k = place.from;
  if (COUNTRY_ADJECTIVES[place.name]) return COUNTRY_ADJECTIVES[place.name];
  if (isDemonymTok(toks[k]) && k === place.to) return toks[k].lower.replace(/(^|[\s-])\p{Ll}/gu, (c) => c.toUpperCase());
  return DEMONYM_OF.get(place.name) ?? place.name;
}

function trimTitles(ts: Tok[]): Tok[] {
  let a = 0;
  let b = ts.length - 1;
  while (a <= b && (TITLES.has(ts[a].lower) || GROUP.has(ts[a].lower) || MODIFIERS.has(ts[a].lower) || !ts[a].cap || ts[a].lower === 'of')) a++;
  while (b >= a && (!ts[b].cap || ts[b].punct)) b--;
  // Keep "of"-names whole ("Institute for Coastal and Marine Studies"), drop leading titles only.
  return ts.slice(a, b + 1);
}

export const isGroupWord = (w: string): boolean => GROUP.has(w);

/** Where a name's last white-space character (what \s matches) is, -1 if none: asked per actor, so read by hand (isSpaceAt). */
export function lastSpace(name: string): number {
  for (let k = name.length - 1; k >= 0; k--) if (isSpaceAt(name, k)) return k;
  return -1;
}
/** The name holds white space (a several-word name): /\s/.test(name). */
export const hasSpace = (name: string): boolean => lastSpace(name) >= 0;
/** A name's last word, as name.split(/\s+/).pop() gives it ('' after trailing white space). */
export const lastWord = (name: string): string => name.slice(lastSpace(name) + 1);
export const isTitleWord = (w: string): boolean => TITLES.has(w) && !DETERMINERS.has(w);

/** Whether an actor names someone specific enough to be a speaker's name (not "US officials"). */
export function isNamed(a: Actor): boolean {
  if (a.kind === 'pronoun' || a.kind === 'group') return false;
  return !a.countryOnly;
}
