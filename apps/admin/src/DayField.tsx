import { FunctionField, type RaRecord } from 'react-admin';
import { formatDay } from './dates';

/** A calendar day as the admin writes every day, "7 Sep 2027"; days carry no time zone, so none is applied. */
export const DayField = ({
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
      return value ? formatDay(value) : emptyText;
    }}
  />
);
