import { Alert, Card, CardContent, Chip, List, ListItem, ListItemButton, ListItemText, Typography } from '@mui/material';
import { LinkBase, Title, useCreatePath, useLocation, useTranslate } from 'react-admin';
import { OBLIGATION_KIND_LABELS } from '@mandate-tracker/contracts';
import { Snippet } from './Snippet';
import type { SearchHit } from '@mandate-tracker/contracts';
import { useSearch } from './useSearch';

const HitItem = ({ hit }: { hit: SearchHit }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const kind = translate(`search.kinds.${hit.kind}`);
  return (
    <ListItem disablePadding>
      <ListItemButton
        component={LinkBase}
        to={createPath({ resource: hit.target.resource, id: hit.target.id, type: 'show' })}
        alignItems="flex-start"
      >
        <ListItemText
          primary={
            <>
              <Chip
                size="small"
                label={hit.obligationKind ? `${kind} · ${OBLIGATION_KIND_LABELS[hit.obligationKind]}` : kind}
                sx={{ mr: 1 }}
              />
              <strong>{hit.resolutionSymbol}</strong>
              {/* A resolution's snippet is its title already. */}
              {hit.kind !== 'resolution' && ` ${hit.label}`}
            </>
          }
          secondary={<Snippet snippet={hit.snippet} />}
          slotProps={{ secondary: { component: 'span', sx: { display: 'block', mt: 0.5 } } }}
        />
      </ListItemButton>
    </ListItem>
  );
};

/** /search?q=…: what the app bar's search box found, best first. */
export const SearchPage = () => {
  const translate = useTranslate();
  const q = new URLSearchParams(useLocation().search).get('q')?.trim() ?? '';
  const { data, error, isFetching } = useSearch(q);
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('search.title')} />
      <CardContent>
        <Typography variant="h6" component="h1">
          {q ? translate('search.resultsFor', { q }) : translate('search.prompt')}
        </Typography>
        {error && <Alert severity="error">{error.message}</Alert>}
        {data && !isFetching && data.length === 0 && <Typography sx={{ mt: 2 }}>{translate('search.noHits')}</Typography>}
        {data && data.length > 0 && (
          <List aria-label={translate('search.results')}>
            {data.map((hit) => (
              <HitItem key={`${hit.kind}-${hit.id}`} hit={hit} />
            ))}
          </List>
        )}
      </CardContent>
    </Card>
  );
};
