import { changesOf, changesSentence, valueInWords, type AuditEventView, type ObligationHistoryEntry } from '@mandate-tracker/contracts';

/** What the history needs besides the events: the names behind the ids the trail stores. */
export interface HistoryContext {
  documentSymbols: Map<number, string>;
  resolutionSymbol: string;
  /** The moments (transaction start) at which the obligation's resolution was imported or re-imported. */
  importedAt: Map<string, 'imported' | 're-imported'>;
}

const record = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};

function linkSummary(event: AuditEventView, context: HistoryContext): string {
  const link = record(event.after ?? event.before);
  const symbol = context.documentSymbols.get(Number(link['documentId'])) ?? 'a document since deleted';
  const relation = (valueInWords('relation', link['relation']) ?? 'related').toLowerCase();
  if (event.action === 'CREATE') {
    const how = link['origin'] === 'AUTOMATIC' ? 'linked automatically' : 'linked';
    return `Document ${symbol} ${how} (${relation})`;
  }
  if (event.action === 'DELETE') return `Document ${symbol} unlinked`;
  const review = record(event.after)['reviewState'];
  if (review === 'CONFIRMED') return `Link to document ${symbol} confirmed`;
  if (review === 'REJECTED') return `Link to document ${symbol} rejected`;
  return `Link to document ${symbol}: ${changesSentence(changesOf('ObligationDocument', 'UPDATE', event.before, event.after))}`;
}

function obligationSummary(event: AuditEventView, changes: ObligationHistoryEntry['changes'], context: HistoryContext): string {
  const byImport = context.importedAt.get(event.occurredAt);
  const paragraph = record(event.after ?? event.before)['paragraphRef'];
  const where = `${context.resolutionSymbol}${typeof paragraph === 'string' ? `, para. ${paragraph}` : ''}`;
  if (event.action === 'CREATE') return byImport ? `Imported from ${where}` : 'Created';
  if (event.action === 'DELETE') return byImport ? `Removed by a re-import of ${context.resolutionSymbol}` : 'Deleted';
  const sentence = changesSentence(changes) || 'No visible change';
  return byImport ? `Re-import of ${context.resolutionSymbol} changed ${sentence}` : sentence;
}

/** One event of the obligation, its links, notes or resolution, told as people say it. */
export function historyEntryOf(event: AuditEventView, context: HistoryContext): ObligationHistoryEntry {
  switch (event.entityType) {
    case 'ObligationDocument':
      return { ...event, summary: linkSummary(event, context), changes: [] };
    case 'ObligationNote':
      return { ...event, summary: `Note added: ${String(record(event.after)['text'] ?? '')}`, changes: [] };
    case 'Resolution': {
      const how = context.importedAt.get(event.occurredAt) ?? 'changed';
      return { ...event, summary: `Resolution ${context.resolutionSymbol} ${how}`, changes: [] };
    }
    default: {
      const changes = event.action === 'UPDATE' ? changesOf('Obligation', 'UPDATE', event.before, event.after) : [];
      return { ...event, summary: obligationSummary(event, changes, context), changes };
    }
  }
}
