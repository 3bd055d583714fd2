import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AUDITORS, READERS, type AuditChainReport, type AuditLogEntryView } from '@mandate-tracker/contracts';
import { Allow } from '../auth/access-policy.decorator';
import { ListEndpoint } from '../common/list/list-endpoint.decorator';
import { ListQueryDto } from '../common/list/list-query.dto';
import type { ListPage } from '../common/list/list-page';
import { parseListQuery } from '../common/list/parse-list-query';
import { AuditChainService } from '../audit/audit-chain.service';
import { AUDIT_LOG_SORTABLE, AuditLogService } from '../audit/audit-log.service';
import { AuditLogFilterDto } from '../audit/dto/audit-log-filter.dto';

@ApiTags('audit')
@Controller('audit')
export class AuditLogController {
  constructor(
    private readonly log: AuditLogService,
    private readonly chain: AuditChainService,
  ) {}

  /** Administrators and auditors: the whole trail is read, which takes a while on a long one. */
  @Get('verify')
  @Allow(...AUDITORS)
  @ApiOkResponse({ description: 'The hash chain recomputed from the first event: intact, or the first event that does not check out' })
  verify(): Promise<AuditChainReport> {
    return this.chain.verify();
  }

  @Get()
  @Allow(...READERS)
  @ListEndpoint('audit')
  @ApiOkResponse({ description: 'Recorded events, newest first, with the fields that changed in words' })
  list(@Query() query: ListQueryDto): Promise<ListPage<AuditLogEntryView>> {
    const request = parseListQuery(query, {
      filterType: AuditLogFilterDto,
      sortable: AUDIT_LOG_SORTABLE,
      defaultSort: { field: 'occurredAt', direction: 'desc' },
    });
    return this.log.list(request);
  }
}
