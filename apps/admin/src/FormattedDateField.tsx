import { FunctionField, type RaRecord } from 'react-admin';
import { formatDay } from './dates';

/**
 * A day or an instant written the admin's one way: a day by formatDay ("7 Sep 2027", no time zone applied, days
 * carry none), an instant by formatMoment ("29 Nov 2026, 06:35", in the reader's zone).
 */
export const FormattedDateField = ({
  source,
  formatter = formatDay,
  emptyText = '—',
  ...rest
}: {
  source: string;
  formatter?: (value: string) => string;
  emptyText?: string;
  sortable?: boolean;
  label?: string;
}) => (
  <FunctionField
    source={source}
    {...rest}
    render={(record: RaRecord) => {
      const value = record[source] as string | null | undefined;
      return value ? formatter(value) : emptyText;
    }}
  />
);
