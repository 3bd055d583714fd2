import { Global, Module } from '@nestjs/common';
import { AuditLogService } from './audit-log.service';
import { AuditSubjects } from './audit-subjects.repository';
import { AuditService } from './audit.service';

/** The trail every write records into (global), and the log that reads it back (served by audit-log/). */
@Global()
@Module({
  providers: [AuditService, AuditLogService, AuditSubjects],
  exports: [AuditService, AuditLogService],
})
export class AuditModule {}
