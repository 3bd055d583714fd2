// @ts-check
import rules from './stryker.config.mjs';

/**
 * Mutation testing of the rule modules that work through the database: each mutant runs the end-to-end specs
 * that cover it, against PostgreSQL. Much slower than the unit run (minutes per module, not seconds).
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  ...rules,
  jest: { configFile: 'jest.mutation-database.config.js', enableFindRelatedTests: false },
  mutate: ['src/audit/audited-change.ts', 'src/imports/import-writer.ts', 'src/follow-up/follow-up.service.ts'],
  jsonReporter: { fileName: 'reports/mutation/database-rules.json' },
  timeoutMS: 60000,
};
