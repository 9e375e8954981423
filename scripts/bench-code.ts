// Speed of `dossier code` (src/extract codeLines: nlp analyzeText, then extractEvents, over batches
// of 64 lines, as the command runs it; and codeText, one line at a time) on one core.
//
//   npx tsx scripts/bench-code.ts        (also part of `npm run bench`)
//
// Two sets of single-sentence lines:
//  - repeated: the PLOVER GSR texts when ../shared is present (else a small built-in set), run over
//    and over in five windows of 0.5 s, the median window reported — steady state, every word form already seen;
//  - distinct: every line coded once, never repeated — the seed articles' sentences (split at run
//    time from ../shared/corpus/seeds when present) and lines made from the templates below with
//    varied names, places and numbers (many names are new word forms, as in a real stream).
// Rates are per second of wall time and per second of the measuring process's CPU time (steadier on
// a shared machine), taken on the compiled lib/ in a plain Node process (scripts/bench-code-measure.mjs)
// when it is current. The lexicon and tagger load on the first call, reported apart.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitSentences } from '../src/nlp/index.ts';
import { libIsCurrent } from '../bin/lib-current.mjs';
import { measure } from './bench-code-measure.mjs';
import { DEFAULT_GSR } from './eval-plover.ts';

const BUILT_IN = [
  'Iran sent weapons to Venezuela to help its president, a US commander said on Wednesday.',
  'In April, the Treasury Department sanctioned a Moldovan bank and two of its owners.',
  'Danish observers have begun leaving Estonia this month, the broadcaster reported.',
  'The rebels rejected the peace plan and threatened to attack the capital.',
  'Police arrested two opposition leaders in the capital on Monday.',
];

// Lines written for this benchmark: {P} a person, {C} a country, {D} a demonym, {O} an
// organisation, {N} a number, {W} a weekday.
const TEMPLATES = [
  '{P}, the foreign minister of {C}, met his counterpart from {C} in {C} on {W}.',
  'Troops from {C} shelled villages near the border with {C}, killing {N} people, officials said.',
  '{O} accused {C} of detaining {N} fishermen and demanded their release.',
  'The {D} government expelled two diplomats from {C} after a spying row, {O} reported.',
  '{P} said on {W} that {C} would send {N} tonnes of grain to {C} next month.',
  'Protesters marched through the capital of {C} on {W} to demand the resignation of {P}.',
  '{C} and {C} signed an agreement to share intelligence on smuggling, {P} told reporters.',
  'The {D} navy seized a tanker carrying oil to {C}, according to {O}.',
  '{P} rejected calls from {O} for an inquiry into the deaths of {N} miners.',
  'Police in {C} arrested {N} members of {O} on {W}, a spokesman for {P} said.',
  '{C} threatened to impose tariffs on {D} steel unless talks resumed, {P} warned.',
  'Relief flights from {C} landed in {C} carrying tents and medicine for {N} families.',
  '{O} said it had halted aid to {C} since 2019 because of the fighting.',
  '{P}, who leads {O}, denied that his forces had attacked a convoy in {C} last week.',
  'The {D} president invited {P} to visit {C} in recent weeks, the ministry said.',
  '{C} recalled its ambassador from {C} on {W} after {N} soldiers were killed.',
];
const FIRST = ['Ana', 'Tomas', 'Leila', 'Pavel', 'Ines', 'Kofi', 'Marta', 'Yusuf', 'Greta', 'Omar', 'Sofia', 'Ivan'];
const SYLLABLES = ['bra', 'mon', 'tel', 'vik', 'sar', 'dun', 'ore', 'lin', 'kas', 'pe', 'zor', 'ha', 'mi', 'tu', 'gel', 'ros'];
const COUNTRIES = ['Peru', 'Norway', 'Kenya', 'Chile', 'Poland', 'Ghana', 'Nepal', 'Spain', 'Egypt', 'Japan', 'Brazil', 'Turkey', 'Sudan', 'Greece'];
const DEMONYMS = ['Peruvian', 'Norwegian', 'Kenyan', 'Chilean', 'Polish', 'Ghanaian', 'Spanish', 'Egyptian', 'Japanese', 'Turkish'];
const ORG_HEADS = ['Council', 'Front', 'Union', 'Agency', 'Movement', 'Institute', 'League'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** A made-up surname; k-th call gives a different one (new word forms for the tagger's caches). */
function surname(k: number): string {
  let s = '';
  for (let x = k + 7; s.length < 6 || x > 0; x = Math.floor(x / SYLLABLES.length)) s += SYLLABLES[x % SYLLABLES.length];
  return s[0].toUpperCase() + s.slice(1);
}

/** `count` distinct lines from the templates. */
export function templateLines(count: number): string[] {
  const out: string[] = [];
  let r = 1;
  const pick = <T>(list: T[]): T => list[(r = (r * 1103515245 + 12345) >>> 0) % list.length];
  for (let k = 0; out.length < count; k++) {
    const line = TEMPLATES[k % TEMPLATES.length].replace(/\{([PCDONW])\}/g, (_, slot: string) => {
      switch (slot) {
        case 'P': return `${pick(FIRST)} ${surname(k)}`;
        case 'C': return pick(COUNTRIES);
        case 'D': return pick(DEMONYMS);
        case 'O': return `the ${surname(k * 3 + 1)} ${pick(ORG_HEADS)}`;
        case 'N': return String(2 + (k % 997));
        default: return pick(WEEKDAYS);
      }
    });
    out.push(line[0].toUpperCase() + line.slice(1));
  }
  return out;
}

function repeatedSet(): string[] {
  if (existsSync(DEFAULT_GSR)) {
    return readFileSync(DEFAULT_GSR, 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text);
  }
  return BUILT_IN;
}

const SEEDS = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../shared/corpus/seeds');

/** The seed articles' sentences as single lines (read at run time), when ../shared is present. */
function seedLines(): string[] {
  if (!existsSync(SEEDS)) return [];
  const out: string[] = [];
  for (const f of readdirSync(SEEDS).filter((x) => x.endsWith('.txt')).sort()) {
    const text = readFileSync(join(SEEDS, f), 'utf8');
    for (const s of splitSentences(text)) {
      const line = s.text.replace(/\s+/g, ' ').trim();
      if (line.length > 20) out.push(line);
    }
  }
  return [...new Set(out)];
}

/** Rates, measured on the compiled modules in a plain Node process when lib/ is current (what
 *  `dossier code` runs), else here on the sources through tsx (slower: see scripts/build-lib.mjs). */
export async function benchCode(): Promise<Record<string, number | string>> {
  const repeated = repeatedSet();
  const generated = templateLines(12_000);
  const sets = { repeated, warmup: generated.slice(0, 2000), distinct: [...seedLines(), ...generated.slice(2000)] };
  let m: Measured;
  let single: Measured;
  let ran: string;
  if (libIsCurrent()) {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
    try {
      const file = join(dir, 'sets.json');
      writeFileSync(file, JSON.stringify(sets));
      // One measuring process per way of coding the distinct set (see bench-code-measure.mjs).
      const run = (mode: string): Measured => {
        const child = spawnSync(process.execPath, [fileURLToPath(new URL('./bench-code-measure.mjs', import.meta.url)), file, mode], { encoding: 'utf8', maxBuffer: 1 << 20 });
        if (child.status !== 0) throw new Error(`bench-code: the measuring process failed: ${child.stderr}`);
        return JSON.parse(child.stdout) as Measured;
      };
      m = run('batched');
      single = run('single');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    ran = 'compiled lib/ in plain Node (as bin/dossier.js runs it)';
  } else {
    const { codeText, codeLines, extractEvents } = await import('../src/extract/index.ts');
    const { analyzeText } = await import('../src/nlp/index.ts');
    m = measure({ codeText, codeLines, analyzeText, extractEvents }, sets) as Measured;
    single = m;
    ran = 'sources through tsx (lib/ missing or older than src/: npm run build:lib); distinct set batched only';
  }
  const r = (x: number) => Math.round(x * m.sentencesPerText);
  return {
    'code measured': ran,
    'repeated set: texts': repeated.length,
    'distinct set: lines, each coded once': sets.distinct.length,
    'first call incl. lexicon and tagger load (ms)': Math.round(m.firstCallMs),
    'dossier code (codeLines, batches of 64) sentences/s, repeated set, wall': r(m.batched.wall),
    'dossier code (codeLines, batches of 64) sentences/s, repeated set, per CPU-second': r(m.batched.cpu),
    'dossier code (codeLines, batches of 64) sentences/s, distinct set, per CPU-second': Math.round(m.once.cpu),
    'codeText one line at a time sentences/s, repeated set, per CPU-second': r(m.full.cpu),
    'codeText one line at a time sentences/s, distinct set, per CPU-second': Math.round(single.once.cpu),
    'analyzeText (nlp) sentences/s, repeated set, per CPU-second': r(m.nlp.cpu),
    'extractEvents sentences/s, repeated set, per CPU-second': r(m.ex.cpu),
    'nlp share of CPU time (nlp / (nlp + extract))': `${Math.round((100 / m.nlp.cpu) / (1 / m.nlp.cpu + 1 / m.ex.cpu))}%`,
    target: '≥ 20000 sentences/s',
  };
}

interface Rate { wall: number; cpu: number }
interface Measured { firstCallMs: number; sentencesPerText: number; batched: Rate; full: Rate; nlp: Rate; ex: Rate; once: Rate }

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) console.table(await benchCode());
