import { randomUUID } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import type { ExportFormat, ExportManifest, ExportSubject } from '@mandate-tracker/contracts';
import { AuditService } from '../audit/audit.service';
import { PrismaService } from '../prisma/prisma.service';
import type { ExportQueryDto } from './dto/export-query.dto';
import { ExportDatabase } from './export-database.service';
import { ExportSources } from './export-sources';
import type { ExportWriter } from './export-table';
import { writeCsv } from './writers/csv.writer';
import { writePdf } from './writers/pdf.writer';
import { writeXlsx } from './writers/xlsx.writer';

const WRITERS: Record<ExportFormat, ExportWriter> = { csv: writeCsv, xlsx: writeXlsx, pdf: writePdf };

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

export interface StartedExport {
  exportId: string;
  fileName: string;
  contentType: string;
  stream: PassThrough;
  /** Settles once the file is written and its manifest recorded. */
  done: Promise<ExportManifest>;
}

/**
 * Streams an export and, once it is complete, records it in the audit trail with its manifest: who took which data
 * when, and the hash that proves the file is the one taken. A failure after the first byte ends the download (the
 * client sees a broken file) and records nothing.
 */
@Injectable()
export class ExportsService {
  private readonly logger = new Logger(ExportsService.name);

  constructor(
    private readonly sources: ExportSources,
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly database: ExportDatabase,
  ) {}

  /** Validates the request and prepares the data first, so a bad filter is a 400 before any byte is sent. */
  async start(what: ExportSubject, format: ExportFormat, query: ExportQueryDto, actor: string): Promise<StartedExport> {
    const snapshot = await this.database.snapshot();
    let prepared: Awaited<ReturnType<ExportSources['prepare']>>;
    try {
      prepared = await this.sources.prepare(what, query, snapshot);
    } catch (error) {
      await snapshot.close();
      throw error;
    }
    const exportId = randomUUID();
    const generatedAt = new Date().toISOString();
    const draft = {
      exportId,
      what,
      format,
      scope: prepared.source.scope,
      filter: prepared.filter,
      asOf: prepared.asOf,
      generatedAt,
      generatedBy: actor,
    };
    const stream = new PassThrough();
    const written = WRITERS[format](prepared.source, draft, stream).then(
      async (tables) => {
        await snapshot.close();
        return tables;
      },
      async (error: unknown) => {
        await snapshot.close(error ?? new Error('export failed'));
        throw error;
      },
    );
    // The record of the export is written once its snapshot is closed: the trail is not part of what was read.
    const done = written.then(async (tables) => {
      const manifest: ExportManifest = { ...draft, tables };
      const rows = tables.reduce((sum, t) => sum + t.rows, 0);
      await this.prisma.transaction((tx) =>
        this.audit.record(tx, {
          actor,
          action: 'CREATE',
          entityType: 'Export',
          entityId: exportId,
          after: { what, format, scope: manifest.scope, rows, sha256: tables[0]?.sha256 ?? null, manifest },
        }),
      );
      return manifest;
    });
    done.catch((error: unknown) => {
      this.logger.error(`export ${exportId} (${what}.${format}) failed: ${String(error)}`);
      stream.destroy(error instanceof Error ? error : new Error(String(error)));
    });
    const day = generatedAt.slice(0, 10);
    const fileName = `${what}${prepared.asOf ? `-as-of-${prepared.asOf}` : ''}-${day}.${format}`;
    return { exportId, fileName, contentType: CONTENT_TYPES[format], stream, done };
  }
}
