/**
 * Lets a plain Node process (a worker thread, a child process) run the API's
 * TypeScript sources, as jest does in its own workers: each .ts file is
 * compiled to CommonJS by @swc/core when first required. Used only when the
 * code runs from src/ (the tests); the built dist/ is JavaScript already.
 */
const { readFileSync } = require('node:fs');
const { transformSync } = require('@swc/core');

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(readFileSync(filename, 'utf8'), {
    filename,
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  });
  module._compile(code, filename);
};
