import 'reflect-metadata';
import { chmodSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { createApp } from '../src/app.factory';
import { loadEnvironment } from '../src/config/environment';
import { seedAuditTrail } from './audit-seed';
import { freePort, machine, option, seconds, startBenchDatabase } from './bench-support';
import { seedListVolume } from './lists-seed';

interface Measure {
  ms: number;
  bytes: number;
  /**
   * The most memory the request kept alive: every 200 ms a full collection runs and the heap still in use (plus
   * buffers) is read, above what was in use before. Garbage waiting for the collector is not counted, so the figure
   * shows what an export holds, which must not grow with its rows. Needs --expose-gc.
   */
  retainedMb: number;
}

function retained(): number {
  global.gc?.();
  const memory = process.memoryUsage();
  return memory.heapUsed + memory.arrayBuffers;
}

/** Downloads a URL to nowhere, timing it and sampling the memory it keeps alive. */
async function measure(url: string): Promise<Measure> {
  const before = retained();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, retained())), 200);
  const started = performance.now();
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  let bytes = 0;
  for await (const chunk of response.body) bytes += (chunk as Uint8Array).length;
  const ms = performance.now() - started;
  clearInterval(sampler);
  return { ms, bytes, retainedMb: Math.max(0, peak - before) / 2 ** 20 };
}

/** PostgreSQL's own COPY of the same rows into a file: the floor no export can go under. */
async function copyFloor(url: string, rows: number): Promise<{ ms: number; bytes: number }> {
  const folder = mkdtempSync(path.join(tmpdir(), 'mandate-tracker-copy-'));
  chmodSync(folder, 0o777);
  const file = path.join(folder, 'obligations.csv');
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const started = performance.now();
    await client.query(
      `COPY (SELECT o.id, r.symbol, r.title, o.paragraph_ref, o.kind, o.strength, o.actor, o.agenda_item_title, o.due_body, o.due_session,
                    o.due_date, o.status, o.status_reason, o.review_state, o.responsible_office, o.focal_point,
                    (SELECT string_agg(d.symbol, '; ') FROM obligation_document l JOIN document d ON d.id = l.document_id WHERE l.obligation_id = o.id),
                    o.quote, o.updated_at
               FROM obligation o JOIN resolution r ON r.id = o.resolution_id ORDER BY o.due_session NULLS LAST, o.id LIMIT ${rows})
       TO '${file}' WITH (FORMAT csv, HEADER)`,
    );
    return { ms: performance.now() - started, bytes: statSync(file).size };
  } finally {
    await client.end();
    rmSync(folder, { recursive: true, force: true });
  }
}

const line = (label: string, m: { ms: number; bytes: number; retainedMb?: number }) =>
  `| ${label} | ${seconds(m.ms)} s | ${(m.bytes / 2 ** 20).toFixed(1)} MiB |${m.retainedMb === undefined ? ' — ' : ` ${m.retainedMb.toFixed(1)} MiB `}|`;

/**
 * The auditors' exports and compliance report at volume (issue 15): CSV and XLSX of `obligations` obligations,
 * beside PostgreSQL's COPY of the same rows, the CSV of a fifth of them (memory must not grow with the rows), and
 * compliance as of a date over `events` audit events. Run with --expose-gc (npm run bench:exports does) for the memory figures.
 */
async function main(): Promise<void> {
  const obligations = option('obligations', 100_000);
  const events = option('events', 1_000_000);
  const log = (text: string) => process.stderr.write(`${text}\n`);
  const database = await startBenchDatabase(log);
  try {
    let started = Date.now();
    await seedListVolume(database.url, { resolutions: Math.max(1, Math.round(obligations / 20)), obligations });
    log(`seeded ${obligations} obligations in ${seconds(Date.now() - started)} s`);
    started = Date.now();
    await seedAuditTrail(database.url, events);
    log(`seeded the audit trail (${events} events) in ${seconds(Date.now() - started)} s`);

    const environment = loadEnvironment({ ...process.env, LOG_LEVEL: 'silent', DATABASE_URL: database.url });
    const api = await createApp(environment, database.url);
    await api.listen({ port: await freePort(), host: '127.0.0.1' });
    const base = `${(await api.getUrl()).replace('[::1]', '127.0.0.1')}/api`;
    await measure(`${base}/exports/sessions.csv`); // warm-up: modules, connections, the due clock

    const results: string[] = [];
    results.push(line(`COPY of ${obligations.toLocaleString('en')} obligations (floor)`, await copyFloor(database.url, obligations)));
    const small = await measure(`${base}/exports/obligations.csv?filter=${encodeURIComponent(JSON.stringify({ kind: 'MEETING' }))}`);
    results.push(line('CSV, meetings only (a twentieth: memory must not grow with rows)', small));
    results.push(line(`CSV of ${obligations.toLocaleString('en')} obligations`, await measure(`${base}/exports/obligations.csv`)));
    results.push(line(`XLSX of ${obligations.toLocaleString('en')} obligations`, await measure(`${base}/exports/obligations.xlsx`)));
    const asOf = '2021-06-30';
    results.push(line(`Compliance as of ${asOf}, first page (JSON)`, await measure(`${base}/compliance?asOf=${asOf}&range=[0,24]`)));
    results.push(line(`Compliance as of ${asOf}, figures (JSON)`, await measure(`${base}/compliance/figures?asOf=${asOf}`)));
    results.push(line(`Compliance as of ${asOf}, XLSX`, await measure(`${base}/exports/compliance.xlsx?asOf=${asOf}`)));
    await api.close();

    process.stdout.write(
      `\nExports and compliance: ${obligations.toLocaleString('en')} obligations, ${events.toLocaleString('en')} audit events; ${machine()}\n\n`,
    );
    process.stdout.write('| what | time | size | memory kept alive (peak) |\n|---|---|---|---|\n');
    process.stdout.write(`${results.join('\n')}\n`);
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
