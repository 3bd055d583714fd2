import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient, type Prisma } from '../generated/prisma/client';
import { FILTER_ONLY_COLUMNS } from './filter-only-columns';

export const DATABASE_URL = Symbol('DATABASE_URL');

/** The only place a PrismaClient is created. */
@Injectable()
export class PrismaService
  extends PrismaClient<Prisma.PrismaClientOptions & { omit: typeof FILTER_ONLY_COLUMNS }>
  implements OnModuleDestroy
{
  constructor(databaseUrl: string) {
    super({ adapter: new PrismaPg({ connectionString: databaseUrl }), omit: FILTER_ONLY_COLUMNS });
  }

  async onModuleDestroy(): Promise<void> {
    await this.$disconnect();
  }
}
