// The `dossier` command line: one module per command, dispatched from this table.
import { UsageError } from './args.ts';
import { ingestCommand } from './commands/ingest.ts';
import { exportCommand } from './commands/export.ts';
import { evalCommand } from './commands/eval.ts';
import { statsCommand } from './commands/stats.ts';
import { tagCommand } from './commands/tag.ts';
import { codeCommand } from './commands/code.ts';
import { showCommand, claimsCommand, storiesCommand } from './commands/views.ts';
import { demoCommand } from './commands/demo.ts';
import { serveCommand } from './commands/serve.ts';
import { watchCommand } from './commands/watch.ts';

export interface Command {
  summary: string;
  usage: string;
  run(argv: string[]): Promise<number>;
}

export const COMMANDS: Record<string, Command> = {
  ingest: ingestCommand,
  export: exportCommand,
  stats: statsCommand,
  show: showCommand,
  claims: claimsCommand,
  stories: storiesCommand,
  code: codeCommand,
  tag: tagCommand,
  watch: watchCommand,
  serve: serveCommand,
  eval: evalCommand,
  demo: demoCommand,
};

function help(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return [
    'dossier — turns news articles into a sourced, timed graph of who did what to whom',
    '',
    'Usage: dossier <command> [options]   (dossier <command> --help for its options)',
    '',
    'Commands:',
    ...lines,
    '',
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(help());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`dossier: unknown command "${name}" (dossier --help lists them)\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${command.summary}\n\nUsage: ${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`${err.message}\n`);
      return 2;
    }
    process.stderr.write(`dossier ${name}: ${(err as Error).message}\n`);
    if (process.env.DOSSIER_DEBUG) process.stderr.write(`${(err as Error).stack}\n`);
    return 1;
  } finally {
    // For benchmarks and the memory tests: the process's peak resident memory.
    if (process.env.DOSSIER_PEAK_MEMORY) process.stderr.write(`peak RSS: ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB\n`);
  }
}
