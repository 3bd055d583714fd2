import { Injectable } from '@nestjs/common';
import type { SearchHit } from '@mandate-tracker/contracts';
import { SearchRepository, type HitRow } from './search.repository';

/** One search box over resolutions, paragraphs and obligations; the ranking is the repository's one statement. */
@Injectable()
export class SearchService {
  constructor(private readonly repository: SearchRepository) {}

  async search(q: string, limit: number): Promise<SearchHit[]> {
    return (await this.repository.hits(q, limit)).map(toSearchHit);
  }
}
function toSearchHit(row: HitRow): SearchHit {
  return {
    kind: row.kind,
    id: row.id,
    resolutionId: row.resolution_id,
    resolutionSymbol: row.resolution_symbol,
    label: row.label,
    obligationKind: row.obligation_kind,
    snippet: row.snippet,
    rank: row.rank,
    target:
      row.kind === 'obligation' || row.kind === 'document' || row.resolution_id === null
        ? { resource: row.kind === 'document' ? 'documents' : 'obligations', id: row.id }
        : { resource: 'resolutions', id: row.resolution_id },
  };
}
