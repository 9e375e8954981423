import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parse } from '../args.ts';
import { codeText } from '../../extract/index.ts';
import type { Command } from '../main.ts';

export const codeCommand: Command = {
  summary: 'Code PLOVER events: one text per line in (FILE or stdin), one JSON line out',
  usage: 'dossier code [FILE] [--published YYYY-MM-DD]',
  async run(argv) {
    const { values, positionals } = parse('code', argv, { published: { type: 'string' } });
    const input = positionals[0] ? createReadStream(positionals[0]) : process.stdin;
    const lines = createInterface({ input, crlfDelay: Infinity });
    const published = (values.published as string | undefined) ?? null;
    let out = '';
    for await (const line of lines) {
      out += `${JSON.stringify(codeText(line, published))}\n`;
      if (out.length > 1 << 16) {
        process.stdout.write(out);
        out = '';
      }
    }
    process.stdout.write(out);
    return 0;
  },
};
