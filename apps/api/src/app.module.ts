import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Module, type DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AuditModule } from './audit/audit.module';
import { ConfigModule } from './config/config.module';
import type { Environment } from './config/environment';
import { HealthModule } from './health/health.module';
import { PrismaModule } from './prisma/prisma.module';
import { ResolutionsModule } from './resolutions/resolutions.module';

const REQUEST_ID_HEADER = 'x-request-id';

/** A caller's request id is kept (so logs can be joined across services); otherwise one is made. */
function requestIdOf(request: IncomingMessage, response: ServerResponse): string {
  const given = request.headers[REQUEST_ID_HEADER];
  const id = typeof given === 'string' && /^[\w.:-]{1,100}$/.test(given) ? given : randomUUID();
  response.setHeader(REQUEST_ID_HEADER, id);
  return id;
}

@Module({})
export class AppModule {
  static forRoot(environment: Environment, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(environment),
        LoggerModule.forRoot({
          pinoHttp: {
            level: environment.LOG_LEVEL,
            genReqId: requestIdOf,
            redact: ['req.headers.authorization', 'req.headers.cookie'],
          },
        }),
        PrismaModule.forRoot(databaseUrl),
        AuditModule,
        HealthModule,
        ResolutionsModule,
      ],
    };
  }
}
