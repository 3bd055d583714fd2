import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AUDITORS, READERS, type AuditChainReport, type AuditLogEntryView } from '@mandate-tracker/contracts';
import { Allow } from '../auth/access-policy.decorator';
import { ListEndpoint } from '../common/list/list-endpoint.decorator';
import { AppError } from '../common/errors/app-error';
import type { ListPage } from '../common/list/list-page';
import { parseListQuery } from '../common/list/parse-list-query';
import { AuditChainService } from '../audit/audit-chain.service';
import { AUDIT_LOG_SORTABLE, AuditLogService } from '../audit/audit-log.service';
import { AuditLogFilterDto } from '../audit/dto/audit-log-filter.dto';
import { AuditLogQueryDto } from './dto/audit-log-query.dto';

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
  list(@Query() query: AuditLogQueryDto): Promise<ListPage<AuditLogEntryView>> {
    const request = parseListQuery(query, {
      filterType: AuditLogFilterDto,
      sortable: AUDIT_LOG_SORTABLE,
      defaultSort: { field: 'occurredAt', direction: 'desc' },
    });
    return this.log.list({ ...request, filter: withEntityParameters(request.filter, query) });
  }
}

/** `?entity=&entityId=` mean filter {"entityType","entityId"}; given both ways, they must agree. */
function withEntityParameters(filter: AuditLogFilterDto, query: AuditLogQueryDto): AuditLogFilterDto {
  if (query.entity === undefined && query.entityId === undefined) return filter;
  if (query.entity === undefined) throw AppError.validation({ entity: 'entityId names an id of which entity: give entity too' });
  const clashes = (asked: string | undefined, filtered: string | undefined) =>
    asked !== undefined && filtered !== undefined && asked !== filtered;
  if (clashes(query.entity, filter.entityType))
    throw AppError.validation({ entity: 'entity and filter.entityType name different entities' });
  if (clashes(query.entityId, filter.entityId)) throw AppError.validation({ entityId: 'entityId and filter.entityId name different ids' });
  return Object.assign(new AuditLogFilterDto(), filter, { entityType: query.entity, entityId: query.entityId ?? filter.entityId });
}
