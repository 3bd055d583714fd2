import { Module } from '@nestjs/common';
import { SessionsModule } from '../sessions/sessions.module';
import { DueModule } from './due/due.module';
import { ObligationsController } from './obligations.controller';
import { ObligationLinksService } from './obligation-links.service';
import { ObligationsService } from './obligations.service';

@Module({
  imports: [SessionsModule, DueModule],
  controllers: [ObligationsController],
  providers: [ObligationsService, ObligationLinksService],
  exports: [ObligationsService],
})
export class ObligationsModule {}
