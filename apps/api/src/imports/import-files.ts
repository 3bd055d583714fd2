import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../common/errors/app-error';
import type { ImportsService } from './imports.service';
import { readSource } from './source-text';

export interface FileOutcome {
  file: string;
  outcome: 'created' | 'updated' | 'unchanged' | 'failed';
  symbol?: string;
  reason?: string;
}

const IMPORTABLE = /\.(txt|md|markdown|html?|docx|pdf)$/i;

/** Files named, and the importable files inside folders named, in a stable order. */
export function expandPaths(paths: string[]): string[] {
  return paths.flatMap((entry) => {
    const stats = statSync(entry, { throwIfNoEntry: false });
    if (!stats) return [entry]; // reported as failed, with the reason, by importFile
    if (!stats.isDirectory()) return [entry];
    return readdirSync(entry)
      .sort()
      .map((name) => path.join(entry, name))
      .filter((file) => IMPORTABLE.test(file) && statSync(file).isFile());
  });
}

/** One file in its own transaction: a failure leaves no rows behind and does not stop the others. */
export async function importFile(imports: ImportsService, file: string, actor: string): Promise<FileOutcome> {
  try {
    const source = await readSource({ filename: path.basename(file), content: readFileSync(file) });
    const result = await imports.commit(source.text, [], actor);
    return { file, outcome: result.outcome, symbol: result.symbol };
  } catch (error) {
    const reason = error instanceof AppError || error instanceof Error ? error.message : String(error);
    return { file, outcome: 'failed', reason: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : reason };
  }
}

export async function importFiles(
  imports: ImportsService,
  files: string[],
  actor: string,
  onFile: (outcome: FileOutcome) => void = () => undefined,
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for (const file of files) {
    const outcome = await importFile(imports, file, actor);
    outcomes.push(outcome);
    onFile(outcome);
  }
  return outcomes;
}
