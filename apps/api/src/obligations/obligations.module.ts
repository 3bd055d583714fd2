import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/documents.module';
import { SessionsModule } from '../sessions/sessions.module';
import { DueModule } from './due/due.module';
import { ObligationsController } from './obligations.controller';
import { ObligationLinksService } from './obligation-links.service';
import { ObligationsService } from './obligations.service';
import { ExpectedAgendaItemsRepository } from './expected-agenda-items.repository';

@Module({
  imports: [DocumentsModule, SessionsModule, DueModule],
  controllers: [ObligationsController],
  providers: [ObligationsService, ObligationLinksService, ExpectedAgendaItemsRepository],
  exports: [ObligationsService],
})
export class ObligationsModule {}
