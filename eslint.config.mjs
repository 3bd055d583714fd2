import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The API's layers, top to bottom (docs/architecture.md, "Layers"). A folder of apps/api/src may import from the
 * layers below its own, never from above and never from another folder of its own layer, so no two folders can
 * import each other. `generated` (the Prisma client) is below them all. A new module: add its folder to the layer
 * it belongs to, or a new layer where it fits; a folder in no layer is not checked, so add it.
 */
export const API_LAYERS = [
  ['cli'],
  ['imports', 'dashboard', 'resolutions', 'search', 'health', 'agenda', 'calendar', 'users', 'tokens', 'exports', 'audit-log', 'delivery'],
  ['follow-up', 'compliance'],
  ['obligations'],
  ['documents', 'sessions', 'series', 'offices'],
  // Sign-in, the access guard and the policy decorators every controller uses; above audit, which it records in.
  ['auth'],
  ['audit'],
  // Backups and restores: the command line's, working as the tables' owner beside the application.
  ['backup'],
  ['database'],
  ['common'],
  ['prisma'],
  ['config'],
];
/** src/*.ts: the application itself (AppModule, the server's entry), which only the command line may import. */
const API_ROOT_FILES = ['app.module', 'app.factory', 'main', 'shutdown'];

const PRISMA_ONLY_IN_SERVICES = {
  name: '../prisma/prisma.service',
  message: 'Use a service; only services and repositories touch Prisma.',
};

const alternatives = (names) => names.map((name) => name.replace(/\./g, '\\.')).join('|');

/** Per folder: what it may not import (the folders of its layer and above), and Prisma outside services. */
function apiBoundaries() {
  return API_LAYERS.flatMap((layer, index) =>
    layer.flatMap((folder) => {
      const above = API_LAYERS.slice(0, index + 1)
        .flat()
        .filter((other) => other !== folder);
      const forbidden = [
        ...(above.length > 0 ? [`^(\\.\\./)+(${alternatives(above)})(/|$)`] : []),
        ...(folder === 'cli' ? [] : [`^(\\.\\./)+(${alternatives(API_ROOT_FILES)})$`]),
      ];
      const patterns = forbidden.map((regex) => ({
        regex,
        message: `apps/api/src/${folder} may import only from the layers below it (API_LAYERS in eslint.config.mjs).`,
      }));
      const files = [`apps/api/src/${folder}/**/*.ts`];
      return [
        { files, rules: { 'no-restricted-imports': ['error', { patterns }] } },
        {
          files,
          ignores: ['**/*.service.ts', '**/*.repository.ts', 'apps/api/src/prisma/**'],
          rules: { 'no-restricted-imports': ['error', { paths: [PRISMA_ONLY_IN_SERVICES], patterns }] },
        },
      ];
    }),
  );
}

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/generated/**', '**/.turbo/**', '**/*.js', '**/*.cjs', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // No consistent-type-imports: Nest's dependency injection reads constructor and DTO types at run time.
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['apps/api/src/*.ts'],
    rules: {
      // Prisma access stays in services and repositories, never in controllers or elsewhere.
      'no-restricted-imports': ['error', { paths: [PRISMA_ONLY_IN_SERVICES] }],
    },
  },
  ...apiBoundaries(),
  {
    files: ['apps/api/src/**/*.ts'],
    ignores: ['apps/api/src/prisma/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          // The client's own interactive transaction is not run again after a deadlock; PrismaService.transaction is.
          selector: "CallExpression[callee.property.name='$transaction'][arguments.0.type=/FunctionExpression$/]",
          message: 'Use this.prisma.transaction(work): it runs the work again when PostgreSQL aborts it for a deadlock.',
        },
      ],
    },
  },
);
