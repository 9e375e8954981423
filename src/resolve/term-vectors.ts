// TF-IDF term vectors over an article's content words, for spotting one report rewritten in other
// words (the sentences change, the rare words — names, places, numbers — stay).
import { fold } from './names.ts';

const STOPWORDS = new Set(
  ('the a an of to in and or for on at by with from that this these those is are was were be been being has have had it its ' +
    'as but not he she they his her their them we our you your i which who whom whose what when where than then so such also ' +
    'into over after before about against between more most some any all can could would will may might must shall should ' +
    'said says say told tell one two there here very just only other its own out up down new while during because if').split(' '),
);

export type TermVector = Map<string, number>;

/** Unit-length TF-IDF vectors (sublinear tf, smoothed idf over the given articles). */
export function termVectors(texts: string[]): TermVector[] {
  const counts = texts.map((text) => {
    const m = new Map<string, number>();
    for (const w of fold(text).split(' ')) if (w.length >= 3 && !STOPWORDS.has(w)) m.set(w, (m.get(w) ?? 0) + 1);
    return m;
  });
  const df = new Map<string, number>();
  for (const m of counts) for (const w of m.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const n = texts.length;
  return counts.map((m) => {
    const v: TermVector = new Map();
    let norm = 0;
    for (const [w, c] of m) {
      const x = (1 + Math.log(c)) * Math.log(1 + n / df.get(w)!);
      v.set(w, x);
      norm += x * x;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [w, x] of v) v.set(w, x / norm);
    return v;
  });
}

/**
 * Pairs whose cosine reaches `min`, by sparse products over an inverted index. Terms found in
 * more than `maxDf` articles (default: 50, or 5% of a larger corpus) are left out of the sums:
 * they weigh little and would make the comparison quadratic.
 */
export function similarPairs(vectors: TermVector[], min: number, maxDf = Math.max(50, Math.ceil(vectors.length * 0.05))): Array<[number, number, number]> {
  const byTerm = new Map<string, Array<[number, number]>>();
  vectors.forEach((v, i) => {
    for (const [w, x] of v) {
      let list = byTerm.get(w);
      if (!list) byTerm.set(w, (list = []));
      list.push([i, x]);
    }
  });
  const n = vectors.length;
  const dot = new Map<number, number>();
  for (const list of byTerm.values()) {
    if (list.length < 2 || list.length > maxDf) continue;
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const key = list[a][0] * n + list[b][0];
        dot.set(key, (dot.get(key) ?? 0) + list[a][1] * list[b][1]);
      }
    }
  }
  const out: Array<[number, number, number]> = [];
  for (const [key, value] of dot) if (value >= min) out.push([Math.floor(key / n), key % n, value]);
  return out.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}
