// Place and nationality gazetteer built once from world-countries plus small hand lists
// (places-extra.ts). Keys are exact token sequences joined by single spaces, so matching is
// case-sensitive ("US" is the country, "us" is not); accent-free variants are added too.
import { createRequire } from 'node:module';
import type { EntityType } from '../../types.ts';
import { EXTRA_PLACES, CAPITAL_STOPLIST, type PlaceEntry } from './places-extra.ts';
import { tokenize } from '../tokens.ts';
import { memoByText } from '../memo.ts';
import { isAscii, joinWords } from '../words.ts';

interface WorldCountry {
  name: { common: string; official: string };
  altSpellings: string[];
  capital?: string[];
  demonyms?: { eng?: { m: string; f: string } };
  independent?: boolean;
  unMember?: boolean;
}

export interface GazetteerHit {
  type: EntityType;
  canonical: string;
  /** Rule id, e.g. "gazetteer:country", "gazetteer:demonym". */
  rule: string;
}

const require = createRequire(import.meta.url);
const COUNTRIES = require('world-countries') as WorldCountry[];

/** Token sequence key: "United States", "U.S.", "Côte d'Ivoire". */
export function keyOf(words: string[]): string {
  return joinWords(words);
}

export function stripAccents(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '');
}

function build(): { index: Map<string, GazetteerHit>; maxWords: number; countryNames: Set<string> } {
  const index = new Map<string, GazetteerHit>();
  const countryNames = new Set<string>();
  let maxWords = 1;
  const add = (surface: string, hit: GazetteerHit, override = false) => {
    const words = tokenize(surface).map((t) => t.text);
    if (words.length === 0) return;
    for (const k of new Set([keyOf(words), stripAccents(keyOf(words))])) {
      if (override || !index.has(k)) index.set(k, hit);
    }
    maxWords = Math.max(maxWords, words.length);
  };
  // Independent UN members first, so shared demonyms ("Dominican", "Congolese") go to them.
  const ordered = [...COUNTRIES].sort((a, b) => rank(a) - rank(b));
  for (const c of ordered) {
    const canonical = c.name.common;
    countryNames.add(canonical);
    add(canonical, { type: 'GPE', canonical, rule: 'gazetteer:country' });
    add(c.name.official, { type: 'GPE', canonical, rule: 'gazetteer:country' });
    for (const alt of c.altSpellings) {
      // Two-letter codes other than US/UK collide with words ("IN", "IT", "IS"); skip them.
      if (alt.length <= 2 || alt.includes(',') || !/^[\p{Script=Latin}\s.'’-]+$/u.test(alt)) continue;
      add(alt, { type: 'GPE', canonical, rule: 'gazetteer:country-alias' });
    }
    const demonyms = c.demonyms?.eng;
    if (demonyms) {
      for (const d of new Set([demonyms.m, demonyms.f])) {
        if (!d) continue;
        add(d, { type: 'NORP', canonical, rule: 'gazetteer:demonym' });
        if (!/(?:ese|ish|ch|ss|i?sh)$/.test(d)) add(d + 's', { type: 'NORP', canonical, rule: 'gazetteer:demonym' });
      }
    }
    for (const capital of c.independent ? (c.capital ?? []) : []) {
      if (CAPITAL_STOPLIST.has(capital)) continue;
      add(capital, { type: 'GPE', canonical, rule: 'gazetteer:capital' });
    }
  }
  for (const e of EXTRA_PLACES) {
    for (const n of e.names) add(n, { type: e.type, canonical: e.canonical ?? n, rule: e.id }, true);
  }
  return { index, maxWords, countryNames };
}

function rank(c: WorldCountry): number {
  return (c.independent ? 0 : 2) + (c.unMember ? 0 : 1);
}

const BUILT = build();

// For each first word of a key: the most words any key starting with it has. A lookup at a word no
// key starts with (most words) is answered at once, and longer spans are never tried.
const MAX_WORDS_BY_FIRST = new Map<string, number>();
for (const key of BUILT.index.keys()) {
  const parts = key.split(' ');
  MAX_WORDS_BY_FIRST.set(parts[0], Math.max(MAX_WORDS_BY_FIRST.get(parts[0]) ?? 0, parts.length));
}

// A bit table of 65,536 bits (8 KB, which stay in the CPU caches where the Map does not), one bit
// per hash of an ASCII key: a clear bit answers "no such key" without a lookup.
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const NOT_ASCII = -1;

/** FNV-1a of the characters of s continued from state h (unsigned), or NOT_ASCII. */
function fnv1a(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return NOT_ASCII;
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  return h >>> 0;
}

/** The top 16 bits of a hash pick its bit. */
const hasBit = (bits: Uint32Array, hash: number) => ((bits[hash >>> 21] >>> ((hash >>> 16) & 31)) & 1) === 1;

function bitTable(strings: Iterable<string>): Uint32Array {
  const bits = new Uint32Array(2048);
  for (const s of strings) {
    const h = fnv1a(FNV_OFFSET, s);
    if (h !== NOT_ASCII) bits[h >>> 21] |= 1 << ((h >>> 16) & 31);
  }
  return bits;
}

const KEY_BITS = bitTable(BUILT.index.keys());

// By the top 16 bits of an ASCII first word's hash: the most words a key opening with a word of
// that hash has (0: no key opens with one). 64 KB instead of the Map: an upper bound that saves a
// lookup, since a longer span finds no key anyway.
const MOST_WORDS_BY_FIRST_HASH = new Uint8Array(65536);
for (const [first, most] of MAX_WORDS_BY_FIRST) {
  const h = fnv1a(FNV_OFFSET, first);
  if (h !== NOT_ASCII) MOST_WORDS_BY_FIRST_HASH[h >>> 16] = Math.max(MOST_WORDS_BY_FIRST_HASH[h >>> 16], most);
}

// Per-form caches pay only where the work is dear: a lookup in a large Map misses the CPU caches,
// so ASCII text (most of it) is answered directly, without one.
const stripAccentsCached = memoByText(stripAccents);

function lookupKey(key: string): GazetteerHit | undefined {
  const hit = BUILT.index.get(key);
  if (hit !== undefined || isAscii(key)) return hit;
  return BUILT.index.get(stripAccentsCached(key));
}

/** Longest gazetteer entry starting at words[i]: its length in words, or null. */
export function matchPlace(words: string[], i: number, end = words.length): { length: number; hit: GazetteerHit } | null {
  let most = Math.min(BUILT.maxWords, end - i);
  if (most < 1) return null;
  const first = words[i];
  if (first === undefined || end > words.length || first.includes(' ')) return matchPlaceSlow(words, i, most);
  const firstHash = fnv1a(FNV_OFFSET, first);
  if (firstHash === NOT_ASCII) return matchPlaceSlow(words, i, Math.min(most, mostWordsFromAccented(first)));
  // An ASCII first word: its hash says how long keys opening with it can run (0: none) …
  most = Math.min(most, MOST_WORDS_BY_FIRST_HASH[firstHash >>> 16]);
  if (most === 0) return null;
  // … and the hash of each ASCII span's key whether that key may exist (an ASCII key is looked
  // up as it is, without the accent-free retry).
  SPAN_HASHES[1] = firstHash;
  let asciiSpans = 1;
  for (let h = firstHash; asciiSpans < most; ) {
    h = fnv1a(Math.imul(h ^ 0x20, FNV_PRIME), words[i + asciiSpans]);
    if (h === NOT_ASCII) break;
    SPAN_HASHES[++asciiSpans] = h;
  }
  for (let n = most; n >= 1; n--) {
    if (n <= asciiSpans && !hasBit(KEY_BITS, SPAN_HASHES[n])) continue;
    const hit = lookupKey(n === 1 ? first : joinWords(words, i, i + n));
    if (hit) return { length: n, hit };
  }
  return null;
}

// SPAN_HASHES[n]: the hash of the key of the span's first n words (reused by every call).
const SPAN_HASHES: number[] = [];

/** The most words a key opening with a non-ASCII `first`, or with it without accents, has. */
function mostWordsFromAccented(first: string): number {
  const exact = MAX_WORDS_BY_FIRST.get(first) ?? 0;
  const stripped = MAX_WORDS_BY_FIRST.get(stripAccentsCached(first)) ?? 0;
  return Math.max(exact, stripped);
}

function matchPlaceSlow(words: string[], i: number, most: number): { length: number; hit: GazetteerHit } | null {
  for (let n = most; n >= 1; n--) {
    const hit = lookupKey(keyOf(words.slice(i, i + n)));
    if (hit) return { length: n, hit };
  }
  return null;
}

const foldCached = memoByText((s) => stripAccents(s).toLowerCase());

/** stripAccents(s).toLowerCase(): the key names are compared by across a document. */
export function foldName(s: string): string {
  return isAscii(s) ? s.toLowerCase() : foldCached(s);
}

const lookupPlaceCached = memoByText((name): GazetteerHit | null => lookupKey(keyOf(tokenize(name).map((t) => t.text))) ?? null);

/** The gazetteer entry for a whole name, as tokenized ("U.S.", "Côte d'Ivoire"). */
export function lookupPlace(name: string): GazetteerHit | undefined {
  // Plain ASCII words between single spaces tokenize to themselves: the name is its own key.
  if (isPlainAsciiWords(name)) return hasBit(KEY_BITS, fnv1a(FNV_OFFSET, name)) ? BUILT.index.get(name) : undefined;
  return lookupPlaceCached(name) ?? undefined;
}

/** Words of ASCII letters and digits, each opening with a letter, joined by single spaces. */
function isPlainAsciiWords(s: string): boolean {
  let atWordStart = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20) {
      if (atWordStart) return false;
      atWordStart = true;
      continue;
    }
    const letter = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
    if (!letter && (atWordStart || !(c >= 0x30 && c <= 0x39))) return false;
    atWordStart = false;
  }
  return !atWordStart;
}

/** Every surface form with what it names (for the tagger's gazetteer features). */
export function allPlaceNames(): [string, GazetteerHit][] {
  return [...BUILT.index.entries()];
}

export function isCountryName(name: string): boolean {
  return BUILT.countryNames.has(name);
}

export type { PlaceEntry };
