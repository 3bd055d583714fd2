import { Module } from '@nestjs/common';
import { DueClockService } from '../obligations/due-clock.service';
import { SessionsModule } from '../sessions/sessions.module';
import { DashboardController } from './dashboard.controller';
import { DashboardRepository } from './dashboard.repository';
import { DashboardService } from './dashboard.service';

/**
 * GET /api/dashboard. DueClockService is provided here too (the obligations module does not
 * export it), so "overdue" and "this session" mean exactly what the obligations list means.
 */
@Module({
  imports: [SessionsModule],
  controllers: [DashboardController],
  providers: [DashboardService, DashboardRepository, DueClockService],
})
export class DashboardModule {}
