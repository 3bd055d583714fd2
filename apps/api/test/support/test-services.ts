import { AuditService } from '../../src/audit/audit.service';
import { ListTotals } from '../../src/common/list/list-totals';
import { Environment } from '../../src/config/environment';
import { DocumentsService } from '../../src/documents/documents.service';
import { FollowUpService } from '../../src/follow-up/follow-up.service';
import { PrismaService } from '../../src/prisma/prisma.service';
import { useFixture } from './fixture';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface TestServices {
  /** Connected as the least-privilege role, as the API runs. */
  prisma: PrismaService;
  audit: AuditService;
  documents: DocumentsService;
  followUp: FollowUpService;
  database: TestDatabase;
}

/**
 * The services an import writes with, on a database of the file's own, without the HTTP application: for specs
 * that call the import writer and the follow-up linker directly. Starting the whole Nest application costs seconds
 * that mutation testing would pay once per mutant (docs/testing.md, "Mutation testing").
 */
export function useTestServices(): TestServices {
  return useFixture(
    'The test services',
    async () => {
      const database = await createTestDatabase();
      const prisma = new PrismaService(database.appUrl);
      const audit = new AuditService();
      // Only list pages read the totals cache; these specs never list.
      const documents = new DocumentsService(prisma, audit, new ListTotals(new Environment()));
      return { prisma, audit, documents, followUp: new FollowUpService(audit, documents), database };
    },
    async (services) => {
      await services.prisma.$disconnect();
      await services.database.drop();
    },
  );
}
