import { useQuery } from '@tanstack/react-query';
import type { AgendaView, AnnotatedListView } from '@mandate-tracker/contracts';
import { callApi } from '../providers/httpClient';
import type { AgendaChoice } from './nextSession';

export const useAgenda = (choice: AgendaChoice) =>
  useQuery({
    queryKey: ['agenda', choice.body, choice.from, choice.to],
    queryFn: () =>
      callApi<AgendaView>(
        `/agenda?${new URLSearchParams({ body: choice.body, sessionFrom: String(choice.from), sessionTo: String(choice.to) }).toString()}`,
      ),
  });

export const useAnnotatedList = (body: string, session: number, enabled: boolean) =>
  useQuery({
    queryKey: ['annotated-list', body, session],
    queryFn: () =>
      callApi<AnnotatedListView>(`/agenda/annotated-list?${new URLSearchParams({ body, session: String(session) }).toString()}`),
    enabled,
  });

/** Plain links: the browser downloads the file the API names (Content-Disposition). */
export const annotatedListHref = (body: string, session: number, extension: 'docx' | 'md'): string =>
  `/api/agenda/annotated-list.${extension}?${new URLSearchParams({ body, session: String(session) }).toString()}`;
