// Time expressions in a sentence, resolved against the article's publication date (biased to the
// past: "in October" in a December article is this October, in a March article last October).
// Handles what news text uses most without a per-sentence parser: weekdays, month (+ day, + year),
// years ("in 2019", "since 2013"), decades ("late 2000s"), "last year", "in recent weeks",
// "yesterday", "two years ago". Numeric dates ("03/01/2020") go to chrono-node.
import * as chrono from 'chrono-node';
import type { IsoDate, TimeSpan } from '../types.ts';
import { tokBefore, type Tok, type WordInfo } from './tokens.ts';

export interface TimeExpr {
  /** Character offsets within the sentence text. */
  start: number;
  end: number;
  text: string;
  span: TimeSpan;
}

interface Pub { y: number; m: number | null; d: number | null }

// Maps, not objects: a key cut from the sentence is looked up without being interned first.
const MONTHS = new Map(Object.entries({
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
}));
const WEEKDAYS = new Map(Object.entries({ sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 }));
const NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, several: 3, few: 3 };

const M = '(january|february|march|april|may|june|july|august|september|october|november|december|jan\\.?|feb\\.?|mar\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sept?\\.?|oct\\.?|nov\\.?|dec\\.?)';
const RULES: { re: RegExp; kind: string }[] = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, kind: 'iso' },
  { re: new RegExp(`\\b${M}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`, 'gi'), kind: 'mdy' },
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${M}(?:,?\\s+(\\d{4})\\b)?`, 'gi'), kind: 'dmy' },
  { re: new RegExp(`\\b(?:(early|mid|late|end of|beginning of)[- ]+)?${M}(?:\\s+of)?,?\\s+(\\d{4})\\b`, 'gi'), kind: 'my' },
  // "since August last year", "in March of next year": the month in the year named.
  { re: new RegExp(`\\b(?:(?:in|since|during|by|until|from|early|mid|late|on)\\s+)?${M}\\s+(?:of\\s+)?(last|this|next)\\s+year\\b`, 'gi'), kind: 'mly' },
  { re: new RegExp(`\\b(in|since|during|by|until|from|last|this|next|early|mid|late|on|of)\\s+(?:early\\s+|late\\s+|mid-?)?${M}\\b(?!\\s+\\d)`, 'gi'), kind: 'm' },
  { re: /\b(last|this|next|on|early|late)?\s*(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi, kind: 'wd' },
  { re: /\b(today|yesterday|tonight|this morning|this afternoon|this evening|last night)\b/gi, kind: 'day' },
  { re: /\b(last|this|past|earlier this|later this|next)\s+(week|month|year|weekend)\b/gi, kind: 'rel' },
  { re: /\b(?:in\s+)?recent\s+(days|weeks|months)\b|\brecently\b/gi, kind: 'recent' },
  { re: /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|\d+)\s+(day|week|month|year)s?\s+(ago|earlier)\b/gi, kind: 'ago' },
  { re: /\b(?:the\s+)?(?:(early|mid|late)[- ])?(\d{3}0)s\b/gi, kind: 'decade' },
  { re: /\b(in|since|during|by|until|from|of|early|mid|late|around|before|after|between|and|year)\s+(\d{4})\b(?![-–]\d|,\d|\d)/gi, kind: 'year' },
  { re: /\b(1[89]\d\d|20\d\d)\b(?![-–/.,]?\d)/g, kind: 'bare' },
];
// resolveCached keys an answer by a match's first three groups: a rule with more would collide.
for (const { re, kind } of RULES) {
  const groups = new RegExp(`${re.source}|`).exec('')!.length - 1;
  if (groups > 3) throw new Error(`time: rule ${kind} has ${groups} groups; resolveCached keys by three`);
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m?: number | null, d?: number | null): IsoDate =>
  d ? `${y}-${pad(m!)}-${pad(d)}` : m ? `${y}-${pad(m)}` : String(y);
const one = (s: IsoDate): TimeSpan => ({ start: s, end: s });

let lastPub: { s: string; p: Pub | null } | null = null;
export function parsePublished(published: IsoDate | null): Pub | null {
  if (!published) return null;
  if (lastPub?.s === published) return lastPub.p ? { ...lastPub.p } : null;
  lastPub = { s: published, p: parsePub(published) };
  return lastPub.p ? { ...lastPub.p } : null;
}

function parsePub(published: IsoDate): Pub | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(published);
  if (!m) return null;
  return { y: +m[1], m: m[2] ? +m[2] : null, d: m[3] ? +m[3] : null };
}

function shiftDays(p: Pub, days: number): Pub {
  const t = new Date(Date.UTC(p.y, (p.m ?? 1) - 1, p.d ?? 1));
  t.setUTCDate(t.getUTCDate() + days);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}
const pubIso = (p: Pub) => iso(p.y, p.m, p.d);

function monthYear(month: number, pub: Pub | null, dir: string | undefined): number | null {
  if (!pub) return null;
  if (dir === 'next') return pub.m && month <= pub.m ? pub.y + 1 : pub.y;
  if (dir === 'last' && pub.m && month >= pub.m) return pub.y - 1;
  return pub.m && month > pub.m ? pub.y - 1 : pub.y;
}

/** `g`: the match's groups (an unmatched optional group undefined: each is read as '' would be). */
function resolve(kind: string, g: RegExpExecArray, pub: Pub | null): TimeSpan | null {
  switch (kind) {
    case 'iso': return one(iso(+g[1], +g[2], +g[3]));
    case 'mdy': case 'dmy': {
      const month = MONTHS.get((kind === 'mdy' ? g[1] : g[2]).toLowerCase().replace('.', ''));
      const day = +(kind === 'mdy' ? g[2] : g[1]);
      if (!month || day < 1 || day > 31) return null;
      const y = g[3] ? +g[3] : monthYear(month, pub, undefined);
      return y === null ? null : one(iso(y, month, day));
    }
    case 'mly': {
      const month = MONTHS.get(g[1].toLowerCase().replace('.', ''));
      if (!month || !pub) return null;
      return one(iso(g[2].toLowerCase() === 'last' ? pub.y - 1 : g[2].toLowerCase() === 'next' ? pub.y + 1 : pub.y, month));
    }
    case 'my': {
      const month = MONTHS.get(g[2].toLowerCase().replace('.', ''));
      return month ? one(iso(+g[3], month)) : null;
    }
    case 'm': {
      const month = MONTHS.get(g[2].toLowerCase().replace('.', ''));
      if (!month) return null;
      // "may" is a modal far more often than a month: only "in/since/by/… May".
      const y = monthYear(month, pub, g[1].toLowerCase());
      return y === null ? null : one(iso(y, month));
    }
    case 'wd': {
      if (!pub) return null;
      if (!pub.d) return one(pubIso(pub));
      // The publication's weekday without a Date object: day 0 (1970-01-01) was a Thursday.
      const pubDow = ((Math.floor(Date.UTC(pub.y, pub.m! - 1, pub.d) / 86_400_000) + 4) % 7 + 7) % 7;
      const wd = WEEKDAYS.get(g[2].toLowerCase())!;
      const dir = (g[1] ?? '').toLowerCase();
      let delta = -((pubDow - wd + 7) % 7);
      if (dir === 'next') delta = ((wd - pubDow + 7) % 7) || 7;
      if (dir === 'last' && delta === 0) delta = -7;
      return one(pubIso(shiftDays(pub, delta)));
    }
    case 'day': {
      if (!pub) return null;
      const w = g[1].toLowerCase();
      if (!pub.d) return one(pubIso(pub));
      return one(pubIso(w === 'yesterday' || w === 'last night' ? shiftDays(pub, -1) : pub));
    }
    case 'rel': {
      if (!pub) return null;
      const dir = g[1].toLowerCase();
      const unit = g[2].toLowerCase();
      if (unit === 'year') return one(String(dir === 'last' || dir === 'past' ? pub.y - 1 : dir === 'next' ? pub.y + 1 : pub.y));
      if (unit === 'month') {
        if (!pub.m) return one(String(pub.y));
        if (dir === 'last' || dir === 'past') return one(pub.m === 1 ? iso(pub.y - 1, 12) : iso(pub.y, pub.m - 1));
        if (dir === 'next') return one(pub.m === 12 ? iso(pub.y + 1, 1) : iso(pub.y, pub.m + 1));
        return one(iso(pub.y, pub.m));
      }
      // week / weekend: the month it falls in, at most.
      const p = pub.d ? shiftDays(pub, dir === 'last' || dir === 'past' ? -7 : dir === 'next' ? 7 : 0) : pub;
      return one(iso(p.y, p.m));
    }
    case 'recent': return pub ? one(iso(pub.y, pub.m)) : null;
    case 'ago': {
      if (!pub) return null;
      const nTxt = g[1].toLowerCase();
      const k = NUMBERS[nTxt] ?? +nTxt;
      const unit = g[2].toLowerCase();
      if (unit === 'year') return one(String(pub.y - k));
      if (unit === 'month') {
        if (!pub.m) return one(String(pub.y - Math.floor(k / 12)));
        const total = pub.y * 12 + (pub.m - 1) - k;
        return one(iso(Math.floor(total / 12), (total % 12) + 1));
      }
      if (!pub.d) return one(pubIso(pub));
      const p = shiftDays(pub, -(unit === 'week' ? 7 * k : k));
      return one(unit === 'week' ? iso(p.y, p.m) : pubIso(p));
    }
    case 'decade': {
      const base = +g[2];
      const part = (g[1] ?? '').toLowerCase();
      const [a, b] = part === 'early' ? [0, 3] : part === 'mid' ? [4, 6] : part === 'late' ? [7, 9] : [0, 9];
      return { start: String(base + a), end: String(base + b) };
    }
    case 'year': {
      const y = +g[2];
      if (y < 1800 || y > 2100) return null;
      const prep = g[1].toLowerCase();
      if (prep === 'since' || prep === 'from') return { start: String(y), end: pub ? pubIso(pub) : String(y) };
      return one(String(y));
    }
    case 'bare': {
      const y = +g[1];
      return y >= 1800 && y <= 2100 ? one(String(y)) : null;
    }
  }
  return null;
}

/**
 * resolve's answers for one publication date, by rule and groups (news repeats "on Monday", "last
 * week"; each answer costs Date arithmetic and string building). Copies go out: no caller shares one.
 */
const resolved = new Map<string, TimeSpan | null>();
let resolvedFor: IsoDate | null | undefined;
const MAX_RESOLVED = 10_000;

function resolveCached(kind: string, g: RegExpExecArray, published: IsoDate | null, pub: Pub | null): TimeSpan | null {
  if (resolvedFor !== published || resolved.size >= MAX_RESOLVED) { resolved.clear(); resolvedFor = published; }
  // No rule has more than three groups (checked under RULES); resolve reads a missing one as ''.
  const key = `${kind}\u0000${g[1] ?? ''}\u0000${g[2] ?? ''}\u0000${g[3] ?? ''}`;
  let span = resolved.get(key);
  if (span === undefined) { span = resolve(kind, g, pub); resolved.set(key, span); }
  return span && { start: span.start, end: span.end };
}

const NUMERIC_DATE = /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/;

/**
 * Cheap preconditions per rule kind: a rule is scanned only when its key words occur at all.
 * They are bits of what the sentence holds: a digit, a run of four digits (a year), a month word,
 * a weekday, a word for a time of day, "week"/"month"/"year", ...; each is a substring test a
 * word holds or not, so a tokenized sentence answers them from its words (worked out once per
 * word form), an untokenized one from its text.
 */
const DIGIT = 1, FOUR_DIGITS = 2, DASH = 4, MONTH = 8, WEEKDAY = 16, DAYTIME = 32, UNIT = 64, RECENT = 128, AGO = 256, DECADE = 512;

const MONTH_STEMS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';
/** A month word after a word boundary, across the text. */
const HAS_MONTH = new RegExp(`\\b(?:${MONTH_STEMS})`, 'i');
/** Inside one word (searched from its second character on: the boundary there is the word's own). */
const MONTH_INSIDE = new RegExp(`\\b(?:${MONTH_STEMS})`, 'gi');
/** At a word's start: it counts unless the token before ends, unspaced, in a word character ("_jan"). */
const MONTH_FIRST = new RegExp(`^(?:${MONTH_STEMS})`, 'i');
const MONTH_AT_START = 1024;
const CUE_TESTS: [number, RegExp][] = [
  [DIGIT, /\d/], [FOUR_DIGITS, /\d{4}/], [DASH, /-/],
  [WEEKDAY, /monday|tuesday|wednesday|thursday|friday|saturday|sunday/i],
  [DAYTIME, /today|yesterday|night|morning|afternoon|evening/i],
  [UNIT, /week|month|year/i], [RECENT, /recent/i], [AGO, /ago|earlier/i], [DECADE, /0s/i],
];

function cuesOfText(text: string): number {
  let cues = 0;
  for (const [bit, re] of CUE_TESTS) if (re.test(text)) cues |= bit;
  if (HAS_MONTH.test(text)) cues |= MONTH;
  return cues;
}

/** A word's cues, once per word form; a month word at its start is marked apart (see MONTH_FIRST). */
function wordCues(word: WordInfo, text: string): number {
  if (word.timeCues < 0) {
    let cues = 0;
    for (const [bit, re] of CUE_TESTS) if (re.test(text)) cues |= bit;
    if (MONTH_FIRST.test(text)) cues |= MONTH_AT_START;
    MONTH_INSIDE.lastIndex = 1;
    if (MONTH_INSIDE.test(text)) cues |= MONTH;
    word.timeCues = cues;
  }
  return word.timeCues;
}

const WORD_CHAR = /\w/;
/** The sentence's cues from its tokens (all of them, covering the text). */
function cuesOfTokens(toks: readonly Tok[]): number {
  let cues = 0;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    const c = wordCues(t.word, t.text);
    cues |= c;
    if (c & MONTH_AT_START) {
      const prev = tokBefore(toks, k);
      if (!prev || prev.end < t.start || !WORD_CHAR.test(prev.text[prev.text.length - 1])) cues |= MONTH;
    }
  }
  return cues;
}

/** The cues each rule needs, all of them (a mask: no call per rule and sentence). */
const GATES: Record<string, number> = {
  iso: FOUR_DIGITS | DASH, mly: MONTH | UNIT, mdy: DIGIT | MONTH, dmy: DIGIT | MONTH, my: FOUR_DIGITS | MONTH, m: MONTH,
  wd: WEEKDAY, day: DAYTIME, rel: UNIT, recent: RECENT, ago: AGO, decade: DIGIT | DECADE, year: FOUR_DIGITS, bare: FOUR_DIGITS,
};
const GATED_RULES = RULES.map(({ re, kind }) => ({ re, kind, needs: GATES[kind] }));

/**
 * Where the weekday rule's scan may start: its match is an optional word of up to five letters,
 * white space, then the weekday, so none starts more than five characters before the white space
 * ahead of the first token holding a weekday name (its regex tries every position otherwise).
 */
function weekdayScanFrom(toks: readonly Tok[], offset: number): number {
  for (let k = 0; k < toks.length; k++) {
    if (!(wordCues(toks[k].word, toks[k].text) & WEEKDAY)) continue;
    return k === 0 ? 0 : Math.max(0, toks[k - 1].end - offset - 5);
  }
  return 0;
}

/**
 * Every time expression in a sentence, longest first where they overlap. `toks`, when given, are
 * the sentence text's tokens (tokenizeSentence over the whole of `text`, at `offset`).
 */
export function findTimes(text: string, published: IsoDate | null, toks?: readonly Tok[], offset = 0): TimeExpr[] {
  const cues = toks ? cuesOfTokens(toks) : cuesOfText(text);
  const digit = (cues & DIGIT) !== 0;
  const pub = parsePublished(published);
  const found: TimeExpr[] = [];
  for (const { re, kind, needs } of GATED_RULES) {
    if ((cues & needs) !== needs) continue;
    re.lastIndex = kind === 'wd' && toks ? weekdayScanFrom(toks, offset) : 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const start = m.index + (m[0].length - m[0].trimStart().length);
      const end = m.index + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      if (kind === 'wd' && !m[1] && /^[A-Z]/.test(m[2]) === false) continue;
      if (kind === 'bare' && /\$|€|£/.test(text.slice(Math.max(0, start - 2), start))) continue;
      // "the 1951 mutual defence treaty", "its 2015 nuclear deal": a year naming a thing is no time of the event.
      if (kind === 'bare' && /\b(?:the|a|an|its|their|his|her|this|that)\s+$/i.test(text.slice(Math.max(0, start - 8), start)) && /^\s+[a-z]/.test(text.slice(end, end + 3))) continue;
      const span = resolveCached(kind, m, published, pub);
      if (span) found.push({ start, end, text: m[0].trim(), span });
    }
  }
  if (found.length === 0 && digit && NUMERIC_DATE.test(text)) {
    const ref = pub ? new Date(Date.UTC(pub.y, (pub.m ?? 12) - 1, pub.d ?? 28)) : new Date();
    for (const r of chrono.parse(text, { instant: ref, timezone: 0 }, { forwardDate: false })) {
      const c = r.start;
      const y = c.get('year');
      if (!y) continue;
      const s = iso(y, c.isCertain('month') ? c.get('month') : null, c.isCertain('day') ? c.get('day') : null);
      found.push({ start: r.index, end: r.index + r.text.length, text: r.text, span: one(s) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
