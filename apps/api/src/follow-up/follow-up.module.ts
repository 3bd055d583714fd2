import { Module } from '@nestjs/common';
import { FollowUpService } from './follow-up.service';
import { SeriesService } from './series.service';

@Module({ providers: [FollowUpService, SeriesService], exports: [FollowUpService, SeriesService] })
export class FollowUpModule {}
