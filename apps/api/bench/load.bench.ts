#!/usr/bin/env node
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { createApp } from '../src/app.factory';
import { loadEnvironment } from '../src/config/environment';
import { seedsDir } from '../src/config/paths';
import { benchToken } from './bench-auth';
import { freePort, machine, option, seconds, startBenchDatabase, textOption } from './bench-support';
import { seedListVolume } from './lists-seed';
import type { Kind, MixConfig, MixResult } from './load-mix-client';
import { OFFICES } from './synthetic/vocabulary';

/**
 * `npm run bench:load -w @mandate-tracker/api` (issue 12, item 10): the mixed load. LOAD_CLIENTS (20) signed-in
 * editors for LOAD_DURATION seconds (60) over the list benchmark's LOAD_OBLIGATIONS (100,000) obligations, each
 * listing, opening, changing (with the version it just read) and annotating obligations and now and then importing
 * a seed resolution. The same settings are accepted as `-- --clients 20 --duration 60 --obligations 100000
 * --working-set 2000`; `--url <database url>` reuses a server seeded by an earlier run (seeding takes minutes);
 * LOAD_LOG_LEVEL=error logs the API's errors.
 *
 * Reported per kind of request: count, answers by status, p50/p95/p99. Every answer must be 2xx except 409 on a
 * change, which is the version check doing its job (another editor changed the obligation between the read and the
 * write); anything else makes the run fail. Meanwhile the load average is sampled, and so is PostgreSQL's lock table
 * for transactions waiting on the audit chain's advisory lock (every audited write holds it from its first audit
 * insert to its commit), to tell whether that lock is what a change's p95 is made of.
 */

const CHAIN_LOCK_KEY = 7270736901; // audit_event_chain() in prisma/migrations/20261130020000_audit_event_hash_chain
const KINDS: Kind[] = ['list', 'show', 'patch', 'note', 'import preview', 'import commit'];

const setting = (name: string, env: string, fallback: number) => option(name, Number(process.env[env] ?? fallback));

interface Samples {
  load: number[];
  /** Per sample: transactions waiting for the chain lock. */
  chainWaiters: number[];
}

/** Every 250 ms: the load average and how many transactions wait for the audit chain's lock. */
function sample(url: string): { stop: () => Promise<Samples> } {
  const samples: Samples = { load: [], chainWaiters: [] };
  const client = new Client({ connectionString: url });
  client.on('error', () => undefined);
  let running = true;
  const loop = (async () => {
    await client.connect();
    while (running) {
      samples.load.push(loadavg()[0] ?? 0);
      const { rows } = await client.query<{ n: string }>(
        `SELECT count(*) AS n FROM pg_locks
          WHERE locktype = 'advisory' AND NOT granted AND ((classid::bigint << 32) | objid::bigint) = $1`,
        [CHAIN_LOCK_KEY],
      );
      samples.chainWaiters.push(Number(rows[0]?.n ?? 0));
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    await client.end();
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return samples;
    },
  };
}

function runClients(config: MixConfig): Promise<MixResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(__dirname, 'load-mix-client.js')], { stdio: ['pipe', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(output) as MixResult) : reject(new Error(`load clients exited with ${code}`)),
    );
    child.stdin.end(JSON.stringify(config));
  });
}

const unexpected = (status: string) => status !== '409' && !status.startsWith('2');

async function main(): Promise<void> {
  const clients = setting('clients', 'LOAD_CLIENTS', 20);
  const duration = setting('duration', 'LOAD_DURATION', 60);
  const obligations = setting('obligations', 'LOAD_OBLIGATIONS', 100_000);
  const workingSet = setting('working-set', 'LOAD_WORKING_SET', 2000);
  const log = (line: string) => process.stderr.write(`${line}\n`);

  const reused = textOption('url');
  const database = reused ? { url: reused, dataDir: '', stop: async () => undefined } : await startBenchDatabase(log);
  try {
    if (!reused) {
      const started = Date.now();
      await seedListVolume(database.url, { resolutions: Math.max(1, Math.round(obligations / 20)), obligations });
      log(`seeded ${obligations} obligations in ${seconds(Date.now() - started)} s`);
    }
    // LOAD_LOG_LEVEL=error shows why a request failed (the API's log goes to standard output, after the table's lines).
    const environment = loadEnvironment({ ...process.env, LOG_LEVEL: process.env.LOAD_LOG_LEVEL ?? 'silent', DATABASE_URL: database.url });
    const api = await createApp(environment, database.url);
    await api.listen({ port: await freePort(), host: '127.0.0.1' });
    const base = `${(await api.getUrl()).replace('[::1]', '127.0.0.1')}/api`;
    const tokens: string[] = [];
    for (let i = 0; i < clients; i++) tokens.push(await benchToken(api, 'SECRETARIAT_EDITOR', `editor${i}`));
    const seedFiles = readdirSync(seedsDir)
      .filter((name) => /\.(txt|md)$/.test(name))
      .map((name) => path.join(seedsDir, name));
    const config: MixConfig = { base, tokens, durationSeconds: duration, obligations, workingSet, offices: OFFICES, seedFiles, seed: 1 };

    log(`warming up (5 s)…`);
    await runClients({ ...config, durationSeconds: 5, seed: 99 });
    const loadBefore = loadavg();
    log(`${clients} clients for ${duration} s, load average ${loadBefore.map((l) => l.toFixed(1)).join(' ')}…`);
    const sampler = sample(database.url);
    const result = await runClients(config);
    const samples = await sampler.stop();
    const loadAfter = loadavg();
    await api.close();

    const total = Object.values(result.kinds).reduce((sum, k) => sum + k.requests, 0);
    const waiting = samples.chainWaiters;
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
    const rows = KINDS.flatMap((kind) => {
      const k = result.kinds[kind];
      if (!k) return [];
      const statuses = Object.entries(k.statuses)
        .sort()
        .map(([status, n]) => `${status}: ${n}`)
        .join(', ');
      return [`| ${kind} | ${k.requests} | ${statuses} | ${k.p50} | ${k.p95} | ${k.p99} | ${k.max} |`];
    });
    const failures = KINDS.flatMap((kind) =>
      Object.entries(result.kinds[kind]?.statuses ?? {})
        .filter(([status]) => unexpected(status))
        .map(([status, n]) => `${kind} ${status} × ${n}`),
    );
    const conflicts = Object.values(result.kinds).reduce((sum, k) => sum + (k.statuses['409'] ?? 0), 0);
    process.stdout.write(
      [
        '',
        `machine: ${machine()}`,
        `load average before the run ${loadBefore.map((l) => l.toFixed(1)).join(' ')}, after ${loadAfter.map((l) => l.toFixed(1)).join(' ')}; sampled during it: mean ${mean(samples.load).toFixed(1)}, max ${Math.max(...samples.load).toFixed(1)}`,
        `${clients} clients, ${result.seconds.toFixed(1)} s, ${obligations.toLocaleString('en')} obligations (changes and notes on the first ${workingSet.toLocaleString('en')}): ${total} requests, ${(total / result.seconds).toFixed(0)} per second; latencies in ms`,
        '',
        '| kind | requests | answers by status | p50 | p95 | p99 | max |',
        '|---|---|---|---|---|---|---|',
        ...rows,
        '',
        `409 (version conflicts, expected): ${conflicts}; unexpected answers: ${failures.length ? failures.join(', ') : 'none'}`,
        `imports: ${JSON.stringify(result.importOutcomes)}`,
        `audit chain lock: a transaction was waiting for it in ${waiting.filter((n) => n > 0).length} of ${waiting.length} samples (every 250 ms), at most ${Math.max(0, ...waiting)} at once, ${mean(waiting).toFixed(2)} on average`,
        ...(result.samples.length ? ['', 'first unexpected answers:', ...result.samples.map((s) => `  ${s}`)] : []),
        '',
      ].join('\n'),
    );
    if (failures.length > 0) process.exitCode = 1;
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
