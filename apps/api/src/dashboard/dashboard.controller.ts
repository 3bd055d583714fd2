import { Controller, Get, Query } from '@nestjs/common';
import { READERS } from '@mandate-tracker/contracts';
import { Allow } from '../auth/access-policy.decorator';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AppError } from '../common/errors/app-error';
import type { DashboardView } from '@mandate-tracker/contracts';
import { DashboardService } from './dashboard.service';

@ApiTags('dashboard')
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get()
  @Allow(...READERS)
  @ApiOkResponse({
    description: 'Obligations by status and review state, overdue by office, due this GA session and next, the last 10 changes',
  })
  @ApiBadRequestResponse({ description: 'Any query parameter: the dashboard takes none' })
  read(@Query() query: Record<string, unknown>): Promise<DashboardView> {
    // Refused rather than ignored: a caller sending a filter would otherwise trust counts it did not filter.
    const given = Object.keys(query);
    if (given.length > 0) throw AppError.validation(Object.fromEntries(given.map((name) => [name, 'the dashboard takes no parameters'])));
    return this.dashboard.read();
  }
}
