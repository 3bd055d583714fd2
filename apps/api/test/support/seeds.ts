import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/config/paths';

export const seedsDir = path.join(projectRoot, 'seeds');
export const fixturesDir = path.join(__dirname, '..', 'fixtures', 'imports');

/** The text of a seed resolution, by file name. */
export function seedText(file: string): string {
  return readFileSync(path.join(seedsDir, file), 'utf8');
}

export const seedFiles = (): string[] => readdirSync(seedsDir).sort();
