// Events with their actors, speakers and times resolved: the working record of the later steps.
import type { AnalyzedDocument, EventKey, ExtractedEvent } from '../types.ts';
import { dayRange, spanRange, type DayRange } from './dates.ts';
import type { EntityResolver, ResolvedEntities } from './entities.ts';
import { eventKey } from './ids.ts';
import { nameKey } from './names.ts';
import type { ResolveOptions } from './options.ts';

/** Speakers that name no one in particular; they never join reports from different outlets. */
const GENERIC_SPEAKER =
  /\b(officials?|sources?|analysts?|experts?|people|diplomats?|residents?|witnesses|observers|reports?|reporters?|media|documents?|data|critics|authorities|government|agency|spokes(?:man|woman|person)|they|he|she|it|we)\b/i;

/** An unnamed voice: a generic noun phrase, or a name with no capital letter at all ("the agency"). */
export function isGenericName(name: string): boolean {
  return GENERIC_SPEAKER.test(name) || !/\p{Lu}/u.test(name);
}

export interface EventRecord {
  key: EventKey;
  doc: AnalyzedDocument;
  docId: string;
  event: ExtractedEvent;
  /** Entity ids. */
  source: string | null;
  target: string | null;
  /** Entity id of the innermost speaker, or its folded name when it is no entity. */
  speaker: string | null;
  speakerName: string | null;
  /** Entity id of the speaker when it is an entity. */
  speakerEntity: string | null;
  /** True when the speaker is an unnamed group ("US officials"). */
  speakerGeneric: boolean;
  /** The reporting chain, outermost first, as written. */
  chain: string[];
  /** Entity id (or folded name) of the outermost link of the chain; null when it names no one in particular. */
  chainRoot: string | null;
  /** Days the text says the event covers; null when unstated (or only the publication date, when soft). */
  when: DayRange | null;
  /** `when`, else the publication date: for ordering and as-of views. */
  dated: DayRange | null;
  sentenceText: string;
}

interface PendingEvent {
  key: EventKey;
  doc: AnalyzedDocument;
  event: ExtractedEvent;
  source: string | null;
  target: string | null;
  speaker: string | null;
  chainRoot: string | null;
}

/** First pass: resolve every actor and speaker to a node (may create entities). */
export function resolveEventNodes(docs: AnalyzedDocument[], resolver: EntityResolver): PendingEvent[] {
  const out: PendingEvent[] = [];
  for (const doc of docs) {
    const docId = doc.article.id;
    for (const event of [...doc.events].sort((a, b) => a.index - b.index)) {
      const source = resolver.actorNode(doc, event.source);
      const target = resolver.actorNode(doc, event.target);
      resolver.noteActor(source);
      resolver.noteActor(target);
      let speaker: string | null = null;
      let chainRoot: string | null = null;
      const a = event.attribution;
      if (a) {
        speaker =
          a.mention !== null && a.mention !== undefined
            ? resolver.actorNode(doc, { mention: a.mention, text: a.text, name: a.name })
            : a.name
              ? resolver.nameNode(docId, a.name, { create: false, typeHint: null })
              : null;
        const root = a.chain?.[0];
        if (root) chainRoot = resolver.nameNode(docId, root, { create: false, typeHint: null });
      }
      out.push({ key: eventKey(docId, event), doc, event, source, target, speaker, chainRoot });
    }
  }
  return out;
}

/** Second pass, after entities are built: node keys → entity ids, times → day ranges. */
export function finishEvents(pending: PendingEvent[], entities: ResolvedEntities, options: ResolveOptions): EventRecord[] {
  return pending.map((p) => {
    const { event, doc } = p;
    const a = event.attribution;
    const speakerName = a ? a.name || a.text || null : null;
    const speakerGeneric = !!speakerName && p.speaker === null && isGenericName(speakerName);
    const root = a?.chain?.[0] ?? null;
    const textual = options.publicationTimesAreSoft && event.whenFrom === 'publication' ? null : spanRange(event.when);
    const sentence = doc.sentences.find((s) => s.index === event.sentence);
    return {
      key: p.key,
      doc,
      docId: doc.article.id,
      event,
      source: p.source ? entities.idOf(p.source) : null,
      target: p.target ? entities.idOf(p.target) : null,
      speaker: p.speaker ? entities.idOf(p.speaker) : speakerName ? nameKey(speakerName) || null : null,
      speakerName,
      speakerEntity: p.speaker ? entities.idOf(p.speaker) : null,
      speakerGeneric,
      chain: a?.chain ?? [],
      chainRoot: p.chainRoot ? entities.idOf(p.chainRoot) : root && !isGenericName(root) ? nameKey(root) || null : null,
      when: textual,
      dated: spanRange(event.when) ?? dayRange(doc.article.published),
      sentenceText: sentence?.text ?? '',
    };
  });
}

/** Claim key without time: what is asserted, by whom, to whom. */
export const assertionKey = (r: EventRecord): string =>
  `${r.event.type}|${r.source ?? '-'}|${r.target ?? '-'}|${r.event.negated ? 'not' : 'is'}`;

/** Named voices behind an event that would make two reports one origin: its speaker and its chain root. */
export function namedVoices(r: EventRecord): string[] {
  const out: string[] = [];
  if (r.speaker && !r.speakerGeneric) out.push(r.speaker);
  if (r.chainRoot && r.chain.length >= 2 && r.chainRoot !== r.speaker) out.push(r.chainRoot);
  return out;
}
