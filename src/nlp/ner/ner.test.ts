// The trained tagger through its public entry points, on sentences written for this test, plus
// the conlleval scoring rules and (when ../shared is there) a floor on eng.testa.
import { existsSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tagTokens, tagConll } from '../index.ts';
import { chunksOf, scoreChunks } from './conll.ts';
import { iob1ToIob2 } from './labels.ts';
import { nerModelAvailable } from './index.ts';
import { LABEL_INDEX, LABELS } from './labels.ts';
import { toReverseLabels, fromReverseLabels } from './decode.ts';
import { EntityCounts, countsValue, spanNext, spanStart } from './entity-list.ts';
import { gazetteerSpans } from './gazetteer-features.ts';
import { hashString } from './hash.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const shared = resolve(repoRoot, '../shared');

describe('conlleval rules', () => {
  it('reads IOB1 and IOB2 spans alike', () => {
    expect(iob1ToIob2(['I-PER', 'I-PER', 'B-PER', 'O', 'I-LOC'])).toEqual(['B-PER', 'I-PER', 'B-PER', 'O', 'B-LOC']);
    expect(chunksOf(['B-ORG', 'I-ORG', 'O', 'B-LOC', 'B-LOC'])).toEqual([
      { type: 'ORG', start: 0, end: 2 }, { type: 'LOC', start: 3, end: 4 }, { type: 'LOC', start: 4, end: 5 },
    ]);
  });
  it('counts only exact spans of the right type', () => {
    const s = scoreChunks([{ gold: ['B-PER', 'I-PER', 'O', 'B-ORG'], pred: ['B-PER', 'O', 'O', 'B-ORG'] }]);
    expect(s.overall.p).toBeCloseTo(0.5);
    expect(s.overall.r).toBeCloseTo(0.5);
    expect(s.perType.ORG.f1).toBeCloseTo(1);
  });
});

describe('tagger building blocks', () => {
  it('converts IOB2 to right-to-left labels and back', () => {
    const tags = ['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'I-ORG', 'B-MISC'];
    const starts = Int32Array.from([0, 0, 0, 0, 0, 0, 0, 0, 0, 9]);
    const reversed = toReverseLabels(Uint8Array.from(tags.map((t) => LABEL_INDEX.get(t)!)), starts);
    expect([...reversed].map((l) => LABELS[l])).toEqual(['I-PER', 'B-PER', 'O', 'B-LOC', 'I-LOC', 'B-LOC', 'I-ORG', 'I-ORG', 'B-ORG', 'B-MISC']);
    expect([...fromReverseLabels(reversed, starts)].map((l) => LABELS[l])).toEqual(tags);
  });

  it('entity list: leave-one-document-out views and a byte round trip', () => {
    const words = (s: string) => Int32Array.from(s.split(' ').map(hashString));
    const a = EntityCounts.documentEntries([{ lowers: words('real madrid'), type: 1 }]);
    const b = EntityCounts.documentEntries([{ lowers: words('real madrid'), type: 1 }, { lowers: words('madrid'), type: 2 }]);
    const list = new EntityCounts();
    list.add(a);
    list.add(b);
    let key = spanStart(hashString('real'));
    key = spanNext(key, hashString('madrid'));
    expect(Array.from(list.span(key)!).slice(0, 4)).toEqual([0, 2, 0, 0]);
    expect(Array.from(list.without(a).span(key)!).slice(0, 4)).toEqual([0, 1, 0, 0]);
    expect(list.without(b).span(spanStart(hashString('madrid')))).toBeNull();
    const copy = EntityCounts.decode(list.encode());
    expect(Array.from(copy.span(key)!)).toEqual(Array.from(list.span(key)!));
    expect(copy.longest(hashString('real'))).toBe(2);
    expect(countsValue([0, 2, 0, 0, 0])).toBeGreaterThan(0);
  });

  it('gazetteer: longest capitalised match with its class and position', () => {
    const words = ['Kofi', 'Annan', 'visited', 'Amnesty', 'International'];
    const spans = gazetteerSpans(words, words.map((w) => w.toLowerCase()));
    if (spans.some((v) => v !== 0)) {
      expect(spans[0] >> 2).toBe(1); // person, begin
      expect(spans[1] & 3).toBe(2); // last word
      expect(spans[2]).toBe(0);
      expect(spans[3] >> 2).toBe(2); // organisation
    }
    expect(gazetteerSpans(['kofi', 'annan'], ['kofi', 'annan'])[0]).toBe(0);
  });
});

describe.skipIf(!nerModelAvailable())('trained tagger', () => {
  const rows: { tokens: string; expect: [string, string][] }[] = [
    { tokens: 'Talks between Portugal and the European Union resumed in Brussels on Monday .',
      expect: [['Portugal', 'B-LOC'], ['European', 'B-ORG'], ['Brussels', 'B-LOC']] },
    { tokens: 'Finance minister Hans Olafsen said the plan would cut costs .',
      expect: [['Hans', 'B-PER'], ['Olafsen', 'I-PER']] },
    { tokens: 'German and French officials met at the United Nations .',
      expect: [['German', 'B-MISC'], ['French', 'B-MISC'], ['United', 'B-ORG']] },
  ];
  for (const row of rows) {
    it(row.tokens, () => {
      const tokens = row.tokens.split(' ');
      const tags = tagTokens(tokens);
      expect(tags).toHaveLength(tokens.length);
      for (const [word, tag] of row.expect) expect(tags[tokens.indexOf(word)], word).toBe(tag);
    });
  }

  it('tagConll keeps token order, drops -DOCSTART- and ends sentences with a blank line', () => {
    const input = '-DOCSTART- -X- -X- O\n\nAnna NNP I-NP I-PER\nSmith NNP I-NP I-PER\nspoke VBD I-VP O\n\nRome NNP I-NP I-LOC\n';
    const out = tagConll(input).split('\n');
    expect(out.map((l) => l.split('\t')[0])).toEqual(['Anna', 'Smith', 'spoke', '', 'Rome', '', '']);
    expect(out[0]).toMatch(/^Anna\t(B|I)-PER$/);
    expect(out[3]).toBe('');
  });
});

describe.skipIf(!existsSync(resolve(shared, 'data/conll2003/eng.testa')) || !nerModelAvailable())('eng.testa', () => {
  it('entity F1 stays above the committed model\'s floor', async () => {
    const { evalNer } = await import('../../../scripts/eval-ner.ts');
    const scores = await evalNer();
    expect(scores.overall.f1).toBeGreaterThan(0.92);
  }, 60_000);
});

if (!existsSync(shared)) console.log(`ner.test: ${shared} is absent; the eng.testa check is skipped`);
