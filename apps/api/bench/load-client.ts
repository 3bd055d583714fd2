#!/usr/bin/env node
import autocannon from 'autocannon';

/**
 * Runs autocannon against one URL in its own process, so the load generator
 * does not share an event loop with the server it measures, and prints one
 * JSON line: latency percentiles from every response (autocannon's own summary
 * has no 95th percentile), requests per second, non-2xx and errors.
 * Usage: node load-client.js '{"url":"http://127.0.0.1:3000/api/obligations","connections":20,"duration":10,"headers":{"authorization":"Bearer …"}}'
 */
export interface LoadResult {
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  non2xx: number;
  errors: number;
}

async function main(): Promise<void> {
  const config = JSON.parse(process.argv[2] ?? '{}') as {
    url: string;
    connections: number;
    duration: number;
    headers?: Record<string, string>;
  };
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: config.url, connections: config.connections, duration: config.duration, pipelining: 1, headers: config.headers },
      (error: unknown, done: autocannon.Result) =>
        error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(done),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
  const output: LoadResult = {
    requests: latencies.length,
    requestsPerSecond: latencies.length / config.duration,
    p50: at(50),
    p95: at(95),
    p99: at(99),
    max: latencies[latencies.length - 1] ?? NaN,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
  process.stdout.write(`${JSON.stringify(output)}\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
