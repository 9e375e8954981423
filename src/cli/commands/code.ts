import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parse, UsageError } from '../args.ts';
import { codeLines, GLOSSED_LANGUAGES } from '../../extract/index.ts';
import type { Command } from '../main.ts';

/** The most lines coded together (see codeLines): enough for the stages' working sets to stay cached. */
const CODE_BATCH = 64;

export const codeCommand: Command = {
  summary: 'Code PLOVER events: one text per line in (FILE or stdin), one JSON line out',
  usage: 'dossier code [FILE] [--published YYYY-MM-DD] [--lang en|es|fr]',
  async run(argv) {
    const { values, positionals } = parse('code', argv, { published: { type: 'string' }, lang: { type: 'string' } });
    // The lines' language: Spanish and French are read through the gloss (extract/gloss.ts), as
    // ingest reads articles detected as such (a line is too short to detect its language reliably).
    const lang = ((values.lang as string | undefined) ?? 'en').toLowerCase();
    if (lang !== 'en' && !GLOSSED_LANGUAGES.has(lang)) throw new UsageError(`dossier code: --lang must be en, ${[...GLOSSED_LANGUAGES].join(' or ')}, got "${values.lang}"`);
    const language = lang === 'en' ? null : lang;
    const input = positionals[0] ? createReadStream(positionals[0]) : process.stdin;
    const lines = createInterface({ input, crlfDelay: Infinity });
    const published = (values.published as string | undefined) ?? null;
    // Lines are coded in batches (codeLines: stage by stage, faster), in input order. A batch is
    // what one read of the input brought (a file: hundreds of lines; a terminal: one), so a line
    // typed alone is answered at once.
    await new Promise<void>((resolve, reject) => {
      let pending: string[] = [];
      let scheduled = false;
      const flush = (): void => {
        scheduled = false;
        for (let k = 0; k < pending.length; k += CODE_BATCH) {
          process.stdout.write(codeLines(pending.slice(k, k + CODE_BATCH), published, language).map((c) => `${JSON.stringify(c)}\n`).join(''));
        }
        pending = [];
      };
      lines.on('line', (line) => {
        pending.push(line);
        if (!scheduled) {
          scheduled = true;
          setImmediate(flush);
        }
      });
      lines.on('close', () => {
        flush();
        resolve();
      });
      lines.on('error', reject);
    });
    return 0;
  },
};
