import { Global, Module, type DynamicModule } from '@nestjs/common';
import { DATABASE_URL, PrismaService } from './prisma.service';

@Global()
@Module({})
export class PrismaModule {
  static forRoot(databaseUrl: string): DynamicModule {
    return {
      module: PrismaModule,
      providers: [
        { provide: DATABASE_URL, useValue: databaseUrl },
        { provide: PrismaService, useFactory: () => new PrismaService(databaseUrl) },
      ],
      exports: [DATABASE_URL, PrismaService],
    };
  }
}
