// Reading CoNLL-2003 column files and scoring with the conlleval rules (exact entity spans).
import { iob1ToIob2 } from './labels.ts';

export interface ConllSentence {
  tokens: string[];
  /** IOB2 tags (converted from the file's IOB1 when needed); empty when the input has no tags. */
  tags: string[];
}

export interface ConllDocument {
  sentences: ConllSentence[];
}

/** Documents split at -DOCSTART- lines; the last column is the tag when there are 2+ columns. */
export function readConll(input: string, withTags = true): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let doc: ConllDocument = { sentences: [] };
  let tokens: string[] = [];
  let tags: string[] = [];
  const endSentence = () => {
    if (tokens.length) doc.sentences.push({ tokens, tags: withTags ? iob1ToIob2(tags) : [] });
    tokens = [];
    tags = [];
  };
  for (const raw of input.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') {
      endSentence();
      continue;
    }
    const cols = line.trim().split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      endSentence();
      if (doc.sentences.length) docs.push(doc);
      doc = { sentences: [] };
      continue;
    }
    tokens.push(cols[0]);
    tags.push(cols.length > 1 ? cols[cols.length - 1] : 'O');
  }
  endSentence();
  if (doc.sentences.length) docs.push(doc);
  return docs;
}

export interface Chunk {
  type: string;
  start: number;
  end: number;
}

/** Entity spans of an IOB2 (or IOB1) tag sequence, as conlleval reads them. */
export function chunksOf(tags: string[]): Chunk[] {
  const out: Chunk[] = [];
  let cur: Chunk | null = null;
  tags.forEach((t, i) => {
    const type = t === 'O' ? '' : t.slice(2);
    const begins = t !== 'O' && (t.startsWith('B-') || !cur || cur.type !== type);
    if (cur && (t === 'O' || begins)) {
      out.push(cur);
      cur = null;
    }
    if (begins) cur = { type, start: i, end: i + 1 };
    else if (cur) cur.end = i + 1;
  });
  if (cur) out.push(cur);
  return out;
}

export interface Prf {
  p: number;
  r: number;
  f1: number;
}

export interface NerScores {
  perType: Record<string, Prf>;
  overall: Prf;
}

/** Entity-level precision, recall and F1 over paired gold/predicted tag sequences. */
export function scoreChunks(pairs: { gold: string[]; pred: string[] }[]): NerScores {
  const counts = new Map<string, { tp: number; gold: number; pred: number }>();
  const get = (t: string) => counts.get(t) ?? counts.set(t, { tp: 0, gold: 0, pred: 0 }).get(t)!;
  for (const { gold, pred } of pairs) {
    const g = chunksOf(gold);
    const p = chunksOf(pred);
    const gKeys = new Set(g.map((c) => `${c.type}:${c.start}:${c.end}`));
    for (const c of g) get(c.type).gold++;
    for (const c of p) {
      get(c.type).pred++;
      if (gKeys.has(`${c.type}:${c.start}:${c.end}`)) get(c.type).tp++;
    }
  }
  const prf = (tp: number, gold: number, pred: number): Prf => {
    const p = pred ? tp / pred : 0;
    const r = gold ? tp / gold : 0;
    return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
  };
  const perType: Record<string, Prf> = {};
  let tp = 0, gold = 0, pred = 0;
  for (const [t, c] of [...counts.entries()].sort()) {
    perType[t] = prf(c.tp, c.gold, c.pred);
    tp += c.tp; gold += c.gold; pred += c.pred;
  }
  return { perType, overall: prf(tp, gold, pred) };
}
