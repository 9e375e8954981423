// `dossier tag --conll FILE`: CoNLL-2003 columns in (token first), "token<TAB>IOB2" lines out,
// a blank line after each sentence, nothing for -DOCSTART- lines.
import { readConll } from './conll.ts';
import { tagDocument } from './index.ts';

export function tagConll(input: string): string {
  const lines: string[] = [];
  for (const doc of readConll(input, false)) {
    const sentences = doc.sentences.map((s) => s.tokens);
    const labels = tagDocument(sentences);
    sentences.forEach((tokens, si) => {
      tokens.forEach((t, k) => lines.push(`${t}\t${labels[si][k]}`));
      lines.push('');
    });
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
