import path from 'node:path';

/** The repository root, the same from src/ (tests) and dist/ (production). */
export const projectRoot = path.resolve(__dirname, '../../../..');
export const migrationsDir = path.join(projectRoot, 'prisma', 'migrations');
/** The resolutions a new installation starts with; the tests read them too. */
export const seedsDir = path.join(projectRoot, 'seeds');
export const defaultDataDir = path.join(projectRoot, '.data');
export const defaultAdminDist = path.join(projectRoot, 'apps', 'admin', 'dist');
