// Nationalities, their plurals and capitals → the country that acts through them (world-countries).
import { createRequire } from 'node:module';
import { nameKey } from './names.ts';

interface WorldCountry {
  name: { common: string; official: string };
  translations?: Record<string, { common: string; official: string }>;
  altSpellings?: string[];
  capital?: string[];
  demonyms?: { eng?: { m: string; f: string } };
  independent?: boolean;
  area?: number;
}

const require = createRequire(import.meta.url);
const countries = require('world-countries') as WorldCountry[];

export interface CountryHit {
  /** The country's common English name: "Cuba", "United States". */
  country: string;
  how: 'demonym' | 'capital' | 'country name' | 'abbreviation' | 'seat of government';
}

let table: Map<string, CountryHit> | null = null;

/** world-countries translation keys: Spanish, French, Portuguese, German, Italian. */
const TRANSLATED = ['spa', 'fra', 'por', 'deu', 'ita'];

function build(): Map<string, CountryHit> {
  const map = new Map<string, CountryHit>();
  const add = (text: string | undefined, hit: CountryHit) => {
    if (!text) return;
    const key = nameKey(text);
    if (key && !map.has(key)) map.set(key, hit);
  };
  const sorted = [...countries].sort((a, b) => (a.name.common < b.name.common ? -1 : 1));
  for (const c of sorted) {
    const country = c.name.common;
    add(country, { country, how: 'country name' });
    add(c.name.official, { country, how: 'country name' });
  }
  // Country names in the other languages the corpora mix ("Francia", "Allemagne"), after every English name.
  for (const c of sorted) {
    for (const lang of TRANSLATED) add(c.translations?.[lang]?.common, { country: c.name.common, how: 'country name' });
  }
  for (const c of sorted) {
    const country = c.name.common;
    for (const capital of c.capital ?? []) {
      add(capital, { country, how: 'capital' });
      add(capital.replace(/\s+D\.?C\.?$/, ''), { country, how: 'capital' });
    }
    for (const alt of c.altSpellings ?? []) {
      // Only dotted or 3+ letter abbreviations ("USA", "U.S."): two-letter codes are too often words.
      if (/^[A-Z]{3}$/.test(alt) || /^([A-Z]\.){2,}$/.test(alt)) add(alt, { country, how: 'abbreviation' });
    }
  }
  // A demonym two places share is the larger sovereign state's: "American" is the United States', not the
  // Northern Mariana Islands'; "Dutch" the Netherlands', "Dominican" the Dominican Republic's.
  const byWeight = [...sorted].sort((a, b) => Number(b.independent ?? false) - Number(a.independent ?? false) || (b.area ?? 0) - (a.area ?? 0));
  for (const c of byWeight) {
    const demonyms = c.demonyms?.eng;
    for (const d of [demonyms?.m, demonyms?.f]) {
      if (!d) continue;
      add(d, { country: c.name.common, how: 'demonym' });
      add(d.endsWith('s') ? d : `${d}s`, { country: c.name.common, how: 'demonym' });
    }
  }
  // Abbreviations news text uses that the data set lists only as ISO codes.
  add('U.S.', { country: 'United States', how: 'abbreviation' });
  add('US', { country: 'United States', how: 'abbreviation' });
  add('U.K.', { country: 'United Kingdom', how: 'abbreviation' });
  add('UK', { country: 'United Kingdom', how: 'abbreviation' });
  add('America', { country: 'United States', how: 'country name' });
  // Seats of government that news uses for the state itself ("the Kremlin denied …").
  add('Kremlin', { country: 'Russia', how: 'seat of government' });
  add('the Kremlin', { country: 'Russia', how: 'seat of government' });
  add('Élysée', { country: 'France', how: 'seat of government' });
  add('Downing Street', { country: 'United Kingdom', how: 'seat of government' });
  // Short forms of official names that news uses alone ("the Islamic Republic denied …").
  add('Islamic Republic', { country: 'Iran', how: 'country name' });
  add('the Islamic Republic', { country: 'Iran', how: 'country name' });
  return map;
}

/** The country a GPE/NORP name stands for, or null. "Cubans" → Cuba (demonym), "Havana" → Cuba (capital). */
export function countryFor(name: string): CountryHit | null {
  table ??= build();
  const hit = table.get(nameKey(name)) ?? null;
  // "US" is the country, "us" is a pronoun.
  if (hit?.how === 'abbreviation' && !/\p{Lu}/u.test(name)) return null;
  return hit;
}

/** True for a single folded word that is a nationality ("venezuelan"). */
export function isNationalityWord(foldedWord: string): boolean {
  if (!foldedWord || foldedWord.includes(' ')) return false;
  return countryFor(foldedWord)?.how === 'demonym';
}

/** The English demonym of a country's common name ("Ukraine" → "Ukrainian"), or null. */
export function demonymOf(country: string): string | null {
  const c = countries.find((x) => x.name.common === country);
  return c?.demonyms?.eng?.m ?? null;
}
