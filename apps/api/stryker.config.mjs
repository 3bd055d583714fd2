// @ts-check
/**
 * Mutation testing of the API's rule modules that need no database (docs/testing.md, "Mutation testing"):
 * `npm run test:mutation`. inPlace because the jest config and the code find node_modules, the migrations and the
 * seeds by paths relative to the repository, which a sandbox copy would break; Stryker puts every file back when it
 * finishes (if it is killed, `git checkout src` does).
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
  concurrency: 1,
  mutate: [
    'src/obligations/status-workflow.ts',
    'src/obligations/**/due-status.ts',
    'src/documents/document-symbols.ts',
    'src/common/list/parse-list-query.ts',
  ],
  reporters: ['clear-text', 'progress-append-only', 'json'],
  jsonReporter: { fileName: 'reports/mutation/rules.json' },
  thresholds: { high: 90, low: 80, break: 80 },
  timeoutMS: 20000,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
