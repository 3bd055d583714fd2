import type { CommitOutcome, ImportPreviewView } from '@mandate-tracker/contracts';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { DocumentsService } from '../documents/documents.service';
import { FollowUpService } from '../follow-up/follow-up.service';
import { PrismaService } from '../prisma/prisma.service';
import type { ObligationDecisionDto } from './dto/commit-import.dto';
import { analyse, compareWithExisting } from './import-preview';
import { lockSymbol, writeResolution } from './import-writer';
import { checkDecisionsNameObligations } from './obligation-corrections';

@Injectable()
export class ImportsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly followUp: FollowUpService,
    private readonly documents: DocumentsService,
  ) {}

  async databaseIsEmpty(): Promise<boolean> {
    return (await this.prisma.resolution.count()) === 0;
  }

  /** What importing the text would store, and what it would change; writes nothing. */
  async preview(text: string): Promise<ImportPreviewView> {
    const { analysis, resolution } = analyse(text);
    const existing = await this.prisma.resolution.findUnique({ where: { symbol: resolution.symbol }, include: { obligations: true } });
    return {
      text,
      resolution,
      paragraphs: analysis.paragraphs,
      obligations: analysis.obligations,
      recalls: analysis.recalls,
      acknowledgedReports: analysis.acknowledgedReports,
      warnings: analysis.warnings,
      existing: existing ? compareWithExisting({ analysis, resolution }, existing, existing.obligations) : null,
    };
  }

  /**
   * Stores the resolution in one transaction with its follow-up links. The
   * same text again changes nothing; a new version keeps reviewed obligations.
   */
  async commit(text: string, decisions: ObligationDecisionDto[], actor: string): Promise<CommitOutcome> {
    const { analysis, resolution } = analyse(text);
    checkDecisionsNameObligations(decisions, analysis.obligations);
    const existing = await this.prisma.resolution.findUnique({
      where: { symbol: resolution.symbol },
      select: { id: true, checksum: true },
    });
    if (existing?.checksum === resolution.checksum) return { outcome: 'unchanged', resolutionId: existing.id, symbol: resolution.symbol };
    return this.prisma.transaction(
      async (tx) => {
        // Two imports of the same resolution at once (two bulk runs, say) take turns: the second finds the first's
        // rows instead of failing on the symbol's unique index, and reports the text unchanged when it is.
        await lockSymbol(tx, resolution.symbol);
        const current = await tx.resolution.findUnique({ where: { symbol: resolution.symbol }, select: { id: true, checksum: true } });
        if (current?.checksum === resolution.checksum) {
          return { outcome: 'unchanged', resolutionId: current.id, symbol: resolution.symbol } as const;
        }
        const written = await writeResolution(tx, { audit: this.audit, documents: this.documents }, actor, {
          text,
          fields: resolution,
          analysis,
          decisions,
        });
        const linksMade = await this.followUp.linkAround(tx, written.resolutionId, actor);
        return {
          outcome: written.created ? 'created' : 'updated',
          symbol: resolution.symbol,
          links: linksMade.length,
          linksMade,
          ...written,
        } as const;
      },
      { timeout: 30_000 },
    );
  }
}
