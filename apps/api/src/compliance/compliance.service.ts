import { Injectable } from '@nestjs/common';
import {
  formatDay,
  MET_EVIDENCE_LABELS,
  COMPLIANCE_OUTCOME_LABELS,
  valueInWords,
  type ComplianceDocumentEvidence,
  type ComplianceFiguresView,
  type ComplianceRowView,
} from '@mandate-tracker/contracts';
import type { ListPage } from '../common/list/list-page';
import type { ListRequest } from '../common/list/parse-list-query';
import { ancestorIds, descendantIds } from '../series/series.repository';
import type { Body, ObligationStatus } from '../generated/prisma/enums';
import { PrismaService } from '../prisma/prisma.service';
import { SessionCalendarService } from '../sessions/session-calendar.service';
import { endOfDay } from './as-of-date';
import { outcomeOf } from './compliance-outcome';
import { figuresOf } from './compliance-figures';
import {
  ComplianceRepository,
  type ComplianceRead,
  type FulfillingLinkAsOf,
  type ObligationAsOf,
  type ResolutionAsOf,
} from './compliance.repository';
import type { ComplianceFilterDto } from './dto/compliance-filter.dto';

export const COMPLIANCE_SORTABLE = ['id', 'resolutionSymbol', 'dueOn', 'outcome', 'daysLate', 'responsibleOffice', 'kind'] as const;
export type ComplianceSortField = (typeof COMPLIANCE_SORTABLE)[number];

const day = (instant: Date | null): string | null => (instant ? instant.toISOString().slice(0, 10) : null);

/** Numeric-aware symbol order: A/RES/78/9 before A/RES/78/70. */
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function compare(left: unknown, right: unknown): number {
  if (left === right) return 0;
  if (left === null || left === undefined) return 1;
  if (right === null || right === undefined) return -1;
  if (typeof left === 'number' && typeof right === 'number') return left - right;
  return collator.compare(String(left), String(right));
}

/**
 * Compliance as of a day: every obligation as the audit trail shows it at the end of that day, with its outcome
 * and the evidence that decided it. Nothing recorded after the day can change the report.
 */
@Injectable()
export class ComplianceService {
  constructor(
    private readonly repository: ComplianceRepository,
    private readonly calendar: SessionCalendarService,
    private readonly prisma: PrismaService,
  ) {}

  /** `read`: how each query runs; an export passes one that reads in its snapshot. */
  async report(asOf: string, filter: ComplianceFilterDto, read: ComplianceRead = (q) => q(this.prisma)): Promise<ComplianceRowView[]> {
    const end = endOfDay(asOf);
    const [obligations, resolutions, links, { last: statusChanges, met: metChanges }, currentSession] = await Promise.all([
      read((db) => this.repository.obligations(end, db)),
      read((db) => this.repository.resolutions(end, db)),
      read((db) => this.repository.fulfillingLinks(end, db)),
      read((db) => this.repository.statusChanges(end, db)),
      this.calendar.currentSessions(asOf),
    ]);
    const resolutionById = new Map(resolutions.map((r) => [r.id, r]));
    const inScope = await this.scopeTest(filter, resolutionById);
    const scoped = obligations.filter((o) => inScope(o));
    const scopedIds = new Set(scoped.map((o) => o.id));
    const scopedLinks = links.filter((link) => scopedIds.has(link.obligationId));
    const linksOf = groupBy(scopedLinks, (link) => link.obligationId);
    const documentIds = [...new Set(scopedLinks.map((link) => link.documentId))];
    const documents = new Map((await read((db) => this.repository.documents(end, documentIds, db))).map((d) => [d.id, d]));
    const statusOf = new Map(statusChanges.map((c) => [c.obligationId, c]));
    const metOf = new Map(metChanges.map((c) => [c.obligationId, c]));
    const dueOnOf = await this.dueDays(scoped);
    const clock = { today: asOf, currentSession };

    const rows: ComplianceRowView[] = [];
    for (const obligation of scoped) {
      const resolution = resolutionById.get(obligation.resolutionId);
      const evidence = (linksOf.get(obligation.id) ?? []).map((link) => this.documentEvidence(link, documents, resolutionById));
      const dueOn = obligation.dueDate ?? dueOnOf.get(`${obligation.dueBody}:${obligation.dueSession}`) ?? null;
      const metChange = metOf.get(obligation.id);
      const statusChange = statusOf.get(obligation.id);
      const status = obligation.status as ObligationStatus;
      const outcome = outcomeOf(
        {
          status,
          dueBody: obligation.dueBody as Body | null,
          dueSession: obligation.dueSession,
          dueDate: obligation.dueDate,
          dueOn,
          documents: evidence.map((d) => ({
            issuedOn: d.issuedOn,
            acknowledgedOn: d.acknowledgedBy?.adoptedOn ?? null,
            linkedOn: d.linkedAt?.slice(0, 10) ?? null,
          })),
          // The last move into Submitted or Fulfilled began the run the status is still in, if it is in one.
          metStatusOn: day(metChange?.occurredAt ?? null),
        },
        clock,
      );
      if (filter.outcome && !filter.outcome.includes(outcome.outcome)) continue;
      const statusEvidence = statusChange
        ? { status: statusChange.status, recordedAt: statusChange.occurredAt.toISOString(), recordedBy: statusChange.actor }
        : null;
      const row: ComplianceRowView = {
        id: obligation.id,
        resolutionId: obligation.resolutionId,
        resolutionSymbol: resolution?.symbol ?? null,
        resolutionTitle: resolution?.title ?? null,
        body: resolution?.body ?? null,
        session: resolution?.sessionNumber ?? null,
        paragraphRef: obligation.paragraphRef,
        kind: obligation.kind,
        actor: obligation.actor,
        responsibleOffice: obligation.responsibleOffice,
        focalPoint: obligation.focalPoint,
        dueBody: obligation.dueBody,
        dueSession: obligation.dueSession,
        dueDate: obligation.dueDate,
        dueOn,
        status,
        statusReason: obligation.statusReason,
        ...outcome,
        documents: evidence,
        statusEvidence,
        evidence: '',
      };
      row.evidence = sentenceOf(row);
      rows.push(row);
    }
    return rows;
  }

  async list(asOf: string, request: ListRequest<ComplianceFilterDto, ComplianceSortField>): Promise<ListPage<ComplianceRowView>> {
    const rows = this.sort(await this.report(asOf, request.filter), request.sort);
    return { records: rows.slice(request.skip, request.skip + request.take), total: rows.length, skip: request.skip };
  }

  sort(rows: ComplianceRowView[], sort: ListRequest<unknown, ComplianceSortField>['sort']): ComplianceRowView[] {
    const sign = sort.direction === 'desc' ? -1 : 1;
    // Rows without the value (no delay, no office) come last in either direction.
    const missing = (value: unknown) => value === null || value === undefined;
    return rows.sort((a, b) => {
      const [left, right] = [a[sort.field], b[sort.field]];
      const order = missing(left) || missing(right) ? compare(left, right) : sign * compare(left, right);
      return order || compare(a.resolutionSymbol, b.resolutionSymbol) || a.id - b.id;
    });
  }

  async figures(asOf: string, filter: ComplianceFilterDto): Promise<ComplianceFiguresView> {
    return figuresOf(asOf, await this.report(asOf, filter));
  }

  /** The scope's test on an obligation as it stood; series are read from today's recalls. */
  private async scopeTest(filter: ComplianceFilterDto, resolutions: Map<number, ResolutionAsOf>): Promise<(o: ObligationAsOf) => boolean> {
    const series =
      filter.series === undefined
        ? undefined
        : new Set([
            filter.series,
            ...(await ancestorIds(this.prisma, filter.series)),
            ...(await descendantIds(this.prisma, filter.series)),
          ]);
    const offices = filter.office?.map((office) => office.toLowerCase());
    const actor = filter.actor?.toLowerCase();
    return (o) => {
      const resolution = resolutions.get(o.resolutionId);
      if (filter.id && !filter.id.includes(o.id)) return false;
      if (filter.body && !(resolution && filter.body.includes(resolution.body as Body))) return false;
      if (filter.session && !(resolution?.sessionNumber && filter.session.includes(resolution.sessionNumber))) return false;
      if (filter.dueSession && !(o.dueSession !== null && filter.dueSession.includes(o.dueSession))) return false;
      if (filter.kind && !filter.kind.includes(o.kind as never)) return false;
      if (offices && !(o.responsibleOffice && offices.includes(o.responsibleOffice.toLowerCase()))) return false;
      if (actor && !o.actor.toLowerCase().includes(actor)) return false;
      if (filter.resolutionId && !filter.resolutionId.includes(o.resolutionId)) return false;
      if (series && !series.has(o.resolutionId)) return false;
      return true;
    };
  }

  /** The last day of each due session: the day an obligation due "at its Nth session" fell due. */
  private async dueDays(obligations: ObligationAsOf[]): Promise<Map<string, string | null>> {
    const sessions = new Map<string, { body: Body; number: number }>();
    for (const o of obligations) {
      if (o.dueDate === null && o.dueBody && o.dueSession)
        sessions.set(`${o.dueBody}:${o.dueSession}`, { body: o.dueBody as Body, number: o.dueSession });
    }
    const entries = await Promise.all(
      [...sessions].map(async ([key, s]) => [key, (await this.calendar.datesOf(s.body, s.number))?.closesOn ?? null] as const),
    );
    return new Map(entries);
  }

  private documentEvidence(
    link: FulfillingLinkAsOf,
    documents: Map<number, { symbol: string; issuedOn: string | null }>,
    resolutions: Map<number, ResolutionAsOf>,
  ): ComplianceDocumentEvidence {
    const document = documents.get(link.documentId);
    const acknowledgedBy =
      link.evidenceResolutionId === null && link.evidenceNote === null
        ? null
        : {
            resolutionSymbol: link.evidenceResolutionId === null ? null : (resolutions.get(link.evidenceResolutionId)?.symbol ?? null),
            adoptedOn: link.evidenceResolutionId === null ? null : (resolutions.get(link.evidenceResolutionId)?.adoptedOn ?? null),
            paragraph: link.evidenceParagraph,
            note: link.evidenceNote,
          };
    return {
      symbol: document?.symbol ?? `document ${link.documentId}`,
      issuedOn: document?.issuedOn ?? null,
      linkedAt: link.linkedAt?.toISOString() ?? null,
      linkedBy: link.linkedBy,
      origin: link.origin,
      reviewState: link.reviewState,
      acknowledgedBy,
    };
  }
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/**
 * The evidence as a sentence, in the words and days of the audit trail's other readers (contracts' audit words):
 * `Met late by 12 days: A/79/123, issued 20 Sep 2024, recorded 1 Oct 2024 by ana.`
 */
export function sentenceOf(row: ComplianceRowView): string {
  const parts: string[] = [];
  const label = COMPLIANCE_OUTCOME_LABELS[row.outcome];
  const head =
    row.outcome === 'MET_LATE'
      ? `${label} by ${row.daysLate} day${row.daysLate === 1 ? '' : 's'}`
      : row.outcome === 'OVERDUE' && row.daysLate !== null
        ? `${label} by ${row.daysLate} day${row.daysLate === 1 ? '' : 's'}`
        : label;
  if (row.metOn && row.metBy) parts.push(`met on ${formatDay(row.metOn)} (${MET_EVIDENCE_LABELS[row.metBy]})`);
  for (const document of row.documents) {
    const bits = [document.symbol];
    if (document.issuedOn) bits.push(`issued ${formatDay(document.issuedOn)}`);
    if (document.acknowledgedBy?.resolutionSymbol) {
      bits.push(
        `acknowledged by ${document.acknowledgedBy.resolutionSymbol}${document.acknowledgedBy.paragraph ? ` para. ${document.acknowledgedBy.paragraph}` : ''}${document.acknowledgedBy.adoptedOn ? ` (adopted ${formatDay(document.acknowledgedBy.adoptedOn)})` : ''}`,
      );
    }
    if (document.linkedAt)
      bits.push(`recorded ${formatDay(document.linkedAt.slice(0, 10))}${document.linkedBy ? ` by ${document.linkedBy}` : ''}`);
    parts.push(bits.join(', '));
  }
  if (row.statusEvidence?.recordedAt) {
    parts.push(
      `status ${valueInWords('status', row.statusEvidence.status)} set ${formatDay(row.statusEvidence.recordedAt.slice(0, 10))} by ${row.statusEvidence.recordedBy ?? 'unknown'}`,
    );
  }
  if (row.outcome === 'CANCELLED' && row.statusReason) parts.push(`reason: ${row.statusReason}`);
  if (row.dueOn && (row.outcome === 'OVERDUE' || row.outcome === 'NOT_YET_DUE')) parts.push(`due ${formatDay(row.dueOn)}`);
  return parts.length > 0 ? `${head}: ${parts.join('; ')}.` : `${head}.`;
}
