import { Module } from '@nestjs/common';
import { DueModule } from '../obligations/due/due.module';
import { DashboardController } from './dashboard.controller';
import { DashboardRepository } from './dashboard.repository';
import { DashboardService } from './dashboard.service';

/** GET /api/dashboard. "Overdue" and "this session" come from obligations/due, as the obligations list's do. */
@Module({
  imports: [DueModule],
  controllers: [DashboardController],
  providers: [DashboardService, DashboardRepository],
})
export class DashboardModule {}
