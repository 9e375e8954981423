// Speed of `dossier code` (src/extract codeText: nlp analyzeText + extractEvents) on one core.
//
//   npx tsx scripts/bench-code.ts        (also part of `npm run bench`)
//
// Two sets of single-sentence lines:
//  - repeated: the PLOVER GSR texts when ../shared is present (else a small built-in set), run over
//    and over for ≥ 2 s — steady state, every word form already seen;
//  - distinct: every line coded once, never repeated — the seed articles' sentences (split at run
//    time from ../shared/corpus/seeds when present) and lines made from the templates below with
//    varied names, places and numbers (many names are new word forms, as in a real stream).
// Rates are per second of wall time and per second of this process's CPU time (steadier on a
// shared machine). The lexicon and tagger load on the first call, reported apart.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeText, extractEvents } from '../src/extract/index.ts';
import { analyzeText, splitSentences } from '../src/nlp/index.ts';
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

/** Runs fn over the texts for ≥ ms; rate per second of wall time and of this process's CPU time. */
function rate(texts: number, fn: (k: number) => void, ms = 2000): { wall: number; cpu: number } {
  let n = 0;
  const c0 = process.cpuUsage();
  const start = performance.now();
  while (performance.now() - start < ms) for (let k = 0; k < texts; k++) { fn(k); n++; }
  const c = process.cpuUsage(c0);
  return { wall: n / ((performance.now() - start) / 1000), cpu: n / ((c.user + c.system) / 1e6) };
}

/** Each text once; rate per second of wall time and of CPU time. */
function onePass(texts: string[], fn: (s: string) => void): { wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const start = performance.now();
  for (const s of texts) fn(s);
  const c = process.cpuUsage(c0);
  return { wall: texts.length / ((performance.now() - start) / 1000), cpu: texts.length / ((c.user + c.system) / 1e6) };
}

export async function benchCode(): Promise<Record<string, number | string>> {
  const texts = repeatedSet();
  const t0 = performance.now();
  codeText(texts[0], '2020-12-02');
  const warm = performance.now() - t0;
  // Warm-up (not timed; the generated lines are not reused below): until the JIT has compiled the
  // hot paths, a rate mostly measures the compiler, whose threads also count as this process's CPU.
  const generated = templateLines(12_000);
  for (const s of generated.slice(0, 2000)) codeText(s, '2020-12-02');
  rate(texts.length, (k) => codeText(texts[k], '2020-12-02'), 1500);
  const analysed = texts.map((s) => ({ s, a: analyzeText(s) }));
  const nSent = analysed.reduce((n, x) => n + x.a.sentences.length, 0);
  const perText = nSent / texts.length;
  for (const { s, a } of analysed) extractEvents({ text: s, sentences: a.sentences, mentions: a.mentions, published: '2020-12-02' });

  const full = rate(texts.length, (k) => codeText(texts[k], '2020-12-02'));
  const nlp = rate(texts.length, (k) => analyzeText(texts[k]));
  // The extract stage alone, on pre-analysed sentences.
  const ex = rate(analysed.length, (k) => { const { s, a } = analysed[k]; extractEvents({ text: s, sentences: a.sentences, mentions: a.mentions, published: '2020-12-02', oneSided: true }); });
  const distinct = [...seedLines(), ...generated.slice(2000)];
  const once = onePass(distinct, (s) => codeText(s, '2020-12-02'));
  const r = (x: number) => Math.round(x * perText);
  return {
    'repeated set: texts (sentences)': `${texts.length} (${nSent})`,
    'distinct set: lines, each coded once': distinct.length,
    'first call incl. lexicon and tagger load (ms)': Math.round(warm),
    'codeText sentences/s, repeated set, wall': r(full.wall),
    'codeText sentences/s, repeated set, per CPU-second': r(full.cpu),
    'codeText sentences/s, distinct set, wall': Math.round(once.wall),
    'codeText sentences/s, distinct set, per CPU-second': Math.round(once.cpu),
    'analyzeText (nlp) sentences/s, repeated set, per CPU-second': r(nlp.cpu),
    'extractEvents sentences/s, repeated set, per CPU-second': r(ex.cpu),
    'nlp share of CPU time (nlp / (nlp + extract))': `${Math.round((100 / nlp.cpu) / (1 / nlp.cpu + 1 / ex.cpu))}%`,
    target: '≥ 20000 sentences/s',
  };
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) console.table(await benchCode());
