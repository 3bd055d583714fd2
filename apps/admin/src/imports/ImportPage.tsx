import { Alert, Box, Button, Card, CardContent, Stack, TextField, Typography } from '@mui/material';
import { useState, type DragEvent } from 'react';
import { Title } from 'react-admin';
import { callApi } from '../providers/httpClient';
import { PreviewCard } from './PreviewCard';
import type { ImportFilePreviewView } from '@mandate-tracker/contracts';

interface Failure {
  name: string;
  message: string;
}

const ACCEPTED = '.txt,.md,.markdown,.html,.htm,.docx,.pdf';

/** Drop files or paste text; each is previewed for review before anything is saved. */
export const ImportPage = () => {
  const [previews, setPreviews] = useState<ImportFilePreviewView[]>([]);
  const [failures, setFailures] = useState<Failure[]>([]);
  const [pasted, setPasted] = useState('');
  const [busy, setBusy] = useState(false);

  const preview = async (name: string, body: FormData | string) => {
    try {
      const result = await callApi<ImportFilePreviewView>('/imports', {
        method: 'POST',
        body: typeof body === 'string' ? JSON.stringify({ text: body }) : body,
      });
      setPreviews((current) => [{ ...result, filename: name }, ...current.filter((p) => p.resolution.symbol !== result.resolution.symbol)]);
    } catch (error) {
      setFailures((current) => [...current, { name, message: (error as { body?: { message?: string } }).body?.message ?? String(error) }]);
    }
  };

  const previewFiles = async (files: FileList | null) => {
    if (!files) return;
    setBusy(true);
    setFailures([]);
    for (const file of Array.from(files)) {
      const form = new FormData();
      form.append('file', file, file.name);
      await preview(file.name, form);
    }
    setBusy(false);
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    void previewFiles(event.dataTransfer.files);
  };

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="Import resolutions" />
      <Card sx={{ mb: 2 }}>
        <CardContent>
          <Box
            onDragOver={(event) => event.preventDefault()}
            onDrop={onDrop}
            sx={{ border: 2, borderStyle: 'dashed', borderColor: 'divider', p: 3, textAlign: 'center', mb: 2 }}
          >
            <Typography gutterBottom>Drop resolution files here (PDF, Word .docx, Markdown, HTML or text), or</Typography>
            <Button variant="outlined" component="label" disabled={busy}>
              Choose files
              <input
                hidden
                type="file"
                multiple
                accept={ACCEPTED}
                aria-label="Resolution files"
                onChange={(event) => void previewFiles(event.target.files)}
              />
            </Button>
          </Box>
          <TextField
            label="Or paste the text of a resolution"
            multiline
            // A fixed height that scrolls inside: a pasted resolution runs to pages and would push the preview away.
            rows={8}
            fullWidth
            value={pasted}
            onChange={(event) => setPasted(event.target.value)}
          />
          <Stack direction="row" sx={{ mt: 1 }}>
            <Button variant="contained" disabled={busy || !pasted.trim()} onClick={() => void preview('pasted text', pasted)}>
              Preview
            </Button>
          </Stack>
        </CardContent>
      </Card>
      {failures.map((failure) => (
        <Alert key={failure.name} severity="error" sx={{ mb: 1 }}>
          {failure.name}: {failure.message}
        </Alert>
      ))}
      {previews.map((item) => (
        <PreviewCard key={`${item.resolution.symbol}-${item.text.length}`} preview={item} onSaved={() => undefined} />
      ))}
    </Box>
  );
};
