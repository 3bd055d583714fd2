import type { ExtractedObligation } from '@mandate-tracker/resolution-parser';
import { AppError, type FieldErrors } from '../common/errors/app-error';
import type { Prisma } from '../generated/prisma/client';
import type { ReviewState } from '../generated/prisma/enums';
import type { ObligationDecisionDto } from './dto/commit-import.dto';

/** The parser's obligation as a row, with a reviewer's corrections and decision applied. */
export function obligationRow(
  extracted: ExtractedObligation,
  decision: ObligationDecisionDto | undefined,
): Omit<Prisma.ObligationUncheckedCreateInput, 'resolutionId'> {
  const { eId: _eId, reviewState, ...corrections } = decision ?? { eId: extracted.eId };
  const corrected = Object.values(corrections).some((value) => value !== undefined);
  const state: ReviewState = reviewState ?? (corrected ? 'CONFIRMED' : 'NEEDS_REVIEW');
  const merged = { ...extracted, ...definedOnly(corrections) };
  return {
    eId: extracted.eId,
    paragraphRef: merged.paragraph,
    kind: merged.kind,
    strength: merged.strength === 'mandatory' ? 'MANDATORY' : 'HORTATORY',
    actor: merged.actor,
    recipient: merged.recipient,
    dueBody: merged.dueSession === null ? merged.dueBody : (merged.dueBody ?? 'GENERAL_ASSEMBLY'),
    dueSession: merged.dueSession,
    dueDate: merged.dueDate ? new Date(`${merged.dueDate}T00:00:00Z`) : null,
    recurrence: merged.recurrence,
    agendaItemTitle: merged.agendaItemTitle,
    quote: extracted.quote,
    confidence: extracted.confidence,
    reviewState: state,
  };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * A decision must name an obligation the text yields: one naming another (a stale preview, a typing
 * mistake) would otherwise be dropped in silence, and the reviewer believe it saved.
 */
export function checkDecisionsNameObligations(decisions: ObligationDecisionDto[], extracted: readonly ExtractedObligation[]): void {
  const known = new Set(extracted.map((obligation) => obligation.eId));
  const errors: FieldErrors = {};
  decisions.forEach((decision, index) => {
    if (!known.has(decision.eId)) {
      errors[`obligations[${index}].eId`] = `this text has no obligation ${decision.eId}; preview it again to see its obligations`;
    }
  });
  if (Object.keys(errors).length > 0) throw AppError.validation(errors);
}
