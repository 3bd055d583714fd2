#!/usr/bin/env node
'use strict';
/**
 * The `resolution-parser` command. This small launcher is committed (dist/ is not) so that npm links the
 * command when the workspace is installed, before anything has been built; on first use it builds dist/
 * with the repository's TypeScript, then runs the compiled command line.
 */
const { existsSync } = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = path.join(__dirname, '..');
const cli = path.join(root, 'dist', 'cli.js');
const BUILD_HINT = 'run `npm run build -w @mandate-tracker/resolution-parser` at the repository root, then try again';

function build() {
  let tsc;
  try {
    tsc = require.resolve('typescript/bin/tsc', { paths: [root] });
  } catch {
    process.stderr.write(`resolution-parser: the parser is not built and TypeScript is not installed; ${BUILD_HINT}\n`);
    process.exit(1);
  }
  process.stderr.write('resolution-parser: building the parser (first run, dist/ is missing)...\n');
  // The compiler's messages go to stderr: stdout carries only the JSON the command prints.
  const result = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], { stdio: ['ignore', 2, 2] });
  if (result.status !== 0 || !existsSync(cli)) {
    process.stderr.write(`resolution-parser: the build failed; ${BUILD_HINT}\n`);
    process.exit(1);
  }
}

if (!existsSync(cli)) build();
process.exitCode = require(cli).main(process.argv.slice(2));
