import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A usage problem: printed as one line with the command's name, exit code 2. */
export class UsageError extends Error {}

export type Options = NonNullable<ParseArgsConfig['options']>;

export interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export function parse(command: string, argv: string[], options: Options): Parsed {
  try {
    return parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true }) as Parsed;
  } catch (err) {
    throw new UsageError(`dossier ${command}: ${(err as Error).message.split('\n')[0]}`);
  }
}

export const DEFAULT_DB = 'dossier.db';
