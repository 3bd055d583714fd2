import { Module } from '@nestjs/common';
import { SessionsModule } from '../sessions/sessions.module';
import { DueClockService } from './due-clock.service';
import { ObligationsController } from './obligations.controller';
import { ObligationCountCache } from './obligation-count-cache';
import { ObligationLinksService } from './obligation-links.service';
import { ObligationsService } from './obligations.service';

@Module({
  imports: [SessionsModule],
  controllers: [ObligationsController],
  providers: [ObligationsService, ObligationLinksService, DueClockService, ObligationCountCache],
  exports: [ObligationsService, ObligationCountCache],
})
export class ObligationsModule {}
