#!/usr/bin/env node
/**
 * Throughput of analyseResolution (structure + obligations) over the five seeds, repeated, on one core.
 * Run after `npm run build`: `npm run bench -w @mandate-tracker/resolution-parser`.
 * Reports MB/s (UTF-8 bytes) and resolutions/s, after a warm-up so the JIT has compiled the hot paths,
 * both per second of wall-clock time and per second of this process's CPU time: on a shared machine the
 * second is the figure for "one core", since waiting for the CPU is not counted.
 */
'use strict';
const { readdirSync, readFileSync } = require('node:fs');
const path = require('node:path');
const { analyseResolution } = require('../dist');

const seedsDir = path.join(__dirname, '../../../seeds');
const seeds = readdirSync(seedsDir).sort().map((f) => readFileSync(path.join(seedsDir, f), 'utf8'));
const seedBytes = seeds.reduce((n, s) => n + Buffer.byteLength(s, 'utf8'), 0);
const seconds = Number(process.env.BENCH_SECONDS ?? 5);

function run(ms) {
  let count = 0;
  let bytes = 0;
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  let elapsed = 0;
  while (elapsed < ms) {
    for (const text of seeds) analyseResolution(text);
    count += seeds.length;
    bytes += seedBytes;
    elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  }
  const cpu = process.cpuUsage(cpuStart);
  return { count, bytes, elapsed, cpuMs: (cpu.user + cpu.system) / 1000 };
}

run(1000);
const { count, bytes, elapsed, cpuMs } = run(seconds * 1000);
const s = elapsed / 1000;
const cpuS = cpuMs / 1000;

console.log(`node ${process.version}, ${seeds.length} seeds (${(seedBytes / 1024).toFixed(1)} KiB), ${s.toFixed(1)} s`);
console.log(`wall clock: ${(bytes / 1e6 / s).toFixed(1)} MB/s, ${(count / s).toFixed(0)} resolutions/s`);
console.log(`CPU time:   ${(bytes / 1e6 / cpuS).toFixed(1)} MB/s, ${(count / cpuS).toFixed(0)} resolutions/s (one core)`);
