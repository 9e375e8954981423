// Spanish and French sentences read word by word as English (data/gloss.json), so the English
// rules code them: "Agentes de la Policía detuvieron al presidente" → "agents of the police
// detained to-the president". Romance word order is close enough to English for subject–verb–object
// and the prepositions the rules read; only a demonym after its noun moves before it. Offsets, text
// and capitals stay the original's, so evidence spans and mentions still point into the article.
import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';
import type { Mention } from '../types.ts';
import { tokenAs, type Tok } from './tokens.ts';

const require = createRequire(import.meta.url);
/** Languages the gloss covers. */
export const GLOSSED_LANGUAGES = new Set(['es', 'fr']);

/** The glossary and country words, read on the first Spanish or French sentence (English-only runs never load them). */
let tables: { words: Map<string, Map<string, string>>; places: Map<string, Map<string, string>>; countries: Map<string, Map<string, string>>; multiword: Map<string, Map<string, string>> } | null = null;

function loadTables(): NonNullable<typeof tables> {
  if (tables) return tables;
  const data = require('./data/gloss.json') as Record<string, Record<string, string> | string>;
  const countries = require('world-countries') as Countries;
  const words = new Map<string, Map<string, string>>();
  for (const lang of GLOSSED_LANGUAGES) {
    const m = new Map<string, string>();
    const table = data[lang];
    if (table && typeof table === 'object') for (const [k, v] of Object.entries(table)) if (!k.startsWith('_') && v) m.set(k, v);
    words.set(lang, m);
  }
  const places = new Map<string, Map<string, string>>([['es', new Map()], ['fr', new Map()]]);
  const multiword = new Map<string, Map<string, string>>([['es', new Map()], ['fr', new Map()]]);
  for (const c of countries) {
    for (const lang of GLOSSED_LANGUAGES) {
      const t = c.translations?.[TRANSLATION_KEY[lang]];
      if (!t?.common) continue;
      (t.common.includes(' ') ? multiword : places).get(lang)!.set(t.common.toLowerCase(), c.name.common);
    }
    const fra = c.demonyms?.fra;
    const eng = c.demonyms?.eng?.m;
    if (fra && eng) for (const d of [fra.m, fra.f]) if (d) for (const form of [d, d + 's']) places.get('fr')!.set(form.toLowerCase(), eng);
  }
  for (const [stem, eng] of SPANISH_DEMONYMS) {
    const base = stem.slice(0, -1);
    for (const end of ['o', 'a', 'os', 'as']) places.get('es')!.set(base + end, eng);
  }
  for (const [w, eng] of SPANISH_DEMONYM_WORDS) places.get('es')!.set(w, eng);
  for (const [lang, caps] of Object.entries(CAPITALS)) for (const [k, v] of Object.entries(caps)) places.get(lang)!.set(k, v);
  // One-word country names, apart: "China" capitalised is the country, "china" the demonym ("la guardia costera china").
  const countryNames = new Map<string, Map<string, string>>();
  for (const lang of GLOSSED_LANGUAGES) {
    const m = new Map<string, string>();
    for (const c of countries) {
      const t = c.translations?.[TRANSLATION_KEY[lang]]?.common;
      if (t && !t.includes(' ')) m.set(t.toLowerCase(), c.name.common);
    }
    countryNames.set(lang, m);
  }
  tables = { words, places, countries: countryNames, multiword };
  return tables;
}

const TRANSLATION_KEY: Record<string, 'spa' | 'fra'> = { es: 'spa', fr: 'fra' };
// Spanish demonyms (world-countries gives none): the stem and its English demonym; -o/-a/-os/-as, or as written.
const SPANISH_DEMONYMS: [string, string][] = [
  ['ruso', 'Russian'], ['cubano', 'Cuban'], ['venezolano', 'Venezuelan'], ['chino', 'Chinese'], ['filipino', 'Filipino'], ['ucraniano', 'Ukrainian'],
  ['colombiano', 'Colombian'], ['mexicano', 'Mexican'], ['brasileño', 'Brazilian'], ['argentino', 'Argentine'], ['chileno', 'Chilean'], ['peruano', 'Peruvian'],
  ['boliviano', 'Bolivian'], ['ecuatoriano', 'Ecuadorian'], ['palestino', 'Palestinian'], ['sirio', 'Syrian'], ['egipcio', 'Egyptian'], ['libio', 'Libyan'],
  ['turco', 'Turkish'], ['norteamericano', 'American'], ['americano', 'American'], ['británico', 'British'], ['europeo', 'European'], ['afgano', 'Afghan'],
  ['coreano', 'Korean'], ['norcoreano', 'North Korean'], ['surcoreano', 'South Korean'], ['nigeriano', 'Nigerian'], ['italiano', 'Italian'], ['indio', 'Indian'],
];
const SPANISH_DEMONYM_WORDS: [string, string][] = [
  ['iraní', 'Iranian'], ['iraníes', 'Iranian'], ['israelí', 'Israeli'], ['israelíes', 'Israeli'], ['iraquí', 'Iraqi'], ['iraquíes', 'Iraqi'], ['saudí', 'Saudi'],
  ['saudíes', 'Saudi'], ['yemení', 'Yemeni'], ['paquistaní', 'Pakistani'], ['marroquí', 'Moroccan'], ['estadounidense', 'American'], ['estadounidenses', 'American'],
  ['nicaragüense', 'Nicaraguan'], ['nicaragüenses', 'Nicaraguan'], ['maliense', 'Malian'], ['malienses', 'Malian'], ['canadiense', 'Canadian'], ['canadienses', 'Canadian'],
  ['francés', 'French'], ['francesa', 'French'], ['franceses', 'French'], ['francesas', 'French'], ['alemán', 'German'], ['alemana', 'German'], ['alemanes', 'German'],
  ['español', 'Spanish'], ['española', 'Spanish'], ['españoles', 'Spanish'], ['japonés', 'Japanese'], ['japonesa', 'Japanese'], ['japoneses', 'Japanese'],
  ['libanés', 'Lebanese'], ['sudanés', 'Sudanese'], ['portugués', 'Portuguese'], ['inglés', 'English'],
];
const AFTER_ALONGSIDE = new Set(['a', 'al']);
/** Nouns a Romance demonym follows ("ejército maliense", "soldats russes"), read in English order. */
const PRE_DEMONYM_NOUNS = new Set(['army', 'navy', 'troops', 'soldiers', 'forces', 'police', 'government', 'military', 'officials', 'authorities', 'agents', 'guards', 'advisers',
  'instructors', 'mercenaries', 'fighters', 'rebels', 'ships', 'boats', 'vessels', 'ship', 'boat', 'sailors', 'diplomats', 'guard', 'personnel', 'drones', 'missiles', 'weapons', 'regime', 'ministry', 'embassy', 'delegation']);
const RELATIVE_AFTER = new Set(['cual', 'cuales', 'que', 'laquelle', 'lequel', 'lesquels', 'lesquelles']);
// Capitals in the two languages (one word each), read as the English capital (the coder's places know those).
const CAPITALS: Record<string, Record<string, string>> = {
  es: { pekín: 'Beijing', pekin: 'Beijing', moscú: 'Moscow', moscu: 'Moscow', londres: 'London', parís: 'Paris', teherán: 'Tehran', teheran: 'Tehran', seúl: 'Seoul', seul: 'Seoul', tokio: 'Tokyo', bruselas: 'Brussels', berlín: 'Berlin', habana: 'Havana', kiev: 'Kyiv', jerusalén: 'Jerusalem', damasco: 'Damascus', bagdad: 'Baghdad', pyongyang: 'Pyongyang', varsovia: 'Warsaw', atenas: 'Athens', estambul: 'Istanbul', ginebra: 'Geneva', viena: 'Vienna', argel: 'Algiers', trípoli: 'Tripoli', jartum: 'Khartoum', kabul: 'Kabul', pionyang: 'Pyongyang' },
  fr: { pékin: 'Beijing', pekin: 'Beijing', moscou: 'Moscow', londres: 'London', téhéran: 'Tehran', teheran: 'Tehran', séoul: 'Seoul', tokyo: 'Tokyo', bruxelles: 'Brussels', berlin: 'Berlin', kiev: 'Kyiv', jérusalem: 'Jerusalem', damas: 'Damascus', bagdad: 'Baghdad', varsovie: 'Warsaw', athènes: 'Athens', washington: 'Washington', manille: 'Manila', havane: 'Havana', alger: 'Algiers', genève: 'Geneva', kaboul: 'Kabul', khartoum: 'Khartoum', pyongyang: 'Pyongyang' },
};
/** French elisions: the prefix's own gloss, then the rest of the token looked up alone. */
const ELISION = /^(l|d|qu|n|s|j|c|jusqu|lorsqu|puisqu)['’](.+)$/;

const fold = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '');

function lookUp(words: Map<string, string>, w: string): string | undefined {
  return words.get(w) ?? words.get(fold(w));
}

/**
 * The sentence's tokens read as English. A two-word gloss ("según" → "according to") adds a token of
 * no width after the first; a country word becomes the English name or demonym, capitalised.
 */
export function glossSentence(toks: Tok[], language: string, lemmatize: (w: string) => string): Tok[] {
  const { words: allWords, places: allPlaces, countries: allCountries } = loadTables();
  const words = allWords.get(language);
  const places = allPlaces.get(language);
  const countries = allCountries.get(language);
  if (!words || !places || !countries) return toks;
  const out: Tok[] = [];
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (t.punct) { out.push({ ...t, i: out.length }); continue; }
    let w = t.lower;
    // "junto a(l)" is "alongside" (the "a" read as "the"); "según la cual" is "whereby", no attribution.
    if (AFTER_ALONGSIDE.has(w) && toks[k - 1]?.lower === 'junto') { out.push(tokenAs(t, 'the', lemmatize, out.length, false)); continue; }
    if ((w === 'según' || w === 'segun' || w === 'selon') && RELATIVE_AFTER.has(toks[k + 2]?.lower ?? '')) { out.push(tokenAs(t, 'whereby', lemmatize, out.length, t.cap)); continue; }
    // "Pekín, que reclama …": after a comma "que" opens a relative clause ("which"), not a complement.
    if (w === 'que' && toks[k - 1]?.lower === ',') { out.push(tokenAs(t, 'which', lemmatize, out.length, false)); continue; }
    const elided = language === 'fr' ? ELISION.exec(w) : null;
    let prefix: string | undefined;
    if (elided) { prefix = lookUp(words, elided[1] + "'") ; w = elided[2]; }
    const place = (t.cap && k > 0 ? countries.get(w) : undefined) ?? places.get(w) ?? places.get(fold(w));
    let english = place ?? lookUp(words, w);
    if (english === undefined) {
      // A name or a word the gloss lacks stays as written (names are the same in every language).
      out.push(prefix && prefix !== 'the' ? tokenAs(t, prefix, lemmatize, out.length, false) : { ...t, i: out.length });
      continue;
    }
    // "n'auraient": the negation carries the meaning the coder needs; the auxiliary is dropped.
    if (prefix === 'not') english = 'not';
    const parts = english.split(' ');
    // "el ejército maliense", "tropas rusas": the demonym after its noun reads before it ("Malian army").
    const prev = out[out.length - 1];
    if (place !== undefined && parts.length === 1 && prev && PRE_DEMONYM_NOUNS.has(prev.lower) && prev.end <= t.start) {
      const demonym = tokenAs(t, parts[0], lemmatize, 0, true);
      out[out.length - 1] = { ...demonym, i: prev.i, start: prev.start, end: prev.end, text: prev.text };
      out.push({ ...prev, i: out.length, start: t.start, end: t.end, text: t.text });
      continue;
    }
    out.push(tokenAs(t, parts[0], lemmatize, out.length, place !== undefined || t.cap));
    for (let p = 1; p < parts.length; p++) out.push({ ...tokenAs(t, parts[p], lemmatize, out.length, false), start: t.end, end: t.end });
  }
  return out;
}

/** An actor name in the language ("Rusia", "Estados Unidos" from a mention) as the English name, when it is a country's. */
export function englishPlaceName(name: string, language: string): string | undefined {
  const { places: allPlaces, countries, multiword } = loadTables();
  const places = allPlaces.get(language);
  if (!places) return undefined;
  const find = (key: string) => countries.get(language)?.get(key) ?? places.get(key) ?? multiword.get(language)?.get(key);
  // The name as written first ("El Salvador"), then without the preposition or article a tagger's
  // span may open with ("de Pekín", "La Habana": a place's name, so the article is no part of it).
  return find(name.toLowerCase()) ?? find(withoutParticle(name, true).toLowerCase());
}

/**
 * A tagger's span may open with the preposition or article before the name: "de Pekín", "du Mali".
 * A capitalised one ("La Habana") only with `capitalised`: it is part of many names ("El Tiempo", "Le Monde").
 */
export function withoutParticle(name: string, capitalised = false): string {
  return name.replace(capitalised ? ANY_PARTICLE : LOWER_PARTICLE, '');
}
const LOWER_PARTICLE = /^(?:de la|de|del|du|des|la|el|le|les|l['’]|d['’])\s*(?=\p{Lu})/u;
// (No i flag: with it \p{Lu} matches lower case too.)
const ANY_PARTICLE = /^(?:[Dd]e [Ll]a|[Dd]el?|[Dd]u|[Dd]es|[Ll]a|[Ee]l|[Ll]es?|[Ll]['’]|[Dd]['’])\s*(?=\p{Lu})/u;

/** Articles, prepositions and conjunctions a tagger's span may open with, or be made of, by language. */
const SPAN_PARTICLES: Record<string, ReadonlySet<string>> = {
  es: new Set(['de', 'del', 'la', 'el', 'los', 'las', 'a', 'al', 'y', 'e', 'en', 'por', 'con', 'un', 'una', 'que', 'según']),
  fr: new Set(['de', 'du', 'des', 'la', 'le', 'les', "l'", "d'", 'l’', 'd’', 'à', 'au', 'aux', 'et', 'en', 'un', 'une', 'que', 'selon']),
};

/**
 * A Spanish or French article's mentions as the English tagger found them, cleaned: a mention of
 * particles only ("de", "La" before a common noun) is dropped, and the particles a span opens
 * with are cut from it ("de China Meridional" → "China Meridional"), unless the name is a place
 * as written ("El Salvador"). Mentions are re-indexed.
 */
export function glossedMentions(text: string, mentions: Mention[], language: string): Mention[] {
  const particles = SPAN_PARTICLES[language];
  if (!particles) return mentions;
  const out: Mention[] = [];
  for (const m of mentions) {
    const asWritten = englishPlaceName(m.text, language);
    const keepsArticle = asWritten !== undefined && asWritten !== englishPlaceName(withoutParticle(m.text, true), language);
    let start = m.start;
    while (!keepsArticle) {
      const word = /^[\p{L}'’]+\s*/u.exec(text.slice(start, m.end));
      if (!word || !particles.has(word[0].trim().toLowerCase())) break;
      start += word[0].length;
    }
    if (start >= m.end) continue;
    const surface = text.slice(start, m.end);
    out.push({ ...m, index: out.length, start, text: surface, canonical: start > m.start && m.canonical === m.text ? surface : m.canonical });
  }
  return out;
}
