import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The repository root: the nearest folder above holding prisma/schema.prisma. Searched rather than counted, so
 * it is the same from src/ (tests), dist/ (production) and bench/dist/src/ (the benchmarks' own build).
 */
function findProjectRoot(from: string): string {
  for (let folder = from; ; folder = path.dirname(folder)) {
    if (existsSync(path.join(folder, 'prisma', 'schema.prisma'))) return folder;
    if (path.dirname(folder) === folder) throw new Error(`no prisma/schema.prisma above ${from}`);
  }
}

export const projectRoot = findProjectRoot(__dirname);
export const migrationsDir = path.join(projectRoot, 'prisma', 'migrations');
export const defaultDataDir = path.join(projectRoot, '.data');
export const defaultAdminDist = path.join(projectRoot, 'apps', 'admin', 'dist');
