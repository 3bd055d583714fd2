import DownloadIcon from '@mui/icons-material/GetApp';
import { Button, Menu, MenuItem } from '@mui/material';
import { EXPORT_FORMAT_LABELS, EXPORT_FORMATS, type ExportFormat, type ExportSubject } from '@mandate-tracker/contracts';
import { useState } from 'react';
import { useListContext, useNotify } from 'react-admin';
import { downloadExport, type ExportQuery } from './downloadExport';

/**
 * Export for a list: the API writes the file with the list's filter and sort (every row, not a page) as CSV, an
 * Excel workbook or a PDF summary, each with its manifest.
 */
export const ServerExportButton = ({ what, label = 'Export', query }: { what: ExportSubject; label?: string; query?: ExportQuery }) => {
  const list = useListContext();
  const notify = useNotify();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [busy, setBusy] = useState(false);
  const download = async (format: ExportFormat) => {
    setAnchor(null);
    setBusy(true);
    try {
      await downloadExport(what, format, query ?? { filter: list.filterValues, sort: list.sort as ExportQuery['sort'] });
    } catch (error) {
      notify(error instanceof Error ? error.message : 'The export failed', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button
        size="small"
        startIcon={<DownloadIcon />}
        onClick={(event) => setAnchor(event.currentTarget)}
        disabled={busy}
        aria-haspopup="menu"
      >
        {busy ? 'Exporting…' : label}
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {EXPORT_FORMATS.map((format) => (
          <MenuItem key={format} onClick={() => void download(format)}>
            {EXPORT_FORMAT_LABELS[format]}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
};
