#!/usr/bin/env node
/**
 * resolution-parser <file>: prints the analysis of one resolution text as JSON on stdout.
 * The only module that touches the file system or the process.
 */
import { readFileSync } from 'node:fs';
import { analyseResolution } from './analyse';

const USAGE = 'usage: resolution-parser [--all-calls] <file>   (--help for what it prints)';

const HELP = `usage: resolution-parser [--all-calls] <file>

Reads one United Nations resolution (text pulled from a PDF, a Word export, Markdown or HTML) and prints
its analysis as one JSON object on stdout:

  symbol, body, session, number, title, adoptedOn, meeting, committeeReport, agendaItem
                 the heading ("A/RES/78/70", "GENERAL_ASSEMBLY", 78, ... "2023-12-07")
  paragraphs     preambular and operative paragraphs with their identifiers ("para_4__list_1__point_b")
  recalls, acknowledgedReports, footnotes
                 resolutions recalled, reports taken note of, footnotes with the symbols they name
  obligations    every request the resolution makes: paragraph, kind (REPORT, AGENDA_ITEM, TASK, MEETING,
                 STATE_ACTION, MANDATE_RENEWAL), strength, actor, recipient, dueSession, dueDate,
                 recurrence, quote, confidence
  reviewClauses, hasReviewClause
                 review and sunset clauses ("decides to review ...", "shall apply only during ...")
  warnings       what could not be read, with a code and a message

Options:
  --all-calls    also list hortatory calls on States and other actors outside the United Nations
  --help         this text

Exit status: 0 done, 1 the file cannot be read, 2 bad usage.`;

const FLAGS = new Set(['--all-calls', '--help']);

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
  if (flags.has('--help')) {
    io.stdout(`${HELP}\n`);
    return 0;
  }
  const unknown = [...flags].find((f) => !FLAGS.has(f));
  if (unknown !== undefined || args.length !== 1) {
    io.stderr(`${unknown !== undefined ? `resolution-parser: unknown option ${unknown}\n` : ''}${USAGE}\n`);
    return 2;
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
