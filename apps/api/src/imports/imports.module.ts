import { Module, type OnModuleDestroy } from '@nestjs/common';
import { FollowUpModule } from '../follow-up/follow-up.module';
import { DocumentsModule } from '../documents/documents.module';
import { ImportsController } from './imports.controller';
import { ImportsService } from './imports.service';
import { stopFileReaders } from './reading/file-reader';

@Module({
  imports: [FollowUpModule, DocumentsModule],
  controllers: [ImportsController],
  providers: [ImportsService],
  exports: [ImportsService],
})
export class ImportsModule implements OnModuleDestroy {
  /** A file still being read must not keep a closing process alive. */
  async onModuleDestroy(): Promise<void> {
    await stopFileReaders();
  }
}
