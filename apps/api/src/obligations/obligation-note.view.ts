import type { ObligationNoteView } from '@mandate-tracker/contracts';
import type { ObligationNote } from '../generated/prisma/client';

export function toObligationNoteView(note: ObligationNote): ObligationNoteView {
  return { id: note.id, obligationId: note.obligationId, author: note.author, text: note.text, createdAt: note.createdAt.toISOString() };
}
