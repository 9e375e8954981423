// Hand-built records for store and export tests: a three-article corpus with its resolution, and
// a generator of synthetic articles for volume tests. Offsets are computed, never typed by hand.
import { createHash } from 'node:crypto';
import type {
  ActorRef, AnalyzedDocument, Attribution, EntityType, ExtractedEvent, IsoDate, PloverType, Resolution,
} from '../types.ts';

export interface MentionSpec { sentence: number; text: string; type: EntityType; canonical?: string }
/** An actor is a mention index, or a phrase that is no tagged mention. */
export type ActorSpec = number | { text: string; name?: string };
export interface EventSpec {
  sentence: number;
  type: PloverType;
  trigger: string;
  mode?: string | null;
  source?: ActorSpec | null;
  target?: ActorSpec | null;
  attribution?: { by: ActorSpec; chain: string[] } | null;
  negated?: boolean;
  hedged?: boolean;
  when?: { start: IsoDate; end?: IsoDate } | null;
  whenFrom?: 'text' | 'publication' | null;
  rule?: string;
}
export interface DocSpec {
  file: string;
  sentences: string[];
  title?: string | null;
  url?: string | null;
  byline?: string | null;
  outlet?: string | null;
  published?: IsoDate | null;
  language?: string;
  mentions?: MentionSpec[];
  events?: EventSpec[];
  cited?: Array<{ name: string; how: string; sentence: number }>;
}

export function contentId(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

export function makeDocument(spec: DocSpec): AnalyzedDocument {
  const text = spec.sentences.join(' ');
  let at = 0;
  const sentences = spec.sentences.map((s, index) => {
    const start = at;
    at += s.length + 1;
    return { index, start, end: start + s.length, text: s };
  });
  const find = (sentence: number, needle: string) => {
    const s = sentences[sentence];
    const i = s.text.indexOf(needle);
    if (i < 0) throw new Error(`fixture: "${needle}" is not in sentence ${sentence} of ${spec.file}`);
    return { start: s.start + i, end: s.start + i + needle.length, text: needle };
  };
  const mentions = (spec.mentions ?? []).map((m, index) => ({
    index, sentence: m.sentence, ...find(m.sentence, m.text), type: m.type,
    canonical: m.canonical ?? m.text, rule: 'fixture:hand',
  }));
  const actor = (a: ActorSpec | null | undefined): ActorRef | null => {
    if (a === null || a === undefined) return null;
    if (typeof a === 'number') {
      const m = mentions[a];
      return { mention: a, text: m.text, name: m.canonical };
    }
    return { mention: null, text: a.text, name: a.name ?? a.text };
  };
  const events: ExtractedEvent[] = (spec.events ?? []).map((e, index) => {
    const by = e.attribution ? actor(e.attribution.by)! : null;
    const attribution: Attribution | null = by && e.attribution
      ? { name: by.name, text: by.text, mention: by.mention, chain: e.attribution.chain }
      : null;
    return {
      index, sentence: e.sentence, type: e.type, mode: e.mode ?? null,
      source: actor(e.source), target: actor(e.target), attribution,
      negated: e.negated ?? false, hedged: e.hedged ?? false,
      when: e.when ? { start: e.when.start, end: e.when.end ?? e.when.start } : null,
      whenFrom: e.whenFrom ?? (e.when ? 'text' : null),
      trigger: find(e.sentence, e.trigger),
      rule: e.rule ?? `fixture:${e.type.toLowerCase()}`,
    };
  });
  return {
    article: {
      id: contentId(text), file: spec.file, url: spec.url ?? null, title: spec.title ?? null, text,
      byline: spec.byline ?? null, outlet: spec.outlet ?? null,
      outletFrom: spec.outlet ? 'metadata' : null, published: spec.published ?? null,
      publishedFrom: spec.published ? 'metadata' : null, language: spec.language ?? 'en',
    },
    sentences, mentions, events, cited: spec.cited ?? [],
  };
}

// ------------------------------------------------------------------ a small corpus

export const DOC_A = makeDocument({
  file: 'a_tankers.txt', title: 'Tankers reach Venezuela', outlet: 'Gulf Ledger', published: '2020-05-26',
  url: 'https://example.org/a', byline: 'Staff',
  sentences: [
    'Iran sent fuel tankers to Venezuela on Monday, officials said.',
    'Nicolás Maduro thanked Tehran for its support.',
    'The United States condemned the shipment.',
  ],
  mentions: [
    { sentence: 0, text: 'Iran', type: 'GPE' },
    { sentence: 0, text: 'Venezuela', type: 'GPE' },
    { sentence: 1, text: 'Nicolás Maduro', type: 'PERSON' },
    { sentence: 1, text: 'Tehran', type: 'GPE', canonical: 'Iran' },
    { sentence: 2, text: 'United States', type: 'GPE' },
  ],
  events: [
    { sentence: 0, type: 'AID', mode: 'economic', trigger: 'sent', source: 0, target: 1,
      attribution: { by: { text: 'officials' }, chain: ['officials'] },
      when: { start: '2020-05-25' } },
    { sentence: 1, type: 'SUPPORT', trigger: 'thanked', source: 2, target: 3,
      when: { start: '2020-05-26' }, whenFrom: 'publication' },
    { sentence: 2, type: 'ACCUSE', trigger: 'condemned', source: 4, target: { text: 'the shipment' },
      when: { start: '2020-05-26' }, whenFrom: 'publication' },
  ],
});

export const DOC_B = makeDocument({
  file: 'b_wire.html', title: 'Iran fuel for Caracas', outlet: 'Wire Digest', published: '2020-05-27',
  sentences: [
    'According to Reuters, Iran delivered gasoline to Venezuela.',
    'Maduro praised Iran, saying "the fuel will keep us moving".',
  ],
  mentions: [
    { sentence: 0, text: 'Reuters', type: 'ORG' },
    { sentence: 0, text: 'Iran', type: 'GPE' },
    { sentence: 0, text: 'Venezuela', type: 'GPE' },
    { sentence: 1, text: 'Maduro', type: 'PERSON', canonical: 'Nicolás Maduro' },
    { sentence: 1, text: 'Iran', type: 'GPE' },
  ],
  events: [
    { sentence: 0, type: 'AID', mode: 'economic', trigger: 'delivered', source: 1, target: 2,
      attribution: { by: 0, chain: ['Reuters'] }, when: { start: '2020-05' } },
    { sentence: 1, type: 'SUPPORT', trigger: 'praised', source: 3, target: 4, hedged: true },
  ],
  cited: [{ name: 'Reuters', how: 'according to', sentence: 0 }],
});

export const DOC_C = makeDocument({
  file: 'c_denial.md', title: null, outlet: null, published: null, language: 'en',
  sentences: [
    'Venezuela denied that Iran sent weapons.',
    'Washington threatened new sanctions against Caracas in June 2020.',
  ],
  mentions: [
    { sentence: 0, text: 'Venezuela', type: 'GPE' },
    { sentence: 0, text: 'Iran', type: 'GPE' },
    { sentence: 1, text: 'Washington', type: 'GPE', canonical: 'United States' },
    { sentence: 1, text: 'Caracas', type: 'GPE', canonical: 'Venezuela' },
  ],
  events: [
    { sentence: 0, type: 'AID', mode: 'military', trigger: 'sent', source: 1, target: { text: 'weapons', name: 'weapons' },
      negated: true, attribution: { by: 0, chain: ['Venezuela'] } },
    { sentence: 1, type: 'THREATEN', mode: 'sanction', trigger: 'threatened', source: 2, target: 3,
      when: { start: '2020-06', end: '2020-06' }, rule: 'pattern:threaten-v2' },
  ],
});

export const CORPUS: AnalyzedDocument[] = [DOC_A, DOC_B, DOC_C];

const A = DOC_A.article.id;
const B = DOC_B.article.id;
const C = DOC_C.article.id;

export const RESOLUTION: Resolution = {
  entities: [
    { id: 'ent-iran', name: 'Iran', type: 'GPE', aliases: ['Tehran'], mentions: 5, documents: [A, B, C],
      merges: ['Tehran: capital of Iran'] },
    { id: 'ent-maduro', name: 'Nicolás Maduro', type: 'PERSON', aliases: ['Maduro'], mentions: 2,
      documents: [A, B], merges: ['Maduro: surname of Nicolás Maduro'] },
    { id: 'ent-reuters', name: 'Reuters', type: 'ORG', aliases: [], mentions: 1, documents: [B], merges: [] },
    { id: 'ent-us', name: 'United States', type: 'GPE', aliases: ['Washington'], mentions: 2, documents: [A, C],
      merges: ['Washington: capital of United States'] },
    { id: 'ent-venezuela', name: 'Venezuela', type: 'GPE', aliases: ['Caracas'], mentions: 4, documents: [A, B, C],
      merges: ['Caracas: capital of Venezuela'] },
  ],
  mentionEntity: {
    [`${A}:0`]: 'ent-iran', [`${A}:1`]: 'ent-venezuela', [`${A}:2`]: 'ent-maduro', [`${A}:3`]: 'ent-iran',
    [`${A}:4`]: 'ent-us',
    [`${B}:0`]: 'ent-reuters', [`${B}:1`]: 'ent-iran', [`${B}:2`]: 'ent-venezuela', [`${B}:3`]: 'ent-maduro',
    [`${B}:4`]: 'ent-iran',
    [`${C}:0`]: 'ent-venezuela', [`${C}:1`]: 'ent-iran', [`${C}:2`]: 'ent-us', [`${C}:3`]: 'ent-venezuela',
  },
  events: [
    { key: `${A}:0`, document: A, index: 0, source: 'ent-iran', target: 'ent-venezuela', attributedTo: 'officials', claim: 'claim-aid' },
    { key: `${A}:1`, document: A, index: 1, source: 'ent-maduro', target: 'ent-iran', attributedTo: null, claim: 'claim-thanks' },
    { key: `${A}:2`, document: A, index: 2, source: 'ent-us', target: null, attributedTo: null, claim: 'claim-condemn' },
    { key: `${B}:0`, document: B, index: 0, source: 'ent-iran', target: 'ent-venezuela', attributedTo: 'ent-reuters', claim: 'claim-aid' },
    { key: `${B}:1`, document: B, index: 1, source: 'ent-maduro', target: 'ent-iran', attributedTo: null, claim: 'claim-thanks' },
    { key: `${C}:0`, document: C, index: 0, source: 'ent-iran', target: null, attributedTo: 'ent-venezuela', claim: 'claim-weapons' },
    { key: `${C}:1`, document: C, index: 1, source: 'ent-us', target: 'ent-venezuela', attributedTo: null, claim: 'claim-threat' },
  ],
  stories: [
    { id: 'story-fuel', documents: [A, B], earliest: A, origin: 'ent-reuters', originName: 'Reuters' },
    { id: 'story-denial', documents: [C], earliest: C, origin: null, originName: null },
  ],
  claims: [
    { id: 'claim-aid', events: [`${A}:0`, `${B}:0`], documents: [A, B], origins: 2,
      originChains: [`${A}: officials`, `${B}: Reuters`], first_seen: '2020-05', last_seen: '2020-05-25' },
    { id: 'claim-thanks', events: [`${A}:1`, `${B}:1`], documents: [A, B], origins: 1,
      originChains: [`${A}, ${B}: (the articles)`], first_seen: '2020-05-26', last_seen: '2020-05-26' },
    { id: 'claim-condemn', events: [`${A}:2`], documents: [A], origins: 1, originChains: [`${A}`],
      first_seen: '2020-05-26', last_seen: '2020-05-26' },
    { id: 'claim-weapons', events: [`${C}:0`], documents: [C], origins: 1, originChains: [`${C}: Venezuela`],
      first_seen: null, last_seen: null },
    { id: 'claim-threat', events: [`${C}:1`], documents: [C], origins: 1, originChains: [`${C}`],
      first_seen: '2020-06', last_seen: '2020-06' },
  ],
  conflicts: [{ a: `${A}:0`, b: `${C}:0`, why: 'Iran sends to Venezuela vs Venezuela denies it' }],
  supersessions: [{ old: `${A}:2`, new: `${C}:1`, why: 'condemnation escalated to a threat of sanctions' }],
  redated: [{ document: B, published: '2020-12', why: 'same story as the wire copy, published 2020-12-02' }],
};

/** An empty resolution, as a store holds before the first `putResolution`. */
export const EMPTY_RESOLUTION: Resolution = {
  entities: [], mentionEntity: {}, events: [], stories: [], claims: [], conflicts: [], supersessions: [], redated: [],
};

// ------------------------------------------------------------------ volume

const ACTORS = ['Iran', 'Venezuela', 'Cuba', 'Russia', 'China', 'Colombia', 'Brazil', 'Chile'];
const VERBS: Array<[string, PloverType]> = [
  ['sent aid to', 'AID'], ['accused', 'ACCUSE'], ['threatened', 'THREATEN'], ['met', 'CONSULT'],
  ['sanctioned', 'SANCTION'], ['praised', 'SUPPORT'],
];

/** A deterministic synthetic article: `n` picks its actors, verbs and sentence count. */
export function syntheticDocument(n: number, sentenceCount = 8): AnalyzedDocument {
  const sentences: string[] = [];
  const mentions: MentionSpec[] = [];
  const events: EventSpec[] = [];
  for (let i = 0; i < sentenceCount; i++) {
    const a = ACTORS[(n + i) % ACTORS.length];
    const b = ACTORS[(n * 7 + i * 3 + 1) % ACTORS.length];
    const [verb, type] = VERBS[(n + i * 5) % VERBS.length];
    sentences.push(`Report ${n}.${i}: ${a} ${verb} ${b === a ? 'Peru' : b} on day ${(n * 31 + i) % 28 + 1}, sources said.`);
    const m = mentions.length;
    mentions.push({ sentence: i, text: a, type: 'GPE' }, { sentence: i, text: b === a ? 'Peru' : b, type: 'GPE' });
    events.push({ sentence: i, type, trigger: verb.split(' ')[0], source: m, target: m + 1,
      attribution: { by: { text: 'sources' }, chain: ['sources'] }, hedged: i % 3 === 0,
      when: { start: `2020-0${(n % 9) + 1}` } });
  }
  return makeDocument({
    file: `synthetic_${n}.txt`, title: `Synthetic ${n}`, outlet: n % 2 ? 'Outlet One' : null,
    published: `2020-0${(n % 9) + 1}-1${n % 10}`, sentences, mentions, events,
    cited: [{ name: 'Sources', how: 'said', sentence: 0 }],
  });
}
