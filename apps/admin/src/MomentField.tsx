import { FunctionField, type RaRecord } from 'react-admin';
import { formatMoment } from './dates';

/** An instant as the admin writes every moment, "29 Nov 2026, 06:35", in the reader's time zone. */
export const MomentField = ({
  source,
  emptyText = '—',
  ...rest
}: {
  source: string;
  emptyText?: string;
  sortable?: boolean;
  label?: string;
}) => (
  <FunctionField
    source={source}
    {...rest}
    render={(record: RaRecord) => {
      const value = record[source] as string | null | undefined;
      return value ? formatMoment(value) : emptyText;
    }}
  />
);
