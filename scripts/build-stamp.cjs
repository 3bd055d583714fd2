#!/usr/bin/env node
/**
 * A fingerprint of the sources each build was made from, so tests that run built programs (the CLIs, the browser
 * journeys) can refuse an out-of-date `dist` instead of testing older code. Content, not modification times: turbo
 * restores a cached build without touching files that already match, and a checkout touches sources it does not change.
 *
 *   node scripts/build-stamp.cjs write <build>     after a build: <output>/build-stamp.json
 *   node scripts/build-stamp.cjs check <program>   exit 1 naming each stale build (programs: api, tracker)
 */
const { createHash } = require('node:crypto');
const { existsSync, readdirSync, readFileSync, statSync, writeFileSync } = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');

/** Each build: where it writes, and what it is made from (tests excepted). */
const BUILDS = {
  contracts: { output: 'packages/contracts/dist', sources: ['packages/contracts/src', 'packages/contracts/package.json'] },
  parser: {
    output: 'packages/resolution-parser/dist',
    sources: ['packages/resolution-parser/src', 'packages/resolution-parser/package.json'],
  },
  api: { output: 'apps/api/dist', sources: ['apps/api/src', 'apps/api/tsconfig.build.json', 'prisma/schema.prisma'] },
  admin: { output: 'apps/admin/dist', sources: ['apps/admin/src', 'apps/admin/index.html', 'apps/admin/vite.config.ts'] },
};
/** What each program loads: the API's dist requires the parser's and the contracts' dist; the tracker adds the admin. */
const PROGRAMS = { api: ['contracts', 'parser', 'api'], tracker: ['contracts', 'parser', 'api', 'admin'] };
const STAMP = 'build-stamp.json';
const SKIPPED = new Set(['node_modules', 'generated', 'dist']);
const isTest = (name) => /\.(spec|e2e-spec)\.tsx?$/.test(name);

function sourceFiles(target) {
  const full = path.join(root, target);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [target];
  return readdirSync(full, { withFileTypes: true })
    .filter((entry) => !SKIPPED.has(entry.name) && !(entry.isFile() && isTest(entry.name)))
    .flatMap((entry) => sourceFiles(path.posix.join(target, entry.name)));
}

function fingerprint(build) {
  const hash = createHash('sha256');
  for (const file of build.sources.flatMap(sourceFiles).sort())
    hash
      .update(`${file}\0`)
      .update(readFileSync(path.join(root, file)))
      .update('\0');
  return hash.digest('hex');
}

/** Why the build does not match its sources, or undefined when it does. */
function staleness(name) {
  const build = BUILDS[name];
  const stamp = path.join(root, build.output, STAMP);
  if (!existsSync(stamp)) return `${build.output} is missing or was built without a stamp`;
  const { sources } = JSON.parse(readFileSync(stamp, 'utf8'));
  return sources === fingerprint(build)
    ? undefined
    : `${build.output} was built from other sources than ${build.sources.join(', ')} hold now`;
}

const [command, name] = process.argv.slice(2);
if (command === 'write' && BUILDS[name]) {
  writeFileSync(path.join(root, BUILDS[name].output, STAMP), `${JSON.stringify({ sources: fingerprint(BUILDS[name]) })}\n`);
} else if (command === 'check' && PROGRAMS[name]) {
  const problems = PROGRAMS[name].map(staleness).filter(Boolean);
  if (problems.length > 0) {
    process.stderr.write(`The tests run the built ${name}, which is out of date: ${problems.join('; ')}. Run \`npm run build\` first.\n`);
    process.exit(1);
  }
} else {
  process.stderr.write(`usage: build-stamp.cjs write (${Object.keys(BUILDS).join('|')}) | check (${Object.keys(PROGRAMS).join('|')})\n`);
  process.exit(2);
}
