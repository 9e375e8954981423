// Fixtures for the API and UI tests: a small hand-written corpus (offsets computed, never typed)
// with its resolution, stored in a real SQLite store. One article carries markup as text (XSS).
import { createHash } from 'node:crypto';
import type { Store } from '../store/store.ts';
import type { AnalyzedDocument, EntityType, ExtractedEvent, PloverType, Resolution } from '../types.ts';

interface M { s: number; text: string; type: EntityType; canonical?: string }
interface V {
  s: number; type: PloverType; trigger: string; source: number | null; target: number | null; mode?: string;
  by?: { mention: number | null; name: string; text: string; chain: string[] }; negated?: boolean; hedged?: boolean; when?: string;
}
interface Spec { file: string; title: string | null; outlet: string | null; published: string | null; url?: string; sentences: string[]; mentions: M[]; events: V[] }

function build(spec: Spec): AnalyzedDocument {
  const text = spec.sentences.join(' ');
  let at = 0;
  const sentences = spec.sentences.map((t, index) => {
    const start = at;
    at += t.length + 1;
    return { index, start, end: start + t.length, text: t };
  });
  const locate = (s: number, needle: string) => {
    const i = sentences[s].text.indexOf(needle);
    if (i < 0) throw new Error(`fixture: "${needle}" not in sentence ${s} of ${spec.file}`);
    return { start: sentences[s].start + i, end: sentences[s].start + i + needle.length, text: needle };
  };
  const mentions = spec.mentions.map((m, index) => ({
    index, sentence: m.s, ...locate(m.s, m.text), type: m.type, canonical: m.canonical ?? m.text, rule: 'fixture:hand',
  }));
  const actor = (i: number | null) => (i === null ? null : { mention: i, text: mentions[i].text, name: mentions[i].canonical });
  const events: ExtractedEvent[] = spec.events.map((v, index) => ({
    index, sentence: v.s, type: v.type, mode: v.mode ?? null, source: actor(v.source), target: actor(v.target),
    attribution: v.by ? { name: v.by.name, text: v.by.text, mention: v.by.mention, chain: v.by.chain } : null,
    negated: v.negated ?? false, hedged: v.hedged ?? false,
    when: v.when ? { start: v.when, end: v.when } : null, whenFrom: v.when ? 'text' : null,
    trigger: locate(v.s, v.trigger), rule: `fixture:${v.type.toLowerCase()}`,
  }));
  const id = createHash('sha256').update(text).digest('hex').slice(0, 16);
  return {
    article: { id, file: spec.file, url: spec.url ?? null, title: spec.title, text, byline: null, outlet: spec.outlet,
      outletFrom: spec.outlet ? 'metadata' : null, published: spec.published, publishedFrom: spec.published ? 'metadata' : null, language: 'en' },
    sentences, mentions, events, cited: [],
  };
}

export const XSS_TITLE = '<script>alert("title")</script> Port report';

export const DOCS: AnalyzedDocument[] = [
  build({
    file: 'tankers-harbor-wire.txt', title: 'Fuel tankers reach Venezuela', outlet: 'Harbor Wire', published: '2020-06-03',
    url: 'https://example.org/harbor/tankers',
    sentences: [
      'Venezuelan President Nicolás Maduro met Iranian envoys in Caracas on Tuesday.',
      'Iran sent five fuel tankers to Venezuela in May, according to Reuters.',
      'The United States imposed sanctions on the tanker owners, officials said.',
    ],
    mentions: [
      { s: 0, text: 'Nicolás Maduro', type: 'PERSON' }, { s: 0, text: 'Iranian', type: 'NORP', canonical: 'Iran' },
      { s: 0, text: 'Caracas', type: 'GPE', canonical: 'Venezuela' },
      { s: 1, text: 'Iran', type: 'GPE' }, { s: 1, text: 'Venezuela', type: 'GPE' }, { s: 1, text: 'Reuters', type: 'ORG' },
      { s: 2, text: 'United States', type: 'GPE' },
    ],
    events: [
      { s: 0, type: 'CONSULT', trigger: 'met', source: 0, target: 1, when: '2020-06-02' },
      { s: 1, type: 'AID', mode: 'economic', trigger: 'sent', source: 3, target: 4, when: '2020-05',
        by: { mention: 5, name: 'Reuters', text: 'Reuters', chain: ['Reuters'] } },
      { s: 2, type: 'SANCTION', trigger: 'imposed sanctions', source: 6, target: null, when: '2020-06-01',
        by: { mention: null, name: 'officials', text: 'officials', chain: ['officials'] } },
    ],
  }),
  build({
    file: 'coastal-times-fuel.md', title: 'Tehran ships fuel to Caracas', outlet: 'Coastal Times', published: '2020-06-05',
    sentences: [
      'Iran shipped gasoline to Venezuela last month, Reuters reported, citing shipping data.',
      'Maduro thanked Iran for the help.',
    ],
    mentions: [
      { s: 0, text: 'Iran', type: 'GPE' }, { s: 0, text: 'Venezuela', type: 'GPE' }, { s: 0, text: 'Reuters', type: 'ORG' },
      { s: 1, text: 'Maduro', type: 'PERSON', canonical: 'Nicolás Maduro' }, { s: 1, text: 'Iran', type: 'GPE' },
    ],
    events: [
      { s: 0, type: 'AID', mode: 'economic', trigger: 'shipped', source: 0, target: 1, when: '2020-05',
        by: { mention: 2, name: 'Reuters', text: 'Reuters', chain: ['Coastal Times', 'Reuters', 'shipping data'] } },
      { s: 1, type: 'SUPPORT', trigger: 'thanked', source: 3, target: 4, when: '2020-06-04' },
    ],
  }),
  build({
    file: 'daily-ledger-denial.html', title: 'Tehran denies arms shipments', outlet: 'Daily Ledger', published: '2020-07-01',
    sentences: [
      'Iran did not send weapons to Venezuela, a foreign ministry spokesman said.',
      'Maduro accused the United States of piracy on the high seas.',
      'Washington lifted part of the sanctions in late June.',
    ],
    mentions: [
      { s: 0, text: 'Iran', type: 'GPE' }, { s: 0, text: 'Venezuela', type: 'GPE' },
      { s: 1, text: 'Maduro', type: 'PERSON', canonical: 'Nicolás Maduro' }, { s: 1, text: 'United States', type: 'GPE' },
      { s: 2, text: 'Washington', type: 'GPE', canonical: 'United States' },
    ],
    events: [
      { s: 0, type: 'AID', mode: 'military', trigger: 'send', source: 0, target: 1, negated: true, when: '2020-06',
        by: { mention: null, name: 'a foreign ministry spokesman', text: 'a foreign ministry spokesman', chain: ['a foreign ministry spokesman'] } },
      { s: 1, type: 'ACCUSE', trigger: 'accused', source: 2, target: 3, when: '2020-06-30' },
      { s: 2, type: 'CONCEDE', trigger: 'lifted', source: 4, target: null, when: '2020-06-25', hedged: true },
    ],
  }),
  build({
    file: 'xss-port-report.html', title: XSS_TITLE, outlet: '<img src=x onerror=alert("outlet")>', published: '2020-07-02',
    sentences: [
      'Inspectors found a note reading <script>alert("xss")</script> aboard a tanker.',
      'A second note said <img src=x onerror=alert(1)> and Maduro criticised Colombia over it.',
    ],
    mentions: [
      { s: 1, text: 'Maduro', type: 'PERSON', canonical: 'Nicolás Maduro' }, { s: 1, text: 'Colombia', type: 'GPE' },
    ],
    events: [
      { s: 1, type: 'ACCUSE', trigger: 'criticised', source: 0, target: 1, when: '2020-07-01',
        by: { mention: null, name: '<b>port officials</b>', text: '<b>port officials</b>', chain: ['<b>port officials</b>'] } },
    ],
  }),
];

const [A, B, C, X] = DOCS.map((d) => d.article.id);
const key = (doc: string, i: number) => `${doc}:${i}`;

export const RESOLUTION: Resolution = {
  entities: [
    { id: 'ent-maduro', name: 'Nicolás Maduro', type: 'PERSON', aliases: ['Maduro', 'Nicolas Maduro'], mentions: 4, documents: [A, B, C, X],
      merges: ['Maduro: surname of Nicolás Maduro'] },
    { id: 'ent-iran', name: 'Iran', type: 'GPE', aliases: ['Iranian', 'Tehran'], mentions: 5, documents: [A, B, C], merges: [] },
    { id: 'ent-venezuela', name: 'Venezuela', type: 'GPE', aliases: ['Caracas'], mentions: 4, documents: [A, B, C], merges: ['Caracas: capital of Venezuela'] },
    { id: 'ent-us', name: 'United States', type: 'GPE', aliases: ['Washington'], mentions: 3, documents: [A, C], merges: [] },
    { id: 'ent-reuters', name: 'Reuters', type: 'ORG', aliases: [], mentions: 2, documents: [A, B], merges: [] },
    { id: 'ent-colombia', name: 'Colombia', type: 'GPE', aliases: [], mentions: 1, documents: [X], merges: [] },
  ],
  mentionEntity: {
    [key(A, 0)]: 'ent-maduro', [key(A, 1)]: 'ent-iran', [key(A, 2)]: 'ent-venezuela', [key(A, 3)]: 'ent-iran',
    [key(A, 4)]: 'ent-venezuela', [key(A, 5)]: 'ent-reuters', [key(A, 6)]: 'ent-us',
    [key(B, 0)]: 'ent-iran', [key(B, 1)]: 'ent-venezuela', [key(B, 2)]: 'ent-reuters', [key(B, 3)]: 'ent-maduro', [key(B, 4)]: 'ent-iran',
    [key(C, 0)]: 'ent-iran', [key(C, 1)]: 'ent-venezuela', [key(C, 2)]: 'ent-maduro', [key(C, 3)]: 'ent-us', [key(C, 4)]: 'ent-us',
    [key(X, 0)]: 'ent-maduro', [key(X, 1)]: 'ent-colombia',
  },
  events: [
    { key: key(A, 0), document: A, index: 0, source: 'ent-maduro', target: 'ent-iran', attributedTo: null, claim: 'claim-meeting' },
    { key: key(A, 1), document: A, index: 1, source: 'ent-iran', target: 'ent-venezuela', attributedTo: 'ent-reuters', claim: 'claim-fuel' },
    { key: key(A, 2), document: A, index: 2, source: 'ent-us', target: null, attributedTo: 'officials', claim: 'claim-sanctions' },
    { key: key(B, 0), document: B, index: 0, source: 'ent-iran', target: 'ent-venezuela', attributedTo: 'ent-reuters', claim: 'claim-fuel' },
    { key: key(B, 1), document: B, index: 1, source: 'ent-maduro', target: 'ent-iran', attributedTo: null, claim: 'claim-thanks' },
    { key: key(C, 0), document: C, index: 0, source: 'ent-iran', target: 'ent-venezuela', attributedTo: 'a foreign ministry spokesman', claim: 'claim-arms' },
    { key: key(C, 1), document: C, index: 1, source: 'ent-maduro', target: 'ent-us', attributedTo: null, claim: 'claim-piracy' },
    { key: key(C, 2), document: C, index: 2, source: 'ent-us', target: null, attributedTo: null, claim: 'claim-lifted' },
    { key: key(X, 0), document: X, index: 0, source: 'ent-maduro', target: 'ent-colombia', attributedTo: '<b>port officials</b>', claim: 'claim-colombia' },
  ],
  stories: [
    { id: 'story-fuel', documents: [A, B], earliest: A, origin: 'ent-reuters', originName: 'Reuters' },
    { id: 'story-denial', documents: [C], earliest: C, origin: null, originName: null },
    { id: 'story-port', documents: [X], earliest: X, origin: null, originName: null },
  ],
  claims: [
    { id: 'claim-fuel', events: [key(A, 1), key(B, 0)], documents: [A, B], origins: 1,
      originChains: ['Reuters (relayed by Harbor Wire and by Coastal Times, which also cites shipping data)'], first_seen: '2020-06-03', last_seen: '2020-06-05' },
    { id: 'claim-meeting', events: [key(A, 0)], documents: [A], origins: 1, originChains: ['Harbor Wire (own reporting)'], first_seen: '2020-06-03', last_seen: '2020-06-03' },
    { id: 'claim-sanctions', events: [key(A, 2)], documents: [A], origins: 1, originChains: ['officials, via Harbor Wire'], first_seen: '2020-06-03', last_seen: '2020-06-03' },
    { id: 'claim-thanks', events: [key(B, 1)], documents: [B], origins: 1, originChains: ['Coastal Times'], first_seen: '2020-06-05', last_seen: '2020-06-05' },
    { id: 'claim-arms', events: [key(C, 0)], documents: [C], origins: 1, originChains: ['a foreign ministry spokesman, via Daily Ledger'], first_seen: '2020-07-01', last_seen: '2020-07-01' },
    { id: 'claim-piracy', events: [key(C, 1)], documents: [C], origins: 1, originChains: ['Daily Ledger'], first_seen: '2020-07-01', last_seen: '2020-07-01' },
    { id: 'claim-lifted', events: [key(C, 2)], documents: [C], origins: 1, originChains: ['Daily Ledger'], first_seen: '2020-07-01', last_seen: '2020-07-01' },
    { id: 'claim-colombia', events: [key(X, 0)], documents: [X], origins: 1, originChains: ['<b>port officials</b>'], first_seen: '2020-07-02', last_seen: '2020-07-02' },
  ],
  conflicts: [{ a: key(A, 1), b: key(C, 0), why: 'Iran aids Venezuela, but Iran denies sending aid (military) to Venezuela' }],
  supersessions: [{ old: key(A, 2), new: key(C, 2), why: 'the sanctions were partly lifted later' }],
  redated: [],
};

/** Stores the fixture corpus and its resolution. */
export function fillFixtureStore(store: Store): void {
  for (const d of DOCS) store.putDocument(d);
  store.putResolution(RESOLUTION);
}
