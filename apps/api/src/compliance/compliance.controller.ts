import { Controller, Get, Query } from '@nestjs/common';
import { READERS } from '@mandate-tracker/contracts';
import { Allow } from '../auth/access-policy.decorator';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { ComplianceFiguresView, ComplianceRowView } from '@mandate-tracker/contracts';
import { ListEndpoint } from '../common/list/list-endpoint.decorator';
import type { ListPage } from '../common/list/list-page';
import { parseListQuery } from '../common/list/parse-list-query';
import { parseAsOf } from './as-of-date';
import { COMPLIANCE_SORTABLE, ComplianceService } from './compliance.service';
import { ComplianceFilterDto } from './dto/compliance-filter.dto';
import { ComplianceFiguresQueryDto, ComplianceQueryDto } from './dto/compliance-query.dto';

@ApiTags('compliance')
@Controller('compliance')
export class ComplianceController {
  constructor(private readonly compliance: ComplianceService) {}

  @Get()
  @Allow(...READERS)
  @ListEndpoint('compliance')
  @ApiOkResponse({ description: 'Every obligation in scope as it stood at the end of the as-of day, with its outcome and evidence' })
  list(@Query() query: ComplianceQueryDto): Promise<ListPage<ComplianceRowView>> {
    const asOf = parseAsOf(query.asOf);
    const { asOf: _asOf, ...listQuery } = query;
    const request = parseListQuery(listQuery, {
      filterType: ComplianceFilterDto,
      sortable: COMPLIANCE_SORTABLE,
      defaultSort: { field: 'resolutionSymbol', direction: 'asc' },
    });
    return this.compliance.list(asOf, request);
  }

  @Get('figures')
  @Allow(...READERS)
  @ApiOkResponse({ description: 'On-time rate, overdue count and average delay, in all and by office, session, body and kind' })
  figures(@Query() query: ComplianceFiguresQueryDto): Promise<ComplianceFiguresView> {
    const asOf = parseAsOf(query.asOf);
    const { filter } = parseListQuery(
      { filter: query.filter },
      { filterType: ComplianceFilterDto, sortable: ['id'], defaultSort: { field: 'id', direction: 'asc' } },
    );
    return this.compliance.figures(asOf, filter);
  }
}
