import { Injectable } from '@nestjs/common';
import {
  AUDIT_VALUE_LABELS,
  COMPLIANCE_GROUPINGS,
  COMPLIANCE_GROUPING_LABELS,
  COMPLIANCE_OUTCOME_LABELS,
  COMPLIANCE_OUTCOMES,
  type ComplianceRowView,
  type ExportSubject,
} from '@mandate-tracker/contracts';
import { AuditLogService } from '../audit/audit-log.service';
import { AuditLogFilterDto } from '../audit/dto/audit-log-filter.dto';
import { parseAsOf } from '../compliance/as-of-date';
import { figuresOf } from '../compliance/compliance-figures';
import { COMPLIANCE_SORTABLE, ComplianceService } from '../compliance/compliance.service';
import { ComplianceFilterDto } from '../compliance/dto/compliance-filter.dto';
import { AppError } from '../common/errors/app-error';
import { parseListQuery, type ListOptions } from '../common/list/parse-list-query';
import { DOCUMENT_SORTABLE } from '../documents/documents.service';
import { DocumentFilterDto } from '../documents/dto/document-filter.dto';
import { ObligationFilterDto } from '../obligations/dto/obligation-filter.dto';
import { OBLIGATION_SORTABLE } from '../obligations/obligations.service';
import { SessionFilterDto } from '../sessions/dto/session-filter.dto';
import { SESSION_SORTABLE } from '../sessions/sessions.service';
import type { ExportQueryDto } from './dto/export-query.dto';
import { ExportRowsRepository } from './export-rows.repository';
import type { ExportSnapshot } from './export-database.service';
import type { ExportSource, ExportSummary, ExportTable } from './export-table';
import { AUDIT_COLUMNS } from './sources/audit-columns';
import { COMPLIANCE_COLUMNS, FIGURE_COLUMNS, type FigureRow } from './sources/compliance-columns';
import { DOCUMENT_COLUMNS } from './sources/document-columns';
import { OBLIGATION_COLUMNS } from './sources/obligation-columns';
import { SESSION_COLUMNS } from './sources/session-columns';

const BATCH = 2000;

async function* inBatches<T>(rows: readonly T[]): AsyncGenerator<T[]> {
  for (let i = 0; i < rows.length; i += BATCH) yield rows.slice(i, i + BATCH);
}

const table = <R>(t: ExportTable<R>): ExportTable<never> => t as unknown as ExportTable<never>;

/** The filter in words: `session: 78, 79; actor: Secretary-General`, or everything. */
export function scopeOf(filter: object): string {
  const parts = Object.entries(filter)
    .filter(([, value]) => value !== undefined && value !== null)
    .map(
      ([key, value]) =>
        `${key}: ${(Array.isArray(value) ? value : [value]).map((v) => AUDIT_VALUE_LABELS[String(v)] ?? String(v)).join(', ')}`,
    );
  return parts.length > 0 ? parts.join('; ') : 'everything';
}

export interface PreparedSource {
  source: ExportSource;
  filter: Record<string, unknown>;
  asOf: string | null;
}

/** Reads an export's query as its list does and names the tables to write. */
@Injectable()
export class ExportSources {
  constructor(
    private readonly rows: ExportRowsRepository,
    private readonly compliance: ComplianceService,
    private readonly auditLog: AuditLogService,
  ) {}

  /** `snapshot`: the transaction every read of the export goes through, so the file is one instant's data. */
  async prepare(what: ExportSubject, query: ExportQueryDto, snapshot: ExportSnapshot): Promise<PreparedSource> {
    if (what !== 'compliance' && query.asOf !== undefined)
      throw AppError.validation({ asOf: 'asOf applies to the compliance export only' });
    const read = <F extends object, S extends string>(options: ListOptions<F, S>) =>
      parseListQuery({ filter: query.filter, sort: query.sort }, options);
    switch (what) {
      case 'obligations': {
        const request = read({
          filterType: ObligationFilterDto,
          sortable: OBLIGATION_SORTABLE,
          defaultSort: { field: 'dueSession', direction: 'asc' },
        });
        const batches = await this.rows.obligationBatches(request.filter, request.sort, snapshot);
        return this.plain('Obligations', request.filter, table({ name: 'Obligations', columns: OBLIGATION_COLUMNS, batches }));
      }
      case 'documents': {
        const request = read({
          filterType: DocumentFilterDto,
          sortable: DOCUMENT_SORTABLE,
          defaultSort: { field: 'symbol', direction: 'asc' },
        });
        return this.plain(
          'Documents',
          request.filter,
          table({
            name: 'Documents',
            columns: DOCUMENT_COLUMNS,
            batches: this.rows.documentBatches(request.filter, request.sort, snapshot),
          }),
        );
      }
      case 'sessions': {
        const request = read({
          filterType: SessionFilterDto,
          sortable: SESSION_SORTABLE,
          defaultSort: { field: 'number', direction: 'desc' },
        });
        const batches = await this.rows.sessionBatches(request.filter, request.sort, snapshot);
        return this.plain('Sessions', request.filter, table({ name: 'Sessions', columns: SESSION_COLUMNS, batches }));
      }
      case 'audit': {
        const request = read({ filterType: AuditLogFilterDto, sortable: ['id'] as const, defaultSort: { field: 'id', direction: 'asc' } });
        // Every batch reads in the snapshot, as the other exports do: events committed during the download stay out.
        const batches = () => this.auditLog.stream(request.filter, (read) => snapshot.prismaRead(read));
        return this.plain('Audit log', request.filter, table({ name: 'Audit log', columns: AUDIT_COLUMNS, batches }));
      }
      case 'compliance': {
        const asOf = parseAsOf(query.asOf);
        const request = read({
          filterType: ComplianceFilterDto,
          sortable: COMPLIANCE_SORTABLE,
          defaultSort: { field: 'resolutionSymbol', direction: 'asc' },
        });
        const report = await this.compliance.report(asOf, request.filter, (read) => snapshot.prismaRead(read));
        const rows = this.compliance.sort(report, request.sort);
        return { source: complianceSource(asOf, request.filter, rows), filter: { ...request.filter }, asOf };
      }
    }
  }

  private plain(title: string, filter: object, only: ExportTable<never>): PreparedSource {
    return { source: { title, scope: scopeOf(filter), tables: [only] }, filter: { ...filter }, asOf: null };
  }
}

function complianceSource(asOf: string, filter: ComplianceFilterDto, rows: ComplianceRowView[]): ExportSource {
  const figures = figuresOf(asOf, rows);
  const figureRows: FigureRow[] = [
    { ...figures.totals, grouping: 'All' },
    ...COMPLIANCE_GROUPINGS.flatMap((grouping) =>
      figures.by[grouping].map((f) => ({ ...f, grouping: COMPLIANCE_GROUPING_LABELS[grouping] })),
    ),
  ];
  const rate = figures.totals.onTimeRate;
  const summary = async (): Promise<ExportSummary> => ({
    lines: [
      `Obligations in scope: ${figures.totals.total}`,
      `On-time rate: ${rate === null ? 'none was due' : `${Math.round(rate * 1000) / 10}%`} (met on time over all that were due)`,
      `Overdue: ${figures.totals.overdue}; met late: ${figures.totals.metLate}; average delay: ${figures.totals.averageDelayDays ?? 0} days`,
      COMPLIANCE_OUTCOMES.map((o) => `${COMPLIANCE_OUTCOME_LABELS[o]}: ${figures.byOutcome[o]}`).join('; '),
    ],
    chart: {
      title: 'Outcomes by session of adoption',
      categories: figures.by.session.map((f) => f.label.replace(' session', '')),
      series: [
        { name: 'Met on time', values: figures.by.session.map((f) => f.metOnTime), color: '#2e7d32' },
        { name: 'Met late', values: figures.by.session.map((f) => f.metLate), color: '#ed6c02' },
        { name: 'Overdue', values: figures.by.session.map((f) => f.overdue), color: '#c62828' },
      ],
    },
  });
  return {
    title: `Compliance as of ${asOf}`,
    scope: scopeOf(filter),
    summary,
    tables: [
      table({ name: 'Compliance', columns: COMPLIANCE_COLUMNS, batches: () => inBatches(rows) }),
      table({ name: 'Figures', columns: FIGURE_COLUMNS, batches: () => inBatches(figureRows) }),
    ],
  };
}
