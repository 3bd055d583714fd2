import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { seedsDir } from '../../src/config/paths';

export const fixturesDir = path.join(__dirname, '..', 'fixtures', 'imports');

/** The text of a seed resolution, by file name. */
export function seedText(file: string): string {
  return readFileSync(path.join(seedsDir, file), 'utf8');
}

export const seedFiles = (): string[] => readdirSync(seedsDir).sort();
