#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { randomSource } from './synthetic/generator';

/**
 * The mixed load's clients, in a process of their own so that generating the load does not share an event loop with
 * the API it measures. Each client is one signed-in editor working in a loop, one request at a time, as a person at
 * the admin would (faster): list pages with filters, open an obligation, change it with the version it just read,
 * write a note, and now and then preview and import a seed resolution. Prints one JSON line (MixResult).
 */

export interface MixConfig {
  base: string;
  tokens: string[];
  durationSeconds: number;
  /** Obligation ids 1..obligations exist; reads pick among all of them. */
  obligations: number;
  /** Changes and notes pick among the first `workingSet` ids: an office works on its current obligations, not all. */
  workingSet: number;
  offices: string[];
  seedFiles: string[];
  seed: number;
}

export type Kind = 'list' | 'show' | 'patch' | 'note' | 'import preview' | 'import commit';

export interface KindResult {
  requests: number;
  /** Responses by HTTP status; 0 counts requests that got no answer (connection refused or reset). */
  statuses: Record<string, number>;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface MixResult {
  seconds: number;
  kinds: Partial<Record<Kind, KindResult>>;
  /** Import outcomes as the API answered them (created, updated, unchanged). */
  importOutcomes: Record<string, number>;
  /** The first few unexpected answers, to say what went wrong. */
  samples: string[];
}

const json = (value: unknown) => encodeURIComponent(JSON.stringify(value));

/** The list requests the admin's obligations page sends: filters people use, sorts, the first pages. */
function listQuery(next: () => number, offices: string[]): string {
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)] as T;
  const filters: object[] = [
    {},
    { status: 'PENDING' },
    { status: 'IN_PROGRESS', dueSessionFrom: 79, dueSessionTo: 82 },
    { overdue: true },
    { kind: 'REPORT', dueSession: 70 + Math.floor(next() * 13) },
    { responsibleOffice: pick(offices) },
    { q: pick(['technical assistance', 'report', 'mine action', 'development']) },
    { reviewState: 'NEEDS_REVIEW' },
  ];
  const sort = pick([
    ['dueSession', 'ASC'],
    ['dueSession', 'DESC'],
    ['id', 'DESC'],
  ]);
  const page = next() < 0.7 ? 0 : Math.floor(next() * 10);
  return `filter=${json(pick(filters))}&sort=${json(sort)}&range=${json([page * 25, page * 25 + 24])}`;
}

interface Recorder {
  latencies: Map<Kind, number[]>;
  statuses: Map<Kind, Record<string, number>>;
  importOutcomes: Record<string, number>;
  samples: string[];
}

async function timed(recorder: Recorder, kind: Kind, url: string, init: RequestInit): Promise<{ status: number; body: unknown }> {
  const started = performance.now();
  let status = 0;
  let body: unknown = null;
  try {
    const response = await fetch(url, init);
    status = response.status;
    const text = await response.text();
    body = text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
  } catch (error) {
    body = error instanceof Error ? error.message : String(error);
  }
  const ms = performance.now() - started;
  const latencies = recorder.latencies.get(kind) ?? [];
  latencies.push(ms);
  recorder.latencies.set(kind, latencies);
  const counts = recorder.statuses.get(kind) ?? {};
  counts[String(status)] = (counts[String(status)] ?? 0) + 1;
  recorder.statuses.set(kind, counts);
  if ((status < 200 || status >= 300) && status !== 409 && recorder.samples.length < 10)
    recorder.samples.push(
      `${kind} ${init.method ?? 'GET'} ${url.replace(/^https?:\/\/[^/]+/, '')} → ${status} ${JSON.stringify(body).slice(0, 300)}`,
    );
  return { status, body };
}

interface ObligationRead {
  id: number;
  version: number;
  status: string;
  allowedStatuses: string[];
}

/** One editor's session: a loop of the admin's requests until the deadline. */
async function client(config: MixConfig, index: number, deadline: number, seeds: string[], recorder: Recorder): Promise<void> {
  // The same seeded generator as the synthetic texts: two runs with the same seed send the same mix.
  const next = randomSource(config.seed * 1000 + index);
  const headers = { authorization: `Bearer ${config.tokens[index % config.tokens.length]}`, 'content-type': 'application/json' };
  const api = (path: string) => `${config.base}${path}`;
  const anyObligation = () => 1 + Math.floor(next() * config.obligations);
  const workedOn = () => 1 + Math.floor(next() * Math.min(config.workingSet, config.obligations));
  while (performance.now() < deadline) {
    const roll = next();
    if (roll < 0.45) {
      await timed(recorder, 'list', api(`/obligations?${listQuery(next, config.offices)}`), { headers });
    } else if (roll < 0.7) {
      await timed(recorder, 'show', api(`/obligations/${anyObligation()}`), { headers });
    } else if (roll < 0.88) {
      // Read, then change with the version just read: a 409 here means another editor changed it in between.
      const id = workedOn();
      const read = await timed(recorder, 'show', api(`/obligations/${id}`), { headers });
      if (read.status !== 200) continue;
      const obligation = read.body as ObligationRead;
      const moves = obligation.allowedStatuses.filter((s) => ['PENDING', 'IN_PROGRESS', 'DEFERRED'].includes(s));
      const choice = next();
      const change =
        choice < 0.4 && moves.length > 0
          ? { status: moves[Math.floor(next() * moves.length)] }
          : choice < 0.7
            ? { responsibleOffice: config.offices[Math.floor(next() * config.offices.length)] }
            : { focalPoint: `Focal point ${Math.floor(next() * 500)}` };
      await timed(recorder, 'patch', api(`/obligations/${id}`), {
        method: 'PATCH',
        headers,
        body: JSON.stringify({ version: obligation.version, ...change }),
      });
    } else if (roll < 0.995) {
      await timed(recorder, 'note', api(`/obligations/${workedOn()}/notes`), {
        method: 'POST',
        headers,
        body: JSON.stringify({ text: `Draft sent for clearance (client ${index}, ${new Date().toISOString()}).` }),
      });
    } else {
      // The admin's Import page: preview the text, then commit it. The first import of each seed writes it; later
      // ones find it unchanged, as re-importing a resolution does.
      const text = seeds[Math.floor(next() * seeds.length)] as string;
      const preview = await timed(recorder, 'import preview', api('/imports'), { method: 'POST', headers, body: JSON.stringify({ text }) });
      if (preview.status !== 200) continue;
      const committed = await timed(recorder, 'import commit', api('/imports/commit'), {
        method: 'POST',
        headers,
        body: JSON.stringify({ text }),
      });
      const outcome =
        committed.status >= 200 && committed.status < 300
          ? String((committed.body as { outcome?: string }).outcome)
          : `HTTP ${committed.status}`;
      recorder.importOutcomes[outcome] = (recorder.importOutcomes[outcome] ?? 0) + 1;
    }
  }
}

function percentiles(values: number[]): Pick<KindResult, 'p50' | 'p95' | 'p99' | 'max'> {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
  const round = (n: number) => Math.round(n * 10) / 10;
  return { p50: round(at(50)), p95: round(at(95)), p99: round(at(99)), max: round(sorted[sorted.length - 1] ?? NaN) };
}

export async function runMix(config: MixConfig): Promise<MixResult> {
  const seeds = config.seedFiles.map((file) => readFileSync(file, 'utf8'));
  const recorder: Recorder = { latencies: new Map(), statuses: new Map(), importOutcomes: {}, samples: [] };
  const started = performance.now();
  const deadline = started + config.durationSeconds * 1000;
  await Promise.all(config.tokens.map((_, index) => client(config, index, deadline, seeds, recorder)));
  const kinds: MixResult['kinds'] = {};
  for (const [kind, latencies] of recorder.latencies)
    kinds[kind] = { requests: latencies.length, statuses: recorder.statuses.get(kind) ?? {}, ...percentiles(latencies) };
  return {
    seconds: (performance.now() - started) / 1000,
    kinds,
    importOutcomes: recorder.importOutcomes,
    samples: recorder.samples,
  };
}

if (require.main === module) {
  runMix(JSON.parse(readFileSync(0, 'utf8')) as MixConfig).then(
    (result) => {
      process.stdout.write(`${JSON.stringify(result)}\n`);
      process.exit(0);
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}
