#!/usr/bin/env node
/**
 * resolution-parser <file>: prints the analysis of one resolution text as JSON on stdout.
 * The only module that touches the file system or the process.
 */
import { readFileSync } from 'node:fs';
import { analyseResolution } from './analyse';

const USAGE = 'usage: resolution-parser [--all-calls] <file>\n  --all-calls  also list hortatory calls on States and other non-UN actors';

function main(argv: string[]): number {
  const args = argv.filter((a) => !a.startsWith('--'));
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  if (flags.has('--help') || args.length !== 1) {
    process.stderr.write(`${USAGE}\n`);
    return flags.has('--help') ? 0 : 2;
  }
  const file = args[0] as string;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`resolution-parser: cannot read ${file}: ${reason}\n`);
    return 1;
  }
  const analysis = analyseResolution(text, { includeHortatoryCallsOnStates: flags.has('--all-calls') });
  process.stdout.write(`${JSON.stringify(analysis, null, 2)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
