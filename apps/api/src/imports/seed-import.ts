import type { INestApplicationContext } from '@nestjs/common';
import { seedsDir } from '../config/paths';
import { expandPaths, importFiles, type FileOutcome } from './import-files';
import { ImportsService } from './imports.service';

/** A new installation starts with the seed resolutions, so there is something to look at; an existing one is left alone. */
export async function importSeedsIntoEmptyDatabase(app: INestApplicationContext): Promise<FileOutcome[] | null> {
  const imports = app.get(ImportsService);
  if (!(await imports.databaseIsEmpty())) return null;
  return importFiles(imports, expandPaths([seedsDir]), 'seed');
}
