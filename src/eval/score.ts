// Scores a Dossier JSON export against a gold file (SCHEMA.md), matching loosely:
// names by accent- and case-folded alias, dates at the precision the gold gives, documents by basename.
// Reads only the parts of the export contract (EXPORT.md) listed in ExportLike below, so it does not
// depend on the export module; extra fields are ignored.
import type { Gold, GoldEvent } from './gold.ts';

// ---------------------------------------------------------------- the export, as read here

export interface ExportDocumentLike {
  id: string;
  /** Basename of the source file, or the URL ("name.jsonl#3" for a JSONL line). */
  file: string;
  url?: string | null;
  outlet?: string | null;
  published?: string | null;
  story?: string | null;
}

export interface ExportEntityLike {
  id: string;
  name: string;
  type?: string | null;
  aliases?: string[] | null;
}

export interface ExportEventLike {
  id: string;
  document: string;
  sentence?: string | null;
  source: string | null;
  target: string | null;
  type: string;
  when?: { start: string; end?: string | null } | null;
  /** Added field: "publication" when the time fell back to the article date (`whenFrom` is read too). */
  when_from?: string | null;
  whenFrom?: string | null;
  attributed_to?: string | null;
  /** Added field: the reporting chain, outermost first; any link that names the gold speaker counts. */
  attribution_chain?: string[] | null;
  negated?: boolean;
  hedged?: boolean;
}

export interface ExportLike {
  documents: ExportDocumentLike[];
  entities: ExportEntityLike[];
  events: ExportEventLike[];
  stories?: Array<{ id: string; documents: string[] }> | null;
  conflicts?: Array<{ a: string; b: string; why?: string }> | null;
  supersessions?: Array<{ old: string; new: string; why?: string }> | null;
}

// ---------------------------------------------------------------- scores

/** An accuracy or recall: correct out of total; value is null when total is 0. */
export interface Ratio {
  correct: number;
  total: number;
  value: number | null;
}

export interface PRF {
  /** True positives. */
  tp: number;
  /** How many the export put forward (the precision denominator). */
  predicted: number;
  /** How many the gold has (the recall denominator). */
  gold: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface Scores {
  corpus: string | null;
  documents: {
    gold: number;
    matched: number;
    /** Gold files no export document matched. */
    missing: string[];
    /** Publication date at the gold's precision; gold null ⇔ export null. */
    published: Ratio;
    /** Outlet by folded equality (or a gold alias of the outlet); null ⇔ null. */
    outlet: Ratio;
  };
  entities: PRF & {
    /** Export entities whose names match two or more gold entities (each counts for one only). */
    overMerged: number;
    /** Gold entities matched by two or more export entities (only one is a true positive). */
    underMerged: number;
    /** Type agreement over matched pairs. */
    type: Ratio;
    /** Gold entity names no export entity matched. */
    missed: string[];
  };
  events: PRF & {
    attribution: Ratio;
    negation: Ratio;
    hedging: Ratio;
    when: Ratio;
    /** Gold event index → matched export event id. */
    matches: Array<{ gold: number; export: string }>;
    /** Gold event indexes left unmatched. */
    missed: number[];
  };
  /** Pairwise over document pairs in the same story; F1 = 1 when neither side has a pair. */
  stories: PRF;
  conflicts: Ratio;
  supersessions: Ratio;
}

// ---------------------------------------------------------------- folding and matching helpers

/** Accent- and case-folded form: NFKD, combining marks stripped, curly quotes straightened, spaces collapsed. */
export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Folded words only (punctuation dropped), space-joined with a space at each end, for whole-word containment. */
function words(s: string): string {
  const w = fold(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return w ? ` ${w} ` : '';
}

/** Whether `hay` contains `needle` as whole words (both folded). */
function containsWords(hay: string, needle: string): boolean {
  const n = words(needle);
  return n !== '' && words(hay).includes(n);
}

function ratio(correct: number, total: number): Ratio {
  return { correct, total, value: total === 0 ? null : correct / total };
}

function prf(tp: number, predicted: number, gold: number, emptyIsPerfect = false): PRF {
  if (emptyIsPerfect && predicted === 0 && gold === 0) return { tp, predicted, gold, precision: 1, recall: 1, f1: 1 };
  const precision = predicted === 0 ? null : tp / predicted;
  const recall = gold === 0 ? null : tp / gold;
  const f1 =
    predicted === 0 && gold === 0 ? null : tp === 0 ? 0 : (2 * (precision ?? 0) * (recall ?? 0)) / ((precision ?? 0) + (recall ?? 0));
  return { tp, predicted, gold, precision, recall, f1 };
}

/** Date `got` agrees with gold `want` at the gold's precision (a coarser `got` does not). */
function dateAgrees(want: string, got: string | null | undefined): boolean {
  return typeof got === 'string' && got.length >= want.length && got.slice(0, want.length) === want;
}

function basename(p: string): string {
  const i = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
  return i >= 0 ? p.slice(i + 1) : p;
}

/** Maximum one-to-one matching in a bipartite graph (augmenting paths); returns right index per left, or -1. */
function maxMatching(adj: number[][], rightCount: number): number[] {
  const matchRight = new Array<number>(rightCount).fill(-1);
  const matchLeft = new Array<number>(adj.length).fill(-1);
  const tryAugment = (u: number, seen: boolean[]): boolean => {
    for (const v of adj[u]) {
      if (seen[v]) continue;
      seen[v] = true;
      if (matchRight[v] === -1 || tryAugment(matchRight[v], seen)) {
        matchRight[v] = u;
        matchLeft[u] = v;
        return true;
      }
    }
    return false;
  };
  for (let u = 0; u < adj.length; u++) if (adj[u].length) tryAugment(u, new Array<boolean>(rightCount).fill(false));
  return matchLeft;
}

/** Share of the gold evidence's words found in the export sentence (0..1). */
function evidenceOverlap(evidence: string, sentence: string | null | undefined): number {
  if (!evidence || !sentence) return 0;
  const ev = words(evidence).trim().split(' ').filter(Boolean);
  if (!ev.length) return 0;
  const sent = words(sentence);
  if (sent.includes(` ${ev.join(' ')} `)) return 1;
  const have = new Set(sent.trim().split(' '));
  return ev.filter((w) => have.has(w)).length / ev.length;
}

// ---------------------------------------------------------------- scorer

export function scoreExport(gold: Gold, exp: ExportLike): Scores {
  const conflictsIn = exp.conflicts ?? [];
  const supersessionsIn = exp.supersessions ?? [];

  // ---- gold entity keys
  const goldKeys: Set<string>[] = gold.entities.map((e) => new Set([e.name, ...e.aliases].map(fold)));
  const goldByName = new Map<string, number>();
  gold.entities.forEach((e, i) => {
    if (!goldByName.has(fold(e.name))) goldByName.set(fold(e.name), i);
  });
  // a gold event may name an actor by an alias instead of the entity name
  const goldEntityFor = (name: string): number | undefined => {
    const f = fold(name);
    const direct = goldByName.get(f);
    if (direct !== undefined) return direct;
    const i = goldKeys.findIndex((k) => k.has(f));
    return i >= 0 ? i : undefined;
  };

  // ---- export entities → the gold entities their names match
  const expEntityById = new Map(exp.entities.map((e) => [e.id, e]));
  const expNames = (e: ExportEntityLike): string[] => [e.name, ...(e.aliases ?? [])];
  const expMatches = new Map<string, number[]>();
  for (const e of exp.entities) {
    const keys = new Set(expNames(e).map(fold));
    const hits: number[] = [];
    goldKeys.forEach((gk, gi) => {
      for (const k of keys) if (gk.has(k)) return void hits.push(gi);
    });
    expMatches.set(e.id, hits);
  }

  // ---- entities: one-to-one maximum matching penalises over- and under-merging
  const adj = exp.entities.map((e) => expMatches.get(e.id) ?? []);
  const matchLeft = maxMatching(adj, gold.entities.length);
  let entityTp = 0;
  let typeOk = 0;
  const goldFound = new Array<boolean>(gold.entities.length).fill(false);
  matchLeft.forEach((gi, xi) => {
    if (gi < 0) return;
    entityTp++;
    goldFound[gi] = true;
    if (exp.entities[xi].type === gold.entities[gi].type) typeOk++;
  });
  const hitsPerGold = new Array<number>(gold.entities.length).fill(0);
  for (const hits of adj) for (const gi of hits) hitsPerGold[gi]++;
  const entities: Scores['entities'] = {
    ...prf(entityTp, exp.entities.length, gold.entities.length),
    overMerged: adj.filter((h) => h.length > 1).length,
    underMerged: hitsPerGold.filter((n) => n > 1).length,
    type: ratio(typeOk, entityTp),
    missed: gold.entities.filter((_, i) => !goldFound[i]).map((e) => e.name),
  };

  // ---- documents
  const expDocForGold = new Map<string, ExportDocumentLike>();
  const goldFileForExpDoc = new Map<string, string>();
  // a gold URL wins over the file name, so JSONL lines match whichever way the lines are numbered
  for (const gd of gold.documents) {
    const free = exp.documents.filter((d) => !goldFileForExpDoc.has(d.id));
    const want = [gd.file, basename(gd.file)];
    const hit =
      (gd.url ? free.find((d) => d.url === gd.url || d.file === gd.url) : undefined) ??
      free.find((d) => want.includes(d.file) || want.includes(basename(d.file)));
    if (hit) {
      expDocForGold.set(gd.file, hit);
      goldFileForExpDoc.set(hit.id, gd.file);
    }
  }
  let pubOk = 0;
  let outletOk = 0;
  for (const gd of gold.documents) {
    const d = expDocForGold.get(gd.file);
    const published = d?.published ?? null;
    if (d && (gd.published === null ? published === null : dateAgrees(gd.published, published))) pubOk++;
    const outlet = d?.outlet ?? null;
    if (d) {
      if (gd.outlet === null) {
        if (outlet === null) outletOk++;
      } else if (outlet !== null) {
        const gi = goldEntityFor(gd.outlet);
        const ok = fold(outlet) === fold(gd.outlet) || (gi !== undefined && goldKeys[gi].has(fold(outlet)));
        if (ok) outletOk++;
      }
    }
  }
  const documents: Scores['documents'] = {
    gold: gold.documents.length,
    matched: expDocForGold.size,
    missing: gold.documents.filter((d) => !expDocForGold.has(d.file)).map((d) => d.file),
    published: ratio(pubOk, gold.documents.length),
    outlet: ratio(outletOk, gold.documents.length),
  };

  // ---- events
  const actorOk = (goldName: string | null, expRef: string | null): boolean => {
    if (goldName === null) return expRef === null;
    if (expRef === null) return false;
    const gi = goldEntityFor(goldName);
    const ent = expEntityById.get(expRef);
    if (ent) {
      if (gi !== undefined) return (expMatches.get(ent.id) ?? []).includes(gi);
      return expNames(ent).some((n) => fold(n) === fold(goldName));
    }
    // not an entity id: a plain string actor
    return gi !== undefined ? goldKeys[gi].has(fold(expRef)) : fold(expRef) === fold(goldName);
  };
  const attributionOk = (g: GoldEvent, x: ExportEventLike): boolean => {
    const want = g.attributed_to;
    const got = x.attributed_to ?? null;
    if (want === null || got === null) return want === null && got === null;
    const gi = goldEntityFor(want);
    const wantNames = gi !== undefined ? [gold.entities[gi].name, ...gold.entities[gi].aliases] : [want];
    const ent = expEntityById.get(got);
    if (ent && gi !== undefined && (expMatches.get(ent.id) ?? []).includes(gi)) return true;
    const gotNames = [...(ent ? expNames(ent) : [got]), ...(x.attribution_chain ?? [])];
    return gotNames.some((n) => wantNames.some((w) => fold(n) === fold(w) || containsWords(n, w)));
  };
  const whenOk = (g: GoldEvent, x: ExportEventLike): boolean => {
    const when = x.when ?? null;
    if (g.when === null) {
      if (when === null || (x.when_from ?? x.whenFrom) === 'publication') return true;
      // no whenFrom in the export: a time equal to the document's own date is taken as the fallback
      const d = exp.documents.find((dd) => dd.id === x.document);
      return d?.published != null && when.start === d.published;
    }
    return when !== null && dateAgrees(g.when, when.start);
  };

  const expEventsByGoldDoc = new Map<string, ExportEventLike[]>();
  let predictedEvents = 0;
  for (const x of exp.events) {
    const f = goldFileForExpDoc.get(x.document);
    if (f === undefined) continue; // events in documents the gold does not cover are out of scope
    predictedEvents++;
    const list = expEventsByGoldDoc.get(f) ?? [];
    list.push(x);
    expEventsByGoldDoc.set(f, list);
  }
  const candidates: Array<{ gi: number; xi: number; x: ExportEventLike; score: number }> = [];
  gold.events.forEach((g, gi) => {
    (expEventsByGoldDoc.get(g.doc) ?? []).forEach((x, xi) => {
      if (x.type !== g.type || !actorOk(g.source, x.source) || !actorOk(g.target, x.target)) return;
      candidates.push({ gi, xi, x, score: evidenceOverlap(g.evidence, x.sentence) });
    });
  });
  candidates.sort((p, q) => q.score - p.score || p.gi - q.gi || p.xi - q.xi);
  const goldToExp = new Map<number, ExportEventLike>();
  const usedExp = new Set<string>();
  for (const c of candidates) {
    if (goldToExp.has(c.gi) || usedExp.has(c.x.id)) continue;
    goldToExp.set(c.gi, c.x);
    usedExp.add(c.x.id);
  }
  let attrOk = 0;
  let negOk = 0;
  let hedgeOk = 0;
  let timeOk = 0;
  for (const [gi, x] of goldToExp) {
    const g = gold.events[gi];
    if (attributionOk(g, x)) attrOk++;
    if (Boolean(x.negated) === g.negated) negOk++;
    if (Boolean(x.hedged) === g.hedged) hedgeOk++;
    if (whenOk(g, x)) timeOk++;
  }
  const n = goldToExp.size;
  const events: Scores['events'] = {
    ...prf(n, predictedEvents, gold.events.length),
    attribution: ratio(attrOk, n),
    negation: ratio(negOk, n),
    hedging: ratio(hedgeOk, n),
    when: ratio(timeOk, n),
    matches: [...goldToExp].sort((a, b) => a[0] - b[0]).map(([gi, x]) => ({ gold: gi, export: x.id })),
    missed: gold.events.map((_, i) => i).filter((i) => !goldToExp.has(i)),
  };

  // ---- stories: pairwise over gold documents
  const storyOfDoc = new Map<string, string>();
  for (const s of exp.stories ?? []) for (const d of s.documents) storyOfDoc.set(d, s.id);
  for (const d of exp.documents) if (d.story != null) storyOfDoc.set(d.id, d.story);
  const goldStory = new Map<string, number>();
  gold.stories.forEach((s, i) => s.forEach((f) => goldStory.set(f, i)));
  const files = gold.documents.map((d) => d.file);
  let goldPairs = 0;
  let predPairs = 0;
  let bothPairs = 0;
  for (let i = 0; i < files.length; i++) {
    for (let j = i + 1; j < files.length; j++) {
      const gs = goldStory.get(files[i]);
      const inGold = gs !== undefined && gs === goldStory.get(files[j]);
      const di = expDocForGold.get(files[i]);
      const dj = expDocForGold.get(files[j]);
      const si = di && storyOfDoc.get(di.id);
      const inPred = si != null && si === (dj && storyOfDoc.get(dj.id));
      if (inGold) goldPairs++;
      if (inPred) predPairs++;
      if (inGold && inPred) bothPairs++;
    }
  }
  const stories = prf(bothPairs, predPairs, goldPairs, true);

  // ---- conflicts (either order) and supersessions (old → new)
  const matched = (gi: number): string | undefined => goldToExp.get(gi)?.id;
  let conflictHits = 0;
  for (const c of gold.conflicts) {
    const a = matched(c.a);
    const b = matched(c.b);
    if (a && b && conflictsIn.some((x) => (x.a === a && x.b === b) || (x.a === b && x.b === a))) conflictHits++;
  }
  let supersessionHits = 0;
  for (const s of gold.supersessions) {
    const o = matched(s.old);
    const w = matched(s.new);
    if (o && w && supersessionsIn.some((x) => x.old === o && x.new === w)) supersessionHits++;
  }

  return {
    corpus: gold.corpus ?? null,
    documents,
    entities,
    events,
    stories,
    conflicts: ratio(conflictHits, gold.conflicts.length),
    supersessions: ratio(supersessionHits, gold.supersessions.length),
  };
}

// ---------------------------------------------------------------- report

function num(v: number | null): string {
  return v === null ? '  n/a' : v.toFixed(3);
}

function prfLine(label: string, p: PRF, extra = ''): string {
  const counts = `tp ${p.tp}, predicted ${p.predicted}, gold ${p.gold}`;
  return `${label.padEnd(26)} P ${num(p.precision)}  R ${num(p.recall)}  F1 ${num(p.f1)}   ${counts}${extra ? `; ${extra}` : ''}`;
}

function ratioLine(label: string, r: Ratio, what = 'correct'): string {
  return `${label.padEnd(26)} ${num(r.value)}${' '.repeat(27)}${r.correct}/${r.total} ${what}`;
}

/** A readable table, one line per metric with its counts. */
export function formatScores(s: Scores): string {
  const lines: string[] = [];
  lines.push(`Dossier eval${s.corpus ? ` — corpus ${s.corpus}` : ''}`);
  lines.push(
    `${'documents matched'.padEnd(26)} ${s.documents.matched}/${s.documents.gold}` +
      (s.documents.missing.length ? `   missing: ${s.documents.missing.join(', ')}` : ''),
  );
  lines.push(ratioLine('  publication date', s.documents.published));
  lines.push(ratioLine('  outlet', s.documents.outlet));
  lines.push(
    prfLine('entities', s.entities, `over-merged ${s.entities.overMerged}, under-merged ${s.entities.underMerged}`),
  );
  lines.push(ratioLine('  entity type', s.entities.type, 'of matched'));
  lines.push(prfLine('events', s.events));
  lines.push(ratioLine('  attribution', s.events.attribution, 'of matched'));
  lines.push(ratioLine('  negation', s.events.negation, 'of matched'));
  lines.push(ratioLine('  hedging', s.events.hedging, 'of matched'));
  lines.push(ratioLine('  event date', s.events.when, 'of matched'));
  lines.push(prfLine('stories (pairwise)', s.stories));
  lines.push(ratioLine('conflicts recall', s.conflicts, 'recalled'));
  lines.push(ratioLine('supersessions recall', s.supersessions, 'recalled'));
  if (s.entities.missed.length) lines.push(`missed entities: ${s.entities.missed.join(', ')}`);
  if (s.events.missed.length) lines.push(`missed events (gold indexes): ${s.events.missed.join(', ')}`);
  return `${lines.join('\n')}\n`;
}

