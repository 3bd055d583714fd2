import { Injectable } from '@nestjs/common';
import type { AgendaView, AnnotatedListView } from '@mandate-tracker/contracts';
import { AppError } from '../common/errors/app-error';
import type { Body } from '../generated/prisma/enums';
import { DueClockService } from '../obligations/due/due-clock.service';
import { buildAgenda } from './agenda-builder';
import { AgendaRepository } from './agenda.repository';
import { annotatedListOf } from './annotated-list';
import { AGENDA_MAX_SESSIONS } from './dto/agenda-query.dto';
import { SeriesIndex } from './series-index';

@Injectable()
export class AgendaService {
  constructor(
    private readonly repository: AgendaRepository,
    private readonly clock: DueClockService,
  ) {}

  async agenda(body: Body, sessionFrom: number, sessionTo: number = sessionFrom): Promise<AgendaView> {
    if (sessionTo < sessionFrom)
      throw AppError.validation({ sessionTo: `sessionTo (${sessionTo}) must not be before sessionFrom (${sessionFrom})` });
    if (sessionTo - sessionFrom + 1 > AGENDA_MAX_SESSIONS)
      throw AppError.validation({
        sessionTo: `a range covers at most ${AGENDA_MAX_SESSIONS} sessions (${sessionFrom}–${sessionTo} is ${sessionTo - sessionFrom + 1})`,
      });
    const [agendaRows, reports, graph, clock] = await Promise.all([
      this.repository.agendaObligations(body),
      this.repository.expectedReports(body, sessionFrom, sessionTo),
      this.repository.recallGraph(body),
      this.clock.now(),
    ]);
    const items = buildAgenda({ body, sessionFrom, sessionTo, agendaRows, reports, series: new SeriesIndex(graph), clock });
    return { body, sessionFrom, sessionTo, items };
  }

  async annotatedList(body: Body, session: number): Promise<AnnotatedListView> {
    const agenda = await this.agenda(body, session);
    return annotatedListOf(body, session, agenda.items);
  }
}
