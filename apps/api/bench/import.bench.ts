#!/usr/bin/env node
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { NestFactory } from '@nestjs/core';
import { Client } from 'pg';
import { AppModule } from '../src/app.module';
import { loadEnvironment } from '../src/config/environment';
import { analyse } from '../src/imports/import-preview';
import { ImportsService } from '../src/imports/imports.service';
import { benchAccount } from './bench-auth';
import { machine, option, seconds, startBenchDatabase } from './bench-support';
import { generateResolutions, type SyntheticResolution } from './synthetic/generator';

/**
 * `npm run bench:import -w @mandate-tracker/api [-- --count 1000 --seed 1]`:
 * imports synthetic resolutions through ImportsService.commit, the path of
 * `npm run import` and of the admin's Import page (parse, one transaction
 * each with audit events, follow-up links), into a fresh embedded PostgreSQL.
 * Target (issue 4): 1,000 resolutions in under 60 s on the 2-core machine.
 */
async function main(): Promise<void> {
  const count = option('count', 1000);
  const seed = option('seed', 1);
  const log = (line: string) => process.stderr.write(`${line}\n`);

  // Security Council texts carry no title, which the importer requires: generate enough to have `count` importable ones.
  const { importable: corpus, refused } = pickImportable(generateResolutions(Math.ceil(count * 1.2), seed), count);
  const bytes = corpus.reduce((sum, r) => sum + Buffer.byteLength(r.text), 0);
  const sc = corpus.filter((r) => r.body === 'SECURITY_COUNCIL').length;
  log(
    `${corpus.length} synthetic resolutions (seed ${seed}; ${sc} Security Council), ${(bytes / 1e6).toFixed(1)} MB; skipped ${refused.length} the importer refuses${refused[0] ? ` (${refused[0]})` : ''}`,
  );

  const parseStart = performance.now();
  for (const resolution of corpus) analyse(resolution.text);
  const parseMs = performance.now() - parseStart;

  const database = await startBenchDatabase(log);
  try {
    const environment = loadEnvironment({ ...process.env, LOG_LEVEL: 'silent', DATABASE_URL: database.url });
    const app = await NestFactory.createApplicationContext(AppModule.forRoot(environment, database.url), { logger: false });
    const imports = app.get(ImportsService);
    // Imports are made by a signed-in editor since sign-in landed (the Import page needs one; the API records the
    // user's name as the actor): the bench imports as such an account, not as a name no user has.
    const editor = (await benchAccount(app, 'SECRETARIAT_EDITOR', 'importer')).displayName;
    const outcomes: Record<string, number> = {};
    const slowest: { symbol: string; ms: number }[] = [];
    const start = performance.now();
    let links = 0;
    for (const resolution of corpus) {
      const t = performance.now();
      const result = await imports.commit(resolution.text, [], editor);
      const ms = performance.now() - t;
      outcomes[result.outcome] = (outcomes[result.outcome] ?? 0) + 1;
      if (result.outcome !== 'unchanged') links += result.links;
      slowest.push({ symbol: resolution.symbol, ms });
    }
    const totalMs = performance.now() - start;

    const againStart = performance.now();
    for (const resolution of corpus) await imports.commit(resolution.text, [], editor);
    const againMs = performance.now() - againStart;
    await app.close();

    const counts = await tableCounts(database.url);
    slowest.sort((a, b) => b.ms - a.ms);
    const perResolution = slowest.map((s) => s.ms).sort((a, b) => a - b);
    const pct = (p: number) => perResolution[Math.min(perResolution.length - 1, Math.floor((p / 100) * perResolution.length))]?.toFixed(0);
    const lines = [
      `machine: ${machine()}`,
      `imported: ${JSON.stringify(outcomes)} in ${seconds(totalMs)} s = ${(corpus.length / (totalMs / 1000)).toFixed(1)} resolutions/s (target: 1,000 under 60 s)`,
      `  parse alone (analyse, one core): ${seconds(parseMs)} s (${((parseMs / totalMs) * 100).toFixed(0)} %)`,
      `  database and the rest (commit minus parse): ${seconds(totalMs - parseMs)} s`,
      `  per resolution: p50 ${pct(50)} ms, p95 ${pct(95)} ms, p99 ${pct(99)} ms, slowest ${slowest[0]?.symbol} ${slowest[0]?.ms.toFixed(0)} ms`,
      `re-import of the same texts (all unchanged): ${seconds(againMs)} s`,
      `rows: ${Object.entries(counts)
        .map(([table, n]) => `${table} ${n}`)
        .join(', ')}; automatic links created: ${links}`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await database.stop();
  }
}

function pickImportable(all: SyntheticResolution[], count: number): { importable: SyntheticResolution[]; refused: string[] } {
  const importable: SyntheticResolution[] = [];
  const refused: string[] = [];
  for (const resolution of all) {
    if (importable.length >= count) break;
    try {
      analyse(resolution.text);
      importable.push(resolution);
    } catch (error) {
      refused.push(`${resolution.symbol}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { importable, refused };
}

async function tableCounts(url: string): Promise<Record<string, number>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const tables = [
      'resolution',
      'paragraph',
      'obligation',
      'document',
      'obligation_document',
      'resolution_recall',
      'acknowledged_report',
      'audit_event',
    ];
    const result: Record<string, number> = {};
    for (const table of tables)
      result[table] = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`)).rows[0]?.n);
    return result;
  } finally {
    await client.end();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
