import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/documents.module';
import { FollowUpService } from './follow-up.service';
import { SeriesService } from './series.service';

@Module({ imports: [DocumentsModule], providers: [FollowUpService, SeriesService], exports: [FollowUpService, SeriesService] })
export class FollowUpModule {}
