import { Global, Module } from '@nestjs/common';
import { AuditChainRepository } from './audit-chain.repository';
import { AuditChainService } from './audit-chain.service';
import { AuditLogService } from './audit-log.service';
import { AuditSubjects } from './audit-subjects.repository';
import { AuditService } from './audit.service';

/** The trail every write records into (global), the log that reads it back (served by audit-log/), and its hash chain's check. */
@Global()
@Module({
  providers: [AuditService, AuditLogService, AuditSubjects, AuditChainService, AuditChainRepository],
  exports: [AuditService, AuditLogService, AuditChainService],
})
export class AuditModule {}
