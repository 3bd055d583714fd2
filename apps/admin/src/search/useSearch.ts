import { useQuery } from '@tanstack/react-query';
import { callApi } from '../providers/httpClient';
import type { SearchHit } from '@mandate-tracker/contracts';

export const SEARCH_LIMIT = 50;

/** Hits for the words typed; nothing is asked for an empty box. */
export const useSearch = (q: string) =>
  useQuery({
    queryKey: ['search', q],
    queryFn: () => callApi<SearchHit[]>(`/search?${new URLSearchParams({ q, limit: String(SEARCH_LIMIT) }).toString()}`),
    enabled: q.trim().length > 0,
  });
