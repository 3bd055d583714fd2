import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import {
  Accordion,
  AccordionDetails,
  AccordionSummary,
  Box,
  Chip,
  Link,
  List,
  ListItem,
  ListItemText,
  Stack,
  Typography,
} from '@mui/material';
import { MAIN_COMMITTEE_LABELS, OBLIGATION_STATUS_LABELS, PERIODICITY_LABELS, type AgendaItemView } from '@mandate-tracker/contracts';
import { LinkBase, useCreatePath } from 'react-admin';

const ObligationLink = ({ id, children }: { id: number; children: React.ReactNode }) => {
  const createPath = useCreatePath();
  return (
    <Link component={LinkBase} to={createPath({ resource: 'obligations', id, type: 'show' })}>
      {children}
    </Link>
  );
};

const ItemDetails = ({ item }: { item: AgendaItemView }) => (
  <Stack spacing={2}>
    <section aria-label="Mandates">
      <Typography variant="subtitle2" component="h4">
        Mandates
      </Typography>
      {item.mandates.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {item.forecast
            ? 'No resolution has scheduled this item for this session yet: it is expected from its rhythm.'
            : 'Scheduled through its sub-items.'}
        </Typography>
      ) : (
        <List dense disablePadding>
          {item.mandates.map((mandate) => (
            <ListItem key={mandate.obligationId} disableGutters>
              <ListItemText
                primary={
                  <ObligationLink id={mandate.obligationId}>
                    {mandate.resolutionSymbol}, para. {mandate.paragraphRef}
                  </ObligationLink>
                }
                secondary={mandate.quote}
              />
            </ListItem>
          ))}
        </List>
      )}
    </section>
    <section aria-label="Expected documents">
      <Typography variant="subtitle2" component="h4">
        Expected documents
      </Typography>
      {item.expectedDocuments.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          No report is due under this item at this session.
        </Typography>
      ) : (
        <List dense disablePadding>
          {item.expectedDocuments.map((doc) => (
            <ListItem key={doc.obligationId} disableGutters>
              <ListItemText
                primary={
                  <>
                    <ObligationLink id={doc.obligationId}>
                      Report of the {doc.actor} ({doc.resolutionSymbol}, para. {doc.paragraphRef})
                    </ObligationLink>{' '}
                    <Chip size="small" label={OBLIGATION_STATUS_LABELS[doc.status]} />
                    {doc.overdue && <Chip size="small" color="error" label="Overdue" sx={{ ml: 0.5 }} />}
                    {doc.documents.map((issued) => (
                      <Chip key={issued.documentId} size="small" variant="outlined" label={issued.symbol} sx={{ ml: 0.5 }} />
                    ))}
                  </>
                }
                secondary={doc.quote}
              />
            </ListItem>
          ))}
        </List>
      )}
    </section>
    {item.subItems.length > 0 && (
      <section aria-label="Sub-items">
        <Typography variant="subtitle2" component="h4">
          Sub-items
        </Typography>
        {item.subItems.map((sub) => (
          <AgendaItemAccordion key={sub.key} item={sub} />
        ))}
      </section>
    )}
    <section aria-label="History">
      <Typography variant="subtitle2" component="h4">
        History
      </Typography>
      <Typography variant="body2">
        {PERIODICITY_LABELS[item.periodicity]}
        {item.rhythmSince !== null && ` since session ${item.rhythmSince}`}. Considered or scheduled at sessions{' '}
        {item.history.map((h) => h.session).join(', ')}.
      </Typography>
    </section>
  </Stack>
);

/** One item: its title and what matters at a glance; mandates, documents and history when expanded. */
export const AgendaItemAccordion = ({ item }: { item: AgendaItemView }) => (
  <Accordion disableGutters slotProps={{ transition: { unmountOnExit: true } }}>
    <AccordionSummary expandIcon={<ExpandMoreIcon />}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
        <Typography component="span" sx={{ fontWeight: 500 }}>
          {item.agendaItemNumber ? `${item.agendaItemNumber}. ` : ''}
          {item.title}
        </Typography>
        {item.forecast && <Chip size="small" color="warning" label="Expected, not yet mandated" />}
        <Chip size="small" variant="outlined" label={PERIODICITY_LABELS[item.periodicity]} />
        {item.expectedDocuments.length > 0 && (
          <Chip
            size="small"
            variant="outlined"
            label={`${item.expectedDocuments.length} report${item.expectedDocuments.length > 1 ? 's' : ''} expected`}
          />
        )}
        {item.allocation && (
          <Typography component="span" variant="caption" color="text.secondary">
            {MAIN_COMMITTEE_LABELS[item.allocation]}
          </Typography>
        )}
      </Box>
    </AccordionSummary>
    <AccordionDetails>
      <ItemDetails item={item} />
    </AccordionDetails>
  </Accordion>
);
