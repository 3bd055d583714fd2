import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/documents.module';
import { OfficesModule } from '../offices/offices.module';
import { SeriesModule } from '../series/series.module';
import { SessionsModule } from '../sessions/sessions.module';
import { DueModule } from './due/due.module';
import { ObligationsController } from './obligations.controller';
import { ObligationHistoryService } from './obligation-history.service';
import { ObligationLinksService } from './obligation-links.service';
import { ObligationsService } from './obligations.service';
import { ExpectedAgendaItemsRepository } from './expected-agenda-items.repository';

@Module({
  imports: [DocumentsModule, SessionsModule, OfficesModule, SeriesModule, DueModule],
  controllers: [ObligationsController],
  providers: [ObligationsService, ObligationLinksService, ObligationHistoryService, ExpectedAgendaItemsRepository],
  exports: [ObligationsService],
})
export class ObligationsModule {}
