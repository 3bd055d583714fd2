/**
 * The jest configuration StrykerJS runs for one rule module (RULE_MODULE, see test/mutation/rule-modules.js): only
 * that module's specs; without the global setup when none of them needs PostgreSQL, since it would start a server
 * for every mutant.
 */
const base = require('./jest.config');
const modules = require('./test/mutation/rule-modules');

const rule = modules[process.env.RULE_MODULE ?? ''];
if (!rule) throw new Error(`RULE_MODULE must be one of: ${Object.keys(modules).join(', ')}`);

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testMatch: rule.specs.map((spec) => `<rootDir>/${spec}`),
  ...(rule.database ? {} : { globalSetup: undefined, globalTeardown: undefined }),
};
