import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/generated/**', '**/.turbo/**', '**/*.js', '**/*.cjs', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // No consistent-type-imports: Nest's dependency injection reads constructor and DTO types at run time.
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['apps/api/src/**/*.ts'],
    ignores: ['apps/api/src/prisma/**', 'apps/api/src/**/*.service.ts', 'apps/api/src/**/*.repository.ts'],
    rules: {
      // Prisma access stays in services and repositories, never in controllers or elsewhere.
      'no-restricted-imports': ['error', { paths: [{ name: '../prisma/prisma.service', message: 'Use a service; only services and repositories touch Prisma.' }] }],
    },
  },
);
