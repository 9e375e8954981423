// `tsx scripts/build-ner-gazetteer.ts`: derives models/ner-gazetteer.txt, the name list the NER
// tagger uses as features, from the PETRARCH2 actor dictionaries (MIT, © 2014 Open Event Data
// Alliance; github.com/openeventdata/petrarch2) in ../shared/data/petrarch2. Only the names are
// kept, lower-cased and tokenised the CoNLL way, each with a coarse class:
//   P person, O organisation, G armed / non-state group, C country (a record's primary name),
//   L other place or country alias (capitals, provinces, demonyms listed as country synonyms).
// Deterministic: the output is sorted.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = resolve(repoRoot, '../shared/data/petrarch2');
const OUT = resolve(repoRoot, 'models/ner-gazetteer.txt');

/** Words that make a phrase an organisation, whatever its codes say. */
const ORG_WORDS = new Set(
  ('army forces force party ministry ministries council association front union committee government bank ' +
    'organization organisation organizations league movement agency commission authority police guard guards ' +
    'brigade brigades battalion group groups court parliament assembly congress senate office department ' +
    'institute foundation fund federation confederation company corporation corp inc ltd co. society centre ' +
    'center university college school hospital alliance coalition network church navy air military regime ' +
    'administration cabinet bureau service services tribunal board secretariat mission program programme ' +
    'club trust unit units command faction cartel people\'s revolutionary liberation national islamic')
    .split(' '),
);

/** Role nouns from Phoenix.agents.txt: stripped from the front of person names ("PRESIDENT_XI_JINPING"). */
function agentWords(): Set<string> {
  const out = new Set<string>();
  for (const line of readFileSync(resolve(dir, 'Phoenix.agents.txt'), 'utf8').split('\n')) {
    if (!line || line.startsWith('#') || line.startsWith('!')) continue;
    const phrase = line.split(/[\s[{#]/)[0];
    if (!phrase || phrase.includes('!')) continue;
    for (const w of phrase.split('_')) if (w) out.add(w.toLowerCase());
  }
  for (const w of ['secretary-general', 'secretary', 'general', 'gen.', 'gen', 'sec.', 'un', 'u.n.', 'chief', 'mr.', 'mrs.', 'dr.', 'sir', 'king', 'queen', 'prince', 'sheikh', 'president', 'prime', 'minister'])
    out.add(w);
  return out;
}

/** A dictionary phrase as CoNLL-style lower-case tokens; null when it is unusable. */
function tokens(phrase: string): string[] | null {
  if (/[\u0000-\u001f\ufffd!+]/.test(phrase)) return null;
  const out: string[] = [];
  for (const raw of phrase.toLowerCase().split('_')) {
    if (!raw) continue;
    let w = raw;
    const pre: string[] = [];
    const post: string[] = [];
    while (w.length > 1 && /^[("']/.test(w)) {
      pre.push(w[0]);
      w = w.slice(1);
    }
    while (w.length > 1 && /[)",;:']$/.test(w)) {
      post.unshift(w[w.length - 1]);
      w = w.slice(0, -1);
    }
    out.push(...pre, w, ...post);
  }
  if (!out.length || !out.some((w) => /\p{L}/u.test(w))) return null;
  return out;
}

interface Record {
  phrases: string[];
  codes: string[];
  dated: boolean;
  comment: string;
}

function records(file: string): Record[] {
  const out: Record[] = [];
  let cur: Record | null = null;
  for (const raw of readFileSync(resolve(dir, file), 'utf8').split('\n')) {
    if (raw.startsWith('#') || raw.trim() === '') continue;
    const hash = raw.indexOf('#');
    const comment = hash >= 0 ? raw.slice(hash + 1) : '';
    const line = hash >= 0 ? raw.slice(0, hash) : raw;
    const codes = [...line.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1].trim());
    const text = line.replace(/\[[^\]]*\]/g, '').trim();
    if (!text) {
      if (cur) {
        cur.codes.push(...codes.map((c) => c.split(' ')[0]));
        if (codes.some((c) => /\d/.test(c))) cur.dated = true;
      }
      continue;
    }
    if (text.startsWith('+')) {
      if (cur) cur.phrases.push(text.slice(1).trim());
      if (cur) cur.codes.push(...codes.map((c) => c.split(' ')[0]));
      continue;
    }
    cur = { phrases: [text], codes: codes.map((c) => c.split(' ')[0]), dated: codes.some((c) => /\d/.test(c)), comment };
    out.push(cur);
  }
  return out;
}

function main() {
  if (!existsSync(resolve(dir, 'Phoenix.Countries.actors.txt'))) {
    console.log(`skipped: ${dir} is absent`);
    return;
  }
  const agents = agentWords();
  const entries = new Map<string, string>();
  const put = (cls: string, toks: string[] | null) => {
    if (!toks) return;
    const key = toks.join(' ');
    // Single words shorter than 3 letters are too ambiguous ("us", "an"), except acronyms with dots.
    if (toks.length === 1 && key.replace(/\./g, '').length < 3 && !key.includes('.')) return;
    const prev = entries.get(key);
    // First class wins, except that countries beat aliases, and people never displace others.
    if (!prev || (prev === 'L' && cls === 'C')) entries.set(key, cls);
  };
  const isOrg = (toks: string[]) => toks.some((w) => ORG_WORDS.has(w));
  const personTokens = (toks: string[] | null): string[] | null => {
    if (!toks) return null;
    let k = 0;
    while (k < toks.length - 1 && agents.has(toks[k])) k++;
    const rest = toks.slice(k);
    if (rest.length < 1 || rest.length > 5) return null;
    if (!rest.every((w) => /\p{L}/u.test(w) || w === '.')) return null;
    return rest;
  };
  for (const file of ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt']) {
    for (const r of records(file)) {
      const bareCountry = r.codes.length > 0 && r.codes.every((c) => /^[A-Z]{3}$/.test(c)) && file.startsWith('Phoenix.Countries');
      r.phrases.forEach((p, idx) => {
        const toks = tokens(p);
        if (!toks) return;
        if (file === 'Phoenix.MilNonState.actors.txt') return put('G', toks);
        if (bareCountry) return put(idx === 0 ? 'C' : 'L', toks);
        if (isOrg(toks) || r.codes.some((c) => /^(IGO|NGO|MNC)/.test(c)) && !r.dated) return put('O', toks);
        const person = r.dated || /CountryInfo|rulers/i.test(r.comment) || r.codes.some((c) => /(ELI|GOV)$/.test(c));
        if (person) return put('P', personTokens(toks));
        return put('O', toks);
      });
    }
  }
  const lines = [...entries].map(([k, c]) => `${c}\t${k}`).sort();
  const head =
    '# Names for the NER tagger\'s gazetteer features: class<TAB>lower-case tokens.\n' +
    '# Derived by scripts/build-ner-gazetteer.ts from the PETRARCH2 actor dictionaries\n' +
    '# (github.com/openeventdata/petrarch2, commit 676801cd; The MIT License (MIT), Copyright (c) 2014\n' +
    '# Open Event Data Alliance; see models/README.md for the full notice). Names only; do not edit by hand.\n';
  writeFileSync(OUT, head + lines.join('\n') + '\n');
  const counts: { [k: string]: number } = {};
  for (const c of entries.values()) counts[c] = (counts[c] ?? 0) + 1;
  console.log(`wrote ${OUT}: ${entries.size} names`, counts);
}

main();
