import { Module } from '@nestjs/common';
import { SessionsModule } from '../sessions/sessions.module';
import { DueClockService } from './due-clock.service';
import { ObligationsController } from './obligations.controller';
import { ObligationLinksService } from './obligation-links.service';
import { ObligationsService } from './obligations.service';
import { ExpectedAgendaItemsRepository } from './expected-agenda-items.repository';

@Module({
  imports: [SessionsModule],
  controllers: [ObligationsController],
  providers: [ObligationsService, ObligationLinksService, DueClockService, ExpectedAgendaItemsRepository],
  exports: [ObligationsService, DueClockService],
})
export class ObligationsModule {}
