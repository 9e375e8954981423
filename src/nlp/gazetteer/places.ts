// Place and nationality gazetteer built once from world-countries plus small hand lists
// (places-extra.ts). Keys are exact token sequences joined by single spaces, so matching is
// case-sensitive ("US" is the country, "us" is not); accent-free variants are added too.
import { createRequire } from 'node:module';
import type { EntityType } from '../../types.ts';
import { EXTRA_PLACES, CAPITAL_STOPLIST, type PlaceEntry } from './places-extra.ts';
import { tokenize } from '../tokens.ts';
import { memoByText } from '../memo.ts';

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
  return words.join(' ');
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

/** A 16-bit hash (FNV-1a) of an all-ASCII string, or NOT_ASCII. */
function asciiHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return NOT_ASCII;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h >>> 16;
}
const NOT_ASCII = -1;

// One bit per hash of each first word: 8 KB that stay in the CPU caches, where the Map does not.
// An ASCII word whose bit is clear opens no key and is answered without a Map lookup.
const FIRST_WORD_BITS = new Uint32Array(2048);
for (const first of MAX_WORDS_BY_FIRST.keys()) {
  const h = asciiHash(first);
  if (h !== NOT_ASCII) FIRST_WORD_BITS[h >>> 5] |= 1 << (h & 31);
}

/** The most words a key opening with `first` has (0: none), the accent-free lookup included. */
function mostWordsFrom(first: string): number {
  const h = asciiHash(first);
  if (h !== NOT_ASCII) return (FIRST_WORD_BITS[h >>> 5] >>> (h & 31)) & 1 ? MAX_WORDS_BY_FIRST.get(first) ?? 0 : 0;
  const exact = MAX_WORDS_BY_FIRST.get(first) ?? 0;
  const stripped = MAX_WORDS_BY_FIRST.get(stripAccentsCached(first)) ?? 0;
  return Math.max(exact, stripped);
}

/** True when every character of s is ASCII (nothing to strip, nothing outside ASCII to fold). */
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
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
  if (first === undefined || end > words.length) return matchPlaceSlow(words, i, most);
  // A key's first word is the span's, or (the accent-free lookup) that word without accents.
  if (!first.includes(' ')) most = Math.min(most, mostWordsFrom(first));
  for (let n = most; n >= 1; n--) {
    const hit = lookupKey(n === 1 ? first : spanKey(words, i, n));
    if (hit) return { length: n, hit };
  }
  return null;
}

/** keyOf(words.slice(i, i + n)) without the slice. */
function spanKey(words: string[], i: number, n: number): string {
  let key = words[i];
  for (let k = i + 1; k < i + n; k++) key += ' ' + words[k];
  return key;
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
  if (isPlainAsciiWords(name)) return BUILT.index.get(name);
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
