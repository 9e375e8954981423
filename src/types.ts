// The plain records passed between pipeline stages (see src/pipeline.ts).
// Each stage takes and returns these shapes only; no stage reaches into another's internals.

/** ISO date at the precision known: "2020", "2020-06" or "2020-06-03". */
export type IsoDate = string;

export const ENTITY_TYPES = ['PERSON', 'ORG', 'GPE', 'NORP', 'FAC', 'LOC', 'EVENT'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

// ---------------------------------------------------------------- ingest

/** One article as read from a file, page, feed item or JSONL line, before analysis. */
export interface RawArticle {
  /** Basename of the source file, or the URL; JSONL lines get "name.jsonl#12". */
  file: string;
  url: string | null;
  title: string | null;
  /** Main text, boilerplate not yet removed. Paragraphs separated by blank lines. */
  text: string;
  byline: string | null;
  /** What the metadata says (HTML meta, JSONL field), else null. */
  outlet: string | null;
  published: IsoDate | null;
  language: string | null;
  format: 'txt' | 'md' | 'html' | 'jsonl' | 'rss' | 'atom';
}

export type Provenance = 'metadata' | 'text' | null;

/** A cleaned article with its estimated metadata; `id` is a hash of its cleaned text. */
export interface Article {
  id: string;
  file: string;
  url: string | null;
  title: string | null;
  /** Cleaned main text; every character offset in later stages points into this string. */
  text: string;
  byline: string | null;
  outlet: string | null;
  outletFrom: Provenance;
  published: IsoDate | null;
  publishedFrom: Provenance;
  /** ISO 639-1 code ("en", "es"), "und" when unknown. */
  language: string;
}

/** A file or item that could not be read; reported on one line, the batch goes on. */
export interface IngestFailure {
  file: string;
  cause: string;
}

// ---------------------------------------------------------------- nlp

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  index: number;
  text: string;
}

export interface Token extends Span {
  text: string;
}

export interface Mention extends Span {
  /** Index of this mention within its document. */
  index: number;
  sentence: number;
  /** Surface text, exactly text.slice(start, end). */
  text: string;
  type: EntityType;
  /**
   * Best name for linking across documents: "Cuba" for "Cubans" / "Havana",
   * "Craig Faller" for "Admiral Craig Faller", the surface otherwise.
   */
  canonical: string;
  /** Id of the model or rule that found it, e.g. "ner:perceptron-v1", "gazetteer:demonym". */
  rule: string;
}

// ---------------------------------------------------------------- extract

export interface ActorRef {
  /** Index into the document's mentions, or null when the actor is no tagged mention ("US officials"). */
  mention: number | null;
  /** Words in the sentence that name the actor. */
  text: string;
  /** Canonical name (the mention's canonical, or a normalised phrase). */
  name: string;
}

export interface Attribution {
  /** Who asserts it, innermost speaker first resolved: "Craig Faller". */
  name: string;
  text: string;
  mention: number | null;
  /** The reporting chain, outermost first: ["Reuters", "nine people briefed on the talks"]. */
  chain: string[];
}

export interface TimeSpan {
  start: IsoDate;
  end: IsoDate;
}

export interface ExtractedEvent {
  /** Index of this event within its document. */
  index: number;
  sentence: number;
  type: PloverType;
  mode: string | null;
  source: ActorRef | null;
  target: ActorRef | null;
  attribution: Attribution | null;
  negated: boolean;
  hedged: boolean;
  when: TimeSpan | null;
  /** "text" when the sentence states the time, "publication" when it fell back to the article date. */
  whenFrom: 'text' | 'publication' | null;
  /** The words that triggered the event. */
  trigger: Span & { text: string };
  /** Id of the pattern or lexicon entry that produced it, so "why does Dossier say this?" has an answer. */
  rule: string;
}

/** An outlet, agency or interview the article names as where its report comes from. */
export interface CitedSource {
  name: string;
  /** How the text cites it: "according to", "told", "reported", "interview". */
  how: string;
  sentence: number;
}

/** Everything known about one article after the per-document stages. */
export interface AnalyzedDocument {
  article: Article;
  sentences: Sentence[];
  mentions: Mention[];
  events: ExtractedEvent[];
  cited: CitedSource[];
}

// ---------------------------------------------------------------- resolve (across documents)

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: number;
  documents: string[];
  /** Why each alias was merged in: "Maduro: surname of Nicolás Maduro". */
  merges: string[];
}

/** Stable id of one extracted event: `${documentId}:${event.index}`. */
export type EventKey = string;

export interface ResolvedEvent {
  key: EventKey;
  document: string;
  index: number;
  source: string | null;
  target: string | null;
  /** Entity id, or a plain string when the speaker is no entity. */
  attributedTo: string | null;
  claim: string;
}

export interface Story {
  id: string;
  documents: string[];
  /** Earliest article by published date (ties: first by id). */
  earliest: string | null;
  /** Entity id of the origin the texts name, else null. */
  origin: string | null;
  originName: string | null;
}

export interface Claim {
  id: string;
  events: EventKey[];
  documents: string[];
  origins: number;
  /** One line per independent origin: which documents and chains collapse into it. */
  originChains: string[];
  first_seen: IsoDate | null;
  last_seen: IsoDate | null;
}

export interface Conflict {
  a: EventKey;
  b: EventKey;
  why: string;
}

export interface Supersession {
  old: EventKey;
  new: EventKey;
  why: string;
}

/** A document's publication date as its story revises it (resolve/publication.ts). */
export interface Redating {
  document: string;
  published: IsoDate;
  /** Plain-language reason, naming the story member whose evidence was used. */
  why: string;
}

export interface Resolution {
  entities: Entity[];
  /** `${documentId}:${mention.index}` → entity id. */
  mentionEntity: Record<string, string>;
  events: ResolvedEvent[];
  stories: Story[];
  claims: Claim[];
  conflicts: Conflict[];
  supersessions: Supersession[];
  /** Documents whose text-estimated publication date the story revised. */
  redated: Redating[];
}
