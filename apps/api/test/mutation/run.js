#!/usr/bin/env node
/**
 * `npm run test:mutation [-- <module>...]`: StrykerJS over each rule module in turn (test/mutation/rule-modules.js),
 * then one table of scores. Exits 1 when a module scores under 80 %. The database-bound modules run on one
 * PostgreSQL started for all of them (test/mutation/with-postgres.js; needs `npm run build`).
 */
const { spawnSync } = require('node:child_process');
const { readFileSync } = require('node:fs');
const path = require('node:path');
const modules = require('./rule-modules');

const THRESHOLD = 80;
const apiDir = path.resolve(__dirname, '../..');
const stryker = path.join(apiDir, 'node_modules/.bin/stryker');
const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !modules[name]);
if (unknown.length > 0) {
  process.stderr.write(`unknown module(s): ${unknown.join(', ')}; known: ${Object.keys(modules).join(', ')}\n`);
  process.exit(2);
}
const names = wanted.length > 0 ? wanted : Object.keys(modules);

function run(name) {
  const command = modules[name].database
    ? [process.execPath, [path.join(__dirname, 'with-postgres.js'), stryker, 'run', 'stryker.config.mjs']]
    : [stryker, ['run', 'stryker.config.mjs']];
  const result = spawnSync(command[0], command[1], { cwd: apiDir, stdio: 'inherit', env: { ...process.env, RULE_MODULE: name } });
  return result.status === 0;
}

/** Stryker's score: killed and timed-out mutants over all that were tested or not covered. */
function scoreOf(name) {
  const report = JSON.parse(readFileSync(path.join(apiDir, 'reports/mutation', `${name}.json`), 'utf8'));
  const counts = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0 };
  for (const file of Object.values(report.files)) {
    for (const mutant of file.mutants) if (mutant.status in counts) counts[mutant.status] += 1;
  }
  const detected = counts.Killed + counts.Timeout;
  const total = detected + counts.Survived + counts.NoCoverage;
  return { ...counts, total, score: total === 0 ? 100 : (100 * detected) / total };
}

const rows = [];
for (const name of names) {
  if (!run(name)) rows.push({ name, failed: true });
  else rows.push({ name, ...scoreOf(name) });
}
process.stdout.write('\nmodule | mutants | killed | timed out | survived | no coverage | score\n');
for (const row of rows) {
  if (row.failed) process.stdout.write(`${row.name} | stryker failed\n`);
  else
    process.stdout.write(
      `${row.name} | ${row.total} | ${row.Killed} | ${row.Timeout} | ${row.Survived} | ${row.NoCoverage} | ${row.score.toFixed(1)} %\n`,
    );
}
process.exit(rows.every((row) => !row.failed && row.score >= THRESHOLD) ? 0 : 1);
