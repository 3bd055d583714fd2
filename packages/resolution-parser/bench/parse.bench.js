#!/usr/bin/env node
/**
 * Throughput of analyseResolution (structure + obligations) over the five seeds, repeated, on one core.
 * Run after `npm run build`: `npm run bench -w @mandate-tracker/resolution-parser`.
 * Reports MB/s (UTF-16 characters as bytes, close to the UTF-8 size of these English texts) and
 * resolutions/s, after a warm-up so the JIT has compiled the hot paths.
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
  let elapsed = 0;
  while (elapsed < ms) {
    for (const text of seeds) analyseResolution(text);
    count += seeds.length;
    bytes += seedBytes;
    elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  }
  return { count, bytes, elapsed };
}

run(1000);
const { count, bytes, elapsed } = run(seconds * 1000);
const s = elapsed / 1000;

// One large document: the seeds concatenated 20 times (about 1.5 MB), to show the cost stays linear.
const big = seeds.join('\n').repeat(20);
const bigStart = process.hrtime.bigint();
analyseResolution(big);
const bigMs = Number(process.hrtime.bigint() - bigStart) / 1e6;

console.log(`node ${process.version}, ${seeds.length} seeds (${(seedBytes / 1024).toFixed(1)} KiB), ${s.toFixed(1)} s`);
console.log(`throughput: ${(bytes / 1e6 / s).toFixed(1)} MB/s, ${(count / s).toFixed(0)} resolutions/s`);
console.log(`one ${(Buffer.byteLength(big) / 1e6).toFixed(1)} MB document: ${bigMs.toFixed(0)} ms (${(Buffer.byteLength(big) / 1e6 / (bigMs / 1000)).toFixed(1)} MB/s)`);
