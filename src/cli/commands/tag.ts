import { readFileSync } from 'node:fs';
import { parse } from '../args.ts';
import { tagConll, tagText } from '../../nlp/index.ts';
import type { Command } from '../main.ts';

export const tagCommand: Command = {
  summary: 'Tag named entities: CoNLL-2003 columns (--conll FILE) or plain text on stdin',
  usage: 'dossier tag [--conll FILE] < text',
  async run(argv) {
    const { values } = parse('tag', argv, { conll: { type: 'string' } });
    if (values.conll) {
      process.stdout.write(tagConll(readFileSync(values.conll as string, 'utf8')));
      return 0;
    }
    const text = readFileSync(0, 'utf8');
    for (const m of tagText(text)) process.stdout.write(`${m.text}\t${m.type}\t${m.start}\t${m.end}\n`);
    return 0;
  },
};
