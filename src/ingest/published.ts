// Publication date estimated from the text, when metadata has none. The heuristic, in order:
//  1. Dateline / byline: a short line near the top or bottom that carries a full date ("Published: 3 March
//     2024", "By Ana Ruiz | March 3, 2024"), or a wire dateline opening the text ("LIMA, March 3, 2024 (Reuters) -").
//     That date is returned at day precision.
//  2. Otherwise the latest dated event the text mentions: chrono dates whose year is stated, and bare years
//     ("in 2013", "since 2019", "the 2018 election"). Mentions in a future context ("will", "next",
//     "scheduled") do not count, nor years after the current one. The article is written on or after that
//     event, so this is a lower bound, given conservatively:
//       - month precision (YYYY-MM) only when the event has a stated month and the text also speaks of the
//         very recent past ("on Wednesday", "this Saturday", "in recent weeks", "yesterday") — news written
//         days after the event it dates;
//       - year precision (YYYY) otherwise.
//  3. World knowledge (world-dates.ts), for texts dated only by what they name: a named past event ("after
//     Russia annexed Crimea") is a lower bound like a stated date (month precision under the same rule), and
//     the later of the two bounds is kept.
//     A CURRENT office holder ("President Obama", not "former"/"then-"/"ex-") confines the text to that
//     person's terms; several holders to the overlap of their terms. The estimate is the earliest date in
//     those terms not before the lower bound — or just the lower bound when the terms ended before it (dated
//     evidence beats a title that may be loosely used). Such estimates are at year precision.
//  4. null when nothing supports a guess: no stated year, no named event, no current office holder.
import * as chrono from 'chrono-node';
import type { IsoDate } from '../types.ts';
import { isoFromParts } from './iso-date.ts';
import { wordCount } from './paragraphs.ts';
import { type Interval, worldEvidence } from './world-dates.ts';

interface DatedMention {
  date: IsoDate;
  /** 1 = year, 2 = month, 3 = day. */
  precision: 1 | 2 | 3;
  index: number;
}

type ChronoParser = { parse: (text: string, ref?: Date) => chrono.ParsedResult[] };
const PARSERS: Record<string, ChronoParser> = {
  en: chrono.en, es: chrono.es, fr: chrono.fr, de: chrono.de, pt: chrono.pt, it: chrono.it, nl: chrono.nl,
  ru: chrono.ru, ja: chrono.ja, sv: chrono.sv, fi: chrono.fi, uk: chrono.uk, vi: chrono.vi, zh: chrono.zh, id: chrono.id,
};

/** Most articles state everything that dates them early on; this also bounds chrono's time on huge inputs. */
const MAX_SCANNED_CHARS = 30000;

const DATELINE_PREFIX = /^(?:published|posted|updated|last updated|date|dated|publicado|actualizado|publié|veröffentlicht)\b\s*(?:on|:)?/i;
const FUTURE_CONTEXT = /\b(?:will|won't|shall|next|upcoming|scheduled|planned|plans? to|expected to|forecast|projected|aims? to|target|deadline|ahead of|from now|próximo|próxima|será|prochain)\b/i;
const RECENT_PAST =
  /\b(?:today|yesterday|tonight|this (?:morning|afternoon|evening|week|weekend)|last (?:night|week|weekend)|in recent (?:days|weeks)|earlier this (?:week|month)|(?:on|this|last) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) (?:morning|afternoon|evening|night)|hoy|ayer|este (?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)|el (?:lunes|martes|miércoles|jueves|viernes|sábado|domingo))\b/i;

/** The year must be written out: "this year" or "last March" say nothing about which year the text is from. */
const WRITTEN_YEAR = /\d{4}|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2}\b|'\d{2}\b/;

function fromChrono(result: chrono.ParsedResult, offset = 0): DatedMention | null {
  const c = result.start;
  if (!c.isCertain('year') || !WRITTEN_YEAR.test(result.text)) return null;
  const month = c.isCertain('month') ? c.get('month')! : undefined;
  const day = month !== undefined && c.isCertain('day') ? c.get('day')! : undefined;
  const date = isoFromParts(c.get('year')!, month, day);
  if (!date) return null;
  return { date, precision: day !== undefined ? 3 : month !== undefined ? 2 : 1, index: result.index + offset };
}

/** The sentence around an offset: the stretch between sentence-ending punctuation. */
function sentenceAround(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - 200), index);
  const after = text.slice(index, index + 120);
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! '), before.lastIndexOf('\n'));
  const endMatch = /[.!?](?:\s|$)|\n/.exec(after.slice(4));
  return before.slice(start + 1) + (endMatch ? after.slice(0, endMatch.index + 5) : after);
}

/** "CITY, March 3, 2024 (Agency) -" at the very start of the body; group 1 is the date. */
const WIRE_DATELINE = /^[\p{Lu}][\p{Lu} .'-]{1,40}(?:,\s*[\p{L} .]{2,30})?,\s*(.{3,40}?)\s*(?:\([^)]{2,40}\)\s*)?[-–—]/u;

function datelineDate(paragraphs: string[], parser: ChronoParser): IsoDate | null {
  const ends = [...paragraphs.slice(0, 3), ...paragraphs.slice(-3)];
  for (const p of ends) {
    if (wordCount(p) > 15) continue;
    const mention = parser.parse(p).map((r) => fromChrono(r)).find((m) => m?.precision === 3);
    if (!mention) continue;
    // ("PUERTO PRINCESA, July 28, 2024": a place in capitals, then the day, on a line of its own;
    // "El Faro - Internacional - 25 de junio de 2024": a name and a section before it.)
    const labelled = DATELINE_PREFIX.test(p) || /^by\b|[|•·]|\s[-–—]\s/i.test(p) || /^[\p{Lu}][\p{Lu} .'-]{1,40},\s*\S/u.test(p);
    const mostlyDate = mention.index <= 2;
    if (labelled || mostlyDate) return mention.date;
  }
  // Wire dateline: "CITY, March 3, 2024 (Agency) -" at the very start of the body.
  const first = paragraphs.find((p) => wordCount(p) > 15) ?? '';
  const wire = WIRE_DATELINE.exec(first);
  const wireDate = wire ? parser.parse(wire[1]).map((r) => fromChrono(r)).find((m) => m?.precision === 3) : undefined;
  return wireDate?.date ?? null;
}

function datedMentions(text: string, parser: ChronoParser, maxYear: number): DatedMention[] {
  const mentions: DatedMention[] = [];
  const covered: Array<[number, number]> = [];
  for (const result of parser.parse(text)) {
    covered.push([result.index, result.index + result.text.length]);
    const m = fromChrono(result);
    if (m) mentions.push(m);
  }
  // Bare years: 1900–2099, not part of a longer number, an amount or a percentage.
  for (const match of text.matchAll(/(?<![\d$€£.,/-])\b(19\d{2}|20\d{2})\b(?![\d%]|[.,]\d|\s*(?:%|percent|per cent|people|troops|dollars))/g)) {
    const index = match.index!;
    if (covered.some(([s, e]) => index >= s && index < e)) continue;
    mentions.push({ date: match[1], precision: 1, index });
  }
  return mentions.filter((m) => +m.date.slice(0, 4) <= maxYear && !FUTURE_CONTEXT.test(sentenceAround(text, m.index)));
}

export interface PublishedOptions {
  /** Years after this one are never publication evidence. Default: the current year. */
  maxYear?: number;
  /** No estimate falls after this day. Default: now. */
  today?: Date;
  /**
   * The year of the page's "© 2024 …" credit, if any. Where it is later than every date the text
   * names, the lead's yearless date ("MANILA, June 18 (Wire) -") falls in it: a wire's credit is
   * its year, the text's years are history ("ran aground in 1999").
   */
  creditYear?: string | null;
}

/** How many opening paragraphs of some length make the lead. */
const LEAD_PARAGRAPHS = 2;

/**
 * A yearless day in the lead, placed in the first year that puts it on or after `lower`. A wire
 * dateline's day is the publication day; a day in the lead's text dates the article to its month.
 */
function leadDate(paragraphs: string[], parser: ChronoParser, lower: IsoDate, today: Date): IsoDate | null {
  const lead = paragraphs.filter((p) => wordCount(p) > 8).slice(0, LEAD_PARAGRAPHS);
  // (A long headline may come first: the dateline opens either lead paragraph.)
  const wireAt = lead.findIndex((p) => WIRE_DATELINE.test(p));
  const wire = wireAt >= 0 ? WIRE_DATELINE.exec(lead[wireAt]) : null;
  const todayKey = today.toISOString().slice(0, 10);
  let best: IsoDate | null = null;
  for (const [k, p] of lead.entries()) {
    for (const r of parser.parse(p)) {
      const c = r.start;
      if (c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day') || /\d{4}/.test(r.text)) continue;
      if (FUTURE_CONTEXT.test(sentenceAround(p, r.index))) continue;
      let year = +lower.slice(0, 4);
      let date = isoFromParts(year, c.get('month')!, c.get('day')!);
      if (date && key(date) < key(lower.length === 4 ? lower : lower.slice(0, 7)) ) date = isoFromParts(++year, c.get('month')!, c.get('day')!);
      if (!date || date > todayKey) continue;
      const inDateline = k === wireAt && wire !== null && r.index < wire[0].length;
      const estimate = inDateline ? date : date.slice(0, 7);
      if (inDateline) return estimate;
      if (best === null || key(estimate) > key(best)) best = estimate;
    }
  }
  return best;
}

export function estimatePublished(paragraphs: string[], language: string, options: PublishedOptions = {}): IsoDate | null {
  const parser = PARSERS[language] ?? chrono.en;
  const dateline = datelineDate(paragraphs, parser);
  if (dateline) return dateline;
  const text = paragraphs.join('\n').slice(0, MAX_SCANNED_CHARS);
  const maxYear = options.maxYear ?? new Date().getFullYear();
  const mentions = datedMentions(text, parser, maxYear);
  // Latest by calendar start ("2019" sorts before "2019-02", so within a year the more precise mention wins).
  const latest = mentions.length ? mentions.reduce((a, b) => (key(b.date) > key(a.date) ? b : a)) : null;
  const world = worldEvidence(text);
  const events = world.events.filter((e) => +e.date.slice(0, 4) <= maxYear);
  const latestEvent = events.length ? events.reduce((a, b) => (key(b.date) > key(a.date) ? b : a)) : null;
  const stated = [latest?.date, latestEvent?.date].filter((d): d is string => !!d).reduce<string | null>((a, b) => (a === null || key(b) > key(a) ? b : a), null);
  // A credit year later than every date the text names bounds it from below too: "(c) 2024 Wire"
  // under a text that names only offices ("President Yoon", in office since 2022) dates it to 2024.
  const credit = options.creditYear;
  const creditLater = !!credit && (stated === null || credit > stated.slice(0, 4)) && +credit <= maxYear;
  const lower = creditLater ? credit! : stated;
  const window = officeWindow(world.offices.map((o) => o.intervals), lower, maxYear);
  if (window && window !== lower) return window.slice(0, 4);
  if (lower === null) return null;
  const bound = lower;
  // The lead's own date without a year ("detained on January 3", "LIMA, Nov 13 (Wire) -"): news leads
  // report the latest thing, so it is the first such day on or after everything else the text dates.
  const lead = leadDate(paragraphs, parser, bound, options.today ?? new Date());
  if (lead) return lead;
  // A stated or named event with a known month, and talk of the last few days: written that month.
  const monthKnown = (latest && lower === latest.date && latest.precision >= 2) || (latestEvent && lower === latestEvent.date && lower.length >= 7);
  if (monthKnown && RECENT_PAST.test(text)) return lower.slice(0, 7);
  return lower.slice(0, 4);
}

const key = (d: IsoDate) => d.padEnd(10, '-');
/** The last day an interval end can mean: "2021" ends in December. */
const endKey = (d: IsoDate) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);

/**
 * The earliest date every current office mention allows that is not before the lower bound, or null when the
 * mentions allow nothing (contradictory mentions, or terms that ended before a later dated event: the dates win).
 */
function officeWindow(mentions: Interval[][], lower: IsoDate | null, maxYear: number): IsoDate | null {
  if (mentions.length === 0) return null;
  let allowed: Interval[] = mentions[0];
  for (const next of mentions.slice(1)) {
    allowed = allowed.flatMap(([a, b]) =>
      next.flatMap(([c, d]): Interval[] => {
        const start = key(a) > key(c) ? a : c;
        const end = b === null ? d : d === null ? b : endKey(b) < endKey(d) ? b : d;
        return end === null || key(start) <= endKey(end) ? [[start, end]] : [];
      }),
    );
  }
  const candidates = allowed
    .filter(([, end]) => lower === null || end === null || key(lower) <= endKey(end))
    .map(([start]) => (lower !== null && key(lower) > key(start) ? lower : start))
    .filter((d) => +d.slice(0, 4) <= maxYear);
  return candidates.length ? candidates.reduce((a, b) => (key(b) < key(a) ? b : a)) : null;
}
