import { Module } from '@nestjs/common';
import { DueClockService } from './due-clock.service';
import { ObligationsController } from './obligations.controller';
import { ObligationsService } from './obligations.service';

@Module({ controllers: [ObligationsController], providers: [ObligationsService, DueClockService], exports: [ObligationsService] })
export class ObligationsModule {}
