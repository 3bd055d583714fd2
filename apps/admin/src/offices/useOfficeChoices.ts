import type { OfficeView } from '@mandate-tracker/contracts';
import { useGetList } from 'react-admin';

/** Every office, for pickers: the list is short (dozens), so it is read once and filtered in the browser. */
export function useOfficeChoices(): { offices: OfficeView[]; isPending: boolean } {
  const { data, isPending } = useGetList<OfficeView>('offices', {
    pagination: { page: 1, perPage: 1000 },
    sort: { field: 'label', order: 'ASC' },
  });
  return { offices: data ?? [], isPending };
}

/** "UNMAS — United Nations Mine Action Service"; the name alone when it is the label. */
export const officeText = (office: OfficeView | undefined): string =>
  office?.abbreviation ? `${office.abbreviation} — ${office.name}` : (office?.name ?? '');

/** The picker also finds an office by an alias: "Mine Action Service" finds UNMAS. */
export const officeMatches = (filter: string, office: Partial<OfficeView>): boolean => {
  const wanted = filter.trim().toLowerCase();
  // The picker's empty choice ("—") is matched too, and has no names of its own.
  const names = [office.name ?? '', office.abbreviation ?? '', ...(office.aliases ?? [])];
  return !wanted || names.some((name) => name.toLowerCase().includes(wanted));
};
