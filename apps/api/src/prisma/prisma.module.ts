import { Global, Module, type DynamicModule } from '@nestjs/common';
import { Environment } from '../config/environment';
import { DATABASE_URL, PrismaService } from './prisma.service';

@Global()
@Module({})
export class PrismaModule {
  static forRoot(databaseUrl: string): DynamicModule {
    return {
      module: PrismaModule,
      providers: [
        { provide: DATABASE_URL, useValue: databaseUrl },
        {
          provide: PrismaService,
          useFactory: (environment: Environment) =>
            new PrismaService(databaseUrl, {
              statementMs: environment.DATABASE_STATEMENT_TIMEOUT_MS,
              connectMs: environment.DATABASE_CONNECT_TIMEOUT_MS,
            }),
          inject: [Environment],
        },
      ],
      exports: [DATABASE_URL, PrismaService],
    };
  }
}
