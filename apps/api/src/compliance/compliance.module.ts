import { Module } from '@nestjs/common';
import { SessionsModule } from '../sessions/sessions.module';
import { ComplianceController } from './compliance.controller';
import { ComplianceRepository } from './compliance.repository';
import { ComplianceService } from './compliance.service';

@Module({
  imports: [SessionsModule],
  controllers: [ComplianceController],
  providers: [ComplianceService, ComplianceRepository],
  exports: [ComplianceService],
})
export class ComplianceModule {}
