import { Module } from '@nestjs/common';
import { ComplianceModule } from '../compliance/compliance.module';
import { ObligationsModule } from '../obligations/obligations.module';
import { SessionsModule } from '../sessions/sessions.module';
import { ExportRowsRepository } from './export-rows.repository';
import { ExportDatabase } from './export-database.service';
import { ExportSources } from './export-sources';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';

@Module({
  imports: [ObligationsModule, SessionsModule, ComplianceModule],
  controllers: [ExportsController],
  providers: [ExportsService, ExportSources, ExportRowsRepository, ExportDatabase],
})
export class ExportsModule {}
