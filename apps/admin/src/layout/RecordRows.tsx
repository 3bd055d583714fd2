import { useMediaQuery, type Theme } from '@mui/material';
import type { KeyboardEvent, ReactElement } from 'react';
import { Datagrid, DatagridBody, DatagridRow, type DatagridProps } from 'react-admin';

/** Under 600 px (MUI's `sm`) a table does not fit: lists show one compact item per record instead. */
export const useCompactLayout = (): boolean => useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));

/** Enter on a focused row does what a click does (opens the record); Enter on a control inside it is the control's. */
const openOnEnter = (event: KeyboardEvent<HTMLTableRowElement>) => {
  if (event.key === 'Enter' && event.target === event.currentTarget) event.currentTarget.click();
};

// On the table, not the row: the body gives each row its own sx (rowSx), which would replace the row's.
const FOCUS_RING = { '& .RaDatagrid-row:focus-visible': { outline: '2px solid', outlineColor: 'primary.main', outlineOffset: '-2px' } };

// react-admin's rows open on click only; these are in the tab order too, so a keyboard user can open a record.
const keyboardBody = <DatagridBody row={<DatagridRow tabIndex={0} onKeyDown={openOnEnter} />} />;

interface RecordRowsProps extends DatagridProps {
  /** What the list shows on a small screen: a SimpleList with the same rowClick, as a rule. */
  compact: ReactElement;
}

/** A list's records: a table whose rows open with the keyboard, or the compact layout on a small screen. */
export const RecordRows = ({ compact, ...datagrid }: RecordRowsProps) => {
  const small = useCompactLayout();
  if (small) return compact;
  if (!datagrid.rowClick) return <Datagrid {...datagrid} />;
  return <Datagrid body={keyboardBody} sx={FOCUS_RING} {...datagrid} />;
};
