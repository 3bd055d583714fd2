import type { ExistingComparison, ImportedResolutionFields } from '@mandate-tracker/contracts';
import { analyseResolution, BODY_NAMES, type ResolutionAnalysis } from '@mandate-tracker/resolution-parser';
import { checksumOf } from '../common/checksum';
import { AppError } from '../common/errors/app-error';
import { ErrorCode } from '../common/errors/error-code';
import { toIsoDate } from '../common/iso-date';
import type { Obligation, Resolution } from '../prisma/filter-only-columns';

/** The resolution's own fields as they will be stored (and as the preview shows them). */
export type ResolutionFields = ImportedResolutionFields;

export interface ImportPreview {
  text: string;
  resolution: ResolutionFields;
  analysis: ResolutionAnalysis;
  existing: ExistingComparison | null;
}

/**
 * Parses the text and refuses what is not a resolution, naming what is missing. Security Council
 * resolutions carry no title of their own; they are stored under "Security Council resolution 2720 (2023)".
 */
export function analyse(text: string): { analysis: ResolutionAnalysis; resolution: ResolutionFields } {
  const analysis = analyseResolution(text);
  const { symbol, body } = analysis;
  if (!symbol || !body) {
    const missing = [!symbol && 'no symbol (such as A/RES/78/70, or "78/70." before the title)', !body && 'no adopting body'].filter(
      Boolean,
    );
    throw new AppError(ErrorCode.NOT_A_RESOLUTION, `This text does not read as a resolution: it has ${missing.join(' and ')}`, {
      warnings: analysis.warnings,
    });
  }
  const number = analysis.number ?? symbol.split('/').pop() ?? symbol;
  // Cited as people cite it ("Security Council resolution 2720 (2023)"); the parser has already warned NO_TITLE.
  const title = analysis.title ?? `${BODY_NAMES[body]} resolution ${symbol.replace(/^.*\/RES\//, '')}`;
  return {
    analysis,
    resolution: {
      symbol,
      body,
      sessionNumber: analysis.session,
      resolutionNumber: number,
      title,
      adoptedOn: analysis.adoptedOn,
      meeting: analysis.meeting,
      committeeReport: analysis.committeeReport,
      mainCommittee: analysis.mainCommittee,
      agendaItemNumber: analysis.agendaItem ?? (analysis.agendaItemNumber === null ? null : String(analysis.agendaItemNumber)),
      hasReviewClause: analysis.hasReviewClause,
      reviewClauses: analysis.reviewClauses,
      sourceFormat: analysis.format,
      checksum: checksumOf(text),
    },
  };
}

/** Confirmed, corrected or worked-on obligations belong to people: a re-import never overwrites them. */
export function isHumanWork(obligation: Pick<Obligation, 'reviewState' | 'status' | 'version' | 'eId'>): boolean {
  return obligation.eId === null || obligation.reviewState !== 'NEEDS_REVIEW' || obligation.status !== 'PENDING' || obligation.version > 1;
}

const COMPARED_FIELDS = ['title', 'sessionNumber', 'adoptedOn', 'meeting', 'committeeReport', 'mainCommittee', 'agendaItemNumber'] as const;

/** What a re-import of the same symbol would change. */
export function compareWithExisting(
  preview: { resolution: ResolutionFields; analysis: ResolutionAnalysis },
  existing: Resolution,
  obligations: Obligation[],
): ExistingComparison {
  if (existing.checksum === preview.resolution.checksum) {
    return {
      id: existing.id,
      outcome: 'unchanged',
      changedFields: [],
      obligations: { added: [], removed: [], updated: [], keptReviewed: [] },
    };
  }
  const stored = { ...existing, adoptedOn: toIsoDate(existing.adoptedOn) };
  const changedFields = COMPARED_FIELDS.filter((field) => stored[field] !== preview.resolution[field]).map((field) => ({
    field,
    before: stored[field],
    after: preview.resolution[field],
  }));
  const byEId = new Map(obligations.filter((o) => o.eId !== null).map((o) => [o.eId as string, o]));
  const extracted = new Set(preview.analysis.obligations.map((o) => o.eId));
  const result: ExistingComparison['obligations'] = { added: [], removed: [], updated: [], keptReviewed: [] };
  for (const obligation of preview.analysis.obligations) {
    const current = byEId.get(obligation.eId);
    if (!current) result.added.push(obligation.eId);
    else if (isHumanWork(current)) result.keptReviewed.push(obligation.eId);
    else if (current.quote !== obligation.quote || current.kind !== obligation.kind || current.dueSession !== obligation.dueSession)
      result.updated.push(obligation.eId);
  }
  for (const [eId, current] of byEId) {
    if (!extracted.has(eId)) (isHumanWork(current) ? result.keptReviewed : result.removed).push(eId);
  }
  return { id: existing.id, outcome: 'changed', changedFields, obligations: result };
}
