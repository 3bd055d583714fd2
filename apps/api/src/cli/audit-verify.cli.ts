#!/usr/bin/env node
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { AuditChainService } from '../audit/audit-chain.service';
import { loadEnvironment } from '../config/environment';
import { openDatabaseServer } from '../database/database-server';
import { prepareDatabase } from '../database/prepare-database';

/**
 * `npm run audit:verify`: recomputes the audit trail's hash chain against the configured database (DATABASE_URL,
 * or the embedded one, running or not). Exit 0 intact, 1 broken (the first broken event named), 2 not checked.
 */
async function main(): Promise<number> {
  const environment = loadEnvironment({ LOG_LEVEL: 'warn', ...process.env });
  const database = await openDatabaseServer(environment, (line) => process.stderr.write(`${line}\n`));
  try {
    const { applicationUrl } = await prepareDatabase(database);
    const app = await NestFactory.createApplicationContext(AppModule.forRoot(environment, applicationUrl), { logger: false });
    try {
      const report = await app.get(AuditChainService).verify();
      if (report.firstBroken) {
        const { eventId, chainPosition, reason } = report.firstBroken;
        process.stdout.write(`BROKEN at audit event ${eventId} (chain position ${chainPosition}): ${reason}\n`);
        process.stdout.write(`${report.events - 1} events before it check out.\n`);
        return 1;
      }
      process.stdout.write(`Intact: ${report.events} events check out.\n`);
      // Noted down elsewhere, the head lets a later check show that no event was cut off the end.
      if (report.head) process.stdout.write(`Head: chain position ${report.head.chainPosition}, hash ${report.head.hash}\n`);
      return 0;
    } finally {
      await app.close();
    }
  } finally {
    await database.stop();
  }
}

main().then(
  (status) => process.exit(status),
  (error: unknown) => {
    process.stderr.write(`Could not check the audit trail: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
