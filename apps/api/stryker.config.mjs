// @ts-check
import { createRequire } from 'node:module';

const modules = createRequire(import.meta.url)('./test/mutation/rule-modules.js');
const name = process.env.RULE_MODULE ?? '';
const rule = modules[name];
if (!rule) throw new Error(`RULE_MODULE must be one of: ${Object.keys(modules).join(', ')} (npm run test:mutation runs them all)`);

/**
 * Mutation testing of one of the API's rule modules (docs/testing.md, "Mutation testing"); `npm run test:mutation`
 * runs each in turn through test/mutation/run.js. inPlace because the jest config and the code find node_modules,
 * the migrations and the seeds by paths relative to the repository, which a sandbox copy would break; Stryker puts
 * every file back when it finishes (if it is killed, `git checkout -- src` does).
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  jest: { configFile: 'jest.mutation.config.js', enableFindRelatedTests: false },
  coverageAnalysis: 'perTest',
  inPlace: true,
  // swc compiles without type checks, so the sources need no '@ts-nocheck', and files not mutated stay untouched.
  disableTypeChecks: false,
  // One jest at a time on the shared machine; STRYKER_CONCURRENCY=2 at most for the database-bound modules.
  concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 1),
  // STRYKER_MUTATE narrows a run to lines (`src/imports/import-writer.ts:150-171`), to re-check survivors after a new test.
  mutate: process.env.STRYKER_MUTATE ? process.env.STRYKER_MUTATE.split(',') : rule.mutate,
  reporters: ['clear-text', 'progress-append-only', 'json'],
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  thresholds: { high: 90, low: 80, break: null },
  timeoutMS: rule.database ? 60000 : 20000,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
