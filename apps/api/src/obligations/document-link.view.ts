import type { DocumentLinkView } from '@mandate-tracker/contracts';
import type { ObligationDocument } from '../generated/prisma/client';

/** A link as linking, reviewing and unlinking answer it; the detail page adds the document's symbol. */
export function toDocumentLinkView(link: ObligationDocument): DocumentLinkView {
  return {
    id: link.id,
    obligationId: link.obligationId,
    documentId: link.documentId,
    relation: link.relation,
    evidenceResolutionId: link.evidenceResolutionId,
    evidenceParagraph: link.evidenceParagraph,
    evidenceNote: link.evidenceNote,
    reviewState: link.reviewState,
    origin: link.origin,
    version: link.version,
    createdAt: link.createdAt.toISOString(),
  };
}
