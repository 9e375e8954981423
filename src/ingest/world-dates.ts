// World knowledge that dates a text without dates: named events (data/dated-events/*.json) and the terms
// of heads of state and government (data/office-terms.json). Loaded and compiled on first use.
//  - An event entry matches when every one of its `all` groups has an alternative in the same sentence
//    and none of its `none` words occurs there; the text was then written on or after the event, so the
//    event date is a lower bound.
//  - A CURRENT office holder ("President Obama", "Syria's President Bashar al-Assad", "the president of
//    France, Emmanuel Macron") confines the text to that person's terms in that office; "former", "then-",
//    "ex-", "late" and the like before the title make the mention historical, so it bounds nothing.
// Sentences in a future context ("will", "plans to") are skipped: an event can be spoken of before it happens.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IsoDate } from '../types.ts';

export interface DatedEvent {
  id: string;
  date: IsoDate;
  /** Groups of lower-case alternatives; every group must occur in one sentence. */
  all: string[][];
  /** Lower-case words that, in the same sentence, mean the text speaks of something else ("reward for the capture"). */
  none?: string[];
  example: string;
}

export interface OfficeTerm {
  name: string;
  surname: string;
  titles: string[];
  /** [from, to]; to is null while the term runs. */
  terms: Array<[IsoDate, IsoDate | null]>;
}

/** A span of possible dates; end null = open. */
export type Interval = [IsoDate, IsoDate | null];

export interface WorldEvidence {
  /** Named past events found in the text (sentences in a future context skipped). */
  events: DatedEvent[];
  /** One entry per current-office mention: the union of the intervals it allows. */
  offices: Array<{ holder: string; intervals: Interval[] }>;
}

const dataDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data');

/** Lower case, accents removed, curly quotes straightened: the form patterns and text are compared in. */
export const fold = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘]/g, "'").replace(/[‐‑–]/g, '-');

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const alternation = (words: string[]) => `(?<![\\p{L}\\p{N}])(?:${words.map((w) => escape(fold(w))).join('|')})(?![\\p{L}\\p{N}])`;

export function loadDatedEvents(dir = path.join(dataDir, 'dated-events')): DatedEvent[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as DatedEvent[]);
}

export function loadOfficeTerms(file = path.join(dataDir, 'office-terms.json')): OfficeTerm[] {
  return JSON.parse(readFileSync(file, 'utf8')) as OfficeTerm[];
}

interface CompiledEvent {
  event: DatedEvent;
  groups: RegExp[];
  /** Per group, words one of which any match of the group contains (see needles). */
  groupNeedles: string[][];
  none: RegExp | null;
}

interface CompiledOffice {
  term: OfficeTerm;
  /** Title, then (optionally "of Country,") up to two given names, then the surname or full name. */
  mention: RegExp;
  /** Words one of which any mention contains: the last word of the surname and of the full name. */
  needles: string[];
}

/**
 * The last word of each folded alternative: a match of alternation(words) contains one of them as
 * it is (only spaces are loosened), so a text holding none cannot match and its regex is not run.
 */
const needles = (words: string[]): string[] => words.map((w) => fold(w).split(' ').pop()!);
const holdsOne = (text: string, words: string[]): boolean => words.some((w) => text.includes(w));

/** Words before a title that make the mention historical or not the office itself. */
const NOT_CURRENT = /(?:former|ex|then|late|past|previous|onetime|one-time|deposed|ousted|exiled|toppled|overthrown|disgraced|slain|assassinated|murdered|jailed|imprisoned|future|next|would-be|acting|interim|vice|deputy|under|during|wife of|son of|daughter of)[\s-]*$/;
const FUTURE = /(?<![\p{L}])(?:will|won't|shall|would|next|upcoming|scheduled|planned|plans? to|expected to|could|may|might|if)(?![\p{L}])/u;

let compiled: { events: CompiledEvent[]; offices: CompiledOffice[] } | null = null;

function compile() {
  if (compiled) return compiled;
  const events = loadDatedEvents().map((event) => ({
    event,
    groups: event.all.map((g) => new RegExp(alternation(g), 'u')),
    groupNeedles: event.all.map(needles),
    none: event.none?.length ? new RegExp(alternation(event.none), 'u') : null,
  }));
  const offices = loadOfficeTerms().map((term) => {
    const titles = alternation(term.titles);
    const names = alternation([term.surname, term.name]);
    const country = `(?:\\s+of\\s+(?:the\\s+)?[\\p{L}]+(?:\\s+[\\p{L}]+)?,?)?`;
    const given = `(?:\\s+[\\p{L}.'-]+){0,2}?`;
    return { term, mention: new RegExp(`${titles}${country}(${given})\\s+${names}`, 'gu'), needles: needles([term.surname, term.name]) };
  });
  compiled = { events, offices };
  return compiled;
}

/** Sentences: split at sentence-ending punctuation followed by space, and at line breaks. */
export function sentences(text: string): string[] {
  return text.split(/(?<=[.!?]["”»']?)\s+(?=["“«']?[\p{Lu}\d])|\n+/u).filter((s) => s.trim());
}

export function matchEvents(sentence: string): DatedEvent[] {
  const s = fold(sentence);
  if (FUTURE.test(s)) return [];
  return compile()
    .events.filter((c) => c.groupNeedles.every((n) => holdsOne(s, n)) && c.groups.every((g) => g.test(s)) && !c.none?.test(s))
    .map((c) => c.event);
}

/** Office holders named as current in the sentence, each with their terms in that office. */
export function matchOffices(sentence: string): Array<{ holder: string; intervals: Interval[] }> {
  const s = fold(sentence);
  // Entries matching at one position are one mention: "President Bush" allows the union of both Bushes'
  // terms, unless a full name ("President George W. Bush") singles one out.
  const byPosition = new Map<number, Array<{ term: OfficeTerm; full: boolean }>>();
  for (const { term, mention, needles: names } of compile().offices) {
    if (!holdsOne(s, names)) continue;
    for (const m of s.matchAll(mention)) {
      const before = s.slice(Math.max(0, m.index! - 24), m.index!);
      if (NOT_CURRENT.test(before)) continue;
      // Given names that are not this holder's make it someone else ("Assembly President Jorge Rodríguez").
      if (!givenNamesFit(m[1], term.name)) continue;
      const list = byPosition.get(m.index!) ?? [];
      list.push({ term, full: m[0].endsWith(fold(term.name)) });
      byPosition.set(m.index!, list);
    }
  }
  return [...byPosition.values()].map((list) => {
    const kept = list.some((x) => x.full) ? list.filter((x) => x.full) : list;
    return { holder: kept.map((x) => x.term.name).join(' / '), intervals: kept.flatMap((x) => x.term.terms) };
  });
}

/** Each word between title and surname is one of the holder's names or an initial ("Donald J. Trump"). */
function givenNamesFit(between: string, holder: string): boolean {
  const own = new Set(fold(holder).split(/[\s-]+/));
  return between.trim().split(/\s+/).filter(Boolean).every((w) => own.has(w) || /^\p{L}\.?$/u.test(w));
}

export function worldEvidence(text: string): WorldEvidence {
  const events: DatedEvent[] = [];
  const offices: WorldEvidence['offices'] = [];
  for (const sentence of sentences(text)) {
    events.push(...matchEvents(sentence));
    offices.push(...matchOffices(sentence));
  }
  return { events, offices };
}
