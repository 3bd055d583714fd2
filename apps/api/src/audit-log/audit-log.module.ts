import { Module } from '@nestjs/common';
import { AuditLogController } from './audit-log.controller';

/** The audit log as people read it: its controller sits with the features, above the access guard's layer. */
@Module({ controllers: [AuditLogController] })
export class AuditLogModule {}
