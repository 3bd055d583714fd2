import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/documents.module';
import { FollowUpService } from './follow-up.service';

@Module({ imports: [DocumentsModule], providers: [FollowUpService], exports: [FollowUpService] })
export class FollowUpModule {}
