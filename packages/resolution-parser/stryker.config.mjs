// @ts-check
/**
 * Mutation testing of the parser's rule modules (docs/testing.md, "Mutation testing"). `npm run test:mutation`.
 * inPlace: the jest config and the tests find the seeds by paths relative to the repository, which a sandbox copy
 * would break; Stryker restores every file when it finishes (do not interrupt it, or run `git checkout src`).
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  jest: { configFile: 'jest.mutation.config.js' },
  coverageAnalysis: 'perTest',
  inPlace: true,
  // swc compiles without type checks, so the sources need no '@ts-nocheck', and files not mutated stay untouched.
  disableTypeChecks: false,
  concurrency: 1,
  mutate: ['src/symbols.ts'],
  reporters: ['clear-text', 'progress-append-only', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: 80 },
  timeoutMS: 20000,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
