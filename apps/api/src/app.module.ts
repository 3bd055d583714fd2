import { Module, type DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AgendaModule } from './agenda/agenda.module';
import { AuditModule } from './audit/audit.module';
import { CalendarModule } from './calendar/calendar.module';
import { ConfigModule } from './config/config.module';
import { DashboardModule } from './dashboard/dashboard.module';
import type { Environment } from './config/environment';
import { DocumentsModule } from './documents/documents.module';
import { HealthModule } from './health/health.module';
import { ImportsModule } from './imports/imports.module';
import { ListTotalsModule } from './common/list/list-totals.module';
import { ObligationsModule } from './obligations/obligations.module';
import { PrismaModule } from './prisma/prisma.module';
import { ResolutionsModule } from './resolutions/resolutions.module';
import { SearchModule } from './search/search.module';
import { SessionsModule } from './sessions/sessions.module';

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
            redact: ['req.headers.authorization', 'req.headers.cookie'],
          },
        }),
        PrismaModule.forRoot(databaseUrl),
        ListTotalsModule,
        AuditModule,
        HealthModule,
        ResolutionsModule,
        ObligationsModule,
        ImportsModule,
        SessionsModule,
        DocumentsModule,
        DashboardModule,
        SearchModule,
        AgendaModule,
        CalendarModule,
      ],
    };
  }
}
