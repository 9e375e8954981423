// Stories: articles that report the same underlying story. Three ways in:
//   near-copies  one report republished or lightly rewritten (shingle Jaccard or containment);
//   same event   independent reports sharing ≥ N distinct claim keys AND a cited origin or close dates;
//   reworded     one report retold in other words: similar rare words (TF-IDF cosine) AND a shared
//                cited origin, a shared named speaker or close dates (or very similar words alone).
//   translated   one report retold in another language (no words to compare): it credits the
//                other's publisher, within the same-event window, and both name a person few others do.
// Topic alone (same country, same people) never groups articles.
import type { AnalyzedDocument, Story } from '../types.ts';
import { dayRange, gapDays, rangeLength, compareIsoDates } from './dates.ts';
import { assertionKey, namedVoices, type EventRecord } from './events.ts';
import { byCodeUnit, storyId } from './ids.ts';
import type { ResolveOptions } from './options.ts';
import { lshCandidates, minhash, overlap, shingleSet } from './shingles.ts';
import { similarPairs, termVectors } from './term-vectors.ts';
import { UnionFind } from './union-find.ts';

/** Below this many shingles an article is too short for containment to mean anything. */
const MIN_SHINGLES_FOR_CONTAINMENT = 20;

/** Below this many distinct content words an article is too short for word overlap to mean anything. */
const MIN_TERMS_FOR_REWORDING = 20;

export interface StoryLink {
  a: string;
  b: string;
  why: string;
}

/** A cited source resolved: entity id when it is one, else its folded name. */
export interface CitedRef {
  key: string;
  entity: string | null;
  name: string;
}

export interface StoryGrouping {
  stories: Story[];
  storyOf: Map<string, string>;
  /** Document id → smallest document id of its near-copy group. */
  nearCopyGroup: Map<string, string>;
  /** Document id → representative of the documents retelling one report (copies, rewrites, one named source). */
  retellingGroup: Map<string, string>;
  links: StoryLink[];
}

export function groupStories(
  docs: AnalyzedDocument[],
  events: EventRecord[],
  citedByDoc: Map<string, CitedRef[]>,
  entityName: (id: string) => string | null,
  options: ResolveOptions,
  publisherByDoc: Map<string, CitedRef> = new Map(),
): StoryGrouping {
  // A report and a rewrite that cites its publisher share that origin too.
  const origins = (id: string): CitedRef[] => citedByDoc.get(id) ?? [];
  const originOf = (a: string, b: string): string | null =>
    sharedOrigin(origins(a), origins(b)) ?? citesPublisher(origins(a), publisherByDoc.get(b)) ?? citesPublisher(origins(b), publisherByDoc.get(a));
  const ids = docs.map((d) => d.article.id);
  const links: StoryLink[] = [];
  const nearCopies = new UnionFind();
  const stories = new UnionFind();
  // Articles that retell one report (copies, rewrites, write-ups of one named source): one origin.
  const retellings = new UnionFind();
  ids.forEach((id) => (nearCopies.add(id), stories.add(id), retellings.add(id)));

  // Near-copies: MinHash/LSH candidates, verified on the exact shingle sets.
  const shingles = docs.map((d) => shingleSet(d.article.text, options.shingleSize));
  const signatures = shingles.map((s) => minhash(s, options.minhashPermutations));
  for (const [i, j] of lshCandidates(signatures, options.minhashBandRows)) {
    const { jaccard, containment } = overlap(shingles[i], shingles[j]);
    const smaller = Math.min(shingles[i].size, shingles[j].size);
    const byJaccard = jaccard >= options.nearCopyJaccard;
    const byContainment = smaller >= MIN_SHINGLES_FOR_CONTAINMENT && containment >= options.nearCopyContainment;
    if (!byJaccard && !byContainment) continue;
    nearCopies.union(ids[i], ids[j]);
    stories.union(ids[i], ids[j]);
    retellings.union(ids[i], ids[j]);
    links.push({
      a: ids[i],
      b: ids[j],
      why: byJaccard
        ? `near-copy: ${options.shingleSize}-word shingle Jaccard ${jaccard.toFixed(2)} ≥ ${options.nearCopyJaccard}`
        : `near-copy: ${(containment * 100).toFixed(0)}% of the shorter article's shingles are in the longer (≥ ${options.nearCopyContainment * 100}%)`,
    });
  }

  // Same event: shared claim keys with both actors resolved, plus a shared origin or close dates.
  const keysByDoc = new Map<string, Set<string>>();
  const docsByKey = new Map<string, Set<string>>();
  /** `${docId}|${claim key}` → named voices behind it in that document. */
  const voices = new Map<string, Set<string>>();
  for (const r of events) {
    if (!r.source || !r.target) continue;
    const key = assertionKey(r);
    const vk = `${r.docId}|${key}`;
    if (!voices.has(vk)) voices.set(vk, new Set());
    for (const v of namedVoices(r)) voices.get(vk)!.add(v);
    if (!keysByDoc.has(r.docId)) keysByDoc.set(r.docId, new Set());
    keysByDoc.get(r.docId)!.add(key);
    if (!docsByKey.has(key)) docsByKey.set(key, new Set());
    docsByKey.get(key)!.add(r.docId);
  }
  const shared = new Map<string, string[]>();
  for (const key of [...docsByKey.keys()].sort(byCodeUnit)) {
    const list = [...docsByKey.get(key)!].sort(byCodeUnit);
    // A claim stated in very many articles is a topic ("the US sanctions Iran"), not one story's
    // event; pairing all of them would also be quadratic.
    if (list.length > options.sameEventMaxDocsPerClaim) continue;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const pair = `${list[i]}\n${list[j]}`;
        if (!shared.has(pair)) shared.set(pair, []);
        shared.get(pair)!.push(key);
      }
    }
  }
  const docById = new Map(docs.map((d) => [d.article.id, d]));
  for (const pair of [...shared.keys()].sort(byCodeUnit)) {
    const keys = shared.get(pair)!;
    if (keys.length < options.sameEventMinSharedClaims) continue;
    const [a, b] = pair.split('\n');
    const close = closeDates(docById.get(a)!, docById.get(b)!, options);
    // A shared named speaker is weaker than a shared cited source: a politician repeats themselves,
    // so it counts only when the dates are not known to be far apart.
    const origin =
      originOf(a, b) ??
      (farApart(docById.get(a)!, docById.get(b)!, options)
        ? null
        : sharedVoice(keys.map((k) => [voices.get(`${a}|${k}`), voices.get(`${b}|${k}`)]), entityName));
    if (!origin && close === null) continue;
    stories.union(a, b);
    if (origin) retellings.union(a, b);
    links.push({
      a,
      b,
      why: `same event: ${keys.length} shared claims and ${origin ? `both cite ${origin}` : `published ${close} days apart (≤ ${options.sameEventWindowDays})`}`,
    });
  }

  linkRewordedReports(docs, events, originOf, entityName, options, stories, retellings, links);
  linkTranslatedReports(docs, publisherByDoc, citedByDoc, options, stories, retellings, links);

  const storyOf = new Map<string, string>();
  const out: Story[] = [];
  for (const members of stories.groups()) {
    const documents = [...members].sort(byCodeUnit);
    const id = storyId(documents, options.idHashLength);
    documents.forEach((d) => storyOf.set(d, id));
    const earliest =
      [...documents].sort(
        (x, y) => compareIsoDates(docById.get(x)!.article.published, docById.get(y)!.article.published) || byCodeUnit(x, y),
      )[0] ?? null;
    const origin = storyOrigin(documents, citedByDoc, entityName);
    out.push({ id, documents, earliest, origin: origin?.entity ?? null, originName: origin?.name ?? null });
  }
  out.sort((x, y) => byCodeUnit(x.id, y.id));
  const nearCopyGroup = new Map(ids.map((id) => [id, nearCopies.find(id)]));
  const retellingGroup = new Map(ids.map((id) => [id, retellings.find(id)]));
  return { stories: out, storyOf, nearCopyGroup, retellingGroup, links };
}

function linkRewordedReports(
  docs: AnalyzedDocument[],
  events: EventRecord[],
  originOf: (a: string, b: string) => string | null,
  entityName: (id: string) => string | null,
  options: ResolveOptions,
  stories: UnionFind,
  retellings: UnionFind,
  links: StoryLink[],
): void {
  const vectors = termVectors(docs.map((d) => d.article.text));
  const voicesByDoc = new Map<string, Set<string>>();
  for (const r of events) {
    let set = voicesByDoc.get(r.docId);
    if (!set) voicesByDoc.set(r.docId, (set = new Set()));
    for (const v of namedVoices(r)) set.add(v);
  }
  for (const [i, j, similarity] of similarPairs(vectors, options.rewordedCosine)) {
    const a = docs[i];
    const b = docs[j];
    const [idA, idB] = [a.article.id, b.article.id];
    if (stories.find(idA) === stories.find(idB)) continue;
    // Word overlap between very short texts, or texts dated far apart, is no evidence of one report.
    if (vectors[i].size < MIN_TERMS_FOR_REWORDING || vectors[j].size < MIN_TERMS_FOR_REWORDING || farApart(a, b, options)) continue;
    let reason: string | null = null;
    if (similarity >= options.rewordedCosineAlone) reason = 'nearly the same rare words';
    else {
      const origin = originOf(idA, idB);
      const voice = [...(voicesByDoc.get(idA) ?? [])].sort(byCodeUnit).find((v) => voicesByDoc.get(idB)?.has(v));
      const close = closeDates(a, b, options);
      if (origin) reason = `both cite ${origin}`;
      else if (voice) reason = `both quote ${entityName(voice) ?? voice}`;
      else if (close !== null) reason = `published ${close} days apart`;
    }
    if (!reason) continue;
    stories.union(idA, idB);
    if (!reason.startsWith('published')) retellings.union(idA, idB);
    links.push({ a: idA, b: idB, why: `reworded report: TF-IDF cosine ${similarity.toFixed(2)} ≥ ${options.rewordedCosine} and ${reason}` });
  }
}

/**
 * "El Faro del Pacífico" retelling an Archipelago Review interview in Spanish: the languages
 * differ, so no words are compared; the retelling credits the other's publisher, is published
 * within sameEventWindowDays of it, and both name a person (by surname) few other articles name
 * (the interviewee): one report, one origin.
 */
function linkTranslatedReports(
  docs: AnalyzedDocument[],
  publisherByDoc: Map<string, CitedRef>,
  citedByDoc: Map<string, CitedRef[]>,
  options: ResolveOptions,
  stories: UnionFind,
  retellings: UnionFind,
  links: StoryLink[],
): void {
  if (new Set(docs.map((d) => d.article.language)).size < 2) return;
  const names = docs.map(personSurnames);
  const df = new Map<string, number>();
  for (const set of names) for (const w of set) df.set(w, (df.get(w) ?? 0) + 1);
  // (Named in a third of the articles at most; in a small corpus, in the two and one more.)
  const rareLimit = Math.max(3, Math.floor(docs.length / 3));
  // Documents by their publisher's key: a retelling is paired only with what its sources published.
  const byPublisher = new Map<string, number[]>();
  docs.forEach((d, j) => {
    const key = publisherByDoc.get(d.article.id)?.key;
    if (key !== undefined) byPublisher.set(key, [...(byPublisher.get(key) ?? []), j]);
  });
  for (let i = 0; i < docs.length; i++) {
    const cited = citedByDoc.get(docs[i].article.id) ?? [];
    const candidates = [...new Set(cited.flatMap((c) => byPublisher.get(c.key) ?? []))].sort((x, y) => x - y);
    for (const j of candidates) {
      const [a, b] = [docs[i], docs[j]];
      if (i === j || a.article.language === b.article.language || retellings.find(a.article.id) === retellings.find(b.article.id)) continue;
      const credit = citesPublisher(cited, publisherByDoc.get(b.article.id));
      if (!credit || closeDates(a, b, options) === null) continue;
      const shared = [...names[i]].filter((w) => names[j].has(w) && (df.get(w) ?? 0) <= rareLimit).sort(byCodeUnit);
      if (shared.length === 0) continue;
      stories.union(a.article.id, b.article.id);
      retellings.union(a.article.id, b.article.id);
      links.push({ a: a.article.id, b: b.article.id, why: `translated report: ${a.article.language} retelling that cites ${credit}, within ${options.sameEventWindowDays} days, both naming ${shared[0]}` });
    }
  }
}

/** The surnames of the persons a document mentions, accents folded and in lower case ("Jay Tarriela" → "tarriela"). */
function personSurnames(d: AnalyzedDocument): Set<string> {
  const out = new Set<string>();
  for (const m of d.mentions) {
    if (m.type !== 'PERSON') continue;
    const last = m.canonical.trim().split(/\s+/).pop();
    if (last && last.length >= 3) out.add(last.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
  }
  return out;
}

/** "cites Sahel Wire" when the document cites the other's publisher. */
function citesPublisher(cited: CitedRef[], publisher: CitedRef | undefined): string | null {
  return publisher && cited.some((c) => c.key === publisher.key) ? `${publisher.name} (the other's publisher)` : null;
}

function sharedOrigin(a: CitedRef[], b: CitedRef[]): string | null {
  const bKeys = new Set(b.map((c) => c.key));
  const hit = [...a].sort((x, y) => byCodeUnit(x.key, y.key)).find((c) => bKeys.has(c.key));
  return hit ? hit.name : null;
}

/** A named speaker both documents attribute one of their shared claims to ("Craig Faller"). */
function sharedVoice(pairs: Array<[Set<string> | undefined, Set<string> | undefined]>, entityName: (id: string) => string | null): string | null {
  const hits: string[] = [];
  for (const [x, y] of pairs) for (const v of x ?? []) if (y?.has(v)) hits.push(v);
  if (hits.length === 0) return null;
  const v = hits.sort(byCodeUnit)[0];
  return `the speaker ${entityName(v) ?? v}`;
}

/** Days between the two publication dates, or null when not close or too imprecise to tell. */
function closeDates(a: AnalyzedDocument, b: AnalyzedDocument, options: ResolveOptions): number | null {
  const ra = dayRange(a.article.published);
  const rb = dayRange(b.article.published);
  if (!ra || !rb) return null;
  if (rangeLength(ra) > options.sameEventMaxDatePrecisionDays || rangeLength(rb) > options.sameEventMaxDatePrecisionDays) return null;
  const gap = gapDays(ra, rb);
  return gap <= options.sameEventWindowDays ? gap : null;
}

/**
 * True when both dates are known well enough to tell and further apart than the window. A date
 * estimated from the text is a lower bound (the latest thing the article mentions), so it tells
 * only when it is later than the other date; metadata and datelines tell both ways.
 */
function farApart(a: AnalyzedDocument, b: AnalyzedDocument, options: ResolveOptions): boolean {
  const ra = dayRange(a.article.published);
  const rb = dayRange(b.article.published);
  if (!ra || !rb) return false;
  const bound = (d: AnalyzedDocument) => d.article.publishedFrom === 'text' && d.article.published!.length < 10;
  if ((bound(a) && ra.end < rb.start) || (bound(b) && rb.end < ra.start)) return false;
  if (rangeLength(ra) > options.sameEventMaxDatePrecisionDays || rangeLength(rb) > options.sameEventMaxDatePrecisionDays) return false;
  return gapDays(ra, rb) > options.sameEventWindowDays;
}

/** The most cited source shared by the story's documents: most documents, then most citations, then name. */
function storyOrigin(
  documents: string[],
  citedByDoc: Map<string, CitedRef[]>,
  entityName: (id: string) => string | null,
): { entity: string | null; name: string } | null {
  const tally = new Map<string, { docs: Set<string>; count: number; ref: CitedRef }>();
  for (const d of documents) {
    for (const c of citedByDoc.get(d) ?? []) {
      let t = tally.get(c.key);
      if (!t) tally.set(c.key, (t = { docs: new Set(), count: 0, ref: c }));
      t.docs.add(d);
      t.count++;
    }
  }
  const best = [...tally.values()].sort(
    (x, y) => y.docs.size - x.docs.size || y.count - x.count || byCodeUnit(x.ref.key, y.ref.key),
  )[0];
  if (!best) return null;
  return { entity: best.ref.entity, name: (best.ref.entity && entityName(best.ref.entity)) || best.ref.name };
}
