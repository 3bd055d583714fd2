import { Alert, Box, Button, LinearProgress, Stack } from '@mui/material';
import { EXPORT_FORMAT_LABELS, EXPORT_FORMATS, type ExportFormat } from '@mandate-tracker/contracts';
import { useState } from 'react';
import { Title, useNotify } from 'react-admin';
import { downloadExport } from '../exports/downloadExport';
import { ComplianceFigures } from './ComplianceFigures';
import { ComplianceScope, filterOf, type ScopeForm } from './ComplianceScope';
import { ComplianceTable } from './ComplianceTable';
import { useCompliance } from './useCompliance';

const today = () => new Date().toISOString().slice(0, 10);

/** Compliance as of a date: pick the day and the scope, read the figures, take the workbook. */
export const CompliancePage = () => {
  const [form, setForm] = useState<ScopeForm>({ asOf: today(), sessions: '', body: '', kind: '', actor: '', office: '', outcome: '' });
  const filter = filterOf(form);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(form.asOf);
  const state = useCompliance(valid ? form.asOf : today(), filter);
  const notify = useNotify();
  const download = (format: ExportFormat) =>
    downloadExport('compliance', format, {
      asOf: form.asOf,
      filter: filter as Record<string, unknown>,
      sort: { field: 'resolutionSymbol', order: 'ASC' },
    }).catch((error: Error) => notify(error.message, { type: 'error' }));
  return (
    <Box sx={{ p: 2 }}>
      <Title title="Compliance" />
      <ComplianceScope form={form} onChange={setForm} />
      <Stack direction="row" spacing={1} sx={{ mb: 2 }}>
        {EXPORT_FORMATS.map((format) => (
          <Button key={format} variant={format === 'xlsx' ? 'contained' : 'outlined'} onClick={() => void download(format)}>
            {`Download ${EXPORT_FORMAT_LABELS[format]}`}
          </Button>
        ))}
      </Stack>
      {state.loading && <LinearProgress aria-label="Loading compliance" />}
      {state.error && <Alert severity="error">{state.error}</Alert>}
      {state.figures && <ComplianceFigures figures={state.figures} />}
      {state.figures && <ComplianceTable rows={state.rows} total={state.total} />}
    </Box>
  );
};
