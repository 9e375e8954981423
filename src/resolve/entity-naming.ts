// Pure helpers of entity resolution: the node record, type votes, display names and name tests.
import type { EntityType } from '../types.ts';
import { countryFor } from './gazetteer.ts';
import { byCodeUnit } from './ids.ts';
import { diacriticCount, isAcronym, isGroupName, nameKey, tokenCount } from './names.ts';

/** When two type families tie in a vote, the earlier one wins (LOC votes with GPE). */
const TYPE_STRENGTH: EntityType[] = ['GPE', 'PERSON', 'ORG', 'FAC', 'LOC', 'EVENT', 'NORP'];

/** Words that mark a name as an organisation when guessing the type of a name with no mention. */
const ORG_WORDS =
  /\b(ministry|department|service|forces?|party|army|navy|agency|council|company|bank|news|times|post|journal|office|command|guard|corps|government|university|institute|committee|network|group|house|court|police|intelligence|embassy|airlines?|air|press|media|tv|radio|reuters|officials?|sources?|regime)\b/i;

export interface NodeInfo {
  key: string;
  types: Map<EntityType, number>;
  /** Candidate display names with how many mentions gave them. */
  displays: Map<string, number>;
  aliases: Set<string>;
  /** Documents with a mention placed here before surname linking, or a reference (for doc-first lookups). */
  documents: Set<string>;
  /** Documents that refer to the node by name (actors, cited sources, parenthesised acronyms). */
  refDocuments: Set<string>;
  mentions: number;
  /** Times an actor name (no mention) resolved here. */
  references: number;
  /** True when the node stands on its own without mentions: created from a name or a parenthesised acronym. */
  standalone: boolean;
  /** Type to use when the node has no typed mention (created from an actor name). */
  typeHint: EntityType | null;
  /** True when an event has it as its source or target (a place that acts is a GPE). */
  acts?: boolean;
  /** True when a gazetteer typed one of its mentions LOC (a region, a sea). */
  knownLoc?: boolean;
}

export function accentFold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

export function isSubsequence(short: string[], long: string[]): boolean {
  let i = 0;
  for (const t of long) if (t === short[i]) i++;
  return i === short.length;
}

/** Same last word, first words of five or more letters that differ in one inner letter. */
export function spellingVariant(a: string, b: string): boolean {
  const ta = a.split(' ');
  const tb = b.split(' ');
  const [fa, fb] = [ta[0], tb[0]];
  if (ta[ta.length - 1] !== tb[tb.length - 1] || fa === fb || fa.length !== fb.length || fa.length < 5) return false;
  let diff = -1;
  for (let i = 0; i < fa.length; i++) {
    if (fa[i] === fb[i]) continue;
    if (diff >= 0) return false;
    diff = i;
  }
  return diff > 0 && diff < fa.length - 1;
}

export function voteType(node: NodeInfo): EntityType {
  return voteTypeOf([node]);
}

/**
 * Majority type over the mentions, by family: places (GPE and LOC) vote together, then persons,
 * organisations, facilities, events (a tie goes to the earlier). NORP only when nothing else was
 * seen. Within places, GPE unless LOC outnumbers it two to one with no sign of a state: a
 * demonym folded in ("Zembrans" → "Zembra"), an event it acts in, or a country name.
 */
export function voteTypeOf(nodes: NodeInfo[]): EntityType {
  if (nodes.some((n) => isGroupName(n.key))) return 'ORG';
  const counts = new Map<EntityType, number>();
  for (const n of nodes) for (const [t, c] of n.types) if (c > 0) counts.set(t, (counts.get(t) ?? 0) + c);
  const nonNorp = [...counts].filter(([t]) => t !== 'NORP');
  if (nonNorp.length === 0 && counts.size === 0) {
    const hint = nodes.map((n) => n.typeHint).find((t) => t !== null);
    return hint ?? 'ORG';
  }
  const isCountry = nodes.some((n) => countryFor(n.key)?.how === 'country name');
  if (nonNorp.length === 0) return isCountry ? 'GPE' : 'NORP';
  const family = (t: EntityType): EntityType => (t === 'LOC' ? 'GPE' : t);
  const byFamily = new Map<EntityType, number>();
  for (const [t, c] of nonNorp) byFamily.set(family(t), (byFamily.get(family(t)) ?? 0) + c);
  const gpe = counts.get('GPE') ?? 0;
  const loc = counts.get('LOC') ?? 0;
  // On a tie, places rank as GPE when any mention said GPE, else as LOC (after PERSON and ORG).
  const strength = (t: EntityType) => TYPE_STRENGTH.indexOf(t === 'GPE' && gpe === 0 ? 'LOC' : t);
  const top = [...byFamily].sort((a, b) => b[1] - a[1] || strength(a[0]) - strength(b[0]))[0][0];
  if (top !== 'GPE') return top;
  // A place that acts in an event is a state, unless a gazetteer knows it as a region ("the Middle East").
  const acts = nodes.some((n) => n.acts && !n.knownLoc);
  const stateLike = (counts.get('NORP') ?? 0) > 0 || acts || isCountry;
  return gpe * 2 >= loc || stateLike ? 'GPE' : 'LOC';
}

/** The most frequent full form: persons prefer names of two or more words, others prefer non-acronyms. */
export function chooseName(nodes: NodeInfo[], person: boolean): string {
  const counts = new Map<string, number>();
  for (const n of nodes) for (const [d, c] of n.displays) counts.set(d, (counts.get(d) ?? 0) + c);
  let candidates = [...counts];
  const full = candidates.filter(([d]) => (person ? tokenCount(nameKey(d)) >= 2 : !isAcronym(d)));
  if (full.length) candidates = full;
  candidates.sort(
    (a, b) =>
      b[1] - a[1] ||
      tokenCount(nameKey(b[0])) - tokenCount(nameKey(a[0])) ||
      capitalisedWords(b[0]) - capitalisedWords(a[0]) ||
      diacriticCount(b[0]) - diacriticCount(a[0]) ||
      b[0].length - a[0].length ||
      byCodeUnit(a[0], b[0]),
  );
  const best = candidates[0]?.[0] ?? nodes[0].key;
  return person ? capitaliseName(best) : best;
}

/** "Craig faller" → "Craig Faller"; particles ("de", "al") and words with capitals are left alone. */
function capitaliseName(name: string): string {
  return name
    .split(' ')
    .map((w) => (/^\p{Ll}+$/u.test(w) && !PARTICLE_WORDS.has(w) ? w[0].toUpperCase() + w.slice(1) : w))
    .join(' ');
}

const PARTICLE_WORDS = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'al', 'van', 'von', 'der', 'da', 'dos', 'di', 'bin', 'ibn', 'y', 'le']);

/** "Craig Faller" over "Craig faller" when both are as frequent. */
function capitalisedWords(text: string): number {
  return text.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).length;
}

export function guessType(display: string, distinct: boolean): EntityType {
  if (distinct) return 'ORG';
  if (ORG_WORDS.test(display)) return 'ORG';
  const words = display.split(/\s+/);
  if (words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return 'PERSON';
  return 'ORG';
}
