#!/usr/bin/env node
import 'reflect-metadata';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import { SingleBar } from 'cli-progress';
import { AppModule } from '../app.module';
import { loadEnvironment } from '../config/environment';
import { openDatabaseServer } from '../database/database-server';
import { prepareDatabase } from '../database/prepare-database';
import { expandPaths, importFiles, type FileOutcome } from '../imports/import-files';
import { ImportsService } from '../imports/imports.service';

const USAGE = 'usage: npm run import -- <files or folders>   (txt, md, html, docx, pdf)';

function summary(outcomes: FileOutcome[]): string {
  const count = (outcome: FileOutcome['outcome']) => outcomes.filter((o) => o.outcome === outcome).length;
  const lines = [`${count('created')} imported, ${count('updated')} updated, ${count('unchanged')} unchanged, ${count('failed')} failed`];
  for (const failed of outcomes.filter((o) => o.outcome === 'failed')) lines.push(`  failed: ${failed.file}\n    ${failed.reason}`);
  return lines.join('\n');
}

/** `npm run import -- <files or folders>`: bulk import with a progress bar; exits 1 when any file failed. */
async function main(): Promise<number> {
  // npm runs workspace scripts inside the workspace; paths are meant from where the user typed the command.
  const base = process.env.INIT_CWD ?? process.cwd();
  const paths = process.argv.slice(2).map((entry) => path.resolve(base, entry));
  if (paths.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const environment = loadEnvironment({ LOG_LEVEL: 'warn', ...process.env });
  const database = await openDatabaseServer(environment, (line) => process.stderr.write(`${line}\n`));
  try {
    const { applicationUrl } = await prepareDatabase(database);
    const app = await NestFactory.createApplicationContext(AppModule.forRoot(environment, applicationUrl), { logger: false });
    const files = expandPaths(paths);
    const bar = new SingleBar({ format: 'importing [{bar}] {value}/{total} {file}', stream: process.stderr, hideCursor: true });
    bar.start(files.length, 0, { file: '' });
    const outcomes = await importFiles(app.get(ImportsService), files, 'import-cli', (outcome) =>
      bar.increment({ file: path.basename(outcome.file) }),
    );
    bar.stop();
    await app.close();
    process.stdout.write(`${summary(outcomes)}\n`);
    return outcomes.some((o) => o.outcome === 'failed') ? 1 : 0;
  } finally {
    await database.stop();
  }
}

main().then(
  (status) => process.exit(status),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
