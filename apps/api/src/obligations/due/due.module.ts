import { Module } from '@nestjs/common';
import { SessionsModule } from '../../sessions/sessions.module';
import { DueClockService } from './due-clock.service';

/** The one DueClockService (and so one cache of "now") for every module that judges what is overdue. */
@Module({ imports: [SessionsModule], providers: [DueClockService], exports: [DueClockService] })
export class DueModule {}
