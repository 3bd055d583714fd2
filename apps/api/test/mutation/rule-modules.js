/**
 * The rule modules under mutation testing, each with the specs that are about it (docs/testing.md). StrykerJS
 * runs one module at a time: a mutant of a module-level constant (a table, a pattern) runs every spec of the run,
 * so keeping the specs to the module's own keeps a run to minutes.
 * `database` modules work through PostgreSQL: their specs are end-to-end and need the global setup.
 */
module.exports = {
  'status-workflow': {
    mutate: ['src/obligations/status-workflow.ts'],
    specs: ['src/obligations/status-workflow.spec.ts', 'src/obligations/status-workflow.table.spec.ts'],
  },
  'due-status': {
    mutate: ['src/obligations/due/due-status.ts', 'src/obligations/due/condition.ts'],
    specs: [
      'src/obligations/due/due-status.spec.ts',
      'src/obligations/due/due-status.rules.spec.ts',
      'src/obligations/due/condition.spec.ts',
    ],
  },
  'document-symbols': {
    mutate: ['src/documents/document-symbols.ts'],
    specs: ['src/documents/document-symbols.spec.ts', 'src/documents/document-symbols.rules.spec.ts'],
  },
  'list-query': {
    mutate: ['src/common/list/parse-list-query.ts'],
    specs: ['src/common/list/parse-list-query.spec.ts'],
  },
  // The helper takes its reads and writes as callbacks: its own spec runs it without a database.
  'audited-change': {
    mutate: ['src/audit/audited-change.ts'],
    specs: ['src/audit/audited-change.spec.ts'],
  },
  // The specs that call the writer and the linker directly; the import API's specs (imports, import-atomicity,
  // follow-up-links) go through the same code but import whole seeds per test, minutes per mutant.
  'import-writer': {
    database: true,
    mutate: ['src/imports/import-writer.ts'],
    specs: ['test/import-writer.e2e-spec.ts'],
  },
  'follow-up-linker': {
    database: true,
    mutate: ['src/follow-up/follow-up.service.ts'],
    specs: ['test/follow-up-linker.e2e-spec.ts'],
  },
};
