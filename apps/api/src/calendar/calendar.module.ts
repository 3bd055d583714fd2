import { Module } from '@nestjs/common';
import { ObligationsModule } from '../obligations/obligations.module';
import { SessionsModule } from '../sessions/sessions.module';
import { CalendarController, CalendarFeedsController } from './calendar-feeds.controller';
import { CalendarFeedsService } from './calendar-feeds.service';

/** iCalendar feeds of due dates and session openings (issue 16). */
@Module({
  imports: [ObligationsModule, SessionsModule],
  controllers: [CalendarFeedsController, CalendarController],
  providers: [CalendarFeedsService],
})
export class CalendarModule {}
