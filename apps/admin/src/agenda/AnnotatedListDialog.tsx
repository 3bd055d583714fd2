import { Alert, Box, Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { annotatedListHref, useAnnotatedList } from './useAgenda';

/** The draft annotated preliminary list of one session, read in the admin before it is downloaded and circulated. */
export const AnnotatedListDialog = ({
  body,
  session,
  open,
  onClose,
}: {
  body: string;
  session: number;
  open: boolean;
  onClose: () => void;
}) => {
  const { data, error, isPending } = useAnnotatedList(body, session, open);
  return (
    <Dialog open={open} onClose={onClose} maxWidth="md" fullWidth aria-labelledby="annotated-list-title">
      <DialogTitle id="annotated-list-title">{data?.title ?? `Annotated preliminary list, session ${session}`}</DialogTitle>
      <DialogContent dividers>
        {isPending && <CircularProgress size={24} />}
        {error && <Alert severity="error">{error.message}</Alert>}
        {data && data.sections.length === 0 && <Typography>No item has been scheduled for this session yet.</Typography>}
        {data?.sections.map((section) => (
          <Box component="section" key={section.heading} sx={{ mb: 3 }}>
            <Typography variant="h6" component="h2">
              {section.heading}
            </Typography>
            {section.items.map((item) => (
              <Box key={item.number} sx={{ mt: 2 }}>
                <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
                  {item.number}. {item.title}
                  {item.forecast && ' (expected, not yet mandated)'}
                </Typography>
                {item.subItems.map((sub, i) => (
                  <Typography key={sub} variant="body2">
                    ({String.fromCharCode(97 + i)}) {sub}
                  </Typography>
                ))}
                <Typography variant="body2" sx={{ mb: 1 }}>
                  {item.history}
                </Typography>
                {item.mandate && (
                  <Typography variant="body2" sx={{ mb: 1 }}>
                    {item.mandate}
                  </Typography>
                )}
                {item.documentation.length > 0 && (
                  <>
                    <Typography variant="body2" sx={{ fontWeight: 600 }}>
                      Documentation
                    </Typography>
                    <ul>
                      {item.documentation.map((doc) => (
                        <li key={doc}>
                          <Typography variant="body2">{doc}</Typography>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </Box>
            ))}
          </Box>
        ))}
      </DialogContent>
      <DialogActions>
        <Button href={annotatedListHref(body, session, 'md')} download>
          Download Markdown
        </Button>
        <Button href={annotatedListHref(body, session, 'docx')} download variant="contained">
          Download Word
        </Button>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
};
