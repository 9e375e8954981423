// Hand-built AnalyzedDocuments for the resolve tests: sentences with their mentions and events
// written inline, offsets computed here. Fixture text is our own, not corpus text.
import type { AnalyzedDocument, ActorRef, EntityType, ExtractedEvent, Mention, PloverType, Sentence } from '../types.ts';

/** [surface as it appears in the sentence, type, canonical (defaults to the surface)]. */
export type MentionSpec = [surface: string, type: EntityType, canonical?: string];

/** An actor: the surface of a mention in the same sentence, or a name with no mention. */
export type ActorSpec = string | { name: string; text?: string } | null;

export interface EventSpec {
  type: PloverType;
  mode?: string | null;
  source?: ActorSpec;
  target?: ActorSpec;
  negated?: boolean;
  hedged?: boolean;
  /** One date, or [start, end]. */
  when?: string | [string, string] | null;
  whenFrom?: 'text' | 'publication' | null;
  /** Who asserts it: a name, its chain (outermost first) and optionally the surface of its mention. */
  by?: { name: string; chain?: string[]; mention?: string } | null;
}

export interface SentenceSpec {
  text: string;
  mentions?: MentionSpec[];
  events?: EventSpec[];
}

export interface DocSpec {
  id: string;
  published?: string | null;
  /** Where the date came from; default "metadata" when there is one. */
  publishedFrom?: 'metadata' | 'text';
  outlet?: string | null;
  sentences: Array<string | SentenceSpec>;
  /** Cited origins: [name, how]; they are placed in sentence 0. */
  cited?: Array<[name: string, how?: string]>;
  /** The article's language; default "en". */
  language?: string;
}

export function buildDoc(spec: DocSpec): AnalyzedDocument {
  const sentences: Sentence[] = [];
  const mentions: Mention[] = [];
  const events: ExtractedEvent[] = [];
  let text = '';
  spec.sentences.forEach((raw, sentenceIndex) => {
    const s: SentenceSpec = typeof raw === 'string' ? { text: raw } : raw;
    if (text) text += ' ';
    const start = text.length;
    text += s.text;
    sentences.push({ index: sentenceIndex, start, end: text.length, text: s.text });
    const bySurface = new Map<string, number>();
    let searchFrom = 0;
    for (const [surface, type, canonical] of s.mentions ?? []) {
      const at = s.text.indexOf(surface, searchFrom);
      if (at < 0) throw new Error(`test-support: mention "${surface}" not found in "${s.text}"`);
      searchFrom = at + surface.length;
      const index = mentions.length;
      mentions.push({
        index,
        sentence: sentenceIndex,
        start: start + at,
        end: start + at + surface.length,
        text: surface,
        type,
        canonical: canonical ?? surface,
        rule: 'test:hand',
      });
      if (!bySurface.has(surface)) bySurface.set(surface, index);
    }
    const actor = (a: ActorSpec | undefined): ActorRef | null => {
      if (a === null || a === undefined) return null;
      if (typeof a === 'string') {
        const index = bySurface.get(a);
        if (index === undefined) throw new Error(`test-support: actor "${a}" is no mention of "${s.text}"`);
        return { mention: index, text: a, name: mentions[index].canonical };
      }
      return { mention: null, text: a.text ?? a.name, name: a.name };
    };
    for (const e of s.events ?? []) {
      const when = e.when === undefined || e.when === null ? null : typeof e.when === 'string' ? { start: e.when, end: e.when } : { start: e.when[0], end: e.when[1] };
      const byMention = e.by?.mention !== undefined ? bySurface.get(e.by.mention) ?? null : null;
      events.push({
        index: events.length,
        sentence: sentenceIndex,
        type: e.type,
        mode: e.mode ?? null,
        source: actor(e.source),
        target: actor(e.target),
        attribution: e.by ? { name: e.by.name, text: e.by.name, mention: byMention, chain: e.by.chain ?? [e.by.name] } : null,
        negated: e.negated ?? false,
        hedged: e.hedged ?? false,
        when,
        whenFrom: e.whenFrom ?? (when ? 'text' : null),
        trigger: { start, end: start + Math.min(5, s.text.length), text: s.text.slice(0, 5) },
        rule: 'test:hand',
      });
    }
  });
  return {
    article: {
      id: spec.id,
      file: `${spec.id}.txt`,
      url: null,
      title: null,
      text,
      byline: null,
      outlet: spec.outlet ?? null,
      outletFrom: spec.outlet ? 'metadata' : null,
      published: spec.published ?? null,
      publishedFrom: spec.published ? spec.publishedFrom ?? 'metadata' : null,
      language: spec.language ?? 'en',
    },
    sentences,
    mentions,
    events,
    cited: (spec.cited ?? []).map(([name, how]) => ({ name, how: how ?? 'according to', sentence: 0 })),
  };
}

/** The entity a mention (by surface, first occurrence) of a document resolved to. */
export function entityOfMention(
  resolution: { mentionEntity: Record<string, string>; entities: Array<{ id: string; name: string }> },
  doc: AnalyzedDocument,
  surface: string,
): { id: string; name: string } {
  const m = doc.mentions.find((x) => x.text === surface);
  if (!m) throw new Error(`test-support: no mention "${surface}" in ${doc.article.id}`);
  const id = resolution.mentionEntity[`${doc.article.id}:${m.index}`];
  const entity = resolution.entities.find((e) => e.id === id);
  if (!entity) throw new Error(`test-support: mention "${surface}" of ${doc.article.id} has no entity`);
  return entity;
}

/** A paragraph of filler on a theme, our own words, for near-copy and non-copy tests. */
export const FILLER = {
  harbour:
    'Port workers in the northern harbour stopped loading grain on Tuesday after a dispute over night shifts. ' +
    'The union said its members had not been paid for three weeks and would stay off the cranes until the company settled. ' +
    'Managers at the terminal said talks would resume on Thursday and that ships already at anchor would be served first.',
  election:
    'Election officials in the coastal province began counting ballots late on Sunday under heavy rain. ' +
    'Observers from two regional bodies reported long queues but no violence at the polling stations they visited. ' +
    'The electoral board promised preliminary results by Wednesday morning and asked parties to wait for the official tally.',
};
