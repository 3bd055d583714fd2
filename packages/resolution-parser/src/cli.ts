#!/usr/bin/env node
/**
 * resolution-parser <file>: prints the analysis of one resolution text as JSON on stdout.
 * The only module that touches the file system or the process.
 */
import { readFileSync } from 'node:fs';
import { analyseResolution } from './analyse';

const USAGE = 'usage: resolution-parser [--all-calls] <file>\n  --all-calls  also list hortatory calls on States and other non-UN actors';

export interface CliIo {
  readFile: (file: string) => string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processIo: CliIo = {
  readFile: (file) => readFileSync(file, 'utf8'),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** Runs the command line; returns the exit status (0 done, 1 unreadable file, 2 bad usage). */
export function main(argv: string[], io: CliIo = processIo): number {
  const args = argv.filter((a) => !a.startsWith('--'));
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  if (flags.has('--help') || args.length !== 1) {
    io.stderr(`${USAGE}\n`);
    return flags.has('--help') ? 0 : 2;
  }
  const file = args[0] as string;
  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr(`resolution-parser: cannot read ${file}: ${reason}\n`);
    return 1;
  }
  const analysis = analyseResolution(text, { includeHortatoryCallsOnStates: flags.has('--all-calls') });
  io.stdout(`${JSON.stringify(analysis, null, 2)}\n`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
