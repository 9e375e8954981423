// Derives Dossier's broad PLOVER verb lexicon from the PETRARCH2 CAMEO verb dictionary.
//
//   npx tsx scripts/build-lexicon.ts [../shared/data/petrarch2]
//
// Reads CAMEO.2.0.txt (PETRARCH2, MIT) and maps every CAMEO code through CAMEO2PLOVER-2021.txt
// (PLOVER, CC BY-SA 4.0; the 2018 CAMEO-PLOV.txt only fills codes the 2021 table lacks). Writes
// src/extract/data/cameo-verbs.json (credit in src/extract/data/README.md). The JSON is data, not
// code: src/extract/lexicon.ts compiles it into Maps keyed by lemma at load time.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { singular } from '../src/extract/tokens.ts';

const here = dirname(fileURLToPath(import.meta.url));
const OUT = join(here, '..', 'src', 'extract', 'data', 'cameo-verbs.json');

/** PLOVER event and mode for one CAMEO code, or null when PLOVER drops it (01 statements). */
type Coded = [string, string | null] | null;

// Modes normalised to the vocabulary Dossier uses (AID → military | economic | humanitarian | …,
// COERCE → arrest | seize | ban | …, ASSAULT → kill | attack | abduct, SANCTION → economic | diplomatic).
// Keyed by CAMEO code prefix; the longest prefix wins. Type overrides are noted.
const MODE_OVERRIDES: Record<string, Coded> = {
  '0311': ['AGREE', 'economic'], '0312': ['AGREE', 'military'], '0314': ['AGREE', 'intelligence'],
  '036': ['AGREE', 'meet'],
  '061': ['COOPERATE', 'economic'], '062': ['COOPERATE', 'military'], '064': ['COOPERATE', 'intelligence'],
  '070': ['AID', null], '071': ['AID', 'economic'], '072': ['AID', 'military'], '073': ['AID', 'humanitarian'],
  '074': ['AID', 'security'], '075': ['AID', 'asylum'],
  '0841': ['RETREAT', 'release'], '0872': ['RETREAT', 'withdraw'], '0871': ['RETREAT', 'ceasefire'],
  // CAMEO 163 (impose embargo, boycott, sanctions) is COERCE in the 2021 table; the task's ontology
  // keeps sanctions under SANCTION (mode economic), as the 2018 table did.
  '163': ['SANCTION', 'economic'], '161': ['SANCTION', 'diplomatic'], '166': ['SANCTION', 'diplomatic'],
  '162': ['SANCTION', 'economic'],
  '171': ['COERCE', 'seize'], '1711': ['COERCE', 'seize'], '192': ['COERCE', 'seize'],
  '172': ['COERCE', 'ban'], '1722': ['COERCE', 'ban'], '173': ['COERCE', 'arrest'], '174': ['COERCE', 'deport'],
  '181': ['ASSAULT', 'abduct'], '184': ['ASSAULT', 'abduct'], '1823': ['ASSAULT', 'kill'],
  '185': ['ASSAULT', 'kill'], '186': ['ASSAULT', 'kill'],
  '190': ['ASSAULT', 'attack'], '193': ['ASSAULT', 'attack'], '194': ['ASSAULT', 'attack'], '195': ['ASSAULT', 'attack'],
  '200': ['ASSAULT', 'kill'], '202': ['ASSAULT', 'kill'],
};

function readTable2021(file: string): Map<string, Coded> {
  const table = new Map<string, Coded>();
  for (const raw of readFileSync(file, 'utf8').split('\n')) {
    const line = raw.split('#')[0].trim();
    const m = /^(\d{3,4}):\s*([A-Z]+)\s*,([^,]*),?(.*)$/.exec(line);
    if (!m) continue;
    const mode = m[3].trim();
    const context = m[4].trim().split(';')[0].trim();
    table.set(m[1], [m[2], mode || context || null]);
  }
  return table;
}

function readTable2018(file: string): Map<string, Coded> {
  const table = new Map<string, Coded>();
  const rename: Record<string, string> = { DEMAND: 'REQUEST', DISAPPROVE: 'ACCUSE', INVESTIGATE: 'ACCUSE', COOPERATION: 'COOPERATE', FIGHT: 'ASSAULT' };
  for (const raw of readFileSync(file, 'utf8').split('\n')) {
    const m = /^(\d{3,4})\s+([A-Z]+)\s+(\S+)\s+(\S+)/.exec(raw);
    if (!m) continue;
    const type = rename[m[2]] ?? m[2];
    table.set(m[1], [type, m[3] === '---' ? null : m[3]]);
  }
  return table;
}

function codeToPlover(code: string, t2021: Map<string, Coded>, t2018: Map<string, Coded>): Coded {
  if (code === '---' || code === '') return null;
  // CAMEO 01 (public statements) is dropped by PLOVER. CAMEO 02 (appeal) folds into REQUEST
  // ("called for", "urged", "appealed"): PLOVER's REQUEST covers appeals and demands alike.
  if (code.startsWith('01')) return null;
  if (code.startsWith('02')) return ['REQUEST', code.startsWith('021') || code.startsWith('022') ? 'assist' : null];
  const candidates = [code, code.slice(0, 3), code.slice(0, 2) + '0'];
  for (const c of candidates) {
    const o = MODE_OVERRIDES[c];
    if (o !== undefined) return o;
    const v = t2021.get(c) ?? t2018.get(c);
    if (v) return v;
  }
  return null;
}

/** One pattern word: lowercased, "_" → space, trailing "_" and TABARI markers dropped, nouns singular. */
function normWord(w: string): string | null {
  w = w.replace(/[$+^%]/g, '').replace(/_+$/, '').toLowerCase();
  if (!w) return null;
  if (w.startsWith('&')) return '&' + w.slice(1).toUpperCase();
  return w.split('_').filter(Boolean).map(singular).join(' ');
}

/** Pattern line → slots: each slot a space-joined contiguous phrase ("medical team", "&MILITARY advisor"). */
function parseSide(s: string): string[] {
  const slots: string[] = [];
  const re = /\{[^}]*\}|\([^)]*\)|[^\s(){}]+/g;
  for (const m of s.match(re) ?? []) {
    if (m.startsWith('{')) {
      const words = m.slice(1, -1).trim().split(/\s+/).map(normWord).filter((w): w is string => !!w);
      if (words.length) slots.push(words.join(' '));
    } else if (m.startsWith('(')) {
      slots.push(...parseSide(m.slice(1, -1)));
    } else {
      const w = normWord(m);
      if (w) slots.push(w);
    }
  }
  return slots;
}

export interface DerivedLexicon {
  source: string;
  sets: Record<string, string[]>;
  /** Irregular and listed inflected forms → lemma. */
  forms: Record<string, string>;
  /** CAMEO code → [PLOVER type, mode] or null (dropped: statements, null codes). */
  codes: Record<string, Coded>;
  /** Verb blocks: name, default code (null = codes nothing), verbs, patterns [pre, post, code]. */
  blocks: { name: string; code: string | null; patterns: [string[], string[], string][] }[];
  /** lemma → entries [block index, own code or null, particles before, particles after]. */
  verbs: Record<string, [number, string | null, string[], string[]][]>;
}

export function buildLexicon(dir: string): DerivedLexicon {
  const text = readFileSync(join(dir, 'CAMEO.2.0.txt'), 'utf8');
  const t2021 = readTable2021(join(dir, 'CAMEO2PLOVER-2021.txt'));
  const t2018 = readTable2018(join(dir, 'CAMEO-PLOV.txt'));
  const lines = text.split('\n');
  const sets: Record<string, string[]> = {};
  const forms: Record<string, string> = {};
  const blocks: DerivedLexicon['blocks'] = [];
  const verbs: DerivedLexicon['verbs'] = {};
  const usedCodes = new Set<string>();
  let section = '';
  let currentSet: string | null = null;
  for (const raw of lines) {
    if (raw.includes('SYNONYM SETS')) { section = 'sets'; continue; }
    if (raw.includes('VERB PATTERNS')) { section = 'verbs'; continue; }
    if (raw.includes('TRANSFORMATIONS')) { section = 'done'; continue; }
    const line = raw.replace(/\s#.*$/, '').replace(/^#.*$/, '').trimEnd();
    if (!line.trim()) continue;
    if (section === 'sets') {
      if (line.startsWith('&')) { currentSet = line.trim().replace(/_+$/, '').slice(1).toUpperCase(); sets[currentSet] = []; }
      else if (line.startsWith('+') && currentSet) {
        const w = normWord(line.trim().slice(1));
        if (w && !sets[currentSet].includes(w)) sets[currentSet].push(w);
      }
      continue;
    }
    if (section !== 'verbs') continue;
    const head = /^---\s+(\S+)\s+\[([^\]]*)\]\s+---/.exec(line);
    if (head) {
      const code = head[2].split(':')[0].trim();
      blocks.push({ name: head[1], code: code && code !== '---' ? code : null, patterns: [] });
      if (code && code !== '---') usedCodes.add(code);
      continue;
    }
    const block = blocks[blocks.length - 1];
    if (!block) continue;
    if (line.startsWith('-')) {
      const m = /^-\s*(.*?)\s*\[([^\]]*)\]\s*$/.exec(line);
      if (!m) continue;
      const code = m[2].split(':')[0].replace(/[^0-9-]/g, '') || '---';
      const star = m[1].indexOf('*');
      if (star < 0) continue;
      const pre = parseSide(m[1].slice(0, star));
      const post = parseSide(m[1].slice(star + 1));
      block.patterns.push([pre, post, code]);
      usedCodes.add(code);
      continue;
    }
    // A verb line: VERB {FORMS} [code], +MULTI_WORD {…}, WIRE_+TAP.
    const vm = /^\s*(\S+)\s*(?:\{([^}]*)\})?\s*(?:\[([^\]]*)\])?/.exec(line);
    if (!vm) continue;
    const own = vm[3] ? vm[3].split(':')[0].trim() : null;
    if (own) usedCodes.add(own);
    const addVerb = (spec: string, lemmaOf?: string) => {
      const parts = spec.replace(/_+$/, '').split('_').filter(Boolean);
      let idx = parts.findIndex((p) => p.startsWith('+'));
      if (idx < 0) idx = 0;
      const word = parts[idx].replace(/^\+/, '').toLowerCase();
      const before = parts.slice(0, idx).map((p) => p.toLowerCase());
      const after = parts.slice(idx + 1).map((p) => p.toLowerCase());
      if (lemmaOf && lemmaOf !== word) { forms[word] = lemmaOf; return; }
      (verbs[word] ??= []).push([blocks.length - 1, own && own !== '---' ? own : own === '---' ? '---' : null, before, after]);
    };
    const base = vm[1];
    addVerb(base);
    const baseParts = base.replace(/_+$/, '').split('_');
    const baseWord = (baseParts.find((p) => p.startsWith('+')) ?? baseParts[0]).replace(/^\+/, '').toLowerCase();
    for (const f of (vm[2] ?? '').split(/\s+/).filter(Boolean)) addVerb(f, baseWord);
  }
  // Each pattern keeps one code: among repeated slot lists in a block, the most frequent code wins.
  for (const b of blocks) {
    const byKey = new Map<string, { pre: string[]; post: string[]; codes: string[] }>();
    for (const [pre, post, code] of b.patterns) {
      const key = pre.join('|') + '*' + post.join('|');
      const e = byKey.get(key) ?? { pre, post, codes: [] };
      e.codes.push(code);
      byKey.set(key, e);
    }
    b.patterns = [...byKey.values()].map(({ pre, post, codes }) => {
      const count = new Map<string, number>();
      for (const c of codes) count.set(c, (count.get(c) ?? 0) + 1);
      let best = codes[0];
      for (const c of codes) if ((count.get(c) ?? 0) > (count.get(best) ?? 0)) best = c;
      return [pre, post, best] as [string[], string[], string];
    });
  }
  const codes: Record<string, Coded> = {};
  for (const c of [...usedCodes].sort()) codes[c] = codeToPlover(c, t2021, t2018);
  return {
    source:
      'Derived by scripts/build-lexicon.ts from PETRARCH2 CAMEO.2.0.txt (MIT, (c) 2015 Open Event Data Alliance) ' +
      'mapped through PLOVER CAMEO2PLOVER-2021.txt / CAMEO-PLOV.txt (CC BY-SA 4.0, Open Event Data Alliance). See README.md.',
    sets, forms, codes, blocks, verbs,
  };
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const dir = resolve(process.argv[2] ?? join(here, '..', '..', 'shared', 'data', 'petrarch2'));
  if (!existsSync(join(dir, 'CAMEO.2.0.txt'))) {
    console.error(`build-lexicon: ${dir}/CAMEO.2.0.txt not found; pass the petrarch2 folder as the first argument`);
    process.exit(1);
  }
  const lex = buildLexicon(dir);
  writeFileSync(OUT, JSON.stringify(lex) + '\n');
  const nPat = lex.blocks.reduce((n, b) => n + b.patterns.length, 0);
  console.log(`build-lexicon: ${Object.keys(lex.verbs).length} verb lemmas, ${lex.blocks.length} blocks, ${nPat} patterns, ${Object.keys(lex.codes).length} codes → ${OUT}`);
}
