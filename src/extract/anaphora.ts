// Descriptive anaphora: noun phrases that refer back to an actor the article has already named.
//   "the Venezuelan leader", "this president", "the tyrant"  → the most recent person described
//                                                               with that role (else, for leader
//                                                               words, the most recent person who
//                                                               is not a speaker)
//   "the country", "the Caribbean nation"                     → the most recent country named
//   "the head of state", "the head of the junta"              → as a leader word
//   "the military", "the navy", "the coast guard"             → the one armed or security body the
//                                                               article has named with that word
//                                                               ("the Armed Forces of the
//                                                               Philippines"); none when it named two
// Conservative: only with a definite/demonstrative determiner, never before a name or an "of"
// phrase ("the president of Peru", "the leader, Juan Perez," are resolved by the phrase itself).
import { hasSpace, isDemonym, type Actor } from './actors.ts';
import { lowerFlag, type Tok } from './tokens.ts';

/** Roles that name one person ("the president"); leader words may fall back to the article's protagonist. */
const ROLE_WORDS = new Set(['president', 'leader', 'dictator', 'ruler', 'strongman', 'tyrant', 'autocrat', 'premier', 'chancellor', 'minister', 'king', 'queen', 'emir', 'prince', 'monarch', 'general', 'commander', 'governor', 'mayor', 'spokesman', 'spokeswoman', 'envoy', 'ambassador', 'chief', 'head']);
const LEADER_WORDS = new Set(['president', 'leader', 'dictator', 'ruler', 'strongman', 'tyrant', 'autocrat', 'premier', 'monarch', 'king', 'queen', 'emir']);
const DESCRIBERS = new Set(['journalist', 'reporter', 'correspondent', 'analyst', 'expert', 'researcher', 'author', 'editor', 'writer', 'professor', 'scholar', 'columnist', 'spokesman', 'spokeswoman', 'spokesperson', 'commentator', 'economist', 'historian', 'lawyer']);
const COUNTRY_WORDS = new Set(['country', 'nation']);
/**
 * Bodies a bare "the X" refers back to, by X (a two-word head keyed with its first word: "coast
 * guard"), with the words one of the body's names must hold ("the military": "Armed Forces of …").
 */
const BODY_WORDS = new Map<string, RegExp>([
  ['military', /\b(?:armed forces|military|defen[cs]e forces?)\b/i],
  ['armed forces', /\b(?:armed forces|defen[cs]e forces?)\b/i],
  ['army', /\barmy\b/i],
  ['navy', /\b(?:navy|naval forces?)\b/i],
  ['air force', /\bair force\b/i],
  ['coast guard', /\b(?:coast ?guard|coastguard)\b/i],
  ['coastguard', /\b(?:coast ?guard|coastguard)\b/i],
  ['police', /\bpolice\b/i],
  ['militia', /\bmilitia\b/i],
]);
/** Second words of two-word body heads, with the first words they take. */
const BODY_SECOND = new Map([['guard', 'coast'], ['force', 'air'], ['forces', 'armed']]);
/** A named body is looked back to within this many sentences. */
const BODY_WINDOW = 15;
/** "the head of state / government / the junta / the regime" names the leader. */
const HEADED = new Set(['state', 'government', 'junta', 'regime']);
const DEFINITE = new Set(['the', 'this', 'that']);
const NOT_MODIFIER = new Set(['of', 'and', 'or', ',', 'who', 'which', 'that', 'to', 'in', 'on', 'by', 'for', 'with', 'from', 'at']);
// The lists asked about token by token, as word flags (tokens.ts wordFlag).
const DEFINITE_WORD = lowerFlag(DEFINITE);
/** Ends the modifiers of a determiner's phrase: a role or country word heads it, the others end it. */
const PHRASE_HEAD = lowerFlag(new Set([...ROLE_WORDS, ...COUNTRY_WORDS, ...[...BODY_WORDS.keys()].filter((w) => !w.includes(' ')), ...BODY_SECOND.keys()]));
const PHRASE_STOP = lowerFlag(NOT_MODIFIER);

export interface PersonSeen {
  actor: Actor;
  sentence: number;
  roles: Set<string>;
  /** Introduced as someone who reports or comments ("the journalist X", "analyst Y"), not a protagonist. */
  describer: boolean;
}

export interface AnaphoraMemory {
  persons: PersonSeen[];
  countries: { actor: Actor; sentence: number }[];
  /** Named organisations (for "the military", "the navy": see BODY_WORDS). */
  bodies: { actor: Actor; sentence: number }[];
  speakers: Set<string>;
}

export const newMemory = (): AnaphoraMemory => ({ persons: [], countries: [], bodies: [], speakers: new Set() });

const isPerson = (a: Actor) => a.etype === 'PERSON' || (a.kind === 'proper' && hasSpace(a.name));
const isCountry = (a: Actor) => (a.kind === 'place' || a.etype === 'GPE') && a.kind !== 'pronoun' && !a.countryOnly;

/** Remembers the persons (with the role words around them) and countries of a sentence. */
export function remember(mem: AnaphoraMemory, toks: Tok[], actors: Actor[], sentence: number): void {
  for (const a of actors) {
    if (a.kind === 'pronoun') continue;
    if (isPerson(a)) {
      const roles = new Set<string>();
      for (let k = Math.max(0, a.from - 3); k <= a.to; k++) if (ROLE_WORDS.has(toks[k].lower)) roles.add(toks[k].lower);
      // Apposition after the name: "Maduro, the Venezuelan leader,".
      if (toks[a.to + 1]?.lower === ',') for (let k = a.to + 2; k < Math.min(toks.length, a.to + 6); k++) { if (ROLE_WORDS.has(toks[k].lower)) roles.add(toks[k].lower); if (toks[k].punct) break; }
      const describer = toks.slice(Math.max(0, a.from - 3), a.to + 1).some((t) => DESCRIBERS.has(t.lower));
      mem.persons.push({ actor: a, sentence, roles, describer });
    } else if (isCountry(a) && !isDemonym(a.text.toLowerCase())) {
      mem.countries.push({ actor: a, sentence });
    } else if (a.etype === 'ORG' && (a.kind === 'mention' || a.kind === 'proper')) {
      mem.bodies.push({ actor: a, sentence });
    }
  }
}

/**
 * Replaces descriptive noun phrases that refer back (see above) by the actor they refer to, with
 * this sentence's token range and preposition. Returns the sentence's actors, left to right.
 */
export function resolveDescriptions(mem: AnaphoraMemory, toks: Tok[], actors: Actor[], sentence: number): Actor[] {
  // Copied and re-sorted only when a phrase is replaced (actors come left to right already).
  let out = actors;
  // No closure in the loop (one would capture d: a fresh context per token).
  for (let d = 0; d < toks.length; d++) {
    if (!(toks[d].flags & DEFINITE_WORD)) continue;
    const replaced = descriptionAt(mem, toks, actors, out, d, sentence);
    if (!replaced) continue;
    if (out === actors) out = actors.slice();
    out = withReplacement(out, replaced, d);
    d = replaced.to;
  }
  return out === actors ? actors : out.sort((a, b) => a.from - b.from);
}

/** The actors of `out` with those inside [d + 1, replaced.to] taken out and `replaced` added (in place). */
function withReplacement(out: Actor[], replaced: Actor, d: number): Actor[] {
  for (const a of out.filter((x) => x.from <= replaced.to && x.to >= d + 1)) out.splice(out.indexOf(a), 1);
  out.push(replaced);
  return out;
}

/** The actor the phrase opened by the determiner at d refers back to, with the phrase's range; else null. */
function descriptionAt(mem: AnaphoraMemory, toks: Tok[], actors: Actor[], out: Actor[], d: number, sentence: number): Actor | null {
  // det (modifier){0,2} head
  let h = d + 1;
  while (h < toks.length && h <= d + 3 && !(toks[h].flags & (PHRASE_HEAD | PHRASE_STOP)) && !toks[h].punct) h++;
  const head = toks[h];
  if (!head || head.punct) return null;
  const isRole = ROLE_WORDS.has(head.lower);
  const isCountryNp = COUNTRY_WORDS.has(head.lower);
  const bodyKey = BODY_SECOND.get(head.lower) === toks[h - 1]?.lower ? `${toks[h - 1].lower} ${head.lower}` : head.lower;
  const bodyWords = !isRole && !isCountryNp ? BODY_WORDS.get(bodyKey) : undefined;
  if (!isRole && !isCountryNp && !bodyWords) return null;
  const next = toks[h + 1];
  // "the head of state", "the head of the junta": the leader, though an "of" phrase follows.
  let end = h;
  let leaderOf = false;
  if (head.lower === 'head' && next?.lower === 'of') {
    const k = toks[h + 2]?.lower === 'the' ? h + 3 : h + 2;
    if (HEADED.has(toks[k]?.lower ?? '')) { end = k; leaderOf = true; }
  }
  // "the president of Peru", "the leader Juan Perez", "the president, Luis Arce,", "the country's".
  // A possessive ("the country's intelligence service") modifies the noun after it: left unresolved.
  if (!leaderOf && next && (next.lower === 'of' || next.lower === "'s" || (next.cap && !next.punct) || (next.lower === ',' && actors.some((a) => a.from === h + 2 && isPerson(a))))) return null;
  // A name inside the phrase settles it ("the Venezuelan leader Maduro" is caught above; "the Cuban president" is not ours).
  const inside = out.filter((a) => a.from <= h && a.to >= d + 1);
  if (inside.some((a) => isPerson(a) || a.kind === 'office' || (a.etype === 'ORG' && a.kind === 'mention'))) return null;
  let ref: Actor | null = null;
  if (bodyWords) {
    // Only "the" + the body word(s) ("the Chinese navy", "the rebel militia" are other bodies or the
    // tagger's), and only when the article has named one such body: with two it is anyone's guess.
    if (h - d !== (bodyKey.includes(' ') ? 2 : 1) || toks[d].lower !== 'the' || out.some((a) => a.from <= h && a.to >= d + 1 && a.kind !== 'group')) return null;
    const named = new Map<string, Actor>();
    for (const b of mem.bodies) if (sentence - b.sentence <= BODY_WINDOW && b.sentence <= sentence && bodyWords.test(b.actor.name)) named.set(b.actor.name, b.actor);
    if (named.size !== 1) return null;
    ref = [...named.values()][0];
  } else if (isRole) {
    // A demonym in the phrase must not contradict the person ("the Cuban president" is no Venezuelan's).
    const cands = mem.persons.filter((p) => p.sentence <= sentence);
    const byRole = leaderOf ? undefined : [...cands].reverse().find((p) => p.roles.has(head.lower));
    if (byRole && sentence - byRole.sentence <= 12) ref = byRole.actor;
    else if (LEADER_WORDS.has(head.lower) || leaderOf) {
      const near = [...cands].reverse().filter((p) => sentence - p.sentence <= 3 && !p.describer);
      const recent = near.find((p) => !mem.speakers.has(p.actor.name)) ?? near[0];
      if (recent) ref = recent.actor;
    }
  } else {
    const own = out.filter((a) => a.from > h || a.to < d).map((a) => a.name);
    const c = [...mem.countries].reverse().find((x) => sentence - x.sentence <= 8 && !own.includes(x.actor.name));
    if (c) ref = c.actor;
  }
  if (!ref) return null;
  const text = toks.slice(d, end + 1).map((t) => t.text).join(' ');
  const prep = inside[0]?.prep ?? prepOf(toks, d);
  const possessive = toks[end + 1]?.lower === "'s";
  return { ...ref, from: d + 1, to: end, text, prep, possessive, countryOnly: false };
}

function prepOf(toks: Tok[], d: number): string | null {
  const w = toks[d - 1]?.lower;
  return w && ['to', 'by', 'of', 'in', 'on', 'against', 'with', 'from', 'for', 'at', 'into', 'toward', 'towards', 'near', 'over', 'inside', 'within', 'across'].includes(w) ? w : null;
}
