import { Module } from '@nestjs/common';
import { ObligationsModule } from '../obligations/obligations.module';
import { AgendaController } from './agenda.controller';
import { AgendaRepository } from './agenda.repository';
import { AgendaService } from './agenda.service';

/** The agenda of coming sessions and the draft annotated preliminary list (issue 16). */
@Module({
  imports: [ObligationsModule],
  controllers: [AgendaController],
  providers: [AgendaService, AgendaRepository],
  exports: [AgendaService],
})
export class AgendaModule {}
