#!/usr/bin/env node
import 'reflect-metadata';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import Fastify, { type FastifyInstance } from 'fastify';
import { Client, Pool } from 'pg';
import { createApp } from '../src/app.factory';
import { loadEnvironment } from '../src/config/environment';
import { ListTotals } from '../src/common/list/list-totals';
import { OFFICES } from './synthetic/vocabulary';
import { freePort, machine, option, seconds, startBenchDatabase, textOption } from './bench-support';
import { seedListVolume } from './lists-seed';
import type { LoadResult } from './load-client';
import { benchToken } from './bench-auth';

/**
 * `npm run bench:lists -w @mandate-tracker/api [-- --obligations 100000 --duration 10 --repeat 3 --connections 20 --explain 1 --only documents]`:
 * the list endpoints (obligations above all, then resolutions, documents and
 * sessions) with 100,000 obligations in the database, under 20
 * concurrent clients (autocannon in a child process), next to the floor: a
 * bare Fastify + pg handler that runs the very statements the API sent for
 * the same request (captured from the pg driver), the count for Content-Range
 * included. Target (issue 5): p95 <= 50 ms.
 *
 * Each scenario is measured `repeat` times, API and floor in turn, and the
 * table gives the median of each figure with the spread of p95: on a small
 * shared machine one run's p95 moves by a quarter from one minute to the next.
 */

interface Scenario {
  name: string;
  resource: 'obligations' | 'resolutions' | 'documents' | 'sessions';
  query: Record<string, string>;
}

const filter = (value: object) => ({ filter: JSON.stringify(value) });

const SCENARIOS: Scenario[] = [
  { name: 'default page (dueSession ASC)', resource: 'obligations', query: {} },
  { name: 'status = PENDING', resource: 'obligations', query: filter({ status: 'PENDING' }) },
  { name: 'overdue = true', resource: 'obligations', query: filter({ overdue: true }) },
  { name: 'kind = REPORT, dueSession = 81', resource: 'obligations', query: filter({ kind: 'REPORT', dueSession: 81 }) },
  { name: 'responsibleOffice', resource: 'obligations', query: filter({ responsibleOffice: OFFICES[3] }) },
  {
    name: 'sort dueSession DESC, page 5',
    resource: 'obligations',
    query: { sort: JSON.stringify(['dueSession', 'DESC']), range: JSON.stringify([100, 124]) },
  },
  { name: 'q = "technical assistance"', resource: 'obligations', query: filter({ q: 'technical assistance' }) },
  { name: 'resolutions: default page', resource: 'resolutions', query: {} },
  { name: 'resolutions: sessionNumber = 75', resource: 'resolutions', query: filter({ sessionNumber: 75 }) },
  { name: 'resolutions: q = "development"', resource: 'resolutions', query: filter({ q: 'development' }) },
  { name: 'documents: default page', resource: 'documents', query: {} },
  { name: 'documents: q = "A/79"', resource: 'documents', query: filter({ q: 'A/79' }) },
  { name: 'sessions: default page', resource: 'sessions', query: {} },
];

/** Statements of the token check every request makes: `api_token` and its `user`. */
const SIGN_IN_TABLES = /"(api_token|user)"/;

interface Statement {
  text: string;
  values: unknown[];
}

const run = promisify(execFile);

/** The API's bearer token (every list needs a signed-in reader since sign-in landed); the floor ignores it. */
let authorization = '';

async function load(url: string, connections: number, duration: number): Promise<LoadResult> {
  const config = { url, connections, duration, headers: { authorization } };
  const { stdout } = await run(process.execPath, [path.join(__dirname, 'load-client.js'), JSON.stringify(config)], {
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout) as LoadResult;
}

/** Each figure's median over the runs, taken figure by figure; errors are summed so none goes unseen. */
function medianOf(runs: LoadResult[]): LoadResult {
  const median = (pick: (run: LoadResult) => number) => {
    const values = runs.map(pick).sort((x, y) => x - y);
    const middle = Math.floor(values.length / 2);
    return values.length % 2 ? (values[middle] as number) : ((values[middle - 1] as number) + (values[middle] as number)) / 2;
  };
  const sum = (pick: (run: LoadResult) => number) => runs.reduce((total, run) => total + pick(run), 0);
  return {
    requests: median((r) => r.requests),
    requestsPerSecond: median((r) => r.requestsPerSecond),
    p50: median((r) => r.p50),
    p95: median((r) => r.p95),
    p99: median((r) => r.p99),
    max: Math.max(...runs.map((r) => r.max)),
    non2xx: sum((r) => r.non2xx),
    errors: sum((r) => r.errors),
  };
}

/** Records the statements the pg driver is asked to run while `action` runs: what Prisma sent for one request. */
async function capture(action: () => Promise<unknown>): Promise<Statement[]> {
  const statements: Statement[] = [];
  const original = Client.prototype.query;
  const recording = function (this: Client, config: unknown, values?: unknown, callback?: unknown) {
    if (typeof config === 'string') statements.push({ text: config, values: Array.isArray(values) ? values : [] });
    else if (config && typeof config === 'object' && 'text' in config) {
      const c = config as { text: string; values?: unknown[] };
      statements.push({ text: c.text, values: c.values ?? [] });
    }
    return (original as (...args: unknown[]) => unknown).call(this, config, values, callback);
  };
  Client.prototype.query = recording as typeof Client.prototype.query;
  try {
    await action();
  } finally {
    Client.prototype.query = original;
  }
  return statements;
}

/**
 * The floor: Fastify and a pg pool of Prisma's size, running the captured
 * statements (transaction included) and answering their rows with the same
 * Content-Range. Related records come inside the page's rows (relationJoins),
 * so the first SELECT that is not the count is the page. The API's look-up of
 * the bearer token is replayed too (the floor does the same work), but is not
 * the page.
 */
async function floorServer(url: string, statements: Map<string, Statement[]>): Promise<{ app: FastifyInstance; pool: Pool }> {
  const pool = new Pool({ connectionString: url, max: 10 });
  const app = Fastify({ logger: false });
  app.get<{ Params: { index: string } }>('/floor/:index', async (request, reply) => {
    const list = statements.get(request.params.index) ?? [];
    const resource = SCENARIOS[Number(request.params.index)]?.resource ?? 'records';
    const client = await pool.connect();
    let total = 0;
    let records: Record<string, unknown>[] | undefined;
    try {
      for (const statement of list) {
        const result = await client.query({ text: statement.text, values: statement.values });
        if (/^\s*SELECT COUNT\(/i.test(statement.text)) total = Number(Object.values(result.rows[0] ?? {})[0] ?? 0);
        else if (/^\s*SELECT/i.test(statement.text) && !SIGN_IN_TABLES.test(statement.text)) records ??= result.rows;
      }
    } finally {
      client.release();
    }
    const page = records ?? [];
    void reply.header('Content-Range', `${resource} 0-${Math.max(page.length - 1, 0)}/${total}`);
    return page;
  });
  await app.listen({ port: await freePort(), host: '127.0.0.1' });
  return { app, pool };
}

const ms = (value: number): string => value.toFixed(1);

async function main(): Promise<void> {
  const obligations = option('obligations', 100_000);
  const resolutions = option('resolutions', Math.max(1, Math.round(obligations / 20)));
  const duration = option('duration', 10);
  const repeat = Math.max(1, option('repeat', 3));
  const connections = option('connections', 20);
  const explain = option('explain', 0) > 0;
  const log = (line: string) => process.stderr.write(`${line}\n`);

  const database = await startBenchDatabase(log);
  try {
    const seedStart = Date.now();
    await seedListVolume(database.url, { resolutions, obligations });
    log(`seeded ${obligations} obligations over ${resolutions} resolutions in ${seconds(Date.now() - seedStart)} s`);

    const environment = loadEnvironment({ ...process.env, LOG_LEVEL: 'silent', DATABASE_URL: database.url });
    const api = await createApp(environment, database.url);
    await api.listen({ port: await freePort(), host: '127.0.0.1' });
    const apiBase = (await api.getUrl()).replace('[::1]', '127.0.0.1');
    // A reader, as the admin's list pages are used; every request of the run carries its token.
    authorization = `Bearer ${await benchToken(api, 'AUDITOR')}`;
    const signedIn = { headers: { authorization } };

    const captured = new Map<string, Statement[]>();
    let documents = '?';
    const apiUrls: string[] = [];
    for (const [index, scenario] of SCENARIOS.entries()) {
      const url = `${apiBase}/api/${scenario.resource}${Object.keys(scenario.query).length ? `?${new URLSearchParams(scenario.query).toString()}` : ''}`;
      apiUrls.push(url);
      let range = '';
      // One request first, uncaptured: what the API caches (the due clock) is not sent again in steady state.
      await (await fetch(url, signedIn)).arrayBuffer();
      // The floor is the bare query, count included: the API's cached total is its own optimisation, measured against that.
      api.get(ListTotals).invalidate();
      const statements = await capture(async () => {
        const response = await fetch(url, signedIn);
        if (!response.ok) throw new Error(`${scenario.name}: ${response.status} ${await response.text()}`);
        range = response.headers.get('content-range') ?? '';
        await response.arrayBuffer();
      });
      captured.set(String(index), statements);
      if (scenario.resource === 'documents' && Object.keys(scenario.query).length === 0) documents = range.split('/')[1] ?? '?';
      log(`${scenario.name}: ${range}; ${statements.length} statements`);
    }
    const floor = await floorServer(database.url, captured);
    const floorBase = `http://127.0.0.1:${(floor.app.server.address() as { port: number }).port}`;

    if (explain) await explainAll(database.url, captured);

    const rows: string[] = [];
    const only = textOption('only');
    for (const [index, scenario] of SCENARIOS.entries()) {
      // --only: the scenarios whose name contains the text, to measure one change quickly.
      if (only && !scenario.name.includes(only)) continue;
      const apiUrl = apiUrls[index] as string;
      const floorUrl = `${floorBase}/floor/${index}`;
      const floorCheck = await fetch(floorUrl);
      const apiCheck = await fetch(apiUrl, signedIn);
      if (!apiCheck.ok) throw new Error(`${scenario.name}: ${apiCheck.status} ${await apiCheck.text()}`);
      const totals = [apiCheck.headers.get('content-range'), floorCheck.headers.get('content-range')].map((range) => range?.split('/')[1]);
      if (totals[0] !== totals[1]) throw new Error(`${scenario.name}: API total ${totals[0]} but floor ${totals[1]}`);
      await Promise.all([floorCheck.arrayBuffer(), apiCheck.arrayBuffer()]);

      const apiRuns: LoadResult[] = [];
      const floorRuns: LoadResult[] = [];
      for (let run = 0; run < repeat; run++) {
        await load(apiUrl, connections, 2); // warm-up
        apiRuns.push(await load(apiUrl, connections, duration));
        await load(floorUrl, connections, 2);
        floorRuns.push(await load(floorUrl, connections, duration));
      }
      const a = medianOf(apiRuns);
      const f = medianOf(floorRuns);
      const spread = (runs: LoadResult[]) => `${ms(Math.min(...runs.map((r) => r.p95)))}–${ms(Math.max(...runs.map((r) => r.p95)))}`;
      const line = `| ${scenario.name} | ${totals[0]} | ${ms(a.p50)} | ${ms(a.p95)} | ${spread(apiRuns)} | ${ms(a.p99)} | ${a.requestsPerSecond.toFixed(0)} | ${ms(f.p50)} | ${ms(f.p95)} | ${ms(f.p99)} | ${f.requestsPerSecond.toFixed(0)} | ${(a.p95 / f.p95).toFixed(1)}× | ${(f.requestsPerSecond / a.requestsPerSecond).toFixed(1)}× |`;
      if (a.non2xx + a.errors + f.non2xx + f.errors > 0)
        log(`  ${scenario.name}: API non-2xx ${a.non2xx}, errors ${a.errors}; floor non-2xx ${f.non2xx}, errors ${f.errors}`);
      log(line);
      rows.push(line);
    }
    await api.close();
    await floor.app.close();
    await floor.pool.end();

    process.stdout.write(
      [
        `machine: ${machine()}`,
        `${obligations} obligations over ${resolutions} resolutions, ${documents} documents; ${connections} connections, ${duration} s per run after a 2 s warm-up, ${repeat} runs each (medians, and the spread of the API's p95); latencies in ms`,
        '',
        '| query | matching | API p50 | API p95 | API p95 spread | API p99 | API req/s | floor p50 | floor p95 | floor p99 | floor req/s | p95 API/floor | req/s floor/API |',
        '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
        ...rows,
        '',
      ].join('\n'),
    );
  } catch (error) {
    // Said before the database stops: its idle connections then fail loudly and would hide the cause.
    log(`benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    throw error;
  } finally {
    await database.stop();
  }
}

async function explainAll(url: string, captured: Map<string, Statement[]>): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    for (const [index, statements] of captured) {
      process.stderr.write(`\n=== ${SCENARIOS[Number(index)]?.name}\n`);
      for (const statement of statements.filter((s) => /^\s*SELECT/i.test(s.text))) {
        const plan = await client.query({ text: `EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`, values: statement.values });
        process.stderr.write(
          `${statement.text.slice(0, 300)}\n  values ${JSON.stringify(statement.values)}\n${plan.rows.map((row) => `  ${String(row['QUERY PLAN'])}`).join('\n')}\n`,
        );
      }
    }
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
