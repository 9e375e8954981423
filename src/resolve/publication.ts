// Publication dates revised across a story. An article dated only from its own text has a lower bound
// ("written after the 2019 election"), often a coarse one; the other articles of its story were written
// within days of it, so their evidence dates it too:
//  - a story member with a firm date (metadata, or a dateline to the day) dates the members that have
//    none, to its month: copies and rewrites appear within days, not to the day;
//  - without one, every member takes the latest lower bound any member gives (the story cannot be
//    older than the newest thing one of its articles mentions).
// A member is only moved later, never earlier than its own evidence allows. Events that took their
// time from the publication date take the revised date (`redatedEvent`).
import type { AnalyzedDocument, ExtractedEvent, IsoDate, Redating, Story } from '../types.ts';
import { dayRange } from './dates.ts';

const firm = (d: AnalyzedDocument): boolean =>
  d.article.published !== null && (d.article.publishedFrom === 'metadata' || d.article.published.length === 10);

/** Calendar order with the coarser date first on ties of start ("2020" < "2020-03" < "2020-03-05"). */
const startKey = (d: IsoDate): string => d.padEnd(10, '-');

export function redateStories(docs: AnalyzedDocument[], stories: Story[]): Redating[] {
  const byId = new Map(docs.map((d) => [d.article.id, d]));
  const out: Redating[] = [];
  for (const story of stories) {
    const members = story.documents.map((id) => byId.get(id)).filter((d): d is AnalyzedDocument => !!d);
    if (members.length < 2) continue;
    const anchors = members.filter(firm).sort((a, b) => compareStart(a.article.published!, b.article.published!));
    const anchor = anchors[0] ?? null;
    let best: IsoDate | null;
    let why: string;
    if (anchor) {
      best = anchor.article.published!.slice(0, 7);
      why = `same story as ${anchor.article.title ?? anchor.article.file}, published ${anchor.article.published}`;
    } else {
      const bounded = members.filter((d) => d.article.published !== null);
      if (bounded.length === 0) continue;
      const latest = bounded.reduce((a, b) => (startKey(b.article.published!) > startKey(a.article.published!) ? b : a));
      best = latest.article.published!;
      why = `same story as ${latest.article.title ?? latest.article.file}, dated by its text to ${best} or later`;
    }
    for (const d of members) {
      if (firm(d) || d === anchor) continue;
      const own = d.article.published;
      // Only later (or more precise within the same period), never against the member's own evidence.
      if (own !== null && !(startKey(best) > startKey(own))) continue;
      out.push({ document: d.article.id, published: best, why });
    }
  }
  return out.sort((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : 0));
}

function compareStart(a: IsoDate, b: IsoDate): number {
  return dayRange(a)!.start - dayRange(b)!.start || a.length - b.length;
}

/** The event as its document's revised date makes it: only a time taken from the publication date moves. */
export function redatedEvent(event: ExtractedEvent, published: IsoDate | undefined): ExtractedEvent {
  if (published === undefined) return event;
  // The article had no date at all: its undated events take the revised one, as they would have.
  const fellBack = event.whenFrom === 'publication' || (event.when === null && event.whenFrom === null);
  if (!fellBack) return event;
  return { ...event, when: { start: published, end: published }, whenFrom: 'publication' };
}
