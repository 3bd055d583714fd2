import 'reflect-metadata';
import { chmodSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { createApp } from '../src/app.factory';
import { loadEnvironment } from '../src/config/environment';
import { seedAuditTrail } from './audit-seed';
import { benchToken } from './bench-auth';
import { freePort, machine, option, postgresCpuMs, processCpuMs, seconds, startBenchDatabase, textOption } from './bench-support';
import { seedListVolume } from './lists-seed';

interface Measure {
  ms: number;
  bytes: number;
  /** CPU time of this process (the API and the download) and of PostgreSQL during the request. */
  nodeCpuMs: number;
  postgresCpuMs: number;
  /** Peak resident set size during the request, above the RSS before it. */
  rssMb: number;
  /**
   * With --retained, the most memory the request kept alive: every second a full collection runs and the heap
   * still in use (plus buffers) is read, above what was in use before. Garbage waiting for the collector is not
   * counted, so the figure shows what an export holds, which must not grow with its rows. Needs --expose-gc.
   */
  retainedMb: number;
}

function retained(): number {
  global.gc?.();
  const memory = process.memoryUsage();
  return memory.heapUsed + memory.arrayBuffers;
}

let dataDir = '';
let token = '';

/**
 * Forcing a full collection costs the API tens of milliseconds each time (it was a third of the first runs' CPU
 * time): only --retained samples the memory kept alive, once a second; the timed runs sample RSS alone.
 */
const RETAINED = process.argv.includes('--retained');

/** Downloads a URL to nowhere, timing it and sampling its memory (RSS, and with --retained what it keeps alive). */
async function measure(url: string): Promise<Measure> {
  const before = RETAINED ? retained() : 0;
  const rssBefore = process.memoryUsage.rss();
  let peak = before;
  let rssPeak = rssBefore;
  const rssSampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage.rss())), 200);
  const sampler = RETAINED ? setInterval(() => (peak = Math.max(peak, retained())), 1000) : undefined;
  const cpuBefore = [processCpuMs(), postgresCpuMs(dataDir)];
  const started = performance.now();
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok || !response.body) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  let bytes = 0;
  for await (const chunk of response.body) bytes += (chunk as Uint8Array).length;
  const ms = performance.now() - started;
  clearInterval(sampler);
  clearInterval(rssSampler);
  rssPeak = Math.max(rssPeak, process.memoryUsage.rss());
  return {
    ms,
    bytes,
    nodeCpuMs: processCpuMs() - (cpuBefore[0] ?? 0),
    postgresCpuMs: postgresCpuMs(dataDir) - (cpuBefore[1] ?? 0),
    retainedMb: Math.max(0, peak - before) / 2 ** 20,
    rssMb: Math.max(0, rssPeak - rssBefore) / 2 ** 20,
  };
}

/** PostgreSQL's own COPY of the same rows into a file: the floor no export can go under. */
async function copyFloor(url: string, rows: number): Promise<Measure> {
  const folder = mkdtempSync(path.join(tmpdir(), 'mandate-tracker-copy-'));
  chmodSync(folder, 0o777);
  const file = path.join(folder, 'obligations.csv');
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const cpuBefore = postgresCpuMs(dataDir);
    const started = performance.now();
    await client.query(
      `COPY (SELECT o.id, r.symbol, r.title, o.paragraph_ref, o.kind, o.strength, o.actor, o.agenda_item_title, o.due_body, o.due_session,
                    o.due_date, o.status, o.status_reason, o.review_state, o.responsible_office, o.focal_point,
                    (SELECT string_agg(d.symbol, '; ') FROM obligation_document l JOIN document d ON d.id = l.document_id WHERE l.obligation_id = o.id),
                    o.quote, o.updated_at
               FROM obligation o JOIN resolution r ON r.id = o.resolution_id ORDER BY o.due_session NULLS LAST, o.id LIMIT ${rows})
       TO '${file}' WITH (FORMAT csv, HEADER)`,
    );
    const ms = performance.now() - started;
    return { ms, bytes: statSync(file).size, nodeCpuMs: 0, postgresCpuMs: postgresCpuMs(dataDir) - cpuBefore, retainedMb: 0, rssMb: 0 };
  } finally {
    await client.end();
    rmSync(folder, { recursive: true, force: true });
  }
}

let floorMs = 0;
const line = (label: string, m: Measure) =>
  `| ${label} | ${seconds(m.ms)} s | ${(m.ms / floorMs).toFixed(1)}× | ${seconds(m.nodeCpuMs)} s | ${seconds(m.postgresCpuMs)} s | ${(m.bytes / 2 ** 20).toFixed(1)} MiB | ${RETAINED ? `${m.retainedMb.toFixed(1)} MiB` : '—'} | ${m.rssMb.toFixed(0)} MiB |`;

/**
 * The auditors' exports and compliance report at volume (issue 15): CSV and XLSX of `obligations` obligations,
 * beside PostgreSQL's COPY of the same rows, the CSV of a fifth of them (memory must not grow with the rows), and
 * compliance as of a date over `events` audit events. Run with --expose-gc (npm run bench:exports does) for the memory figures.
 */
async function main(): Promise<void> {
  const obligations = option('obligations', 100_000);
  const events = option('events', 1_000_000);
  const log = (text: string) => process.stderr.write(`${text}\n`);
  const only = textOption('only');
  const wanted = (label: string) => only === undefined || label.includes(only);
  // Seeding takes minutes on a busy machine: --url and --data-dir reuse a server a previous run seeded (and left).
  const reused = textOption('url');
  const database = reused
    ? { url: reused, dataDir: textOption('data-dir') ?? '', stop: async () => undefined }
    : await startBenchDatabase(log);
  dataDir = database.dataDir;
  try {
    if (!reused) {
      let started = Date.now();
      await seedListVolume(database.url, { resolutions: Math.max(1, Math.round(obligations / 20)), obligations });
      log(`seeded ${obligations} obligations in ${seconds(Date.now() - started)} s`);
      started = Date.now();
      await seedAuditTrail(database.url, events);
      log(`seeded the audit trail (${events} events) in ${seconds(Date.now() - started)} s`);
    }

    const environment = loadEnvironment({ ...process.env, LOG_LEVEL: 'silent', DATABASE_URL: database.url });
    const api = await createApp(environment, database.url);
    await api.listen({ port: await freePort(), host: '127.0.0.1' });
    const base = `${(await api.getUrl()).replace('[::1]', '127.0.0.1')}/api`;
    token = await benchToken(api);
    await measure(`${base}/exports/sessions.csv`); // warm-up: modules, connections, the due clock

    const results: string[] = [];
    const floor = await copyFloor(database.url, obligations);
    floorMs = floor.ms;
    results.push(line(`COPY of ${obligations.toLocaleString('en')} obligations (floor)`, floor));
    const asOf = '2021-06-30';
    const meetings = encodeURIComponent(JSON.stringify({ kind: 'MEETING' }));
    const cases: [string, string][] = [
      ['CSV, meetings only (a twentieth: memory must not grow with rows)', `/exports/obligations.csv?filter=${meetings}`],
      [`CSV of ${obligations.toLocaleString('en')} obligations`, '/exports/obligations.csv'],
      [`XLSX of ${obligations.toLocaleString('en')} obligations`, '/exports/obligations.xlsx'],
      [`PDF of ${obligations.toLocaleString('en')} obligations`, '/exports/obligations.pdf'],
      [`Compliance as of ${asOf}, first page (JSON)`, `/compliance?asOf=${asOf}&range=[0,24]`],
      [`Compliance as of ${asOf}, figures (JSON)`, `/compliance/figures?asOf=${asOf}`],
      [`Compliance as of ${asOf}, CSV`, `/exports/compliance.csv?asOf=${asOf}`],
      [`Compliance as of ${asOf}, XLSX`, `/exports/compliance.xlsx?asOf=${asOf}`],
    ];
    for (const [label, address] of cases) {
      if (!wanted(label)) continue;
      log(`${label}…`);
      results.push(line(label, await measure(`${base}${address}`)));
      log(results[results.length - 1] ?? '');
    }
    await api.close();

    process.stdout.write(
      `\nExports and compliance: ${obligations.toLocaleString('en')} obligations, ${events.toLocaleString('en')} audit events; ${machine()}\n\n`,
    );
    process.stdout.write(
      '| what | wall time | ÷ COPY | Node CPU | PostgreSQL CPU | size | memory kept alive (peak) | RSS growth (peak) |\n|---|---|---|---|---|---|---|---|\n',
    );
    process.stdout.write(`${results.join('\n')}\n`);
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
