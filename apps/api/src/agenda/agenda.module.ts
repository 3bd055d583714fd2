import { Module } from '@nestjs/common';
import { DueModule } from '../obligations/due/due.module';
import { AgendaController } from './agenda.controller';
import { AgendaRepository } from './agenda.repository';
import { AgendaService } from './agenda.service';

/** The agenda of coming sessions and the draft annotated preliminary list (issue 16). */
@Module({
  imports: [DueModule],
  controllers: [AgendaController],
  providers: [AgendaService, AgendaRepository],
  exports: [AgendaService],
})
export class AgendaModule {}
