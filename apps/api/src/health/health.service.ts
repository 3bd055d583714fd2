import { Injectable } from '@nestjs/common';
import { migrationsDir } from '../config/paths';
import { readMigrations } from '../database/migrator';
import { PrismaService } from '../prisma/prisma.service';

export interface Readiness {
  ready: boolean;
  database: 'reachable' | 'unreachable';
  pendingMigrations: string[];
}

@Injectable()
export class HealthService {
  /** Read once: migrations on disk do not change while the process runs. */
  private readonly expectedMigrations = readMigrations(migrationsDir).map((migration) => migration.name);

  constructor(private readonly prisma: PrismaService) {}

  async readiness(): Promise<Readiness> {
    try {
      const rows = await this.prisma.$queryRaw<{ migration_name: string }[]>`
        SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
      const applied = new Set(rows.map((row) => row.migration_name));
      const pendingMigrations = this.expectedMigrations.filter((name) => !applied.has(name));
      return { ready: pendingMigrations.length === 0, database: 'reachable', pendingMigrations };
    } catch {
      return { ready: false, database: 'unreachable', pendingMigrations: this.expectedMigrations };
    }
  }
}
