// Stage 3 — extract: PLOVER events between actors, with attribution, negation, hedging and time.
import type { CitedSource, ExtractedEvent, IsoDate, Mention, Sentence } from '../types.ts';

export interface ExtractionInput {
  text: string;
  sentences: Sentence[];
  mentions: Mention[];
  /** The article's publication date, against which relative times resolve. */
  published: IsoDate | null;
}

export interface Extraction {
  events: ExtractedEvent[];
  cited: CitedSource[];
}

export function extractEvents(input: ExtractionInput): Extraction {
  return { events: [], cited: [] };
}
