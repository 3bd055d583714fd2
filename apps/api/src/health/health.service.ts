import { Injectable } from '@nestjs/common';
import { migrationsDir } from '../config/paths';
import { readMigrations } from '../database/migrator';
import { HealthRepository } from './health.repository';

export interface Readiness {
  ready: boolean;
  database: 'reachable' | 'unreachable';
  pendingMigrations: string[];
}

@Injectable()
export class HealthService {
  /** Read once: migrations on disk do not change while the process runs. */
  private readonly expectedMigrations = readMigrations(migrationsDir).map((migration) => migration.name);

  constructor(private readonly repository: HealthRepository) {}

  async readiness(): Promise<Readiness> {
    try {
      const applied = new Set(await this.repository.appliedMigrations());
      const pendingMigrations = this.expectedMigrations.filter((name) => !applied.has(name));
      return { ready: pendingMigrations.length === 0, database: 'reachable', pendingMigrations };
    } catch {
      return { ready: false, database: 'unreachable', pendingMigrations: this.expectedMigrations };
    }
  }
}
