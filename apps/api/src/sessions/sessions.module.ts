import { Module } from '@nestjs/common';
import { SessionCalendarService } from './session-calendar.service';
import { SessionsController } from './sessions.controller';
import { SessionsService } from './sessions.service';

/** Exports the calendar (obligations turn due sessions into dates with it) and the list's filter, for exports. */
@Module({
  controllers: [SessionsController],
  providers: [SessionsService, SessionCalendarService],
  exports: [SessionCalendarService, SessionsService],
})
export class SessionsModule {}
