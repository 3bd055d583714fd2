import { spawnSync } from 'node:child_process';
import { projectRoot } from '../src/config/paths';

/**
 * The layer rule in eslint.config.mjs (API_LAYERS), tried on imports written for the purpose: each line is
 * linted as if it were a file of the folder named, with the repository's own ESLint configuration.
 */
const cases: [file: string, source: string, allowed: boolean][] = [
  ['imports/probe.ts', "import '../follow-up/follow-up.service';", true],
  ['imports/probe.ts', "import '../obligations/dto/update-obligation.dto';", true],
  ['follow-up/probe.ts', "import '../obligations/obligations.service';", true],
  ['follow-up/probe.ts', "import '../imports/imports.service';", false],
  ['obligations/probe.ts', "import '../follow-up/follow-up.service';", false],
  ['obligations/probe.ts', "import '../imports/import-writer';", false],
  ['obligations/due/probe.ts', "import '../../dashboard/dashboard.service';", false],
  ['obligations/due/probe.ts', "import '../../sessions/session-dates';", true],
  ['dashboard/probe.ts', "import '../obligations/due/due-status';", true],
  ['dashboard/probe.ts', "import '../search/search.service';", false],
  ['documents/probe.ts', "import '../obligations/obligation-links.service';", false],
  ['documents/probe.ts', "import '../sessions/session-calendar.service';", false],
  ['documents/probe.ts', "import '../audit/audit.service';", true],
  ['audit/probe.ts', "import '../documents/document-kind';", false],
  ['common/list/probe.ts', "import '../../audit/audit.service';", false],
  ['common/list/probe.ts', "import '../errors/app-error';", true],
  ['config/probe.ts', "import '../common/iso-date';", false],
  ['series/probe.ts', "import '../app.module';", false],
  ['cli/probe.ts', "import '../app.module';", true],
  ['documents/probe.ts', "import '../auth/access-policy.decorator';", true],
  ['auth/probe.ts', "import '../audit/audit.service';", true],
  ['auth/probe.ts', "import '../users/users.service';", false],
  ['audit/probe.ts', "import '../auth/principal';", false],
  ['backup/probe.ts', "import '../database/migrator';", true],
  ['database/probe.ts', "import '../backup/restore';", false],
  ['backup/probe.ts', "import '../audit/audit.service';", false],
];

const lintScript = `
import { ESLint } from 'eslint';
const eslint = new ESLint();
const cases = JSON.parse(process.argv[1]);
const results = [];
for (const [file, source] of cases) {
  const [result] = await eslint.lintText(source, { filePath: 'apps/api/src/' + file });
  results.push(result.messages.filter((m) => m.ruleId === 'no-restricted-imports').length === 0);
}
console.log(JSON.stringify(results));
`;

it('lets a folder import only from the layers below its own', () => {
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', lintScript, JSON.stringify(cases)], {
    cwd: projectRoot,
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(run.stderr).toBe('');
  const allowed = JSON.parse(run.stdout) as boolean[];
  expect(cases.map(([file, source], i) => `${file}: ${source} ${allowed[i] ? 'allowed' : 'refused'}`)).toEqual(
    cases.map(([file, source, expected]) => `${file}: ${source} ${expected ? 'allowed' : 'refused'}`),
  );
});
